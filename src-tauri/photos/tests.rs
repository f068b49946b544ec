//! Tests of the photo pipeline on real camera photos (`tests/fixtures/photos`) and
//! on hostile inputs made here.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use image::codecs::png::{CompressionType, FilterType as PngFilter, PngEncoder};
use image::imageops::{self, FilterType};
use image::{DynamicImage, ExtendedColorType, GrayImage, ImageEncoder, Rgb, RgbImage, RgbaImage};
use mozjpeg::{ColorSpace, Compress};

use super::*;

const PHOTOS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/photos");

/// Mean absolute difference (0–255) between two outputs' 32×32 grayscale versions
/// under which they show the same picture the same way round. Measured on the
/// orientation set: the right way round differs from `*_1` by at most 15 (each file
/// has its own big digit drawn on it), the nearest wrong way (portrait mirrored) by 27.
const SAME_PICTURE: f64 = 20.0;

fn read(relative: &str) -> Vec<u8> {
    let path = Path::new(PHOTOS).join(relative);
    std::fs::read(&path).unwrap_or_else(|error| panic!("reading {}: {error}", path.display()))
}

/// The files of a test-data folder with the given extension, sorted.
fn files(folder: &str, extension: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(Path::new(PHOTOS).join(folder))
        .expect("the test photos are in tests/fixtures/photos")
        .map(|entry| entry.expect("a readable folder entry").path())
        .filter(|path| path.extension().is_some_and(|found| found == extension))
        .collect();
    files.sort();
    assert!(
        !files.is_empty(),
        "{folder} must hold *.{extension} test photos"
    );
    files
}

fn prepared(relative: &str) -> Prepared {
    prepare(&read(relative)).unwrap_or_else(|error| panic!("preparing {relative}: {error}"))
}

fn pixels(jpeg: &[u8]) -> RgbImage {
    jpeg::decode(jpeg, u32::MAX)
        .expect("our own output decodes")
        .image
}

fn mean_difference(a: &RgbImage, b: &RgbImage) -> f64 {
    let small = |image: &RgbImage| {
        let gray = DynamicImage::ImageRgb8(image.clone()).to_luma8();
        imageops::resize(&gray, 32, 32, FilterType::Triangle)
    };
    let (a, b) = (small(a), small(b));
    let total: f64 = a
        .as_raw()
        .iter()
        .zip(b.as_raw())
        .map(|(x, y)| f64::from(x.abs_diff(*y)))
        .sum();
    total / a.as_raw().len() as f64
}

/// A baseline JPEG whose only segments are JFIF's APP0, tables, frame and scan,
/// with no EXIF anywhere in it.
fn assert_clean_baseline(jpeg: &[u8], what: &str) {
    let (segments, _) = jpeg::segments(jpeg).expect("our own output has valid segments");
    let markers: Vec<u8> = segments.iter().map(|segment| segment.marker).collect();
    let allowed = [0xE0, 0xDB, 0xC0, 0xC4, 0xDD, jpeg::SOS];
    assert!(
        markers.iter().all(|marker| allowed.contains(marker)),
        "{what}: only APP0, DQT, SOF0 (baseline), DHT, DRI and SOS may appear, got {markers:02X?}"
    );
    assert!(
        markers.contains(&0xC0),
        "{what}: must be a baseline (SOF0) JPEG"
    );
    assert!(
        !jpeg.windows(4).any(|window| window == b"Exif"),
        "{what}: no EXIF block may survive, GPS above all"
    );
}

fn assert_upright(kind: &str) {
    let reference = prepared(&format!("orientation/{kind}_1.jpg"));
    let reference_pixels = pixels(&reference.jpeg);
    for orientation in 2..=8 {
        let name = format!("orientation/{kind}_{orientation}.jpg");
        let output = prepared(&name);
        assert_eq!(
            (output.width, output.height),
            (reference.width, reference.height),
            "{name} must come out the same way round as {kind}_1"
        );
        let difference = mean_difference(&pixels(&output.jpeg), &reference_pixels);
        assert!(
            difference < SAME_PICTURE,
            "{name} must look like {kind}_1 once upright; mean difference {difference:.1}"
        );
    }
}

#[test]
fn every_landscape_orientation_comes_out_upright() {
    assert_upright("landscape");
}

#[test]
fn every_portrait_orientation_comes_out_upright() {
    assert_upright("portrait");
    let portrait = prepared("orientation/portrait_1.jpg");
    assert!(
        portrait.height > portrait.width,
        "a portrait photo stays portrait"
    );
}

