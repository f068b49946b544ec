//! The resident ID number (居民身份证号码, GB 11643): 18 characters whose last
//! is the ISO 7064 MOD 11-2 check of the first 17, with a real birth date inside.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{describe, half_width, mask_middle, to_field_error};
use crate::FieldError;
use crate::dates::{Date, is_calendar_day};

/// Weights of the first 17 characters of a resident ID (GB 11643).
const RESIDENT_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/// The check character of a resident ID, indexed by the weighted sum mod 11.
const RESIDENT_CHECK: &[u8; 11] = b"10X98765432";

/// The earliest birth year a resident ID may carry (from 1 January).
const EARLIEST_BIRTH_YEAR: u16 = 1900;

/// A mainland resident ID number (居民身份证号码, GB 11643), always valid.
///
/// 18 characters: 6 region digits (first digit 1–8), 8 birth-date digits
/// (`YYYYMMDD`, a real date not before 1900-01-01), 3 sequence digits and one
/// check character (`0`–`9` or `X`). Stored with an uppercase `X` and half-width
/// digits. `Debug` shows only the masked form, so the number stays out of logs.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(
    feature = "openapi",
    schema(value_type = String, example = "11010519491231002X")
)]
#[serde(try_from = "String", into = "String")]
pub struct ResidentId(String);

/// Why a text is not a resident ID number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResidentIdError {
    /// Nothing was entered.
    Empty,
    /// A character other than a digit or `X` (1-based `position`).
    InvalidCharacter {
        /// 1-based position of the character.
        position: usize,
        /// The character as entered (after width normalisation).
        found: char,
    },
    /// Not 18 characters long.
    WrongLength {
        /// How many characters were entered.
        actual: usize,
    },
    /// An `X` somewhere other than the last position.
    MisplacedX {
        /// 1-based position of the `X`.
        position: usize,
    },
    /// The region code starts with 0 or 9.
    InvalidRegion,
    /// The 8 birth-date digits are not a calendar date.
    InvalidBirthDate {
        /// The 8 digits as entered.
        digits: String,
    },
    /// The birth date is before 1900-01-01.
    BirthDateTooEarly {
        /// The 8 digits as entered.
        digits: String,
    },
    /// The birth date is after the `today` given to [`ResidentId::parse_on`].
    BirthDateInFuture {
        /// The 8 digits as entered.
        digits: String,
    },
    /// The last character does not match the check computed from the first 17.
    WrongCheckCharacter,
}

impl fmt::Display for ResidentIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("请填写身份证号码"),
            Self::InvalidCharacter { position, found } => write!(
                f,
                "身份证号码只能包含数字，最后一位可以是 X；第 {position} 位是{}",
                describe(*found)
            ),
            Self::WrongLength { actual } => {
                write!(f, "身份证号码应为 18 位，您输入了 {actual} 位")
            }
            Self::MisplacedX { position } => {
                write!(
                    f,
                    "身份证号码只有最后一位可以是 X，第 {position} 位应为数字"
                )
            }
            Self::InvalidRegion => f.write_str("身份证号码前 6 位是地区代码，不能以 0 或 9 开头"),
            Self::InvalidBirthDate { digits } => write!(f, "出生日期 {digits} 不是有效日期"),
            Self::BirthDateTooEarly { digits } => {
                write!(f, "出生日期 {digits} 早于 1900 年，请核对")
            }
            Self::BirthDateInFuture { digits } => {
                write!(f, "出生日期 {digits} 晚于今天，请核对")
            }
            Self::WrongCheckCharacter => f.write_str("身份证号码最后一位校验码不对，请核对"),
        }
    }
}

impl std::error::Error for ResidentIdError {}

impl ResidentIdError {
    /// This error as the problem of one input field, e.g. `applicant.id_number`.
    pub fn field_error(&self, field: &str) -> FieldError {
        to_field_error(field, self)
    }
}

