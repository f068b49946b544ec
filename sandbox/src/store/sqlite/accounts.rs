//! Queries of accounts: users and their login counters, session families with
//! their hashed access and refresh tokens, SMS codes, enterprises and their
//! members, e-licences.

use banshi_api::forms::Address;
use banshi_api::ids::HallCode;

use super::halls::decode;
use super::seeding::encode;
use async_trait::async_trait;

use super::{QueryContext, SqliteStore};
use crate::store::accounts::{
    AccountStore, Attempt, Confirmation, EnterpriseRecord, LicenceRecord, NewTokens, NewUser,
    PendingRegistration, Rotation, Session, Taken, UserRecord,
};
use crate::store::error::StoreError;

#[derive(sqlx::FromRow)]
struct PendingRow {
    name: String,
    resident_id: String,
    password_hash: String,
    code_hash: String,
    expires_at: i64,
}

/// A user as read.
#[derive(sqlx::FromRow)]
struct UserRow {
    name: String,
    resident_id: String,
    mobile: String,
    real_name_level: i64,
    staff_hall: Option<HallCode>,
    /// The address on file as JSON.
    address: Option<String>,
}

/// What a password login reads of an account.
#[derive(sqlx::FromRow)]
struct LoginRow {
    id: i64,
    password_hash: String,
    failed_logins: i64,
    locked_until: Option<i64>,
}

/// An enterprise a user may act for, as read.
#[derive(sqlx::FromRow)]
struct EnterpriseRow {
    uscc: String,
    name: String,
    role: String,
    scope: String,
    state: String,
    /// The address on file as JSON.
    address: Option<String>,
}

fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(error) if error.is_unique_violation())
}

#[async_trait]
impl AccountStore for SqliteStore {
    async fn create_user(&self, user: &NewUser<'_>) -> Result<Result<i64, Taken>, StoreError> {
        let mut connection = self
            .pool
            .acquire()
            .await
            .doing("connect to register a user")?;
        insert_user(&mut connection, user).await
    }

    async fn registered(
        &self,
        mobile: &str,
        resident_id: &str,
    ) -> Result<(bool, Option<String>), StoreError> {
        sqlx::query_as(
            "SELECT EXISTS (SELECT 1 FROM users WHERE mobile = ?),
                    (SELECT mobile FROM users WHERE resident_id = ?)",
        )
        .bind(mobile)
        .bind(resident_id)
        .fetch_one(&self.pool)
        .await
        .doing("check whether a mobile or ID is registered")
    }

