//! Accounts: users and their login counters, session families with their
//! hashed access and refresh tokens, SMS codes, enterprises and their members,
//! e-licences.

use async_trait::async_trait;
use banshi_api::forms::Address;
use banshi_api::ids::HallCode;

use super::error::StoreError;

/// A user as registration stores them.
pub struct NewUser<'a> {
    pub name: &'a str,
    pub resident_id: &'a str,
    pub mobile: &'a str,
    pub password_hash: &'a str,
    pub now: i64,
}

/// A registration collided with an account of the same mobile or ID number.
#[derive(Debug, PartialEq, Eq)]
pub struct Taken;

/// A registration waiting for its SMS code.
pub struct PendingRegistration<'a> {
    pub user: NewUser<'a>,
    pub code_hash: &'a str,
    pub expires_at: i64,
}

/// What the code of a registration came to.
#[derive(Debug, PartialEq, Eq)]
pub enum Confirmation {
    /// The account exists now: its id, and the resident ID it holds.
    Registered { user_id: i64, resident_id: String },
    /// No registration, an expired one, or another code.
    WrongCode,
    /// The mobile or ID number was registered meanwhile.
    Taken,
}

/// How a password login attempt was counted, before the password is checked.
pub enum Attempt {
    /// The account is locked until then; the password is not checked.
    Locked(i64),
    /// The attempt is counted; `locks_until` is set when it is the last one
    /// allowed, and a wrong password then locks the account until that time.
    Counted {
        id: i64,
        password_hash: String,
        locks_until: Option<i64>,
    },
}

/// The digests and expiry times of a fresh token pair.
pub struct NewTokens<'a> {
    pub access_hash: &'a str,
    pub access_expires_at: i64,
    pub refresh_hash: &'a str,
    pub refresh_expires_at: i64,
}

/// What presenting a refresh token came to.
#[derive(Debug, PartialEq, Eq)]
pub enum Rotation {
    /// The token was live: it is now used and the new pair is stored.
    Rotated,
    /// The token had already been used: its whole family is now revoked.
    Reused,
    /// Unknown, expired, or of a revoked family.
    Invalid,
}

/// The session an access token belongs to.
#[derive(Debug, Clone, Copy)]
pub struct Session {
    pub user_id: i64,
    pub family_id: i64,
}

/// A user's own details.
pub struct UserRecord {
    pub name: String,
    pub resident_id: String,
    pub mobile: String,
    pub real_name_level: i64,
    pub staff_hall: Option<HallCode>,
    pub address: Option<Address>,
}

/// An enterprise a user may act for, with their place on its staff.
pub struct EnterpriseRecord {
    pub uscc: String,
    pub name: String,
    pub role: banshi_api::enterprises::StaffRole,
    pub scope: banshi_api::authority::Scope,
    pub state: banshi_api::enterprises::MemberState,
    pub address: Option<Address>,
}

/// An e-licence on file.
#[derive(sqlx::FromRow)]
pub struct LicenceRecord {
    pub kind: String,
    pub number: String,
    pub holder: String,
    pub valid_until: String,
}

impl From<LicenceRecord> for banshi_api::accounts::Licence {
    fn from(licence: LicenceRecord) -> Self {
        Self {
            kind: licence.kind,
            number: licence.number,
            holder: licence.holder,
            valid_until: licence.valid_until,
        }
    }
}

