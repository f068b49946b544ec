//! The check-in QR code of a booking, which the hall's kiosk scans: drawn by
//! the shell as SVG, so the UI shows it without any image decoding.

use banshi_api::bookings::Booking;
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// What the kiosk reads: the hall and the booking's check-in code.
pub fn payload(booking: &Booking) -> String {
    format!("BANSHI-CHECKIN:{}:{}", booking.hall, booking.check_in_code)
}

/// The QR code of `booking` as an SVG document, dark on white, with its quiet zone.
pub fn qr_svg(booking: &Booking) -> String {
    // Medium error correction: a phone screen behind a scratched kiosk glass still reads.
    match QrCode::with_error_correction_level(payload(booking), EcLevel::M) {
        Ok(code) => code
            .render::<svg::Color<'_>>()
            .min_dimensions(240, 240)
            .dark_color(svg::Color("#1a1f2b"))
            .light_color(svg::Color("#ffffff"))
            .build(),
        // A payload of a few dozen ASCII characters always fits version 40.
        Err(error) => unreachable!("a check-in payload fits a QR code: {error}"),
    }
}