impl ResidentId {
    /// Parses a resident ID number, checking everything except that the birth date
    /// is not in the future (it needs today's date: use [`ResidentId::parse_on`]
    /// wherever a clock is at hand). Deserialisation uses this.
    ///
    /// Surrounding whitespace is trimmed, full-width digits and `Ｘ` are made
    /// half-width, and a lowercase `x` becomes `X`.
    pub fn parse(text: &str) -> Result<Self, ResidentIdError> {
        let id: String = text
            .chars()
            .map(half_width)
            .collect::<String>()
            .trim()
            .chars()
            .map(|c| if c == 'x' { 'X' } else { c })
            .collect();
        if id.is_empty() {
            return Err(ResidentIdError::Empty);
        }
        if let Some((index, found)) = id
            .chars()
            .enumerate()
            .find(|&(_, c)| !(c.is_ascii_digit() || c == 'X'))
        {
            return Err(ResidentIdError::InvalidCharacter {
                position: index + 1,
                found,
            });
        }
        // Only ASCII is left, so bytes are characters.
        let Ok(bytes) = <[u8; 18]>::try_from(id.as_bytes()) else {
            return Err(ResidentIdError::WrongLength { actual: id.len() });
        };
        if let Some(index) = bytes[..17].iter().position(|&b| b == b'X') {
            return Err(ResidentIdError::MisplacedX {
                position: index + 1,
            });
        }
        if !(b'1'..=b'8').contains(&bytes[0]) {
            return Err(ResidentIdError::InvalidRegion);
        }
        let (year, month, day) = birth_digits(&bytes);
        let digits = || id[6..14].to_owned();
        if !is_calendar_day(year, month, day) {
            return Err(ResidentIdError::InvalidBirthDate { digits: digits() });
        }
        if year < EARLIEST_BIRTH_YEAR {
            return Err(ResidentIdError::BirthDateTooEarly { digits: digits() });
        }
        if bytes[17] != resident_check(&bytes) {
            return Err(ResidentIdError::WrongCheckCharacter);
        }
        Ok(Self(id))
    }

    /// Parses like [`ResidentId::parse`] and also rejects a birth date after
    /// `today`, by the caller's clock.
    pub fn parse_on(text: &str, today: Date) -> Result<Self, ResidentIdError> {
        let id = Self::parse(text)?;
        if id.birth_date() > today {
            return Err(ResidentIdError::BirthDateInFuture {
                digits: id.0[6..14].to_owned(),
            });
        }
        Ok(id)
    }

    /// The 18 characters, with an uppercase `X`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The birth date.
    pub fn birth_date(&self) -> Date {
        let (year, month, day) = birth_digits(self.0.as_bytes());
        // Checked by `parse`: a real day, not before 1900.
        Date::from_checked(year, month, day)
    }

    /// The number with everything but the first and last characters hidden,
    /// e.g. `1****************X`, for showing on screen and in logs.
    pub fn masked(&self) -> String {
        mask_middle(&self.0)
    }

    /// Whether the holder is male: the 17th digit (the sequence's last) is odd.
    pub fn is_male(&self) -> bool {
        self.0.as_bytes()[16] % 2 == 1
    }
}

/// `(year, month, day)` of the 8 digits after the region code; `bytes` holds at
/// least 14 ASCII digits.
fn birth_digits(bytes: &[u8]) -> (u16, u8, u8) {
    let year = decimal(&bytes[6..10]);
    let month = decimal(&bytes[10..12]);
    let day = decimal(&bytes[12..14]);
    // Four and two digits always fit.
    (year as u16, month as u8, day as u8)
}

/// The check character that the first 17 digits of `bytes` call for.
fn resident_check(bytes: &[u8]) -> u8 {
    let sum: u32 = bytes
        .iter()
        .zip(RESIDENT_WEIGHTS)
        .map(|(&digit, weight)| u32::from(digit - b'0') * weight)
        .sum();
    RESIDENT_CHECK[(sum % 11) as usize]
}

impl fmt::Debug for ResidentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ResidentId({})", self.masked())
    }
}

impl FromStr for ResidentId {
    type Err = ResidentIdError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text)
    }
}