#[test]
fn the_upright_check_tells_a_wrong_way_round_apart() {
    for kind in ["landscape", "portrait"] {
        let upright = pixels(&prepared(&format!("orientation/{kind}_1.jpg")).jpeg);
        for (what, wrong) in [
            ("mirrored", imageops::flip_horizontal(&upright)),
            ("upside down", imageops::flip_vertical(&upright)),
            ("rotated by 180°", imageops::rotate180(&upright)),
        ] {
            let difference = mean_difference(&wrong, &upright);
            assert!(
                difference > SAME_PICTURE,
                "a {what} {kind} picture must fail the upright check; mean difference {difference:.1}"
            );
        }
    }
}

#[test]
fn gps_photos_come_out_without_any_metadata() {
    for path in files("gps", "jpg") {
        let input = std::fs::read(&path).expect("a readable test photo");
        assert!(
            input.windows(4).any(|window| window == b"Exif"),
            "{} must carry EXIF, or the test proves nothing",
            path.display()
        );
        let output = prepare(&input).expect("a GPS-tagged photo is prepared");
        assert_clean_baseline(&output.jpeg, &path.display().to_string());
    }
}

#[test]
fn camera_photos_fit_the_upload_limits() {
    for path in files("camera", "jpg") {
        let what = path.display().to_string();
        let output = prepare(&std::fs::read(&path).expect("a readable test photo"))
            .unwrap_or_else(|error| panic!("{what}: {error}"));
        let long = output.width.max(output.height);
        assert!(
            long <= UPLOAD.long_side && long * 10 >= UPLOAD.long_side * 9,
            "{what}: a 12 MP photo comes within a tenth of the long side of an upload: {long}"
        );
        assert!(
            output.jpeg.len() <= UPLOAD.max_bytes,
            "{what}: {} bytes is over the upload budget",
            output.jpeg.len()
        );
        let decoded = pixels(&output.jpeg);
        assert_eq!(
            decoded.dimensions(),
            (output.width, output.height),
            "{what}: the reported size is the JPEG's"
        );
        assert_clean_baseline(&output.jpeg, &what);
    }
}

#[test]
fn heif_is_refused_by_content_with_advice_in_chinese() {
    for path in files("camera", "heif") {
        let error = prepare(&std::fs::read(&path).expect("a readable test photo"))
            .expect_err("HEIF cannot be decoded here");
        assert!(
            matches!(error, PhotoError::Heif),
            "{}: got {error:?}",
            path.display()
        );
        assert!(
            error.user_message().contains("HEIC") && error.user_message().contains("兼容性最佳"),
            "the user is told which camera setting to change"
        );
    }
}

#[test]
fn broken_exif_blocks_never_stop_a_photo() {
    for path in files("invalid", "jpg") {
        let output = prepare(&std::fs::read(&path).expect("a readable test photo"))
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        assert_clean_baseline(&output.jpeg, &path.display().to_string());
    }
}

#[test]
fn a_truncated_jpeg_is_refused_as_truncated() {
    let photo = read("gps/DSCN0010.jpg");
    for cut in [photo.len() / 2, 100, photo.len() - 2] {
        let error = prepare(&photo[..cut]).expect_err("a truncated photo is refused");
        assert!(
            matches!(error, PhotoError::Truncated(_)),
            "cut at {cut} bytes: got {error:?}"
        );
    }
}