    async fn start_registration(
        &self,
        pending: &PendingRegistration<'_>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO registrations
                 (mobile, name, resident_id, password_hash, code_hash, expires_at)
             VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (mobile) DO UPDATE SET
                 name = excluded.name, resident_id = excluded.resident_id,
                 password_hash = excluded.password_hash, code_hash = excluded.code_hash,
                 expires_at = excluded.expires_at, wrong_attempts = 0",
        )
        .bind(pending.user.mobile)
        .bind(pending.user.name)
        .bind(pending.user.resident_id)
        .bind(pending.user.password_hash)
        .bind(pending.code_hash)
        .bind(pending.expires_at)
        .execute(&self.pool)
        .await
        .doing("keep a registration")?;
        Ok(())
    }

    async fn confirm_registration(
        &self,
        mobile: &str,
        code_hash: &str,
        now: i64,
        max_attempts: i64,
    ) -> Result<Confirmation, StoreError> {
        let mut tx = self.write("begin confirming a registration").await?;
        let row: Option<PendingRow> = sqlx::query_as(
            "SELECT name, resident_id, password_hash, code_hash, expires_at
             FROM registrations WHERE mobile = ?",
        )
        .bind(mobile)
        .fetch_optional(&mut *tx)
        .await
        .doing("read a registration")?;
        let Some(row) = row.filter(|row| row.expires_at > now) else {
            return Ok(Confirmation::WrongCode);
        };
        if row.code_hash != code_hash {
            count_wrong_code(&mut tx, "registrations", mobile, max_attempts).await?;
            tx.commit()
                .await
                .doing("commit a wrong registration code")?;
            return Ok(Confirmation::WrongCode);
        }
        sqlx::query("DELETE FROM registrations WHERE mobile = ?")
            .bind(mobile)
            .execute(&mut *tx)
            .await
            .doing("use a registration's code")?;
        let user = NewUser {
            name: &row.name,
            resident_id: &row.resident_id,
            mobile,
            password_hash: &row.password_hash,
            now,
        };
        let confirmation = match insert_user(&mut tx, &user).await? {
            Ok(user_id) => Confirmation::Registered {
                user_id,
                resident_id: row.resident_id,
            },
            Err(Taken) => Confirmation::Taken,
        };
        tx.commit().await.doing("commit a registration")?;
        Ok(confirmation)
    }

    async fn count_login_attempt(
        &self,
        mobile: &str,
        now: i64,
        limit: i64,
        lock_until: i64,
    ) -> Result<Option<Attempt>, StoreError> {
        let mut tx = self.write("begin counting a login attempt").await?;
        let row: Option<LoginRow> = sqlx::query_as(
            "SELECT id, password_hash, failed_logins, locked_until FROM users WHERE mobile = ?",
        )
        .bind(mobile)
        .fetch_optional(&mut *tx)
        .await
        .doing("read a login record")?;
        let Some(LoginRow {
            id,
            password_hash,
            failed_logins,
            locked_until,
        }) = row
        else {
            return Ok(None);
        };
        if let Some(until) = locked_until.filter(|&until| until > now) {
            return Ok(Some(Attempt::Locked(until)));
        }
        // A lock that has run out starts the count again.
        let attempts = if locked_until.is_some() {
            1
        } else {
            failed_logins + 1
        };
        let locks_until = (attempts >= limit).then_some(lock_until);
        sqlx::query("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?")
            .bind(attempts)
            .bind(locks_until)
            .bind(id)
            .execute(&mut *tx)
            .await
            .doing("count a login attempt")?;
        tx.commit().await.doing("commit a login attempt")?;
        Ok(Some(Attempt::Counted {
            id,
            password_hash,
            locks_until,
        }))
    }

    async fn user_id_by_mobile(&self, mobile: &str) -> Result<Option<i64>, StoreError> {
        sqlx::query_scalar("SELECT id FROM users WHERE mobile = ?")
            .bind(mobile)
            .fetch_optional(&self.pool)
            .await
            .doing("find a user by mobile")
    }

    async fn record_successful_login(&self, user_id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?")
            .bind(user_id)
            .execute(&self.pool)
            .await
            .doing("reset the failed-login count")?;
        Ok(())
    }

    async fn start_session(
        &self,
        user_id: i64,
        tokens: &NewTokens<'_>,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.write("begin a login").await?;
        let family_id: i64 = sqlx::query_scalar(
            "INSERT INTO session_families (user_id, created_at) VALUES (?, ?) RETURNING id",
        )
        .bind(user_id)
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .doing("start a session family")?;
        insert_tokens(&mut tx, family_id, tokens).await?;
        tx.commit().await.doing("commit a login")
    }

    async fn rotate(
        &self,
        refresh_hash: &str,
        tokens: &NewTokens<'_>,
        now: i64,
    ) -> Result<Rotation, StoreError> {
        let mut tx = self.write("begin a refresh").await?;
        // Write first, so the transaction holds the write lock from its first
        // statement: two concurrent refreshes with one token cannot both rotate.
        let rotated: Option<i64> = sqlx::query_scalar(
            "UPDATE refresh_tokens SET used = 1
             WHERE token_hash = ? AND used = 0 AND expires_at > ?
               AND family_id IN (SELECT id FROM session_families WHERE revoked = 0)
             RETURNING family_id",
        )
        .bind(refresh_hash)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await
        .doing("use a refresh token")?;
        if let Some(family_id) = rotated {
            insert_tokens(&mut tx, family_id, tokens).await?;
            tx.commit().await.doing("commit a refresh")?;
            return Ok(Rotation::Rotated);
        }
        let row: Option<(i64, bool, bool)> = sqlx::query_as(
            "SELECT r.family_id, r.used, f.revoked
             FROM refresh_tokens r JOIN session_families f ON f.id = r.family_id
             WHERE r.token_hash = ?",
        )
        .bind(refresh_hash)
        .fetch_optional(&mut *tx)
        .await
        .doing("read a refresh token")?;
        match row {
            Some((family_id, true, false)) => {
                revoke(&mut tx, family_id).await?;
                tx.commit().await.doing("commit a family revocation")?;
                Ok(Rotation::Reused)
            }
            // Unknown, of a revoked family, or expired.
            _ => Ok(Rotation::Invalid),
        }
    }

    async fn revoke_family(&self, family_id: i64) -> Result<(), StoreError> {
        let mut tx = self.write("begin a logout").await?;
        revoke(&mut tx, family_id).await?;
        tx.commit().await.doing("commit a logout")
    }

    async fn session(&self, access_hash: &str, now: i64) -> Result<Option<Session>, StoreError> {
        let row: Option<(i64, i64)> = sqlx::query_as(
            "SELECT f.user_id, f.id FROM access_tokens a
             JOIN session_families f ON f.id = a.family_id
             WHERE a.token_hash = ? AND a.expires_at > ? AND f.revoked = 0",
        )
        .bind(access_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .doing("read an access token")?;
        Ok(row.map(|(user_id, family_id)| Session { user_id, family_id }))
    }

    async fn store_sms_code(
        &self,
        mobile: &str,
        code_hash: &str,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO sms_codes (mobile, code_hash, expires_at) VALUES (?, ?, ?)
             ON CONFLICT (mobile) DO UPDATE SET
                 code_hash = excluded.code_hash, expires_at = excluded.expires_at,
                 wrong_attempts = 0",
        )
        .bind(mobile)
        .bind(code_hash)
        .bind(expires_at)
        .execute(&self.pool)
        .await
        .doing("store an SMS code")?;
        Ok(())
    }

    async fn take_sms_code(
        &self,
        mobile: &str,
        code_hash: &str,
        now: i64,
        max_attempts: i64,
    ) -> Result<bool, StoreError> {
        let mut tx = self.write("begin checking an SMS code").await?;
        let taken: Option<String> = sqlx::query_scalar(
            "DELETE FROM sms_codes WHERE mobile = ? AND code_hash = ? AND expires_at > ?
             RETURNING mobile",
        )
        .bind(mobile)
        .bind(code_hash)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await
        .doing("use an SMS code")?;
        if taken.is_none() {
            count_wrong_code(&mut tx, "sms_codes", mobile, max_attempts).await?;
        }
        tx.commit().await.doing("commit checking an SMS code")?;
        Ok(taken.is_some())
    }

    async fn user(&self, user_id: i64) -> Result<Option<UserRecord>, StoreError> {
        let row: Option<UserRow> = sqlx::query_as(
            "SELECT name, resident_id, mobile, real_name_level, staff_hall, address
             FROM users WHERE id = ?",
        )
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await
        .doing("read a user")?;
        row.map(
            |UserRow {
                 name,
                 resident_id,
                 mobile,
                 real_name_level,
                 staff_hall,
                 address,
             }| {
                Ok(UserRecord {
                    address: stored_address(&address)?,
                    name,
                    resident_id,
                    mobile,
                    real_name_level,
                    staff_hall,
                })
            },
        )
        .transpose()
    }

    async fn enterprises_of(&self, user_id: i64) -> Result<Vec<EnterpriseRecord>, StoreError> {
        let rows: Vec<EnterpriseRow> = sqlx::query_as(
            "SELECT e.uscc, e.name, s.role, s.scope, s.state, e.address FROM enterprise_staff s
             JOIN enterprises e ON e.uscc = s.uscc WHERE s.user_id = ?
             ORDER BY s.role <> 'legal_representative', s.since, s.rowid",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .doing("list a user's enterprises")?;
        rows.into_iter()
            .map(
                |EnterpriseRow {
                     uscc,
                     name,
                     role,
                     scope,
                     state,
                     address,
                 }| {
                    Ok(EnterpriseRecord {
                        address: stored_address(&address)?,
                        role: super::word(&role, "staff role")?,
                        scope: decode("a member's scope", &scope)?,
                        state: super::word(&state, "member state")?,
                        uscc,
                        name,
                    })
                },
            )
            .collect()
    }

    async fn set_address(
        &self,
        holder: Result<i64, &str>,
        address: &Address,
    ) -> Result<(), StoreError> {
        let body = encode("an address", address)?;
        let query = match holder {
            Ok(user_id) => sqlx::query("UPDATE users SET address = ? WHERE id = ?")
                .bind(body)
                .bind(user_id),
            Err(uscc) => sqlx::query("UPDATE enterprises SET address = ? WHERE uscc = ?")
                .bind(body)
                .bind(uscc),
        };
        query
            .execute(&self.pool)
            .await
            .doing("record an address on file")?;
        Ok(())
    }

    async fn licences_of(&self, user_id: i64) -> Result<Vec<LicenceRecord>, StoreError> {
        sqlx::query_as(
            "SELECT l.kind, l.number, u.name AS holder, l.valid_until FROM licences l
             JOIN users u ON u.id = l.user_id WHERE l.user_id = ?1
             UNION ALL
             SELECT l.kind, l.number, e.name AS holder, l.valid_until FROM licences l
             JOIN enterprises e ON e.uscc = l.uscc WHERE e.legal_representative = ?1",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .doing("list a user's licences")
    }

    async fn licence_kinds(
        &self,
        user_id: i64,
        acting_as: Option<&str>,
    ) -> Result<Vec<String>, StoreError> {
        sqlx::query_scalar("SELECT DISTINCT kind FROM licences WHERE user_id = ? OR uscc = ?")
            .bind(user_id)
            .bind(acting_as)
            .fetch_all(&self.pool)
            .await
            .doing("list the kinds of e-licence on file")
    }

    async fn add_licence(
        &self,
        holder: Result<i64, &str>,
        kind: &str,
        number: &str,
        valid_until: &str,
    ) -> Result<(), StoreError> {
        let (user_id, uscc) = match holder {
            Ok(user_id) => (Some(user_id), None),
            Err(uscc) => (None, Some(uscc)),
        };
        sqlx::query(
            "INSERT INTO licences (user_id, uscc, kind, number, valid_until) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(user_id)
        .bind(uscc)
        .bind(kind)
        .bind(number)
        .bind(valid_until)
        .execute(&self.pool)
        .await
        .doing("file an e-licence")?;
        Ok(())
    }

    async fn create_enterprise(
        &self,
        uscc: &str,
        name: &str,
        user_id: i64,
        now: i64,
    ) -> Result<bool, StoreError> {
        let mut tx = self.write("begin registering an enterprise").await?;
        let inserted = sqlx::query(
            "INSERT INTO enterprises (uscc, name, legal_representative, created_at)
             VALUES (?, ?, ?, ?)",
        )
        .bind(uscc)
        .bind(name)
        .bind(user_id)
        .bind(now)
        .execute(&mut *tx)
        .await;
        match inserted {
            Ok(_) => {}
            Err(error) if is_unique_violation(&error) => return Ok(false),
            Err(error) => return Err(error).doing("register an enterprise"),
        }
        super::enterprises::register_representative(&mut tx, uscc, user_id, now).await?;
        tx.commit().await.doing("register an enterprise")?;
        Ok(true)
    }

    async fn has_no_users(&self) -> Result<bool, StoreError> {
        sqlx::query_scalar("SELECT NOT EXISTS (SELECT 1 FROM users)")
            .fetch_one(&self.pool)
            .await
            .doing("check whether anyone has registered")
    }

    async fn set_standing(
        &self,
        user_id: i64,
        real_name_level: u8,
        staff_hall: Option<&str>,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET real_name_level = ?, staff_hall = ? WHERE id = ?")
            .bind(i64::from(real_name_level))
            .bind(staff_hall)
            .bind(user_id)
            .execute(&self.pool)
            .await
            .doing("record a user's verification level and hall")?;
        Ok(())
    }
}

/// Inserts a user; `Err(Taken)` when the mobile or ID number is registered.
async fn insert_user(
    connection: &mut sqlx::SqliteConnection,
    user: &NewUser<'_>,
) -> Result<Result<i64, Taken>, StoreError> {
    let inserted = sqlx::query_scalar(
        "INSERT INTO users (name, resident_id, mobile, password_hash, created_at)
         VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(user.name)
    .bind(user.resident_id)
    .bind(user.mobile)
    .bind(user.password_hash)
    .bind(user.now)
    .fetch_one(&mut *connection)
    .await;
    match inserted {
        Ok(id) => Ok(Ok(id)),
        Err(error) if is_unique_violation(&error) => Ok(Err(Taken)),
        Err(error) => Err(error).doing("register a user"),
    }
}

/// Counts a wrong code against the pending code of `mobile` in `table`
/// (`sms_codes` or `registrations`), discarding it at the `max_attempts`-th.
async fn count_wrong_code(
    connection: &mut sqlx::SqliteConnection,
    table: &'static str,
    mobile: &str,
    max_attempts: i64,
) -> Result<(), StoreError> {
    sqlx::query(&format!(
        "UPDATE {table} SET wrong_attempts = wrong_attempts + 1 WHERE mobile = ?"
    ))
    .bind(mobile)
    .execute(&mut *connection)
    .await
    .doing("count a wrong code")?;
    sqlx::query(&format!(
        "DELETE FROM {table} WHERE mobile = ? AND wrong_attempts >= ?"
    ))
    .bind(mobile)
    .bind(max_attempts)
    .execute(&mut *connection)
    .await
    .doing("discard a guessed-at code")?;
    Ok(())
}

async fn insert_tokens(
    tx: &mut sqlx::SqliteConnection,
    family_id: i64,
    tokens: &NewTokens<'_>,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO access_tokens (token_hash, family_id, expires_at) VALUES (?, ?, ?)")
        .bind(tokens.access_hash)
        .bind(family_id)
        .bind(tokens.access_expires_at)
        .execute(&mut *tx)
        .await
        .doing("store an access token")?;
    sqlx::query("INSERT INTO refresh_tokens (token_hash, family_id, expires_at) VALUES (?, ?, ?)")
        .bind(tokens.refresh_hash)
        .bind(family_id)
        .bind(tokens.refresh_expires_at)
        .execute(&mut *tx)
        .await
        .doing("store a refresh token")?;
    Ok(())
}

async fn revoke(tx: &mut sqlx::SqliteConnection, family_id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE session_families SET revoked = 1 WHERE id = ?")
        .bind(family_id)
        .execute(&mut *tx)
        .await
        .doing("revoke a session family")?;
    sqlx::query("DELETE FROM access_tokens WHERE family_id = ?")
        .bind(family_id)
        .execute(&mut *tx)
        .await
        .doing("delete a family's access tokens")?;
    sqlx::query("UPDATE refresh_tokens SET used = 1 WHERE family_id = ?")
        .bind(family_id)
        .execute(&mut *tx)
        .await
        .doing("retire a family's refresh tokens")?;
    Ok(())
}

/// An address on file as stored, if there is one.
fn stored_address(body: &Option<String>) -> Result<Option<Address>, StoreError> {
    body.as_deref()
        .map(|body| decode("an address on file", body))
        .transpose()
}
