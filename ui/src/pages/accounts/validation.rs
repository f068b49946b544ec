//! The account forms' checks as the user types: the same `banshi_api::accounts`
//! parsers the shell and the hall run, with each problem told in the user's
//! language (the parsers' own sentences are the Chinese ones).

use banshi_api::accounts::{
    Mobile, MobileError, PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS, Password, PasswordError,
    ResidentId, ResidentIdError, parse_real_name,
};

use crate::clock::today;
use crate::i18n::Locale;

/// The problem with a name, if any.
pub fn name_problem(locale: Locale, text: &str) -> Option<String> {
    let error = parse_real_name(text).err()?;
    Some(match locale {
        Locale::ZhCn => error.to_string(),
        Locale::En if text.trim().is_empty() => "Please enter your name".to_owned(),
        Locale::En => "A name has 2 to 30 characters".to_owned(),
    })
}

/// The problem with a resident ID number, if any.
pub fn resident_id_problem(locale: Locale, text: &str) -> Option<String> {
    let error = ResidentId::parse_on(text, today()).err()?;
    Some(match locale {
        Locale::ZhCn => error.to_string(),
        Locale::En => match error {
            ResidentIdError::Empty => "Please enter your ID number".to_owned(),
            ResidentIdError::InvalidCharacter { position, .. } => format!(
                "An ID number has only digits, and X as its last character: character {position} is neither"
            ),
            ResidentIdError::WrongLength { actual } => {
                format!("An ID number has 18 characters; this has {actual}")
            }
            ResidentIdError::MisplacedX { position } => {
                format!("Only the last character can be X; character {position} must be a digit")
            }
            ResidentIdError::InvalidRegion => {
                "The first 6 digits are a region code and cannot start with 0 or 9".to_owned()
            }
            ResidentIdError::InvalidBirthDate { digits } => {
                format!("The birth date {digits} is not a real date")
            }
            ResidentIdError::BirthDateTooEarly { digits } => {
                format!("The birth date {digits} is before 1900; please check")
            }
            ResidentIdError::BirthDateInFuture { digits } => {
                format!("The birth date {digits} is after today; please check")
            }
            ResidentIdError::WrongCheckCharacter => {
                "The last character (the check digit) does not match; please check the number"
                    .to_owned()
            }
        },
    })
}

/// The problem with a mobile number, if any.
pub fn mobile_problem(locale: Locale, text: &str) -> Option<String> {
    let error = Mobile::parse(text).err()?;
    Some(match locale {
        Locale::ZhCn => error.to_string(),
        Locale::En => match error {
            MobileError::Empty => "Please enter your mobile number".to_owned(),
            MobileError::InvalidCharacter { .. } => "A mobile number has only digits".to_owned(),
            MobileError::WrongPrefix => "A mobile number starts with 13 to 19".to_owned(),
            MobileError::WrongLength { actual } => {
                format!("A mobile number has 11 digits; this has {actual}")
            }
        },
    })
}

/// The problem with a new password for `mobile`, if any.
pub fn password_problem(locale: Locale, text: &str, mobile: &str) -> Option<String> {
    let mobile = Mobile::parse(mobile).ok();
    let error = Password::parse(text, mobile.as_ref()).err()?;
    Some(match locale {
        Locale::ZhCn => error.to_string(),
        Locale::En => match error {
            PasswordError::Empty => "Please choose a password".to_owned(),
            PasswordError::InvalidCharacter => {
                "A password cannot contain spaces or invisible characters".to_owned()
            }
            PasswordError::TooShort => {
                format!("A password has at least {PASSWORD_MIN_CHARS} characters")
            }
            PasswordError::TooLong => {
                format!("A password has at most {PASSWORD_MAX_CHARS} characters")
            }
            PasswordError::AllSameCharacter => {
                "A password cannot be one character repeated".to_owned()
            }
            PasswordError::TooFewKinds => {
                "Use three of: capitals, small letters, digits, symbols".to_owned()
            }
            PasswordError::ContainsMobile => {
                "A password cannot contain your mobile number".to_owned()
            }
        },
    })
}
