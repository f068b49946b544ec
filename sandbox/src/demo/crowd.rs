//! A crowd of people logged in at once, for load tests and the booking
//! benchmark. They are registered by the same queries as registration and get
//! sessions as login gives them, but share one argon2 hash of the demo password:
//! a crowd of 500 takes a second instead of 500 deliberately slow hashes.

use banshi_api::accounts::ResidentId;
use banshi_api::dates::Date;

use crate::clock;
use crate::demo::accounts::DEMO_PASSWORD;
use crate::domain::credentials::{self, CredentialsError};
use crate::store::{NewTokens, NewUser, Store, StoreError};

/// How long a crowd's sessions last: an hour, longer than any load run.
const SESSION_SECONDS: i64 = 3600;

#[derive(Debug, thiserror::Error)]
pub enum CrowdError {
    #[error(transparent)]
    Db(#[from] StoreError),
    #[error("failed to make the crowd's credentials")]
    Credentials(#[from] CredentialsError),
    #[error("person {0} of the crowd is registered already")]
    Taken(usize),
}

/// The resident ID of person `index` of a crowd: born in 1990 in 谯城区, one
/// sequence number each, with its check character.
fn resident_id(index: usize) -> String {
    let birth = Date::from_days_clamped(clock::days_from_civil(1990, 1, 1) + (index / 1000) as i64)
        .to_string()
        .replace('-', "");
    let stem = format!("341602{birth}{:03}", index % 1000);
    "0123456789X"
        .chars()
        .map(|check| format!("{stem}{check}"))
        .find(|id| ResidentId::parse(id).is_ok())
        .unwrap_or(stem)
}

/// Registers `count` new people (mobiles 137 0000 0000 on) and logs each in
/// once; answers their access tokens, in order.
pub async fn log_in_crowd(store: &dyn Store, count: usize) -> Result<Vec<String>, CrowdError> {
    let password_hash = credentials::hash_password(DEMO_PASSWORD.to_owned()).await?;
    let now = clock::now();
    let mut tokens = Vec::with_capacity(count);
    for index in 0..count {
        let user = NewUser {
            name: "排队市民",
            resident_id: &resident_id(index),
            mobile: &format!("137{index:08}"),
            password_hash: &password_hash,
            now,
        };
        let user_id = store
            .create_user(&user)
            .await?
            .map_err(|_| CrowdError::Taken(index))?;
        let (access, refresh) = (credentials::new_token()?, credentials::new_token()?);
        let pair = NewTokens {
            access_hash: &credentials::digest(&access),
            access_expires_at: now + SESSION_SECONDS,
            refresh_hash: &credentials::digest(&refresh),
            refresh_expires_at: now + SESSION_SECONDS,
        };
        store.start_session(user_id, &pair, now).await?;
        tokens.push(access);
    }
    Ok(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_person_of_a_crowd_has_a_valid_distinct_id() {
        let ids: Vec<_> = [0, 1, 999, 1000, 4321].map(resident_id).into();
        for id in &ids {
            assert!(
                ResidentId::parse(id).is_ok(),
                "{id} has its check character"
            );
        }
        let distinct: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(distinct.len(), ids.len(), "one person, one number");
    }
}