impl TryFrom<String> for ResidentId {
    type Error = ResidentIdError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<ResidentId> for String {
    fn from(id: ResidentId) -> Self {
        id.0
    }
}

impl AsRef<str> for ResidentId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// The value of a run of ASCII digits.
fn decimal(digits: &[u8]) -> u32 {
    digits
        .iter()
        .fold(0, |value, &digit| value * 10 + u32::from(digit - b'0'))
}

#[cfg(test)]
mod tests {
    use super::super::{SUBSTITUTES, replaced, shows_only_the_ends};
    use super::*;
    use proptest::prelude::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    /// A resident ID made of the given 17 digits plus their computed check character.
    fn with_resident_check(first17: &str) -> String {
        let check = resident_check(first17.as_bytes());
        format!("{first17}{}", check as char)
    }

    fn id_error(text: &str) -> ResidentIdError {
        ResidentId::parse(text).expect_err("the text was built to be invalid")
    }

    #[test]
    fn the_standard_resident_id_vectors_are_valid() {
        for text in ["11010519491231002X", "44011320141005001X"] {
            let id = ResidentId::parse(text).expect("domain.md lists it as valid");
            assert_eq!(id.as_str(), text, "a valid ID is kept as entered");
        }
    }

    #[test]
    fn the_standard_wrong_check_vector_is_rejected() {
        assert_eq!(
            id_error("110105194912310021"),
            ResidentIdError::WrongCheckCharacter,
            "domain.md lists it as having the wrong check character"
        );
        assert_eq!(
            ResidentIdError::WrongCheckCharacter.to_string(),
            "身份证号码最后一位校验码不对，请核对"
        );
    }

    #[test]
    fn resident_id_input_is_normalised() {
        let expected = "11010519491231002X";
        for text in [
            "11010519491231002x",
            "  11010519491231002X\t",
            "\u{3000}11010519491231002X\n",
            "１１０１０５１９４９１２３１００２Ｘ",
            "１１０１０５１９４９１２３１００２ｘ",
        ] {
            let id = ResidentId::parse(text).expect("only the form differs from a valid ID");
            assert_eq!(
                id.as_str(),
                expected,
                "lowercase x, surrounding whitespace and full-width characters are normalised"
            );
        }
    }

    #[test]
    fn resident_id_exposes_birth_date_sex_and_mask() {
        let id = ResidentId::parse("11010519491231002X").expect("valid vector");
        assert_eq!(
            id.birth_date().to_string(),
            "1949-12-31",
            "digits 7–14 are YYYYMMDD"
        );
        assert!(!id.is_male(), "17th digit 2 is even: female");
        assert_eq!(
            id.masked(),
            "1****************X",
            "only the ends stay visible"
        );
        assert_eq!(
            format!("{id:?}"),
            "ResidentId(1****************X)",
            "Debug must not leak the number into logs"
        );

        let id = ResidentId::parse("44011320141005001X").expect("valid vector");
        assert_eq!(
            id.birth_date().to_string(),
            "2014-10-05",
            "digits 7–14 are YYYYMMDD"
        );
        assert!(id.is_male(), "17th digit 1 is odd: male");
    }

    #[test]
    fn empty_resident_id_is_rejected() {
        for text in ["", "   "] {
            assert_eq!(
                id_error(text),
                ResidentIdError::Empty,
                "nothing was entered"
            );
        }
        assert_eq!(ResidentIdError::Empty.to_string(), "请填写身份证号码");
    }

    #[test]
    fn resident_id_with_a_foreign_character_is_rejected() {
        let error = id_error("1101051949a231002X");
        assert_eq!(
            error,
            ResidentIdError::InvalidCharacter {
                position: 11,
                found: 'a'
            },
            "a letter other than X is never part of an ID"
        );
        assert_eq!(
            error.to_string(),
            "身份证号码只能包含数字，最后一位可以是 X；第 11 位是“a”"
        );
        assert_eq!(
            id_error("110105 19491231002X"),
            ResidentIdError::InvalidCharacter {
                position: 7,
                found: ' '
            },
            "only surrounding whitespace is trimmed"
        );
        assert_eq!(
            ResidentIdError::InvalidCharacter {
                position: 7,
                found: ' '
            }
            .to_string(),
            "身份证号码只能包含数字，最后一位可以是 X；第 7 位是空格",
            "a space is named, not shown as blank quotes"
        );
    }

