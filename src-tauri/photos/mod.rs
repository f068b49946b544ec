//! Photos of application materials, prepared on the device before upload.
//!
//! Every photo comes out upright (its EXIF orientation applied), with a long side
//! of at most 2048 px, as a baseline JPEG of quality about 80 and at most 500 KB,
//! carrying no metadata at all: the pixels are re-encoded and nothing else of the
//! input (EXIF with its GPS tags, XMP, ICC profiles, comments) is copied. HEIF,
//! PDFs, truncated or corrupt files and decompression bombs are refused with a
//! [`PhotoError`] whose [`PhotoError::user_message`] tells the user what to do.
//!
//! JPEG, the camera format, takes the fast path: libjpeg (mozjpeg) decodes it
//! directly at a reduced DCT scale, `fast_image_resize` resizes the rest, and
//! libjpeg encodes the result. PNG screenshots are decoded by the `image` crate
//! under explicit limits and encoded the same way.

pub mod cli;
mod encode;
mod error;
mod format;
mod jpeg;
mod png;
mod resize;
#[cfg(test)]
mod tests;

use image::RgbImage;
use image::metadata::Orientation;

pub use error::PhotoError;

/// Most pixels an input may have; larger ones are refused before decoding.
pub const MAX_PIXELS: u64 = 50_000_000;

/// Most memory decoding one input may take; larger needs are refused before decoding.
pub const MAX_DECODE_BYTES: u64 = 256 * 1024 * 1024;

/// A photo ready to upload or to show: a baseline JPEG without metadata, upright.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// What one kind of output must meet.
#[derive(Debug, Clone, Copy)]
struct Target {
    long_side: u32,
    quality: u8,
    max_bytes: usize,
}

/// The photo sent with an application.
const UPLOAD: Target = Target {
    long_side: 2048,
    quality: 80,
    max_bytes: 500 * 1024,
};

/// The small picture of a page that the UI shows in lists.
const THUMBNAIL: Target = Target {
    long_side: 320,
    quality: 75,
    max_bytes: 40 * 1024,
};

/// Decoded pixels, still the way round they were stored, and how to turn them upright.
struct Decoded {
    image: RgbImage,
    orientation: Orientation,
}

/// Prepares a photo (JPEG or PNG bytes) for upload.
pub fn prepare(bytes: &[u8]) -> Result<Prepared, PhotoError> {
    prepare_for(bytes, &UPLOAD)
}

/// Makes the small upright picture (long side 320 px) that the UI shows for a page.
pub fn thumbnail(bytes: &[u8]) -> Result<Prepared, PhotoError> {
    prepare_for(bytes, &THUMBNAIL)
}

fn prepare_for(bytes: &[u8], target: &Target) -> Result<Prepared, PhotoError> {
    let decoded = match format::sniff(bytes)? {
        format::Format::Jpeg => jpeg::decode(bytes, target.long_side)?,
        format::Format::Png => png::decode(bytes)?,
    };
    let upright = resize::fit_upright(decoded, target.long_side)?;
    encode::within(upright, target)
}

/// Refuses an input of `width` × `height` pixels whose decoding would need more
/// than `bytes_needed`, before anything is allocated for it.
fn check_budget(width: u64, height: u64, bytes_needed: u64) -> Result<(), PhotoError> {
    let pixels = width.saturating_mul(height);
    if pixels > MAX_PIXELS {
        return Err(PhotoError::TooManyPixels {
            width,
            height,
            limit: MAX_PIXELS,
        });
    }
    if bytes_needed > MAX_DECODE_BYTES {
        return Err(PhotoError::TooMuchMemory {
            limit: MAX_DECODE_BYTES,
            detail: format!("about {bytes_needed} bytes"),
        });
    }
    Ok(())
}
