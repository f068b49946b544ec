//! The unified social credit code (统一社会信用代码, GB 32100) of a legal person:
//! 18 characters of a 31-letter alphabet whose last is the MOD 31 check.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{describe, half_width, mask_middle, to_field_error};
use crate::FieldError;

/// The 31 characters a credit code is written in; a character's value is its index.
const CREDIT_ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

/// Letters GB 32100 leaves out because they look like digits or each other.
const CREDIT_FORBIDDEN: &[u8; 5] = b"IOSVZ";

/// Weights of the first 17 characters of a credit code (GB 32100).
const CREDIT_WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

/// A unified social credit code (统一社会信用代码, GB 32100), always valid: 18
/// characters from `0-9ABCDEFGHJKLMNPQRTUWXY` whose last is the MOD 31 check.
///
/// Only the alphabet and the check character are checked, not the structure of
/// the registering authority, region and organisation parts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(
    feature = "openapi",
    schema(value_type = String, example = "91350100M000100Y43")
)]
#[serde(try_from = "String", into = "String")]
pub struct CreditCode(String);

/// Why a text is not a unified social credit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CreditCodeError {
    /// Nothing was entered.
    Empty,
    /// One of the letters I, O, S, V, Z, which the code never uses.
    ForbiddenLetter {
        /// 1-based position of the letter.
        position: usize,
        /// The letter, uppercased.
        letter: char,
    },
    /// A character that is neither a digit nor a letter.
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
    /// The last character does not match the check computed from the first 17.
    WrongCheckCharacter,
}

impl fmt::Display for CreditCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("请填写统一社会信用代码"),
            Self::ForbiddenLetter { position, letter } => write!(
                f,
                "统一社会信用代码不能包含字母 I、O、S、V、Z，第 {position} 位是 {letter}"
            ),
            Self::InvalidCharacter { position, found } => write!(
                f,
                "统一社会信用代码只能包含数字和字母，第 {position} 位是{}",
                describe(*found)
            ),
            Self::WrongLength { actual } => {
                write!(f, "统一社会信用代码应为 18 位，您输入了 {actual} 位")
            }
            Self::WrongCheckCharacter => f.write_str("统一社会信用代码最后一位校验码不对，请核对"),
        }
    }
}

impl std::error::Error for CreditCodeError {}

impl CreditCodeError {
    /// This error as the problem of one input field, e.g. `company.credit_code`.
    pub fn field_error(&self, field: &str) -> FieldError {
        to_field_error(field, self)
    }
}

impl CreditCode {
    /// Parses a credit code. Surrounding whitespace is trimmed, full-width
    /// characters are made half-width and letters uppercase.
    pub fn parse(text: &str) -> Result<Self, CreditCodeError> {
        let code: String = text
            .chars()
            .map(half_width)
            .collect::<String>()
            .trim()
            .chars()
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if code.is_empty() {
            return Err(CreditCodeError::Empty);
        }
        for (index, c) in code.chars().enumerate() {
            let position = index + 1;
            if c.is_ascii() && CREDIT_FORBIDDEN.contains(&(c as u8)) {
                return Err(CreditCodeError::ForbiddenLetter {
                    position,
                    letter: c,
                });
            }
            if !(c.is_ascii() && CREDIT_ALPHABET.contains(&(c as u8))) {
                return Err(CreditCodeError::InvalidCharacter { position, found: c });
            }
        }
        // Only ASCII is left, so bytes are characters.
        let Ok(bytes) = <[u8; 18]>::try_from(code.as_bytes()) else {
            return Err(CreditCodeError::WrongLength { actual: code.len() });
        };
        if bytes[17] != credit_check(&bytes) {
            return Err(CreditCodeError::WrongCheckCharacter);
        }
        Ok(Self(code))
    }

    /// The 18 characters, uppercase.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The code with everything but the first and last characters hidden,
    /// e.g. `9****************3`.
    pub fn masked(&self) -> String {
        mask_middle(&self.0)
    }
}

/// The value of a credit-code character (its index in [`CREDIT_ALPHABET`]).
fn credit_value(c: u8) -> u32 {
    CREDIT_ALPHABET
        .iter()
        .position(|&a| a == c)
        .map_or(0, |index| index as u32)
}

/// The check character that the first 17 characters of `bytes` call for.
fn credit_check(bytes: &[u8]) -> u8 {
    let sum: u32 = bytes
        .iter()
        .zip(CREDIT_WEIGHTS)
        .map(|(&c, weight)| credit_value(c) * weight)
        .sum();
    CREDIT_ALPHABET[((31 - sum % 31) % 31) as usize]
}

impl FromStr for CreditCode {
    type Err = CreditCodeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text)
    }
}

impl TryFrom<String> for CreditCode {
    type Error = CreditCodeError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<CreditCode> for String {
    fn from(code: CreditCode) -> Self {
        code.0
    }
}

impl AsRef<str> for CreditCode {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::super::{SUBSTITUTES, replaced, shows_only_the_ends};
    use super::*;
    use proptest::prelude::*;

    /// A credit code made of the given 17 characters plus their computed check.
    fn with_credit_check(first17: &str) -> String {
        let check = credit_check(first17.as_bytes());
        format!("{first17}{}", check as char)
    }

    fn code_error(text: &str) -> CreditCodeError {
        CreditCode::parse(text).expect_err("the text was built to be invalid")
    }