/// Where accounts are kept.
#[async_trait]
pub trait AccountStore: Send + Sync {
    /// Stores a new user; `Err(Taken)` when the mobile or ID number is registered.
    async fn create_user(&self, user: &NewUser<'_>) -> Result<Result<i64, Taken>, StoreError>;

    /// Whether `mobile` has an account, and the mobile number of the account
    /// of `resident_id`, if it has one.
    async fn registered(
        &self,
        mobile: &str,
        resident_id: &str,
    ) -> Result<(bool, Option<String>), StoreError>;

    /// Keeps a registration until its code comes back, replacing an earlier
    /// one for the same mobile number (and its count of wrong codes).
    async fn start_registration(&self, pending: &PendingRegistration<'_>)
    -> Result<(), StoreError>;

    /// Makes the registration of `mobile` an account if `code_hash` is its
    /// code and it has not expired, in one transaction. A wrong code counts,
    /// and the `max_attempts`-th discards the registration.
    async fn confirm_registration(
        &self,
        mobile: &str,
        code_hash: &str,
        now: i64,
        max_attempts: i64,
    ) -> Result<Confirmation, StoreError>;

    /// Counts a password login attempt on the account of `mobile` before its
    /// password is checked, in one transaction, so that attempts in flight at
    /// once are each counted: the `limit`-th in a row locks the account until
    /// `lock_until` unless its password is right. `None` for an unknown mobile.
    async fn count_login_attempt(
        &self,
        mobile: &str,
        now: i64,
        limit: i64,
        lock_until: i64,
    ) -> Result<Option<Attempt>, StoreError>;

    /// The account's id by mobile number, if registered.
    async fn user_id_by_mobile(&self, mobile: &str) -> Result<Option<i64>, StoreError>;

    /// Clears the count of attempts, and the lock the last one set, after the
    /// right password.
    async fn record_successful_login(&self, user_id: i64) -> Result<(), StoreError>;

    /// Starts a session family for the user with its first token pair.
    async fn start_session(
        &self,
        user_id: i64,
        tokens: &NewTokens<'_>,
        now: i64,
    ) -> Result<(), StoreError>;

    /// Rotates the refresh token with digest `refresh_hash` into `tokens`.
    async fn rotate(
        &self,
        refresh_hash: &str,
        tokens: &NewTokens<'_>,
        now: i64,
    ) -> Result<Rotation, StoreError>;

    /// Revokes a session family: none of its tokens works any more.
    async fn revoke_family(&self, family_id: i64) -> Result<(), StoreError>;

    /// The live session of the access token with digest `access_hash`.
    async fn session(&self, access_hash: &str, now: i64) -> Result<Option<Session>, StoreError>;

    /// Stores the pending SMS code of `mobile`, replacing any earlier one.
    async fn store_sms_code(
        &self,
        mobile: &str,
        code_hash: &str,
        expires_at: i64,
    ) -> Result<(), StoreError>;

    /// Uses up the SMS code of `mobile` if it has digest `code_hash` and has not
    /// expired; whether it did. A wrong guess counts, and the `max_attempts`-th
    /// wrong guess discards the code; one transaction, so guesses sent at once
    /// are each counted.
    async fn take_sms_code(
        &self,
        mobile: &str,
        code_hash: &str,
        now: i64,
        max_attempts: i64,
    ) -> Result<bool, StoreError>;

    /// A user's own details.
    async fn user(&self, user_id: i64) -> Result<Option<UserRecord>, StoreError>;

    /// The enterprises on whose staff a user is: those they represent first.
    async fn enterprises_of(&self, user_id: i64) -> Result<Vec<EnterpriseRecord>, StoreError>;

    /// Records the address on file of a user (`Ok`) or an enterprise (`Err`).
    async fn set_address(
        &self,
        holder: Result<i64, &str>,
        address: &Address,
    ) -> Result<(), StoreError>;

    /// The e-licences of a user and of the enterprises they represent.
    async fn licences_of(&self, user_id: i64) -> Result<Vec<LicenceRecord>, StoreError>;

    /// The kinds of e-licence a user holds themself, with those of the
    /// enterprise they act for, if any.
    async fn licence_kinds(
        &self,
        user_id: i64,
        acting_as: Option<&str>,
    ) -> Result<Vec<String>, StoreError>;

    /// Files an e-licence for a user (`Ok`) or an enterprise (`Err`).
    async fn add_licence(
        &self,
        holder: Result<i64, &str>,
        kind: &str,
        number: &str,
        valid_until: &str,
    ) -> Result<(), StoreError>;

    /// Registers an enterprise represented by `user_id`, who joins its staff
    /// with the audit's first event, in one transaction; false if the code is taken.
    async fn create_enterprise(
        &self,
        uscc: &str,
        name: &str,
        user_id: i64,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// Whether nobody has registered yet (a new database).
    async fn has_no_users(&self) -> Result<bool, StoreError>;

    /// Records how a user's identity was verified (实名认证等级 1–3) and the hall
    /// they staff, if any.
    async fn set_standing(
        &self,
        user_id: i64,
        real_name_level: u8,
        staff_hall: Option<&str>,
    ) -> Result<(), StoreError>;
}
