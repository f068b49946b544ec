//! JPEG in and out through libjpeg (mozjpeg): the marker segments read without
//! decoding (EXIF orientation, completeness), decoding directly at a reduced DCT
//! scale, and baseline encoding.
//!
//! libjpeg reports a fatal error by unwinding (the `mozjpeg` crate's design); every
//! call into it runs inside [`guarded`], which turns that unwinding into an error.

use std::panic::{AssertUnwindSafe, catch_unwind};

use image::RgbImage;
use image::metadata::Orientation;
use mozjpeg::{ColorSpace, Compress, Decompress};

use super::{Decoded, PhotoError, check_budget};

/// Start of scan: the entropy-coded image data follows its header.
pub(super) const SOS: u8 = 0xDA;
/// End of image.
const EOI: u8 = 0xD9;
/// The segment that carries EXIF (and XMP).
pub(super) const APP1: u8 = 0xE1;

/// DCT scales libjpeg decodes at (in eighths), from the smallest. Only 1/8, 1/4 and
/// 1/2 have SIMD code; on a 12 MP photo 5/8 (long side 2520) took the same time
/// as a whole decode and half its memory (36 MB against 65 MB, benches/photos.rs).
const DCT_EIGHTHS: [u8; 8] = [1, 2, 3, 4, 5, 6, 7, 8];

/// One marker segment before the image data, `payload` without its length field.
#[derive(Debug, Clone, Copy)]
pub(super) struct Segment<'a> {
    pub marker: u8,
    pub payload: &'a [u8],
}

/// Decodes a JPEG no smaller than needed for a long side of `long_side` px.
pub(super) fn decode(bytes: &[u8], long_side: u32) -> Result<Decoded, PhotoError> {
    let (segments, data_start) = segments(bytes)?;
    if !has_end_of_image(&bytes[data_start..]) {
        return Err(PhotoError::Truncated(
            "no end-of-image marker after the image data".into(),
        ));
    }
    let orientation = segments
        .iter()
        .find_map(exif_orientation)
        .unwrap_or(Orientation::NoTransforms);
    let image = guarded(|| decode_scaled(bytes, long_side), PhotoError::Corrupt)?;
    Ok(Decoded { image, orientation })
}

/// Encodes `image` as a baseline JPEG with no metadata segment but JFIF's APP0.
pub(super) fn encode(image: &RgbImage, quality: u8) -> Result<Vec<u8>, PhotoError> {
    guarded(
        || {
            let mut compress = Compress::new(ColorSpace::JCS_RGB);
            // libjpeg-turbo's defaults: baseline, no trellis quantisation (slow).
            compress.set_fastest_defaults();
            // Standard Huffman tables: optimal ones made the file 1% smaller but
            // kept the whole image's coefficients for a second pass, 18 MB more
            // peak memory and 50% more time on a 12 MP photo (benches/photos.rs).
            compress.set_optimize_coding(false);
            compress.set_quality(f32::from(quality));
            compress.set_size(image.width() as usize, image.height() as usize);
            let mut started = compress.start_compress(Vec::new()).map_err(internal)?;
            started.write_scanlines(image.as_raw()).map_err(internal)?;
            started.finish().map_err(internal)
        },
        PhotoError::Internal,
    )
}

/// The marker segments from SOI up to and including the first SOS, and the offset
/// where the image data starts. Fill bytes and stray bytes between segments are
/// skipped as libjpeg does.
pub(super) fn segments(bytes: &[u8]) -> Result<(Vec<Segment<'_>>, usize), PhotoError> {
    let cut_short =
        || PhotoError::Truncated("the marker segments end before the image data".into());
    let next = |from: usize, wanted: fn(u8) -> bool| {
        bytes
            .get(from..)
            .and_then(|rest| rest.iter().position(|&byte| wanted(byte)))
            .map(|offset| from + offset)
            .ok_or_else(cut_short)
    };
    let mut segments = Vec::new();
    let mut at = 2; // past SOI, which sniffing checked
    loop {
        at = next(at, |byte| byte == 0xFF)?;
        at = next(at, |byte| byte != 0xFF)?;
        let marker = bytes[at];
        at += 1;
        if is_standalone(marker) {
            continue;
        }
        if marker == EOI {
            return Err(PhotoError::Corrupt(
                "end of image before any image data".into(),
            ));
        }
        let length = bytes
            .get(at..at + 2)
            .map(|length| usize::from(u16::from_be_bytes([length[0], length[1]])))
            .ok_or_else(cut_short)?;
        let payload = bytes
            .get(at + 2..at + length.max(2))
            .ok_or_else(cut_short)?;
        at += length.max(2);
        segments.push(Segment { marker, payload });
        if marker == SOS {
            return Ok((segments, at));
        }
    }
}

