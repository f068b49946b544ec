//! The identity values an account is made of — the resident ID number
//! (居民身份证号码), the unified social credit code (统一社会信用代码), the mainland
//! mobile number and the password — as newtypes that can only hold a valid value.
//!
//! Each type has a `parse` that checks everything the national standards and the
//! halls' rules require and, when the text is wrong, returns an error whose
//! `Display` is one plain-Chinese sentence to show next to the field as the user
//! types; `field_error` turns that error into the [`FieldError`] of the error shape.
//! Once parsed, a value never needs checking again. The UI, the shell and the
//! server share these types, and deserialising a [`ResidentId`], [`CreditCode`] or
//! [`Mobile`] runs the same `parse`, so an invalid value never gets past the wire.
//!
//! [`profile`] and [`session`] hold the messages of the accounts routes.
//!
//! Check digits: GB 11643 (ISO 7064 MOD 11-2) for the resident ID, GB 32100
//! (MOD 31) for the credit code; see `shared/domain.md`, "Check digits".

mod credit_code;
mod mobile;
mod password;
mod profile;
mod resident_id;
mod session;

use std::fmt;

use crate::FieldError;

pub use credit_code::{CreditCode, CreditCodeError};
pub use mobile::{Mobile, MobileError};
pub use password::{PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS, Password, PasswordError};
pub use profile::{
    Account, EnterpriseRequest, EnterpriseRole, Licence, Profile, RegisterRequest,
    RegistrationConfirmation, RegistrationStarted, parse_enterprise_name, parse_real_name,
};
pub use resident_id::{ResidentId, ResidentIdError};
pub use session::{
    DevSmsCode, DevSmsMessages, LoginRequest, RefreshRequest, SmsCodeRequest, SmsCodeSent,
    TokenPair,
};

/// A full-width form (`０`, `Ｘ`, `＋`, the ideographic space …) as its half-width
/// character; anything else unchanged.
fn half_width(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// `text` with every character but the first and last replaced by `*`.
fn mask_middle(text: &str) -> String {
    let count = text.chars().count();
    text.chars()
        .enumerate()
        .map(|(index, c)| {
            if index == 0 || index + 1 == count {
                c
            } else {
                '*'
            }
        })
        .collect()
}

/// A real name as others are shown it (the family name kept, each other
/// character a `*`, as halls print names on public lists): `张*`, `欧**月`
/// keeps the last of four or more, which tells two people apart without
/// naming them.
pub fn mask_name(name: &str) -> String {
    let count = name.chars().count();
    name.chars()
        .enumerate()
        .map(|(index, c)| {
            if index == 0 || (count >= 4 && index + 1 == count) {
                c
            } else {
                '*'
            }
        })
        .collect()
}

/// A character as an error message names it: `“a”`, or 空格 for whitespace.
fn describe(c: char) -> String {
    if c.is_whitespace() {
        "空格".to_owned()
    } else {
        format!("“{c}”")
    }
}

/// An error's message as the problem of `field`.
fn to_field_error(field: &str, error: &impl fmt::Display) -> FieldError {
    FieldError {
        field: field.to_owned(),
        message: error.to_string(),
    }
}

/// Digits and uppercase letters: every half-width character a user might mistype
/// into an ID or a code.
#[cfg(test)]
const SUBSTITUTES: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// `text` with the character at `index` replaced by `replacement`.
#[cfg(test)]
fn replaced(text: &str, index: usize, replacement: char) -> String {
    text.chars()
        .enumerate()
        .map(|(i, c)| if i == index { replacement } else { c })
        .collect()
}

/// Whether `masked` shows `original` with only its first and last characters.
#[cfg(test)]
fn shows_only_the_ends(original: &str, masked: &str) -> bool {
    let (original, shown): (Vec<char>, Vec<char>) =
        (original.chars().collect(), masked.chars().collect());
    shown.len() == original.len()
        && shown.len() >= 2
        && shown.first() == original.first()
        && shown.last() == original.last()
        && shown[1..shown.len() - 1].iter().all(|&c| c == '*')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn full_width_forms_become_half_width() {
        for (full, half) in [
            ('０', '0'),
            ('９', '9'),
            ('Ｘ', 'X'),
            ('ｘ', 'x'),
            ('＋', '+'),
            ('\u{3000}', ' '),
        ] {
            assert_eq!(
                half_width(full),
                half,
                "Chinese input methods type full-width forms"
            );
        }
        assert_eq!(half_width('办'), '办', "other characters are left alone");
    }

    #[test]
    fn names_keep_only_the_family_name_or_the_ends_of_long_ones() {
        assert_eq!(mask_name("张三"), "张*");
        assert_eq!(mask_name("李建国"), "李**");
        assert_eq!(mask_name("欧阳明月"), "欧**月");
        assert_eq!(mask_name(""), "");
    }

    #[test]
    fn masking_keeps_only_the_ends() {
        assert_eq!(
            mask_middle("ABCDE"),
            "A***E",
            "the middle is hidden, the length kept"
        );
        assert!(
            shows_only_the_ends("ABCDE", "A***E"),
            "the helper must accept a correct mask, or the properties built on it prove nothing"
        );
        assert!(
            !shows_only_the_ends("ABCDE", "AB**E"),
            "a second visible character is a leak"
        );
    }

    proptest! {
        #[test]
        fn parsing_never_panics(text in "\\PC{0,24}") {
            // Any text gets an answer, never a panic: the UI parses on every keystroke.
            let _ = ResidentId::parse_on(&text, crate::dates::Date::from_checked(2025, 1, 1));
            let _ = CreditCode::parse(&text);
            let mobile = Mobile::parse(&text).ok();
            let _ = Password::parse(&text, mobile.as_ref());
        }
    }
}
