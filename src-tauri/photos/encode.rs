//! Meeting an output's size budget: the JPEG is encoded at the target quality, and
//! if it is too large, at lower qualities step by step, then at smaller sizes.

use image::RgbImage;

use super::{PhotoError, Prepared, Target, jpeg, resize};

/// How far the quality drops per step, and no further than.
const QUALITY_STEP: u8 = 8;
const MIN_QUALITY: u8 = 50;

/// Each size step keeps this fraction (in quarters) of the long side, down to half
/// the target's long side; text on a document page stays legible at that size.
const SIZE_STEP_QUARTERS: u32 = 3;

pub(super) fn within(image: RgbImage, target: &Target) -> Result<Prepared, PhotoError> {
    let mut image = image;
    loop {
        for quality in qualities(target.quality) {
            let jpeg = jpeg::encode(&image, quality)?;
            if jpeg.len() <= target.max_bytes {
                let (width, height) = image.dimensions();
                return Ok(Prepared {
                    jpeg,
                    width,
                    height,
                });
            }
        }
        let long = image.width().max(image.height());
        let smaller = long * SIZE_STEP_QUARTERS / 4;
        if smaller < target.long_side / 2 {
            return Err(PhotoError::TooLarge {
                limit: target.max_bytes,
            });
        }
        image = resize::fit(image, smaller)?;
    }
}

/// The qualities to try, from `start` down by steps to no less than the minimum.
fn qualities(start: u8) -> impl Iterator<Item = u8> {
    (MIN_QUALITY..=start)
        .rev()
        .step_by(usize::from(QUALITY_STEP))
}
