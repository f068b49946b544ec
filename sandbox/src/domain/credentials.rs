//! The secrets of an account: argon2id password hashes, random bearer tokens and
//! SMS codes, and the SHA-256 digests under which tokens and codes are stored (the
//! database never holds a usable token); and the unguessable ids and check-in
//! codes of what people create.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use sha2::{Digest, Sha256};

#[derive(Debug, thiserror::Error)]
pub enum CredentialsError {
    #[error("the operating system's random source failed: {0}")]
    Random(getrandom::Error),
    #[error("failed to hash a password: {0}")]
    Hash(argon2::password_hash::Error),
    #[error("a stored password hash is malformed: {0}")]
    StoredHash(argon2::password_hash::Error),
    #[error("a fresh id does not have the shape of its kind: {0}")]
    Id(#[from] banshi_api::ids::IdError),
    #[error("the hashing task stopped")]
    Task(#[from] tokio::task::JoinError),
}

fn random_bytes<const N: usize>() -> Result<[u8; N], CredentialsError> {
    let mut bytes = [0; N];
    getrandom::fill(&mut bytes).map_err(CredentialsError::Random)?;
    Ok(bytes)
}

/// A fresh bearer token: 32 random bytes as 64 hex digits.
pub fn new_token() -> Result<String, CredentialsError> {
    Ok(hex::encode(random_bytes::<32>()?))
}

/// A fresh id nobody can guess (a booking's, a ticket's, an upload's): 16
/// random bytes as 32 hex digits.
pub fn new_id<T>() -> Result<T, CredentialsError>
where
    T: std::str::FromStr<Err = banshi_api::ids::IdError>,
{
    Ok(hex::encode(random_bytes::<16>()?).parse()?)
}

/// `count` random decimal digits (at most 18).
fn random_digits(count: u32) -> Result<String, CredentialsError> {
    let number = u64::from_le_bytes(random_bytes::<8>()?) % 10_u64.pow(count);
    Ok(format!("{number:0width$}", width = count as usize))
}

/// A fresh 6-digit SMS code.
pub fn new_sms_code() -> Result<String, CredentialsError> {
    random_digits(6)
}

/// A fresh 8-digit check-in code (签到码) for a booking.
pub fn new_check_in_code() -> Result<String, CredentialsError> {
    random_digits(8)
}

/// The digest a token or code is stored and looked up under.
pub fn digest(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// The argon2id hash (PHC string, default parameters) of `password`, computed
/// off the async threads.
pub async fn hash_password(password: String) -> Result<String, CredentialsError> {
    let salt = SaltString::encode_b64(&random_bytes::<16>()?).map_err(CredentialsError::Hash)?;
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(CredentialsError::Hash)
    })
    .await?
}

/// Whether `password` matches the stored `hash`, checked off the async threads.
pub async fn verify_password(password: String, hash: String) -> Result<bool, CredentialsError> {
    tokio::task::spawn_blocking(move || {
        let parsed = PasswordHash::new(&hash).map_err(CredentialsError::StoredHash)?;
        match Argon2::default().verify_password(password.as_bytes(), &parsed) {
            Ok(()) => Ok(true),
            Err(argon2::password_hash::Error::Password) => Ok(false),
            Err(error) => Err(CredentialsError::StoredHash(error)),
        }
    })
    .await?
}

/// A hash no password was chosen for, made once, for [`verify_against_nothing`].
static DECOY_HASH: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();

/// Checks `password` against a decoy hash and forgets the answer: a login with an
/// unknown mobile number takes as long as one with a wrong password.
pub async fn verify_against_nothing(password: String) -> Result<(), CredentialsError> {
    let decoy = DECOY_HASH
        .get_or_try_init(|| async { hash_password(hex::encode(random_bytes::<16>()?)).await })
        .await?;
    verify_password(password, decoy.clone()).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_distinct() {
        let (a, b) = (new_token().unwrap(), new_token().unwrap());
        assert_eq!(a.len(), 64, "32 bytes of entropy, hex-encoded");
        assert_ne!(a, b, "two sessions must never share a token");
    }

    #[test]
    fn ids_and_check_in_codes_have_their_shapes() {
        let id: banshi_api::ids::BookingId = new_id().unwrap();
        assert_eq!(id.as_str().len(), 32, "16 bytes of entropy, hex-encoded");
        assert_ne!(id, new_id::<banshi_api::ids::BookingId>().unwrap());
        let code = new_check_in_code().unwrap();
        assert!(
            code.len() == 8 && code.bytes().all(|b| b.is_ascii_digit()),
            "the kiosk reads eight digits"
        );
    }

    #[test]
    fn sms_codes_have_six_digits() {
        let code = new_sms_code().unwrap();
        assert!(
            code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()),
            "the SMS template promises a 6-digit code"
        );
    }

    #[tokio::test]
    async fn a_password_verifies_against_its_hash_only() {
        let hash = hash_password("Abcdef12!".to_owned()).await.unwrap();
        assert!(hash.starts_with("$argon2id$"), "argon2id, not 2i or 2d");
        assert!(
            verify_password("Abcdef12!".to_owned(), hash.clone())
                .await
                .unwrap()
        );
        assert!(
            !verify_password("Abcdef12?".to_owned(), hash).await.unwrap(),
            "a different password must not verify"
        );
    }
}
