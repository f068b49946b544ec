//! Shrinking decoded pixels to fit a long side (SIMD convolution from
//! `fast_image_resize`) and turning them upright.

use fast_image_resize::images::Image;
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::{DynamicImage, RgbImage};

use super::{Decoded, PhotoError};

/// Shrinks (never enlarges) to a long side of at most `long_side`, then applies the
/// orientation: rotating the smaller image is the cheaper order.
pub(super) fn fit_upright(decoded: Decoded, long_side: u32) -> Result<RgbImage, PhotoError> {
    let mut image = DynamicImage::ImageRgb8(fit(decoded.image, long_side)?);
    image.apply_orientation(decoded.orientation);
    Ok(image.into_rgb8())
}

/// Shrinks (never enlarges) to a long side of at most `long_side`, keeping the aspect ratio.
pub(super) fn fit(image: RgbImage, long_side: u32) -> Result<RgbImage, PhotoError> {
    let (width, height) = image.dimensions();
    let (new_width, new_height) = fitted_size(width, height, long_side);
    if (new_width, new_height) == (width, height) {
        return Ok(image);
    }
    let source = Image::from_vec_u8(width, height, image.into_raw(), PixelType::U8x3)
        .map_err(|error| PhotoError::Internal(format!("preparing to resize: {error}")))?;
    let mut resized = Image::new(new_width, new_height, PixelType::U8x3);
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    Resizer::new()
        .resize(&source, &mut resized, &options)
        .map_err(|error| PhotoError::Internal(format!("resizing: {error}")))?;
    RgbImage::from_raw(new_width, new_height, resized.into_vec())
        .ok_or_else(|| PhotoError::Internal("the resized buffer is too small".into()))
}

/// `width` × `height` scaled to a long side of `long_side`, each side rounded and at
/// least 1; unchanged when it already fits.
pub(super) fn fitted_size(width: u32, height: u32, long_side: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= long_side {
        return (width, height);
    }
    let scale = |side: u32| {
        let scaled =
            (u64::from(side) * u64::from(long_side) + u64::from(long) / 2) / u64::from(long);
        // At most `long_side`, since `side` ≤ `long`.
        u32::try_from(scaled).unwrap_or(long_side).max(1)
    };
    (scale(width), scale(height))
}