    #[test]
    fn resident_id_of_the_wrong_length_is_rejected() {
        let error = id_error("11010519491231002");
        assert_eq!(
            error,
            ResidentIdError::WrongLength { actual: 17 },
            "the number has exactly 18 characters"
        );
        assert_eq!(error.to_string(), "身份证号码应为 18 位，您输入了 17 位");
        assert_eq!(
            id_error("11010519491231002X0"),
            ResidentIdError::WrongLength { actual: 19 },
            "too long is as wrong as too short"
        );
        assert_eq!(
            id_error("110105491231002"),
            ResidentIdError::WrongLength { actual: 15 },
            "the old 15-digit numbers are no longer accepted"
        );
    }

    #[test]
    fn resident_id_with_x_before_the_end_is_rejected() {
        let error = id_error("1101051949123100X2");
        assert_eq!(
            error,
            ResidentIdError::MisplacedX { position: 17 },
            "X stands for 10 only as the check character"
        );
        assert_eq!(
            error.to_string(),
            "身份证号码只有最后一位可以是 X，第 17 位应为数字"
        );
    }

    #[test]
    fn resident_id_with_a_region_starting_with_0_or_9_is_rejected() {
        for first in ['0', '9'] {
            let text = with_resident_check(&format!("{first}1010519491231002"));
            assert_eq!(
                id_error(&text),
                ResidentIdError::InvalidRegion,
                "no region code starts with {first}"
            );
        }
        assert_eq!(
            ResidentIdError::InvalidRegion.to_string(),
            "身份证号码前 6 位是地区代码，不能以 0 或 9 开头"
        );
    }

    #[test]
    fn resident_id_with_an_impossible_birth_date_is_rejected() {
        let error = id_error(&with_resident_check("11010519491331002"));
        assert_eq!(
            error,
            ResidentIdError::InvalidBirthDate {
                digits: "19491331".into()
            },
            "there is no 13th month"
        );
        assert_eq!(error.to_string(), "出生日期 19491331 不是有效日期");
        for date in ["19490001", "19490100", "19490431", "19490230"] {
            let text = with_resident_check(&format!("110105{date}002"));
            assert_eq!(
                id_error(&text),
                ResidentIdError::InvalidBirthDate {
                    digits: date.into()
                },
                "{date} is not a calendar day"
            );
        }
    }

    #[test]
    fn leap_days_follow_the_gregorian_rule() {
        for (date, valid) in [
            ("20000229", true),  // divisible by 400
            ("20240229", true),  // divisible by 4
            ("19000229", false), // century not divisible by 400
            ("20230229", false), // not divisible by 4
        ] {
            let text = with_resident_check(&format!("110105{date}002"));
            assert_eq!(
                ResidentId::parse(&text).is_ok(),
                valid,
                "29 February exists only in leap years ({date})"
            );
        }
    }

    #[test]
    fn resident_id_born_before_1900_is_rejected() {
        let error = id_error(&with_resident_check("11010518991231002"));
        assert_eq!(
            error,
            ResidentIdError::BirthDateTooEarly {
                digits: "18991231".into()
            },
            "no holder was born before 1900"
        );
        assert_eq!(error.to_string(), "出生日期 18991231 早于 1900 年，请核对");
        assert!(
            ResidentId::parse(&with_resident_check("11010519000101002")).is_ok(),
            "1900-01-01 itself is allowed"
        );
    }

    #[test]
    fn resident_id_born_after_today_is_rejected_by_parse_on() {
        let text = with_resident_check("11010520250615002");
        let error = ResidentId::parse_on(&text, date("2025-06-14")).expect_err("born tomorrow");
        assert_eq!(
            error,
            ResidentIdError::BirthDateInFuture {
                digits: "20250615".into()
            },
            "nobody is born after today"
        );
        assert_eq!(error.to_string(), "出生日期 20250615 晚于今天，请核对");
        assert!(
            ResidentId::parse_on(&text, date("2025-06-15")).is_ok(),
            "a baby born today may have a number"
        );
        assert!(
            ResidentId::parse(&text).is_ok(),
            "parse alone skips the future check"
        );
    }

