//! The identifiers that cross a boundary: each its own type, made only by
//! `parse` (or by deserialising, which parses), so an item code can never be
//! passed where a booking id is meant, and a malformed one stops at the edge.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Why a text is not an identifier of some kind.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what}格式不正确")]
pub struct IdError {
    /// What was expected, as the user reads it: 办件编号, 预约编号 …
    pub what: &'static str,
}

macro_rules! identifier {
    ($(#[$doc:meta])* $name:ident, $what:literal, $pattern:literal, $valid:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// What the user calls it, for sentences.
            pub const WHAT: &'static str = $what;
            /// Its shape as a regular expression, for OpenAPI documents.
            pub const PATTERN: &'static str = $pattern;

            /// `text` as this identifier, if it has the shape.
            pub fn parse(text: &str) -> Result<Self, IdError> {
                let valid: fn(&str) -> bool = $valid;
                if valid(text) {
                    Ok(Self(text.to_owned()))
                } else {
                    Err(IdError { what: $what })
                }
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = IdError;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Self::parse(text)
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdError;

            fn try_from(text: String) -> Result<Self, Self::Error> {
                Self::parse(&text)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .pattern(Some($pattern))
                    .description(Some(concat!($what, " (", stringify!($name), ")")))
                    .into()
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::ToSchema for $name {}
    };
}

impl ApplicationNumber {
    /// The number of the `serial`-th application (from 1) submitted on `day`;
    /// a day holds at most 999,999.
    pub fn of(day: crate::dates::Date, serial: u32) -> Result<Self, IdError> {
        Self::parse(&format!(
            "BZ{:04}{:02}{:02}{serial:06}",
            day.year(),
            day.month(),
            day.day()
        ))
    }

    /// The prefix every number of `day` starts with.
    pub fn day_prefix(day: crate::dates::Date) -> String {
        format!("BZ{:04}{:02}{:02}", day.year(), day.month(), day.day())
    }
}

fn hex_token(text: &str) -> bool {
    text.len() == 32
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

identifier!(
    /// 办件编号: `BZ`, the day of submission (`YYYYMMDD`) and that day's
    /// serial, e.g. `BZ20261122000001`.
    ApplicationNumber,
    "办件编号",
    // Months and days as a calendar has them (29 February, which only leap
    // years have, is left to the parser).
    r"^BZ[0-9]{3}[1-9](?:(?:0[1-9]|1[0-2])(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])(?:29|30)|(?:0[13578]|1[02])31)[0-9]{6}$",
    |text| {
        text.len() == 16
            && text.starts_with("BZ")
            && text.bytes().skip(2).all(|b| b.is_ascii_digit())
            && crate::dates::Date::parse(&format!("{}-{}-{}", &text[2..6], &text[6..8], &text[8..10])).is_ok()
    }
);

identifier!(
    /// A booking's id: 32 lowercase hexadecimal digits chosen by the hall.
    BookingId,
    "预约编号",
    r"^[0-9a-f]{32}$",
    hex_token
);

identifier!(
    /// A resumable upload's id (`/uploads/{id}`): 32 lowercase hexadecimal
    /// digits chosen by the hall.
    UploadId,
    "上传编号",
    r"^[0-9a-f]{32}$",
    hex_token
);

identifier!(
    /// A queue ticket's id: 32 lowercase hexadecimal digits chosen by the hall.
    TicketId,
    "取号编号",
    r"^[0-9a-f]{32}$",
    hex_token
);

identifier!(
    /// A draft's id, chosen by the device that started it: 1–64 ASCII letters,
    /// digits, `-` or `_`.
    DraftId,
    "草稿编号",
    r"^[0-9A-Za-z_-]{1,64}$",
    |text| {
        (1..=64).contains(&text.len())
            && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    }
);

identifier!(
    /// A service item's implementation code (实施编码): the deciding body's
    /// 18-character credit code, the 12-digit basic code and the hall's
    /// 3-digit serial.
    ItemCode,
    "事项编码",
    r"^[0-9A-Z]{18}[0-9]{15}$",
    |text| {
        text.len() == 33
            && text.bytes().take(18).all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
            && text.bytes().skip(18).all(|b| b.is_ascii_digit())
    }
);

identifier!(
    /// A hall's stable identifier in URLs: 1–32 lowercase ASCII letters,
    /// e.g. `qiaocheng`.
    HallCode,
    "服务大厅代码",
    r"^[a-z]{1,32}$",
    |text| (1..=32).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_lowercase())
);

identifier!(
    /// A saved delivery address's id (收货地址): 32 lowercase hexadecimal
    /// digits chosen by the hall.
    AddressId,
    "地址编号",
    r"^[0-9a-f]{32}$",
    hex_token
);

identifier!(
    /// A rating's id (好差评): 32 lowercase hexadecimal digits chosen by the hall.
    RatingId,
    "评价编号",
    r"^[0-9a-f]{32}$",
    hex_token
);

identifier!(
    /// A consultation's or complaint's id (咨询投诉): 32 lowercase
    /// hexadecimal digits chosen by the hall.
    ConsultationId,
    "咨询投诉编号",
    r"^[0-9a-f]{32}$",
    hex_token
);

identifier!(
    /// A member of an enterprise's staff (企业经办人员): 32 lowercase
    /// hexadecimal digits chosen by the hall, the same for as long as the
    /// person stays on the staff.
    MemberId,
    "人员编号",
    r"^[0-9a-f]{32}$",
    hex_token
);

identifier!(
    /// An authorization of a relative (亲友代办授权): 32 lowercase hexadecimal
    /// digits chosen by the hall.
    AuthorityId,
    "授权编号",
    r"^[0-9a-f]{32}$",
    hex_token
);

identifier!(
    /// An EMS waybill number (邮件号) in the UPU S10 format: two letters, an
    /// eight-digit serial, its check digit, and `CN`, e.g. `EA123456785CN`.
    Waybill,
    "邮件号",
    r"^[A-Z]{2}[0-9]{9}CN$",
    |text| {
        let bytes = text.as_bytes();
        bytes.len() == 13
            && bytes[..2].iter().all(u8::is_ascii_uppercase)
            && bytes[2..11].iter().all(u8::is_ascii_digit)
            && &bytes[11..] == b"CN"
            && s10_check_digit(&bytes[2..10]) == Some(bytes[10] - b'0')
    }
);

impl Waybill {
    /// The waybill of `prefix` (two capital letters, e.g. `EA`) and `serial`
    /// (below 10⁸), its check digit computed; `None` when either is out of range.
    pub fn of(prefix: &str, serial: u32) -> Option<Self> {
        let digits = format!("{serial:08}");
        let valid_prefix = prefix.len() == 2 && prefix.bytes().all(|b| b.is_ascii_uppercase());
        if !valid_prefix || digits.len() != 8 {
            return None;
        }
        let check = s10_check_digit(digits.as_bytes())?;
        Self::parse(&format!("{prefix}{digits}{check}CN")).ok()
    }
}

/// The UPU S10 check digit of an eight-digit serial (ASCII digits): the
/// digits weighted 8 6 4 2 3 5 9 7, 11 less the sum modulo 11, where 10 is
/// written 0 and 11 is written 5. `None` unless `serial` is eight digits.
pub fn s10_check_digit(serial: &[u8]) -> Option<u8> {
    const WEIGHTS: [u32; 8] = [8, 6, 4, 2, 3, 5, 9, 7];
    if serial.len() != 8 || !serial.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sum: u32 = serial
        .iter()
        .zip(WEIGHTS)
        .map(|(digit, weight)| u32::from(digit - b'0') * weight)
        .sum();
    Some(match 11 - sum % 11 {
        10 => 0,
        11 => 5,
        check => check as u8,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn application_numbers_carry_a_real_day() {
        assert!(ApplicationNumber::parse("BZ20261122000001").is_ok());
        for text in [
            "BZ20261322000001",
            "BZ2026112200001",
            "bz20261122000001",
            "BZ2026112200000X",
        ] {
            assert_eq!(
                ApplicationNumber::parse(text),
                Err(IdError {
                    what: "办件编号"
                }),
                "{text}"
            );
        }
    }

    #[test]
    fn application_numbers_count_within_their_day() {
        let day = crate::dates::Date::parse("2026-11-22").unwrap();
        assert_eq!(ApplicationNumber::of(day, 1).unwrap(), "BZ20261122000001");
        assert!(
            ApplicationNumber::of(day, 1_000_000).is_err(),
            "seven digits do not fit"
        );
        assert_eq!(ApplicationNumber::day_prefix(day), "BZ20261122");
    }

    #[test]
    fn hall_tokens_are_lowercase_hex() {
        let id = "0123456789abcdef0123456789abcdef";
        assert_eq!(BookingId::parse(id).unwrap().as_str(), id);
        assert!(UploadId::parse(&id.to_uppercase()).is_err());
        assert!(TicketId::parse(&id[1..]).is_err());
        assert!(BookingId::parse("../../etc/passwd").is_err());
    }

    #[test]
    fn device_draft_ids_and_codes() {
        assert!(DraftId::parse("19a2b3c4d5e-0011223344556677").is_ok());
        assert!(DraftId::parse("").is_err());
        assert!(DraftId::parse("草稿").is_err());
        assert!(ItemCode::parse("11341600MB1234567X010010010000001").is_ok());
        assert!(ItemCode::parse("11341600mb1234567x010010010000001").is_err());
        assert!(HallCode::parse("qiaocheng").is_ok());
        assert!(HallCode::parse("Qiaocheng").is_err());
    }

    #[test]
    fn deserialising_parses() {
        let code: HallCode = serde_json::from_str("\"shizhi\"").unwrap();
        assert_eq!(code, "shizhi");
        assert_eq!(serde_json::to_string(&code).unwrap(), "\"shizhi\"");
        let refused = serde_json::from_str::<HallCode>("\"shi zhi\"").unwrap_err();
        assert!(
            refused.to_string().contains("服务大厅代码格式不正确"),
            "{refused}"
        );
    }

    #[test]
    fn s10_check_digits_of_published_examples() {
        // The UPU's own example (S10 standard) and the ones carriers print.
        assert_eq!(s10_check_digit(b"47312482"), Some(9)); // AA473124829GB
        assert_eq!(s10_check_digit(b"12345678"), Some(5)); // RR123456785CN
        assert_eq!(s10_check_digit(b"00000000"), Some(5), "11 is written 5");
        assert_eq!(s10_check_digit(b"00000001"), Some(4));
        assert_eq!(s10_check_digit(b"00000008"), Some(0), "10 is written 0");
        assert_eq!(s10_check_digit(b"1234567"), None);
    }

    #[test]
    fn waybills_are_s10_numbers_of_china_post() {
        assert!(Waybill::parse("EA123456785CN").is_ok());
        assert!(
            Waybill::parse("EA123456784CN").is_err(),
            "wrong check digit"
        );
        assert!(Waybill::parse("AA473124829GB").is_err(), "not China Post's");
        assert!(Waybill::parse("ea123456785CN").is_err());
        assert_eq!(Waybill::of("EA", 12_345_678).unwrap(), "EA123456785CN");
        assert_eq!(Waybill::of("EA", 7).unwrap(), "EA000000076CN");
        assert!(Waybill::of("EA", 100_000_000).is_none());
        assert!(Waybill::of("E1", 1).is_none());
    }
}
