//! The mainland mobile number (手机号码): 11 digits, as people write it with or
//! without the country code and separators.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{describe, half_width, to_field_error};
use crate::FieldError;

/// A mainland mobile number, always valid: 11 digits, `1` then `3`–`9`.
///
/// `Debug` shows only the masked form, so the number stays out of logs.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(value_type = String, example = "13800000000"))]
#[serde(try_from = "String", into = "String")]
pub struct Mobile(String);

/// Why a text is not a mainland mobile number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MobileError {
    /// Nothing was entered.
    Empty,
    /// A character other than a digit, space, hyphen or the leading `+86`.
    InvalidCharacter {
        /// The character as entered (after width normalisation).
        found: char,
    },
    /// The number does not start with 13–19.
    WrongPrefix,
    /// Not 11 digits long (after `+86`, spaces and hyphens are removed).
    WrongLength {
        /// How many digits were entered.
        actual: usize,
    },
}

impl fmt::Display for MobileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("请填写手机号码"),
            Self::InvalidCharacter { found } => {
                write!(f, "手机号码只能包含数字，不能有{}", describe(*found))
            }
            Self::WrongPrefix => f.write_str("手机号码应以 13 至 19 开头"),
            Self::WrongLength { actual } => {
                write!(f, "手机号码应为 11 位数字，您输入了 {actual} 位")
            }
        }
    }
}

impl std::error::Error for MobileError {}

impl MobileError {
    /// This error as the problem of one input field, e.g. `applicant.phone`.
    pub fn field_error(&self, field: &str) -> FieldError {
        to_field_error(field, self)
    }
}

impl Mobile {
    /// Parses a mobile number. Spaces and hyphens anywhere and a leading `+86` or
    /// `86` are removed; full-width characters are made half-width.
    pub fn parse(text: &str) -> Result<Self, MobileError> {
        let cleaned: String = text
            .chars()
            .map(half_width)
            .filter(|&c| !c.is_whitespace() && c != '-')
            .collect();
        if cleaned.is_empty() {
            return Err(MobileError::Empty);
        }
        // No mainland mobile number starts with 8, so a leading 86 is the country code.
        let digits = cleaned
            .strip_prefix("+86")
            .or_else(|| cleaned.strip_prefix("86"))
            .unwrap_or(&cleaned);
        if let Some(found) = digits.chars().find(|c| !c.is_ascii_digit()) {
            return Err(MobileError::InvalidCharacter { found });
        }
        let bytes = digits.as_bytes();
        let prefix_ok = bytes.first().is_none_or(|&b| b == b'1')
            && bytes.get(1).is_none_or(|&b| (b'3'..=b'9').contains(&b));
        if !prefix_ok {
            return Err(MobileError::WrongPrefix);
        }
        if bytes.len() != 11 {
            return Err(MobileError::WrongLength {
                actual: bytes.len(),
            });
        }
        Ok(Self(digits.to_owned()))
    }

    /// The 11 digits, without country code or separators.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The number with the middle four digits hidden, e.g. `138****0000`.
    pub fn masked(&self) -> String {
        format!("{}****{}", &self.0[..3], &self.0[7..])
    }
}

impl fmt::Debug for Mobile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Mobile({})", self.masked())
    }
}

impl FromStr for Mobile {
    type Err = MobileError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text)
    }
}

impl TryFrom<String> for Mobile {
    type Error = MobileError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<Mobile> for String {
    fn from(mobile: Mobile) -> Self {
        mobile.0
    }
}

impl AsRef<str> for Mobile {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn mobile_error(text: &str) -> MobileError {
        Mobile::parse(text).expect_err("the text was built to be invalid")
    }

    #[test]
    fn mobile_numbers_in_common_notations_are_accepted() {
        for text in [
            "13800000000",
            "+86 138 0000 0000",
            "+86-138-0000-0000",
            "8613800000000",
            "86 13800000000",
            " 138-0000-0000 ",
            "１３８００００００００",
            "＋８６　１３８００００００００",
        ] {
            let mobile = Mobile::parse(text).expect("a valid number in a common notation");
            assert_eq!(
                mobile.as_str(),
                "13800000000",
                "country code and separators are stripped from {text:?}"
            );
        }
    }

