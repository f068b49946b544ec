//! The account password (密码) and its strength rule; a value that never shows
//! itself.

use std::fmt;

use super::{Mobile, to_field_error};
use crate::FieldError;

/// The fewest characters a password may have.
pub const PASSWORD_MIN_CHARS: usize = 8;

/// The most characters a password may have.
pub const PASSWORD_MAX_CHARS: usize = 64;

/// A password that meets the strength rule: 8 to 64 characters, no spaces or
/// invisible characters, not one character repeated, at least three of the four
/// kinds (lowercase letter, uppercase letter, digit, symbol — anything else), and
/// not containing the account's mobile number.
///
/// It never shows itself: `Debug` prints `Password(***)`, and it has neither
/// `Display` nor `Serialize`. Read it only to hash or send it, through
/// [`Password::expose_secret`]. The text is kept exactly as entered (no trimming).
#[derive(Clone)]
pub struct Password(String);

/// Why a text is not an acceptable password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordError {
    /// Nothing was entered.
    Empty,
    /// A space or an invisible (control) character.
    InvalidCharacter,
    /// Fewer than [`PASSWORD_MIN_CHARS`] characters.
    TooShort,
    /// More than [`PASSWORD_MAX_CHARS`] characters.
    TooLong,
    /// One character repeated throughout.
    AllSameCharacter,
    /// Fewer than three of: lowercase, uppercase, digit, symbol.
    TooFewKinds,
    /// Contains the account's mobile number.
    ContainsMobile,
}

impl fmt::Display for PasswordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("请填写密码"),
            Self::InvalidCharacter => f.write_str("密码不能包含空格或不可见字符"),
            Self::TooShort => write!(f, "密码至少 {PASSWORD_MIN_CHARS} 位"),
            Self::TooLong => write!(f, "密码最多 {PASSWORD_MAX_CHARS} 位"),
            Self::AllSameCharacter => f.write_str("密码不能全是同一个字符"),
            Self::TooFewKinds => {
                f.write_str("密码需包含大写字母、小写字母、数字、符号中的至少三种")
            }
            Self::ContainsMobile => f.write_str("密码不能包含您的手机号码"),
        }
    }
}

impl std::error::Error for PasswordError {}

impl PasswordError {
    /// This error as the problem of one input field, e.g. `password`.
    pub fn field_error(&self, field: &str) -> FieldError {
        to_field_error(field, self)
    }
}