#[test]
fn files_that_are_not_photos_are_refused_by_kind() {
    let cases: [(&[u8], PhotoError); 4] = [
        (b"", PhotoError::Empty),
        (b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", PhotoError::Pdf),
        (
            b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
            PhotoError::UnsupportedFormat("Gif".into()),
        ),
        (b"just some text, renamed .jpg", PhotoError::NotAnImage),
    ];
    for (bytes, expected) in cases {
        let error = prepare(bytes).expect_err("not a photo");
        assert!(
            std::mem::discriminant(&error) == std::mem::discriminant(&expected),
            "{:?}: got {error:?}",
            String::from_utf8_lossy(bytes)
        );
        assert!(
            !error.user_message().is_empty(),
            "every refusal tells the user something"
        );
    }
}

/// A small real JPEG with the given chroma pixel size ((2, 2) is 4:2:0).
fn small_jpeg(chroma: (u8, u8)) -> Vec<u8> {
    let image = RgbImage::from_fn(64, 48, |x, y| Rgb([(x * 4) as u8, (y * 5) as u8, 128]));
    let mut compress = Compress::new(ColorSpace::JCS_RGB);
    compress.set_fastest_defaults();
    compress.set_size(64, 48);
    compress.set_chroma_sampling_pixel_sizes(chroma, chroma);
    let mut started = compress.start_compress(Vec::new()).expect("encoder starts");
    started
        .write_scanlines(image.as_raw())
        .expect("rows written");
    started.finish().expect("encoder finishes")
}

/// `jpeg` with the frame header claiming `width` × `height`.
fn with_claimed_size(mut jpeg: Vec<u8>, width: u16, height: u16) -> Vec<u8> {
    let frame = jpeg
        .windows(2)
        .position(|pair| pair == [0xFF, 0xC0])
        .expect("a baseline frame header");
    // Marker (2), length (2), precision (1), then height and width.
    jpeg[frame + 5..frame + 7].copy_from_slice(&height.to_be_bytes());
    jpeg[frame + 7..frame + 9].copy_from_slice(&width.to_be_bytes());
    jpeg
}

#[test]
fn a_jpeg_bomb_is_refused_before_decoding() {
    let too_many_pixels = with_claimed_size(small_jpeg((2, 2)), 10_000, 10_000);
    let error = prepare(&too_many_pixels).expect_err("100 MP is over the limit");
    assert!(
        matches!(error, PhotoError::TooManyPixels { .. }),
        "got {error:?}"
    );

    // 49 MP is under the pixel limit, but a full-colour (4:4:4) one needs about
    // 300 MB of DCT coefficients.
    let too_much_memory = with_claimed_size(small_jpeg((1, 1)), 7_000, 7_000);
    let error = prepare(&too_much_memory).expect_err("over the memory limit");
    assert!(
        matches!(error, PhotoError::TooMuchMemory { .. }),
        "got {error:?}"
    );
}

#[test]
fn a_corrupt_jpeg_is_refused_without_a_panic() {
    let empty_frame = with_claimed_size(small_jpeg((2, 2)), 0, 48);
    let error = prepare(&empty_frame).expect_err("a frame of width 0 is corrupt");
    assert!(matches!(error, PhotoError::Corrupt(_)), "got {error:?}");
}

fn png(width: u32, height: u32, pixels: &[u8], color: ExtendedColorType) -> Vec<u8> {
    let mut bytes = Vec::new();
    PngEncoder::new_with_quality(&mut bytes, CompressionType::Fast, PngFilter::NoFilter)
        .write_image(pixels, width, height, color)
        .expect("encoding a test PNG");
    bytes
}

#[test]
fn a_png_screenshot_comes_out_as_jpeg_on_white() {
    // Left half opaque red, right half fully transparent.
    let screenshot = RgbaImage::from_fn(400, 300, |x, _| {
        if x < 200 {
            image::Rgba([255, 0, 0, 255])
        } else {
            image::Rgba([0, 0, 0, 0])
        }
    });
    let output = prepare(&png(
        400,
        300,
        screenshot.as_raw(),
        ExtendedColorType::Rgba8,
    ))
    .expect("a PNG screenshot is prepared");
    assert_eq!(
        (output.width, output.height),
        (400, 300),
        "small screenshots keep their size"
    );
    assert_clean_baseline(&output.jpeg, "screenshot");
    let decoded = pixels(&output.jpeg);
    let Rgb([red, green, _]) = *decoded.get_pixel(100, 150);
    assert!(red > 230 && green < 30, "the opaque half stays red");
    let Rgb(transparent) = *decoded.get_pixel(300, 150);
    assert!(
        transparent.iter().all(|&channel| channel > 240),
        "transparency becomes white, not black: {transparent:?}"
    );
}

#[test]
fn a_png_bomb_is_refused_before_decoding() {
    let bomb = png(
        8_000,
        7_000,
        GrayImage::new(8_000, 7_000).as_raw(),
        ExtendedColorType::L8,
    );
    assert!(bomb.len() < 1024 * 1024, "the bomb is small on disk");
    let error = prepare(&bomb).expect_err("56 MP is over the limit");
    assert!(
        matches!(error, PhotoError::TooManyPixels { .. }),
        "got {error:?}"
    );
}

#[test]
fn a_truncated_png_is_refused() {
    let pixels = RgbImage::from_fn(300, 200, |x, y| Rgb([x as u8, y as u8, (x ^ y) as u8]));
    let whole = png(300, 200, pixels.as_raw(), ExtendedColorType::Rgb8);
    let error = prepare(&whole[..whole.len() / 2]).expect_err("half a PNG is refused");
    assert!(
        matches!(error, PhotoError::Truncated(_) | PhotoError::Corrupt(_)),
        "got {error:?}"
    );
}

#[test]
fn a_photo_too_large_at_quality_80_is_stepped_down_into_the_budget() {
    // A gradient under fine noise: detail that costs bytes, like a grainy photo.
    let mut seed: u32 = 1;
    let grainy = RgbImage::from_fn(2048, 1536, |x, y| {
        seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        let noise = (seed >> 24) as u8 / 4;
        Rgb([
            (x / 9) as u8 / 2 + noise,
            (y / 7) as u8 / 2 + noise,
            100 + noise,
        ])
    });
    let at_80 = jpeg::encode(&grainy, UPLOAD.quality).expect("encodes");
    assert!(
        at_80.len() > UPLOAD.max_bytes,
        "the test image must be over budget at quality 80"
    );
    let output = encode::within(grainy, &UPLOAD).expect("stepped into the budget");
    assert!(
        output.jpeg.len() <= UPLOAD.max_bytes,
        "{} bytes",
        output.jpeg.len()
    );
}

#[test]
fn thumbnails_are_small_and_upright() {
    let thumbnail = thumbnail(&read("orientation/portrait_6.jpg")).expect("a thumbnail");
    let long = thumbnail.height.max(thumbnail.width);
    assert!(
        long <= THUMBNAIL.long_side && long * 10 >= THUMBNAIL.long_side * 9,
        "a thumbnail is about {} px: {long}",
        THUMBNAIL.long_side
    );
    assert!(
        thumbnail.height > thumbnail.width,
        "a portrait page stays portrait"
    );
    let camera = super::thumbnail(&read("camera/iphone_hdr_NO.jpg")).expect("a thumbnail");
    assert!(
        camera.jpeg.len() <= THUMBNAIL.max_bytes,
        "{} bytes",
        camera.jpeg.len()
    );
    assert_clean_baseline(&camera.jpeg, "thumbnail");
}

#[test]
fn the_dct_scale_fits_the_target_or_else_never_drops_below_it() {
    assert_eq!(
        jpeg::dct_eighths(4032, 2048),
        4,
        "2016 px fits and is within a tenth of 2048: no resize"
    );
    assert_eq!(jpeg::dct_eighths(8192, 2048), 2);
    assert_eq!(
        jpeg::dct_eighths(2400, 2048),
        7,
        "6/8 would give 1800 px, too far below: 2100 px, then shrunk"
    );
    assert_eq!(
        jpeg::dct_eighths(4032, 320),
        1,
        "1/8 gives 504 px, enough for a thumbnail"
    );
    assert_eq!(
        jpeg::dct_eighths(1000, 2048),
        8,
        "small photos are decoded whole"
    );
}

#[test]
fn fitted_size_keeps_the_aspect_and_never_enlarges() {
    assert_eq!(resize::fitted_size(4000, 3000, 2048), (2048, 1536));
    assert_eq!(resize::fitted_size(3000, 4000, 2048), (1536, 2048));
    assert_eq!(resize::fitted_size(640, 480, 2048), (640, 480));
    assert_eq!(
        resize::fitted_size(20_000, 3, 2048),
        (2048, 1),
        "no side collapses to 0"
    );
}

fn args(words: &[&str]) -> Vec<OsString> {
    words.iter().map(OsString::from).collect()
}

#[test]
fn the_command_line_prepares_a_folder_and_fails_on_any_bad_file() {
    let output = tempfile::tempdir().expect("a temporary folder");
    let out = output.path().to_str().expect("a UTF-8 temporary path");
    let gps = format!("{PHOTOS}/gps");
    assert_eq!(
        cli::run(args(&["prepare-photos", &gps, out])),
        Some(ExitCode::SUCCESS),
        "every GPS photo is prepared"
    );
    assert!(
        output.path().join("DSCN0010.jpg").is_file(),
        "outputs keep the input's name"
    );

    let heif = format!("{PHOTOS}/camera/HMD_Nokia_8.3_5G.heif");
    let heif_out = format!("{out}/nokia.jpg");
    assert_eq!(
        cli::run(args(&["prepare-photo", &heif, &heif_out])),
        Some(ExitCode::FAILURE),
        "a refused photo fails the command"
    );
    assert!(
        !Path::new(&heif_out).exists(),
        "nothing is written for a refused photo"
    );
}

#[test]
fn the_command_line_leaves_other_arguments_to_the_app() {
    assert_eq!(cli::run(args(&[])), None);
    assert_eq!(cli::run(args(&["--verbose"])), None);
    assert_eq!(
        cli::run(args(&["prepare-photo", "only-one"])),
        Some(ExitCode::from(2))
    );
}
