//! Registering a person or an enterprise, and what an account shows of itself:
//! the profile with its masked numbers, the enterprises its holder may act for,
//! and the e-licences on file.

use serde::{Deserialize, Serialize};

use crate::authority::Scope;
use crate::enterprises::{MemberState, StaffRole};
use crate::forms::Address;
use crate::halls::HallCode;
use crate::relatives::RelativeAuthority;
use crate::text::TextError;

/// `POST /accounts`: a new account. Every field is checked and every problem
/// reported at once.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegisterRequest {
    /// The real name, 2–30 characters.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::real_name))]
    pub name: String,
    /// 居民身份证号码.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::resident_id))]
    pub resident_id: String,
    /// Mainland mobile number; the login name.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::mobile))]
    pub mobile: String,
    /// At least 8 characters of three kinds; must not contain the mobile number.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::password))]
    pub password: String,
}

/// Shows the name only: never the ID number or the password.
impl std::fmt::Debug for RegisterRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RegisterRequest")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// What `POST /accounts` answers (202), the same whether or not the mobile
/// number or the ID number is registered already: a 6-digit code goes to the
/// mobile number, or, when there is nothing to register, a text that says why
/// (to the number's owner, and to the ID number's owner), so the answer tells
/// nobody who has an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegistrationStarted {
    /// The mobile number the text went to, masked, e.g. `138****0000`.
    pub mobile: String,
    /// Seconds the code stays valid.
    pub expires_in: i64,
}

/// `POST /accounts/confirmation`: the code texted to the mobile number of a
/// registration, which makes it an account.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegistrationConfirmation {
    /// The mobile number registered.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::mobile))]
    pub mobile: String,
    /// The 6-digit code texted to it.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 20))]
    pub sms_code: String,
}

/// Never shows the code.
impl std::fmt::Debug for RegistrationConfirmation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RegistrationConfirmation")
            .finish_non_exhaustive()
    }
}

/// The real name, trimmed, if it has 2–30 characters; else the sentence to show.
pub fn parse_real_name(text: &str) -> Result<String, TextError> {
    parse_text(text, 2, 30, "姓名")
}

/// The enterprise name, trimmed, if it has 2–60 characters; else the sentence to show.
pub fn parse_enterprise_name(text: &str) -> Result<String, TextError> {
    parse_text(text, 2, 60, "企业名称")
}

fn parse_text(text: &str, min: usize, max: usize, what: &str) -> Result<String, TextError> {
    let trimmed = text.trim();
    if let Some(problem) = crate::text::character_problem(trimmed, crate::text::Lines::One, what) {
        return Err(problem);
    }
    let count = trimmed.chars().count();
    let what = what.to_owned();
    match count {
        0 => Err(TextError::Empty { what }),
        _ if (min..=max).contains(&count) => Ok(trimmed.to_owned()),
        _ => Err(TextError::Length { what, min, max }),
    }
}

/// The caller's profile, with identifying numbers masked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Profile {
    /// The account's stable, opaque identifier: what keeps one person's drafts
    /// apart from another's on a shared device.
    #[serde(default)]
    pub account_id: String,
    pub name: String,
    /// e.g. `3****************X`
    pub resident_id: String,
    /// e.g. `138****0000`
    pub mobile: String,
    /// 实名认证等级: 1 = ID number and mobile checked, 2 = face or bank card, 3 = in person.
    pub real_name_level: u8,
    /// The address on file (常住地址), if the hall has one: forms fill it in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// The enterprises the caller may act for.
    pub enterprises: Vec<EnterpriseRole>,
    /// The e-licences (电子证照) on file for the caller and the enterprises they represent.
    pub licences: Vec<Licence>,
    /// The hall whose windows the caller staffs (窗口工作人员), if any.
    #[serde(default)]
    pub staff_of: Option<HallCode>,
}

/// An enterprise the caller may act for, and as what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EnterpriseRole {
    /// 统一社会信用代码.
    pub uscc: String,
    pub name: String,
    pub role: StaffRole,
    /// What the caller may handle for it, when they are a clerk.
    #[serde(default)]
    pub scope: Scope,
    pub state: MemberState,
    /// The registered address (住所), if on file: forms fill it in when acting for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
}

/// An e-licence on file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Licence {
    /// e.g. `居民身份证`, `营业执照`.
    pub kind: String,
    /// The licence number as shown (personal numbers masked).
    pub number: String,
    /// Whose licence it is: a person's or an enterprise's name.
    pub holder: String,
    /// `YYYY-MM-DD`, or `长期`.
    pub valid_until: String,
}

/// `POST /enterprises`: register an enterprise the caller represents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EnterpriseRequest {
    /// 统一社会信用代码.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::credit_code))]
    pub uscc: String,
    /// The registered name, 2–60 characters.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::enterprise_name))]
    pub name: String,
}

/// Who is using the app, as the shell tells the UI: the profile, and the
/// enterprise or the relative's person the user currently acts for (both
/// `None`: as themself; never both set).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub profile: Profile,
    pub acting_as: Option<EnterpriseRole>,
    #[serde(default)]
    pub acting_for: Option<RelativeAuthority>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_measured_in_characters() {
        assert_eq!(parse_real_name("  张三 ").as_deref(), Ok("张三"));
        assert_eq!(parse_real_name("").unwrap_err().to_string(), "请填写姓名");
        assert_eq!(
            parse_real_name("张").unwrap_err().to_string(),
            "姓名应为 2 至 30 个字"
        );
        assert!(parse_enterprise_name(&"企".repeat(60)).is_ok());
        assert!(parse_enterprise_name(&"企".repeat(61)).is_err());
    }
}