    #[test]
    fn resident_id_errors_become_field_errors() {
        assert_eq!(
            ResidentIdError::WrongLength { actual: 17 }.field_error("applicant.id_number"),
            crate::FieldError {
                field: "applicant.id_number".into(),
                message: "身份证号码应为 18 位，您输入了 17 位".into(),
            },
            "the field error carries the field name and the message shown next to it"
        );
    }

    #[test]
    fn resident_id_serialises_as_its_string_and_deserialises_through_parse() {
        let id = ResidentId::parse("11010519491231002X").expect("valid vector");
        let json = serde_json::to_string(&id).expect("a string always serialises");
        assert_eq!(
            json, "\"11010519491231002X\"",
            "the wire form is the plain string"
        );
        let back: ResidentId = serde_json::from_str("\"11010519491231002x\"")
            .expect("deserialising normalises like parse");
        assert_eq!(back, id, "deserialisation goes through parse");
        let error = serde_json::from_str::<ResidentId>("\"110105194912310021\"")
            .expect_err("an invalid ID must not deserialise");
        assert!(
            error
                .to_string()
                .contains("身份证号码最后一位校验码不对，请核对"),
            "the Chinese message reaches the caller: {error}"
        );
    }

    /// A valid resident ID: region 110000–659999, a real date 1900–2025, any
    /// sequence, and the computed check character.
    fn valid_resident_id() -> impl Strategy<Value = String> {
        (1900u16..=2025, 1u8..=12)
            .prop_flat_map(|(year, month)| {
                (
                    110_000u32..=659_999,
                    Just(year),
                    Just(month),
                    1..=crate::dates::days_in_month(year, month),
                    0u16..=999,
                )
            })
            .prop_map(|(region, year, month, day, sequence)| {
                with_resident_check(&format!(
                    "{region:06}{year:04}{month:02}{day:02}{sequence:03}"
                ))
            })
    }

    proptest! {
        #[test]
        fn generated_resident_ids_parse_and_round_trip(text in valid_resident_id()) {
            let id = ResidentId::parse_on(&text, date("2025-12-31"));
            prop_assert!(id.is_ok(), "{text} is built to the standard: {id:?}");
            let Ok(id) = id else { return Ok(()) };
            prop_assert_eq!(id.as_str(), text.as_str(), "a valid ID is kept as entered");
            let json = serde_json::to_string(&id).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let back: Result<ResidentId, _> = serde_json::from_str(&json);
            prop_assert_eq!(back.ok(), Some(id.clone()), "serde must round-trip a valid ID");
            let birth = id.birth_date();
            let expected = date(&format!("{}-{}-{}", &text[6..10], &text[10..12], &text[12..14]));
            prop_assert_eq!(birth, expected, "birth_date reads digits 7–14");
        }

        #[test]
        fn every_single_substitution_in_a_resident_id_is_rejected(
            text in valid_resident_id(),
            index in 0usize..18,
            replacement in proptest::sample::select(SUBSTITUTES.chars().collect::<Vec<_>>()),
        ) {
            prop_assume!(text.chars().nth(index) != Some(replacement));
            let changed = replaced(&text, index, replacement);
            prop_assert!(
                ResidentId::parse(&changed).is_err(),
                "MOD 11-2 weights are all non-zero mod the prime 11, so any single \
                 substitution changes the sum: {text} → {changed} must be rejected"
            );
        }

        #[test]
        fn masked_ids_reveal_only_the_first_and_last_characters(text in valid_resident_id()) {
            let masked = ResidentId::parse(&text).map(|id| id.masked()).unwrap_or_default();
            prop_assert!(
                shows_only_the_ends(&text, &masked),
                "a masked ID may show its first and last characters and nothing else: {text} → {masked}"
            );
        }
    }
}