    #[test]
    fn mobile_is_masked_in_the_middle() {
        let mobile = Mobile::parse("13812345678").expect("valid");
        assert_eq!(
            mobile.masked(),
            "138****5678",
            "the middle four digits are hidden"
        );
        assert_eq!(
            format!("{mobile:?}"),
            "Mobile(138****5678)",
            "Debug must not leak the number into logs"
        );
    }

    #[test]
    fn every_mobile_error_has_its_message() {
        assert_eq!(mobile_error(" "), MobileError::Empty, "nothing was entered");
        assert_eq!(MobileError::Empty.to_string(), "请填写手机号码");

        let error = mobile_error("138O0000000");
        assert_eq!(
            error,
            MobileError::InvalidCharacter { found: 'O' },
            "a letter O is not a zero"
        );
        assert_eq!(error.to_string(), "手机号码只能包含数字，不能有“O”");

        for text in ["12800000000", "23800000000", "10", "2"] {
            assert_eq!(
                mobile_error(text),
                MobileError::WrongPrefix,
                "mobile numbers start with 13–19 ({text})"
            );
        }
        assert_eq!(
            MobileError::WrongPrefix.to_string(),
            "手机号码应以 13 至 19 开头"
        );

        let error = mobile_error("1380000000");
        assert_eq!(
            error,
            MobileError::WrongLength { actual: 10 },
            "a mobile number has 11 digits"
        );
        assert_eq!(error.to_string(), "手机号码应为 11 位数字，您输入了 10 位");
        assert_eq!(
            mobile_error("+86"),
            MobileError::WrongLength { actual: 0 },
            "the country code alone is not a number"
        );
        assert_eq!(
            mobile_error("138000000001"),
            MobileError::WrongLength { actual: 12 },
            "too long is as wrong as too short"
        );
        assert_eq!(
            error.field_error("applicant.phone"),
            crate::FieldError {
                field: "applicant.phone".into(),
                message: "手机号码应为 11 位数字，您输入了 10 位".into(),
            },
            "the field error carries the field name and the message"
        );
    }

    #[test]
    fn mobile_serialises_as_its_digits_and_deserialises_through_parse() {
        let mobile: Mobile =
            serde_json::from_str("\"+86 138-0000-0000\"").expect("deserialising uses parse");
        assert_eq!(
            serde_json::to_string(&mobile).expect("a string always serialises"),
            "\"13800000000\"",
            "the wire form is the 11 digits"
        );
        let error =
            serde_json::from_str::<Mobile>("\"1380000\"").expect_err("too short to be a number");
        assert!(
            error.to_string().contains("手机号码应为 11 位数字"),
            "the Chinese message reaches the caller: {error}"
        );
    }

    proptest! {
        #[test]
        fn generated_mobiles_parse_in_any_notation_and_mask_the_middle(
            second in 3u8..=9,
            rest in 0u32..=999_999_999,
            country in prop_oneof![Just(""), Just("+86"), Just("86"), Just("+86 "), Just("86-")],
            separator in prop_oneof![Just(""), Just(" "), Just("-")],
        ) {
            let digits = format!("1{second}{rest:09}");
            let text = format!("{country}{}{separator}{}{separator}{}", &digits[..3], &digits[3..7], &digits[7..]);
            let mobile = Mobile::parse(&text);
            prop_assert!(mobile.is_ok(), "{text:?} is a valid number with decoration: {mobile:?}");
            let Ok(mobile) = mobile else { return Ok(()) };
            prop_assert_eq!(mobile.as_str(), digits.as_str(), "only the 11 digits are kept");
            let masked = mobile.masked();
            prop_assert_eq!(&masked[..3], &digits[..3], "the operator prefix stays visible");
            prop_assert_eq!(&masked[3..7], "****", "the middle four digits are hidden");
            prop_assert_eq!(&masked[7..], &digits[7..], "the last four digits stay visible");
            let json = serde_json::to_string(&mobile).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let back: Result<Mobile, _> = serde_json::from_str(&json);
            prop_assert_eq!(back.ok(), Some(mobile), "serde must round-trip a valid number");
        }
    }
}
