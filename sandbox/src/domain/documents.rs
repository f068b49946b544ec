//! The small real files a guide links to: the blank application form and a filled
//! sample of it, as one-page PDFs. Chinese text uses the PDF standard's built-in
//! STSong-Light CID font, so the files embed no font and stay a few KB.

use std::fmt::Write as _;

use crate::error::{AppError, not_found};
use crate::store::catalog::CatalogStore;

/// Which of a material's two documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// 空白表格
    Blank,
    /// 示例样表
    Sample,
}

impl DocumentKind {
    pub fn from_file_name(name: &str) -> Option<Self> {
        match name {
            "blank.pdf" => Some(Self::Blank),
            "sample.pdf" => Some(Self::Sample),
            _ => None,
        }
    }

    fn file_name(self) -> &'static str {
        match self {
            Self::Blank => "blank.pdf",
            Self::Sample => "sample.pdf",
        }
    }
}

/// The path, relative to the API base, of a material's document.
pub fn link(basic_code: &str, material: usize, kind: DocumentKind) -> String {
    format!("documents/{basic_code}/{material}/{}", kind.file_name())
}

/// The fields every application form asks for, with the sample's answers.
const FIELDS: [(&str, &str); 7] = [
    ("申请人姓名", "张三"),
    ("公民身份号码", "11010519491231002X"),
    ("联系电话", "13800000000"),
    ("通讯地址", "安徽省亳州市谯城区希夷大道 1 号"),
    ("申请事项", ""),
    ("申请日期", "2026 年 11 月 22 日"),
    ("申请人（签名）", "张三"),
];

/// The PDF of material `material` (its position in the guide, from 0) of
/// the basic item `basic_code`, `file` being `blank.pdf` or `sample.pdf`;
/// a 404 unless the guide links such a document.
pub async fn linked(
    store: &dyn CatalogStore,
    basic_code: &str,
    material: &str,
    file: &str,
) -> Result<Vec<u8>, AppError> {
    let missing = || not_found("没有这份表格");
    let kind = DocumentKind::from_file_name(file).ok_or_else(missing)?;
    let index: usize = material.parse().map_err(|_| missing())?;
    let item = store
        .item_by_basic_code(basic_code)
        .await?
        .ok_or_else(missing)?;
    let material = item.materials.get(index).ok_or_else(missing)?;
    let linked = match kind {
        DocumentKind::Blank => material.blank_form.is_some(),
        DocumentKind::Sample => material.sample.is_some(),
    };
    if !linked {
        return Err(missing());
    }
    Ok(render(&material.name, &item.summary.name, kind))
}

/// A one-page A4 PDF of the form `title` for `item`: blank lines to fill in, or
/// the sample's answers in place.
pub fn render(title: &str, item: &str, kind: DocumentKind) -> Vec<u8> {
    let mut content = String::new();
    let text = |content: &mut String, x: u32, y: u32, size: u32, line: &str| {
        let _ = writeln!(
            content,
            "BT /F1 {size} Tf {x} {y} Td <{}> Tj ET",
            utf16_hex(line)
        );
    };
    text(&mut content, 72, 770, 18, title);
    let note = match kind {
        DocumentKind::Blank => "空白表格",
        DocumentKind::Sample => "示例样表（仅供参考）",
    };
    text(&mut content, 72, 742, 11, &format!("{item}　{note}"));
    let mut y = 690;
    for (label, answer) in FIELDS {
        let answer = match (kind, label) {
            (DocumentKind::Blank, _) => "",
            (DocumentKind::Sample, "申请事项") => item,
            (DocumentKind::Sample, _) => answer,
        };
        text(&mut content, 72, y, 12, label);
        if !answer.is_empty() {
            text(&mut content, 200, y, 12, answer);
        }
        let _ = writeln!(content, "0.6 w 196 {} m 523 {} l S", y - 6, y - 6);
        y -= 44;
    }
    text(
        &mut content,
        72,
        120,
        9,
        "亳州市政务服务中心　本表可从网上办事大厅下载，复印有效",
    );
    pdf(&content)
}

/// UTF-16BE hex of `text`, as the UniGB-UCS2-H encoding reads it.
fn utf16_hex(text: &str) -> String {
    text.encode_utf16().fold(String::new(), |mut hex, unit| {
        let _ = write!(hex, "{unit:04X}");
        hex
    })
}

/// Wraps a page's content stream into a complete PDF with a correct xref table.
fn pdf(content: &str) -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>".to_owned(),
        "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>".to_owned(),
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>".to_owned(),
        format!("<< /Length {} >>\nstream\n{content}endstream", content.len()),
        "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>".to_owned(),
    ];
    let mut out = String::from("%PDF-1.4\n");
    let mut offsets = Vec::with_capacity(objects.len());
    for (number, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        let _ = write!(out, "{} 0 obj\n{body}\nendobj\n", number + 1);
    }
    let xref = out.len();
    let _ = write!(out, "xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
    for offset in offsets {
        let _ = writeln!(out, "{offset:010} 00000 n ");
    }
    let _ = write!(
        out,
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    );
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_xref_points_at_every_object() {
        let bytes = render("《结婚登记申请表》", "结婚登记", DocumentKind::Sample);
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.starts_with("%PDF-1.4\n") && text.ends_with("%%EOF\n"));
        let xref_at: usize = text
            .rsplit("startxref\n")
            .next()
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            text[xref_at..].starts_with("xref"),
            "startxref names the xref table"
        );
        for (number, line) in text[xref_at..].lines().skip(3).take(7).enumerate() {
            let offset: usize = line[..10].parse().unwrap();
            assert!(
                text[offset..].starts_with(&format!("{} 0 obj", number + 1)),
                "entry {} of the xref points at its object",
                number + 1
            );
        }
    }

    #[test]
    fn the_sample_is_filled_and_the_blank_is_not() {
        let sample = String::from_utf8(render("表", "结婚登记", DocumentKind::Sample)).unwrap();
        let blank = String::from_utf8(render("表", "结婚登记", DocumentKind::Blank)).unwrap();
        assert!(
            sample.contains(&utf16_hex("张三")),
            "the sample shows its answers"
        );
        assert!(
            !blank.contains(&utf16_hex("张三")),
            "the blank form leaves them to fill in"
        );
    }

    #[test]
    fn links_name_the_material_and_kind() {
        assert_eq!(
            link("000105001000", 0, DocumentKind::Blank),
            "documents/000105001000/0/blank.pdf"
        );
        assert_eq!(
            DocumentKind::from_file_name("sample.pdf"),
            Some(DocumentKind::Sample)
        );
        assert_eq!(DocumentKind::from_file_name("../x"), None);
    }
}