/// Markers without a length field: TEM, the restart markers and a repeated SOI.
fn is_standalone(marker: u8) -> bool {
    matches!(marker, 0x01 | 0xD0..=0xD8)
}

/// Whether an EOI marker follows in the image data. Inside entropy-coded data a
/// 0xFF byte is always followed by 0x00 or a restart marker, so 0xFF 0xD9 there is
/// a real EOI. Searched from the end, where it normally is.
fn has_end_of_image(data: &[u8]) -> bool {
    data.windows(2).rev().any(|pair| pair == [0xFF, EOI])
}

/// The orientation in an `Exif\0\0` APP1 segment; `None` when there is none or the
/// block is broken (a broken EXIF block never stops a photo).
fn exif_orientation(segment: &Segment<'_>) -> Option<Orientation> {
    if segment.marker != APP1 {
        return None;
    }
    Orientation::from_exif_chunk(segment.payload.strip_prefix(b"Exif\0\0")?)
}

fn decode_scaled(bytes: &[u8], long_side: u32) -> Result<RgbImage, PhotoError> {
    let mut decompress = Decompress::new_mem(bytes).map_err(corrupt)?;
    if matches!(
        decompress.color_space(),
        ColorSpace::JCS_CMYK | ColorSpace::JCS_YCCK
    ) {
        return Err(PhotoError::UnsupportedFormat("CMYK JPEG".into()));
    }
    let (width, height) = (decompress.width() as u64, decompress.height() as u64);
    let eighths = dct_eighths(width.max(height), u64::from(long_side));
    check_budget(width, height, decode_bytes(&decompress, eighths))?;
    decompress.scale(eighths);
    let mut started = decompress.rgb().map_err(corrupt)?;
    let (out_width, out_height) = (started.width() as u32, started.height() as u32);
    let pixels: Vec<u8> = started.read_scanlines().map_err(corrupt)?;
    started.finish().map_err(corrupt)?;
    RgbImage::from_raw(out_width, out_height, pixels)
        .ok_or_else(|| PhotoError::Corrupt("fewer pixels than the header promised".into()))
}

/// The DCT scale (in eighths) to decode at for a long side of `long_side`: the
/// largest whose output fits it, when that comes within a tenth of it (4032 px
/// at 4/8 gives 2016: no resize at all, and a quarter of the pixels of 5/8);
/// otherwise the smallest whose output still reaches it, so the resize after
/// it only ever shrinks.
pub(super) fn dct_eighths(long: u64, long_side: u64) -> u8 {
    let scaled = |eighths: u8| (long * u64::from(eighths)).div_ceil(8);
    let fitting = DCT_EIGHTHS
        .into_iter()
        .rev()
        .find(|&eighths| scaled(eighths) <= long_side)
        .filter(|&eighths| scaled(eighths) * 10 >= long_side * 9);
    fitting.unwrap_or_else(|| {
        DCT_EIGHTHS
            .into_iter()
            .find(|&eighths| scaled(eighths) >= long_side)
            .unwrap_or(8)
    })
}

/// An upper bound of the memory decoding takes: the RGB output at the chosen scale,
/// and the DCT coefficients of the whole image (2 bytes each), which libjpeg keeps
/// for progressive and multi-scan files.
fn decode_bytes<R>(decompress: &Decompress<R>, eighths: u8) -> u64 {
    let scaled = |side: usize| (side as u64 * u64::from(eighths)).div_ceil(8);
    let output = scaled(decompress.width()) * scaled(decompress.height()) * 3;
    let coefficients: u64 = decompress
        .components()
        .iter()
        .map(|component| {
            u64::from(component.width_in_blocks) * u64::from(component.height_in_blocks) * 64 * 2
        })
        .sum();
    output + coefficients
}

/// Runs libjpeg work, turning its unwinding on a fatal error into `error(message)`.
fn guarded<T>(
    work: impl FnOnce() -> Result<T, PhotoError>,
    error: fn(String) -> PhotoError,
) -> Result<T, PhotoError> {
    catch_unwind(AssertUnwindSafe(work)).unwrap_or_else(|payload| {
        let message = payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| {
                payload
                    .downcast_ref::<&str>()
                    .map(|text| (*text).to_owned())
            })
            .unwrap_or_else(|| "libjpeg stopped without a message".into());
        Err(error(message))
    })
}

fn corrupt(error: std::io::Error) -> PhotoError {
    PhotoError::Corrupt(error.to_string())
}

fn internal(error: std::io::Error) -> PhotoError {
    PhotoError::Internal(format!("encoding the JPEG: {error}"))
}
