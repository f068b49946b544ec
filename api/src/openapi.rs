//! The OpenAPI schemas of the values whose rules the derived schemas cannot
//! state: free text as [`crate::text`] accepts it, the identity values with
//! their patterns, and a login's one-of-two credentials. Each says what the
//! parsers accept, so that a client (or a fuzzer) reading the document sends
//! what the hall takes and knows what it refuses.
//!
//! Check characters (resident ID, credit code) and the password's kinds of
//! characters are beyond a pattern: their schemas name a `format`
//! (`resident-id`, `credit-code`, `password`) and say the rules in words.

use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{
    AllOfBuilder, ObjectBuilder, OneOfBuilder, Schema, SchemaFormat, Type,
};

/// Unicode white space, as `str::trim` removes it.
const WHITE_SPACE: &str = r"\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";

/// Characters free text may never hold on one line ([`crate::text::refused_character`]):
/// control characters, bidirectional marks and controls, line and paragraph
/// separators, the byte order mark.
const REFUSED: &str =
    r"\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff";

/// Characters free text of several lines may never hold: those of
/// [`REFUSED`] but the tab and the line breaks.
const REFUSED_IN_LINES: &str = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff";

/// The pattern of free text with `min`–`max` characters once trimmed (`min`
/// ≥ 1), none of them `refused`; with `blank`, white space alone (or
/// nothing) matches too.
fn trimmed_pattern(refused: &str, min: usize, max: usize, blank: bool) -> String {
    // The first and last characters kept: neither white space nor refused.
    let edge = format!(r"[^{WHITE_SPACE}{refused}]");
    let inner = format!(r"[^{refused}]");
    let middle = match min {
        1 => format!("(?:{inner}{{0,{}}}{edge})?", max - 2),
        _ => format!("{inner}{{{},{}}}{edge}", min - 2, max - 2),
    };
    let kept = if blank {
        format!("(?:{edge}{middle})?")
    } else {
        format!("{edge}{middle}")
    };
    format!(r"^[{WHITE_SPACE}]*{kept}[{WHITE_SPACE}]*$")
}

/// The pattern of one line of free text with `min`–`max` characters once
/// trimmed (`min` ≥ 1), as `parse_real_name`, `parse_enterprise_name`
/// and a street address read it: white space around it is cut
/// off, what is left holds no refused character.
fn one_line_pattern(min: usize, max: usize) -> String {
    trimmed_pattern(REFUSED, min, max, false)
}

fn string() -> ObjectBuilder {
    ObjectBuilder::new().schema_type(Type::String)
}

fn one_line(min: usize, max: usize, description: &str) -> ObjectBuilder {
    string()
        .min_length(Some(min))
        .pattern(Some(one_line_pattern(min, max)))
        .description(Some(description))
}

/// A real name: 2–30 characters once trimmed, on one line.
pub fn real_name() -> ObjectBuilder {
    one_line(
        2,
        30,
        "The real name, 2–30 characters (white space around it is cut off)",
    )
}

/// An enterprise's name: 2–60 characters once trimmed, on one line.
pub fn enterprise_name() -> ObjectBuilder {
    one_line(2, 60, "The registered name, 2–60 characters")
}

/// A street address (街道、门牌号): 2–100 characters once trimmed, on one line.
pub fn street() -> ObjectBuilder {
    one_line(2, 100, "街道、门牌号, 2–100 characters")
}

/// Free text of several lines with `min`–`max` characters once trimmed
/// (questions, complaints, replies).
pub fn lines(min: usize, max: usize, description: &str) -> ObjectBuilder {
    string()
        .min_length(Some(min))
        .pattern(Some(trimmed_pattern(REFUSED_IN_LINES, min, max, false)))
        .description(Some(description))
}

/// Optional free text of several lines: `min`–`max` characters once
/// trimmed, or blank (or null) for none.
pub fn optional_lines(min: usize, max: usize, description: &str) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::SchemaType::from_iter([
            Type::String,
            Type::Null,
        ]))
        .pattern(Some(trimmed_pattern(REFUSED_IN_LINES, min, max, true)))
        .description(Some(description))
}

/// Distinct upload ids, at most `max`.
pub fn upload_ids(max: usize, description: &str) -> utoipa::openapi::schema::ArrayBuilder {
    use utoipa::PartialSchema;
    utoipa::openapi::schema::ArrayBuilder::new()
        .items(crate::ids::UploadId::schema())
        .max_items(Some(max))
        .unique_items(true)
        .description(Some(description))
}

/// A mainland mobile number as the hall stores it: 11 digits, `1` then `3`–`9`.
pub fn mobile() -> ObjectBuilder {
    string()
        .pattern(Some(r"^1[3-9][0-9]{9}$"))
        .examples([serde_json::json!("13800000000")])
        .description(Some("Mainland mobile number, 11 digits"))
}

/// A resident ID number: 18 characters with a real birth date not after today
/// and the check character (format `resident-id`). No `pattern`: a generator
/// that reads one draws from it instead of from the format.
pub fn resident_id() -> ObjectBuilder {
    string()
        .format(Some(SchemaFormat::Custom("resident-id".to_owned())))
        .min_length(Some(18))
        .max_length(Some(18))
        .examples([serde_json::json!("11010519491231002X")])
        .description(Some(
            "居民身份证号码 (GB 11643): 6 region digits (the first 1–8), a real birth date `YYYYMMDD` from 1900 and not after today, 3 sequence digits and the MOD 11-2 check character (`0`–`9` or `X`)",
        ))
}

/// A unified social credit code: 18 characters of its alphabet with the check
/// character (format `credit-code`).
pub fn credit_code() -> ObjectBuilder {
    string()
        .format(Some(SchemaFormat::Custom("credit-code".to_owned())))
        .min_length(Some(18))
        .max_length(Some(18))
        .examples([serde_json::json!("91350100M000100Y43")])
        .description(Some(
            "统一社会信用代码 (GB 32100): 18 characters of `0-9ABCDEFGHJKLMNPQRTUWXY`, the last the MOD 31 check character",
        ))
}

/// A new password: 8–64 characters without white space or control characters,
/// of at least three kinds (lowercase, uppercase, digits, others), not all the
/// same and not containing the mobile number (format `password`).
pub fn password() -> ObjectBuilder {
    string()
        .format(Some(SchemaFormat::Custom("password".to_owned())))
        .min_length(Some(8))
        .max_length(Some(64))
        .examples([serde_json::json!("Banshi2026")])
        .description(Some(
            "8–64 characters without white space or control characters, of at least three kinds of lowercase, uppercase, digits and others, not all the same, and not containing the mobile number",
        ))
}

/// `POST /sessions`: the mobile number and exactly one of a password and an
/// SMS code (the other absent or null).
pub fn login_request() -> RefOr<Schema> {
    let credential = |given: &str, other: &str| {
        ObjectBuilder::new()
            .property(given, string())
            .property(other, ObjectBuilder::new().schema_type(Type::Null))
            .required(given)
    };
    let nullable_string = || {
        ObjectBuilder::new().schema_type(utoipa::openapi::schema::SchemaType::from_iter([
            Type::String,
            Type::Null,
        ]))
    };
    AllOfBuilder::new()
        .item(
            ObjectBuilder::new()
                .property("mobile", mobile())
                .required("mobile")
                .property("password", nullable_string())
                .property("sms_code", nullable_string()),
        )
        .item(
            OneOfBuilder::new()
                .item(credential("password", "sms_code"))
                .item(credential("sms_code", "password")),
        )
        .description(Some(
            "Log in with a password or with an SMS code: exactly one of them, the other absent or null",
        ))
        .into()
}
