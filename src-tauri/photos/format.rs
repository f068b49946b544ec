//! Which kind of file a photo is, told by its content, never by its name: a phone
//! may hand over a HEIF named `.jpg`, and a user may rename a PDF.

use image::ImageFormat;

use super::PhotoError;

/// The inputs the pipeline decodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    Jpeg,
    Png,
}

/// Brands of HEVC-coded HEIF (what phones write), wherever the file lists them.
const HEVC_BRANDS: [&[u8]; 8] = [
    b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs",
];

/// Generic HEIF brands: AVIF lists them among its compatible brands too, so they
/// mean HEIF only as the major brand.
const GENERIC_HEIF_BRANDS: [&[u8]; 2] = [b"mif1", b"msf1"];

pub(super) fn sniff(bytes: &[u8]) -> Result<Format, PhotoError> {
    if bytes.is_empty() {
        return Err(PhotoError::Empty);
    }
    if is_heif(bytes) {
        return Err(PhotoError::Heif);
    }
    if bytes.starts_with(b"%PDF-") {
        return Err(PhotoError::Pdf);
    }
    match image::guess_format(bytes) {
        Ok(ImageFormat::Jpeg) => Ok(Format::Jpeg),
        Ok(ImageFormat::Png) => Ok(Format::Png),
        Ok(other) => Err(PhotoError::UnsupportedFormat(format!("{other:?}"))),
        Err(_) => Err(PhotoError::NotAnImage),
    }
}

/// An ISO-BMFF file opens with a `ftyp` box: its size (4 bytes), `ftyp`, the major
/// brand, a minor version (4 bytes) and then compatible brands up to the box's end.
fn is_heif(bytes: &[u8]) -> bool {
    let (Some(size), Some(b"ftyp"), Some(major)) =
        (bytes.get(0..4), bytes.get(4..8), bytes.get(8..12))
    else {
        return false;
    };
    let box_end = u32::from_be_bytes([size[0], size[1], size[2], size[3]]) as usize;
    let compatible = bytes.get(16..box_end.min(bytes.len())).unwrap_or_default();
    HEVC_BRANDS.contains(&major)
        || GENERIC_HEIF_BRANDS.contains(&major)
        || compatible
            .chunks_exact(4)
            .any(|brand| HEVC_BRANDS.contains(&brand))
}