impl Password {
    /// Checks `text` against the strength rule; `mobile` is the account's mobile
    /// number when known, which the password must not contain.
    pub fn parse(text: &str, mobile: Option<&Mobile>) -> Result<Self, PasswordError> {
        if text.is_empty() {
            return Err(PasswordError::Empty);
        }
        if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(PasswordError::InvalidCharacter);
        }
        let count = text.chars().count();
        if count < PASSWORD_MIN_CHARS {
            return Err(PasswordError::TooShort);
        }
        if count > PASSWORD_MAX_CHARS {
            return Err(PasswordError::TooLong);
        }
        let mut chars = text.chars();
        if let Some(first) = chars.next()
            && chars.all(|c| c == first)
        {
            return Err(PasswordError::AllSameCharacter);
        }
        let has = |kind: fn(&char) -> bool| text.chars().any(|c| kind(&c));
        let kinds = [
            has(|c| c.is_lowercase()),
            has(|c| c.is_uppercase()),
            has(|c| c.is_numeric()),
            has(|c| !(c.is_lowercase() || c.is_uppercase() || c.is_numeric())),
        ];
        if kinds.iter().filter(|&&present| present).count() < 3 {
            return Err(PasswordError::TooFewKinds);
        }
        if mobile.is_some_and(|mobile| text.contains(mobile.as_str())) {
            return Err(PasswordError::ContainsMobile);
        }
        Ok(Self(text.to_owned()))
    }

    /// The password itself, to hash or to send over an encrypted channel; never
    /// show or log it.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde::Serialize;

    fn password_error(text: &str, mobile: Option<&Mobile>) -> PasswordError {
        Password::parse(text, mobile).expect_err("the text was built to be invalid")
    }

    #[test]
    fn a_strong_password_is_accepted_and_never_shown() {
        let password = Password::parse("Banshi#2025", None).expect("four kinds, 11 characters");
        assert_eq!(
            password.expose_secret(),
            "Banshi#2025",
            "kept exactly as entered"
        );
        assert_eq!(
            format!("{password:?}"),
            "Password(***)",
            "Debug must not leak the password"
        );
        for text in ["banshi#2025", "BANSHI#2025", "Banshi2025x", "Banshi#办事x"] {
            assert!(
                Password::parse(text, None).is_ok(),
                "three kinds are enough ({text})"
            );
        }
    }

    #[test]
    fn every_password_error_has_its_message() {
        let cases: [(&str, PasswordError, &str); 6] = [
            ("", PasswordError::Empty, "请填写密码"),
            (
                "Banshi 2025#",
                PasswordError::InvalidCharacter,
                "密码不能包含空格或不可见字符",
            ),
            ("Ab#1234", PasswordError::TooShort, "密码至少 8 位"),
            (
                "aaaaaaaa",
                PasswordError::AllSameCharacter,
                "密码不能全是同一个字符",
            ),
            (
                "banshi2025",
                PasswordError::TooFewKinds,
                "密码需包含大写字母、小写字母、数字、符号中的至少三种",
            ),
            (
                "Ab#1234\u{7}",
                PasswordError::InvalidCharacter,
                "密码不能包含空格或不可见字符",
            ),
        ];
        for (text, expected, message) in cases {
            let error = password_error(text, None);
            assert_eq!(error, expected, "{text:?} breaks the strength rule");
            assert_eq!(
                error.to_string(),
                message,
                "each reason has its own message"
            );
        }
        let long = format!("Ab#{}", "1".repeat(62));
        let error = password_error(&long, None);
        assert_eq!(
            error,
            PasswordError::TooLong,
            "65 characters is over the limit"
        );
        assert_eq!(error.to_string(), "密码最多 64 位");
        assert!(
            Password::parse(&format!("Ab#{}", "1".repeat(61)), None).is_ok(),
            "64 characters is the limit itself"
        );
        assert!(
            Password::parse("Ab#12345", None).is_ok(),
            "8 characters is the minimum itself"
        );
    }

    #[test]
    fn a_password_must_not_contain_the_mobile_number() {
        let mobile = Mobile::parse("13800000000").expect("valid");
        for text in ["Ab#13800000000", "13800000000aB"] {
            let error = password_error(text, Some(&mobile));
            assert_eq!(
                error,
                PasswordError::ContainsMobile,
                "the phone number is the first thing an attacker tries"
            );
            assert_eq!(error.to_string(), "密码不能包含您的手机号码");
            assert!(
                Password::parse(text, None).is_ok(),
                "without a known mobile number the same text is strong enough"
            );
        }
        assert_eq!(
            PasswordError::TooShort.field_error("password"),
            crate::FieldError {
                field: "password".into(),
                message: "密码至少 8 位".into(),
            },
            "the field error carries the field name and the message"
        );
    }

    /// Compiles only while `Password` implements neither `Display` nor `Serialize`:
    /// if it did, the trait method below would be ambiguous.
    #[test]
    fn password_has_no_display_and_no_serialize() {
        trait AmbiguousIfDisplay<A> {
            fn check() {}
        }
        impl<T: ?Sized> AmbiguousIfDisplay<()> for T {}
        impl<T: ?Sized + fmt::Display> AmbiguousIfDisplay<u8> for T {}
        <Password as AmbiguousIfDisplay<_>>::check();

        trait AmbiguousIfSerialize<A> {
            fn check() {}
        }
        impl<T: ?Sized> AmbiguousIfSerialize<()> for T {}
        impl<T: ?Sized + Serialize> AmbiguousIfSerialize<u8> for T {}
        <Password as AmbiguousIfSerialize<_>>::check();
    }

    proptest! {
        #[test]
        fn no_password_is_ever_shown_by_debug(text in "[a-z]{3,10}[A-Z]{3,10}[0-9#!]{2,10}") {
            let password = Password::parse(&text, None);
            prop_assert!(password.is_ok(), "three kinds and 8+ characters: {text}");
            let Ok(password) = password else { return Ok(()) };
            prop_assert_eq!(format!("{password:?}"), "Password(***)", "Debug must hide the password");
        }
    }
}
