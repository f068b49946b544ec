//! Abbreviations and everyday names people type for the official item names
//! (社保卡 → 社会保障卡, 驾照 → 驾驶证, 低保 → 最低生活保障): a word holding one of
//! these keys is also searched with the key replaced by each official form.

/// Key → official forms. A key that is part of a longer key (社保 of 社保卡) is
/// only used where the longer one does not apply.
const TABLE: &[(&str, &[&str])] = &[
    ("社保卡", &["社会保障卡"]),
    ("社保", &["社会保险", "社会保障"]),
    ("医保卡", &["社会保障卡", "医疗保障卡"]),
    ("医保", &["医疗保障", "医疗保险"]),
    ("公积金", &["住房公积金"]),
    ("驾照", &["驾驶证"]),
    ("驾驶照", &["驾驶证"]),
    ("行驶证", &["机动车行驶证"]),
    ("车牌", &["机动车号牌", "机动车登记"]),
    ("身份证", &["居民身份证"]),
    ("户口本", &["居民户口簿", "户口簿"]),
    ("户口", &["户籍"]),
    (
        "营业执照",
        &["企业设立登记", "企业变更登记", "企业注销登记", "个体工商户"],
    ),
    ("开公司", &["企业设立登记"]),
    ("注册公司", &["企业设立登记"]),
    ("公司注册", &["企业设立登记"]),
    ("公司注销", &["企业注销登记"]),
    ("注销公司", &["企业注销登记"]),
    ("准生证", &["生育登记", "生育服务证"]),
    ("低保", &["最低生活保障"]),
    ("残疾证", &["残疾人证"]),
    ("港澳通行证", &["往来港澳通行证"]),
    ("台湾通行证", &["往来台湾通行证"]),
    ("台胞证", &["台湾居民来往大陆通行证"]),
    ("回乡证", &["港澳居民来往内地通行证"]),
    ("退休", &["养老"]),
    ("养老金", &["养老保险", "基本养老金"]),
    ("失业金", &["失业保险金"]),
    ("生育险", &["生育保险"]),
    ("工伤", &["工伤保险", "工伤认定"]),
    ("出生证", &["出生医学证明"]),
    ("结婚证", &["结婚登记"]),
    ("离婚证", &["离婚登记"]),
    ("房产证", &["不动产权证书", "不动产登记"]),
    ("房本", &["不动产权证书", "不动产登记"]),
    ("暂住证", &["居住证"]),
    ("个税", &["个人所得税"]),
    ("食品许可", &["食品经营许可", "食品生产许可"]),
    ("卫生许可", &["公共场所卫生许可"]),
    ("老年证", &["老年人优待证"]),
    ("护照", &["普通护照"]),
    ("无犯罪证明", &["无犯罪记录证明"]),
];

/// At most this many alternatives per word.
const MAX_VARIANTS: usize = 8;

/// The alternatives of `word`: for each key found in it (longest keys first,
/// non-overlapping), the word with that key replaced by each official form.
/// Alternatives that contain the word itself are left out: the word matches
/// there already.
pub(super) fn variants(word: &[char]) -> Vec<Vec<char>> {
    let text: String = word.iter().collect();
    let mut keys: Vec<&(&str, &[&str])> = TABLE.iter().collect();
    keys.sort_by_key(|(key, _)| std::cmp::Reverse(key.chars().count()));
    let mut used: Vec<(usize, usize)> = Vec::new();
    let mut out: Vec<Vec<char>> = Vec::new();
    for (key, forms) in keys {
        let Some(at) = text.find(key) else { continue };
        let span = (at, at + key.len());
        if used.iter().any(|&(a, b)| span.0 < b && a < span.1) {
            continue;
        }
        used.push(span);
        for form in *forms {
            let variant = format!("{}{}{}", &text[..span.0], form, &text[span.1..]);
            if variant.contains(&text) {
                continue;
            }
            let chars: Vec<char> = variant.chars().collect();
            if out.len() < MAX_VARIANTS && !out.contains(&chars) {
                out.push(chars);
            }
        }
    }
    out
}