    #[test]
    fn the_standard_credit_code_vectors_behave() {
        let code = CreditCode::parse("91350100M000100Y43").expect("domain.md lists it as valid");
        assert_eq!(code.as_str(), "91350100M000100Y43", "kept as entered");
        assert_eq!(
            code.masked(),
            "9****************3",
            "only the ends stay visible"
        );
        let error = code_error("91110000600037341N");
        assert_eq!(
            error,
            CreditCodeError::WrongCheckCharacter,
            "domain.md lists it as having the wrong check character"
        );
        assert_eq!(
            error.to_string(),
            "统一社会信用代码最后一位校验码不对，请核对"
        );
    }

    #[test]
    fn credit_code_input_is_normalised() {
        for text in [
            "91350100m000100y43",
            " 91350100M000100Y43 ",
            "９１３５０１００Ｍ０００１００Ｙ４３",
        ] {
            let code = CreditCode::parse(text).expect("only the form differs from a valid code");
            assert_eq!(
                code.as_str(),
                "91350100M000100Y43",
                "case, surrounding whitespace and full width are normalised"
            );
        }
    }

    #[test]
    fn credit_code_with_a_forbidden_letter_is_rejected() {
        for letter in ['I', 'O', 'S', 'V', 'Z'] {
            let text = format!("91350100M{letter}00100Y43");
            assert_eq!(
                code_error(&text),
                CreditCodeError::ForbiddenLetter {
                    position: 10,
                    letter
                },
                "GB 32100 never uses {letter}"
            );
        }
        let error = code_error("91350100Mo00100Y43");
        assert!(
            error
                .to_string()
                .starts_with("统一社会信用代码不能包含字母 I、O、S、V、Z"),
            "lowercase is checked after uppercasing: {error}"
        );
        assert_eq!(
            error.to_string(),
            "统一社会信用代码不能包含字母 I、O、S、V、Z，第 10 位是 O"
        );
    }

    #[test]
    fn credit_code_with_punctuation_is_rejected() {
        let error = code_error("91350100-M000100Y4");
        assert_eq!(
            error,
            CreditCodeError::InvalidCharacter {
                position: 9,
                found: '-'
            },
            "the code has no separators"
        );
        assert_eq!(
            error.to_string(),
            "统一社会信用代码只能包含数字和字母，第 9 位是“-”"
        );
    }

    #[test]
    fn credit_code_of_the_wrong_length_or_empty_is_rejected() {
        let error = code_error("91350100M000100Y4");
        assert_eq!(
            error,
            CreditCodeError::WrongLength { actual: 17 },
            "the code has exactly 18 characters"
        );
        assert_eq!(
            error.to_string(),
            "统一社会信用代码应为 18 位，您输入了 17 位"
        );
        assert_eq!(
            code_error(" "),
            CreditCodeError::Empty,
            "nothing was entered"
        );
        assert_eq!(CreditCodeError::Empty.to_string(), "请填写统一社会信用代码");
    }

    #[test]
    fn credit_code_serialises_as_its_string_and_deserialises_through_parse() {
        let code = CreditCode::parse("91350100M000100Y43").expect("valid vector");
        assert_eq!(
            serde_json::to_string(&code).expect("a string always serialises"),
            "\"91350100M000100Y43\"",
            "the wire form is the plain string"
        );
        let error = serde_json::from_str::<CreditCode>("\"91110000600037341N\"")
            .expect_err("an invalid code must not deserialise");
        assert!(
            error
                .to_string()
                .contains("统一社会信用代码最后一位校验码不对"),
            "the Chinese message reaches the caller: {error}"
        );
        assert_eq!(
            CreditCodeError::WrongCheckCharacter.field_error("company.credit_code"),
            crate::FieldError {
                field: "company.credit_code".into(),
                message: "统一社会信用代码最后一位校验码不对，请核对".into(),
            },
            "the field error carries the field name and the message"
        );
    }

    /// A valid credit code: 17 characters of the alphabet plus the computed check.
    fn valid_credit_code() -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(CREDIT_ALPHABET.to_vec()), 17)
            .prop_map(|chars| with_credit_check(&String::from_utf8_lossy(&chars)))
    }

    proptest! {
        #[test]
        fn generated_credit_codes_parse_and_round_trip(text in valid_credit_code()) {
            let code = CreditCode::parse(&text);
            prop_assert!(code.is_ok(), "{text} is built to the standard: {code:?}");
            let Ok(code) = code else { return Ok(()) };
            prop_assert_eq!(code.as_str(), text.as_str(), "a valid code is kept as entered");
            let json = serde_json::to_string(&code).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let back: Result<CreditCode, _> = serde_json::from_str(&json);
            prop_assert_eq!(back.ok(), Some(code), "serde must round-trip a valid code");
        }

        #[test]
        fn every_single_substitution_in_a_credit_code_is_rejected(
            text in valid_credit_code(),
            index in 0usize..18,
            replacement in proptest::sample::select(SUBSTITUTES.chars().collect::<Vec<_>>()),
        ) {
            prop_assume!(text.chars().nth(index) != Some(replacement));
            let changed = replaced(&text, index, replacement);
            prop_assert!(
                CreditCode::parse(&changed).is_err(),
                "MOD 31 weights are all non-zero mod the prime 31 and letters outside the \
                 alphabet are refused, so {text} → {changed} must be rejected"
            );
        }

        #[test]
        fn masked_codes_reveal_only_the_first_and_last_characters(text in valid_credit_code()) {
            let masked = CreditCode::parse(&text).map(|code| code.masked()).unwrap_or_default();
            prop_assert!(
                shows_only_the_ends(&text, &masked),
                "a masked code may show its first and last characters and nothing else: {text} → {masked}"
            );
        }
    }
}
