//! PNG screenshots, decoded by the `image` crate under explicit limits.
//!
//! They come out as JPEG like every photo, not kept as PNG even where that would be
//! smaller: one output format keeps the upload and the halls' forms (which often
//! take JPEG only) simple, and re-encoding is what guarantees that no ancillary
//! chunk (text, EXIF, ICC) travels on. Transparency is flattened onto white, as the
//! page would look printed.

use std::io::Cursor;

use image::codecs::png::PngDecoder;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageError, Limits, RgbImage, Rgba};

use super::{Decoded, MAX_DECODE_BYTES, PhotoError, check_budget};

pub(super) fn decode(bytes: &[u8]) -> Result<Decoded, PhotoError> {
    let mut decoder = PngDecoder::with_limits(Cursor::new(bytes), limits()).map_err(from_image)?;
    let (width, height) = decoder.dimensions();
    let flattened = u64::from(width) * u64::from(height) * 3;
    check_budget(
        width.into(),
        height.into(),
        decoder.total_bytes() + flattened,
    )?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let image = DynamicImage::from_decoder(decoder).map_err(from_image)?;
    Ok(Decoded {
        image: flatten(image),
        orientation,
    })
}

fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    limits
}

/// RGB pixels, any transparency composited onto white.
fn flatten(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let Rgba([red, green, blue, alpha]) = *rgba.get_pixel(x, y);
        let over_white = |channel: u8| {
            let (channel, alpha) = (u16::from(channel), u16::from(alpha));
            // (c·a + 255·(255 − a)) / 255, rounded; at most 255.
            ((channel * alpha + 255 * (255 - alpha) + 127) / 255) as u8
        };
        image::Rgb([over_white(red), over_white(green), over_white(blue)])
    })
}

fn from_image(error: ImageError) -> PhotoError {
    match error {
        ImageError::Limits(limit) => PhotoError::TooMuchMemory {
            limit: MAX_DECODE_BYTES,
            detail: limit.to_string(),
        },
        ImageError::IoError(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
            PhotoError::Truncated(io.to_string())
        }
        ImageError::Decoding(decoding) => PhotoError::Corrupt(decoding.to_string()),
        other => PhotoError::Corrupt(other.to_string()),
    }
}
