//! Queries of accounts: users and their login counters, session families with
//! their hashed access and refresh tokens, SMS codes, enterprises and their
//! members, e-licences.

use banshi_api::accounts::LEGAL_REPRESENTATIVE;
use banshi_api::forms::Address;

use super::halls::decode;
use super::seeding::encode;
use super::{Database, DbError, QueryContext};

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

#[derive(sqlx::FromRow)]
struct PendingRow {
    name: String,
    resident_id: String,
    password_hash: String,
    code_hash: String,
    expires_at: i64,
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
    pub staff_hall: Option<String>,
    pub address: Option<Address>,
}

/// An enterprise a user may act for, with their role in it.
pub struct EnterpriseRecord {
    pub uscc: String,
    pub name: String,
    pub role: String,
    pub address: Option<Address>,
}

/// An e-licence on file.
pub struct LicenceRecord {
    pub kind: String,
    pub number: String,
    pub holder: String,
    pub valid_until: String,
}

fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(error) if error.is_unique_violation())
}

impl Database {
    /// Stores a new user; `Err(Taken)` when the mobile or ID number is registered.
    pub async fn create_user(&self, user: &NewUser<'_>) -> Result<Result<i64, Taken>, DbError> {
        let mut connection = self
            .pool
            .acquire()
            .await
            .doing("connect to register a user")?;
        insert_user(&mut connection, user).await
    }

    /// Whether `mobile` has an account, and the mobile number of the account
    /// of `resident_id`, if it has one.
    pub async fn registered(
        &self,
        mobile: &str,
        resident_id: &str,
    ) -> Result<(bool, Option<String>), DbError> {
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

    /// Keeps a registration until its code comes back, replacing an earlier
    /// one for the same mobile number (and its count of wrong codes).
    pub async fn start_registration(
        &self,
        pending: &PendingRegistration<'_>,
    ) -> Result<(), DbError> {
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

    /// Makes the registration of `mobile` an account if `code_hash` is its
    /// code and it has not expired, in one transaction. A wrong code counts,
    /// and the `max_attempts`-th discards the registration.
    pub async fn confirm_registration(
        &self,
        mobile: &str,
        code_hash: &str,
        now: i64,
        max_attempts: i64,
    ) -> Result<Confirmation, DbError> {
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

    /// Counts a password login attempt on the account of `mobile` before its
    /// password is checked, in one transaction, so that attempts in flight at
    /// once are each counted: the `limit`-th in a row locks the account until
    /// `lock_until` unless its password is right. `None` for an unknown mobile.
    pub async fn count_login_attempt(
        &self,
        mobile: &str,
        now: i64,
        limit: i64,
        lock_until: i64,
    ) -> Result<Option<Attempt>, DbError> {
        let mut tx = self.write("begin counting a login attempt").await?;
        let row: Option<(i64, String, i64, Option<i64>)> = sqlx::query_as(
            "SELECT id, password_hash, failed_logins, locked_until FROM users WHERE mobile = ?",
        )
        .bind(mobile)
        .fetch_optional(&mut *tx)
        .await
        .doing("read a login record")?;
        let Some((id, password_hash, failed_logins, locked_until)) = row else {
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

    /// The account's id by mobile number, if registered.
    pub async fn user_id_by_mobile(&self, mobile: &str) -> Result<Option<i64>, DbError> {
        sqlx::query_scalar("SELECT id FROM users WHERE mobile = ?")
            .bind(mobile)
            .fetch_optional(&self.pool)
            .await
            .doing("find a user by mobile")
    }

    /// Clears the count of attempts, and the lock the last one set, after the
    /// right password.
    pub async fn record_successful_login(&self, user_id: i64) -> Result<(), DbError> {
        sqlx::query("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?")
            .bind(user_id)
            .execute(&self.pool)
            .await
            .doing("reset the failed-login count")?;
        Ok(())
    }

    /// Starts a session family for the user with its first token pair.
    pub async fn start_session(
        &self,
        user_id: i64,
        tokens: &NewTokens<'_>,
        now: i64,
    ) -> Result<(), DbError> {
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

    /// Rotates the refresh token with digest `refresh_hash` into `tokens`.
    pub async fn rotate(
        &self,
        refresh_hash: &str,
        tokens: &NewTokens<'_>,
        now: i64,
    ) -> Result<Rotation, DbError> {
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

    /// Revokes a session family: none of its tokens works any more.
    pub async fn revoke_family(&self, family_id: i64) -> Result<(), DbError> {
        let mut tx = self.write("begin a logout").await?;
        revoke(&mut tx, family_id).await?;
        tx.commit().await.doing("commit a logout")
    }

    /// The live session of the access token with digest `access_hash`.
    pub async fn session(&self, access_hash: &str, now: i64) -> Result<Option<Session>, DbError> {
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

    /// Stores the pending SMS code of `mobile`, replacing any earlier one.
    pub async fn store_sms_code(
        &self,
        mobile: &str,
        code_hash: &str,
        expires_at: i64,
    ) -> Result<(), DbError> {
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

    /// Uses up the SMS code of `mobile` if it has digest `code_hash` and has not
    /// expired; whether it did. A wrong guess counts, and the `max_attempts`-th
    /// wrong guess discards the code; one transaction, so guesses sent at once
    /// are each counted.
    pub async fn take_sms_code(
        &self,
        mobile: &str,
        code_hash: &str,
        now: i64,
        max_attempts: i64,
    ) -> Result<bool, DbError> {
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

    /// A user's own details.
    pub async fn user(&self, user_id: i64) -> Result<Option<UserRecord>, DbError> {
        type Row = (String, String, String, i64, Option<String>, Option<String>);
        let row: Option<Row> = sqlx::query_as(
            "SELECT name, resident_id, mobile, real_name_level, staff_hall, address
             FROM users WHERE id = ?",
        )
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await
        .doing("read a user")?;
        row.map(
            |(name, resident_id, mobile, real_name_level, staff_hall, address)| {
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

    /// The enterprises a user may act for: those they represent, then those they
    /// are a member of.
    pub async fn enterprises_of(&self, user_id: i64) -> Result<Vec<EnterpriseRecord>, DbError> {
        let rows: Vec<(String, String, String, Option<String>)> = sqlx::query_as(
            "SELECT uscc, name, ?2, address FROM enterprises WHERE legal_representative = ?1
             UNION ALL
             SELECT e.uscc, e.name, m.role, e.address FROM enterprise_members m
             JOIN enterprises e ON e.uscc = m.uscc WHERE m.user_id = ?1",
        )
        .bind(user_id)
        .bind(LEGAL_REPRESENTATIVE)
        .fetch_all(&self.pool)
        .await
        .doing("list a user's enterprises")?;
        rows.into_iter()
            .map(|(uscc, name, role, address)| {
                Ok(EnterpriseRecord {
                    address: stored_address(&address)?,
                    uscc,
                    name,
                    role,
                })
            })
            .collect()
    }

    /// Records the address on file of a user (`Ok`) or an enterprise (`Err`).
    pub async fn set_address(
        &self,
        holder: Result<i64, &str>,
        address: &Address,
    ) -> Result<(), DbError> {
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

    /// The e-licences of a user and of the enterprises they represent.
    pub async fn licences_of(&self, user_id: i64) -> Result<Vec<LicenceRecord>, DbError> {
        let rows: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT l.kind, l.number, u.name, l.valid_until FROM licences l
             JOIN users u ON u.id = l.user_id WHERE l.user_id = ?1
             UNION ALL
             SELECT l.kind, l.number, e.name, l.valid_until FROM licences l
             JOIN enterprises e ON e.uscc = l.uscc WHERE e.legal_representative = ?1",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .doing("list a user's licences")?;
        Ok(rows
            .into_iter()
            .map(|(kind, number, holder, valid_until)| LicenceRecord {
                kind,
                number,
                holder,
                valid_until,
            })
            .collect())
    }

    /// The kinds of e-licence a user holds themself, with those of the
    /// enterprise they act for, if any.
    pub async fn licence_kinds(
        &self,
        user_id: i64,
        acting_as: Option<&str>,
    ) -> Result<Vec<String>, DbError> {
        sqlx::query_scalar("SELECT DISTINCT kind FROM licences WHERE user_id = ? OR uscc = ?")
            .bind(user_id)
            .bind(acting_as)
            .fetch_all(&self.pool)
            .await
            .doing("list the kinds of e-licence on file")
    }

    /// Files an e-licence for a user (`Ok`) or an enterprise (`Err`).
    pub async fn add_licence(
        &self,
        holder: Result<i64, &str>,
        kind: &str,
        number: &str,
        valid_until: &str,
    ) -> Result<(), DbError> {
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

    /// Registers an enterprise represented by `user_id`; false if the code is taken.
    pub async fn create_enterprise(
        &self,
        uscc: &str,
        name: &str,
        user_id: i64,
        now: i64,
    ) -> Result<bool, DbError> {
        let inserted = sqlx::query(
            "INSERT INTO enterprises (uscc, name, legal_representative, created_at)
             VALUES (?, ?, ?, ?)",
        )
        .bind(uscc)
        .bind(name)
        .bind(user_id)
        .bind(now)
        .execute(&self.pool)
        .await;
        match inserted {
            Ok(_) => Ok(true),
            Err(error) if is_unique_violation(&error) => Ok(false),
            Err(error) => Err(error).doing("register an enterprise"),
        }
    }

    /// Whether nobody has registered yet (a new database).
    pub async fn has_no_users(&self) -> Result<bool, DbError> {
        sqlx::query_scalar("SELECT NOT EXISTS (SELECT 1 FROM users)")
            .fetch_one(&self.pool)
            .await
            .doing("check whether anyone has registered")
    }

    /// Records how a user's identity was verified (实名认证等级 1–3) and the hall
    /// they staff, if any.
    pub async fn set_standing(
        &self,
        user_id: i64,
        real_name_level: u8,
        staff_hall: Option<&str>,
    ) -> Result<(), DbError> {
        sqlx::query("UPDATE users SET real_name_level = ?, staff_hall = ? WHERE id = ?")
            .bind(i64::from(real_name_level))
            .bind(staff_hall)
            .bind(user_id)
            .execute(&self.pool)
            .await
            .doing("record a user's verification level and hall")?;
        Ok(())
    }

    /// The legal representative of an enterprise, if it is registered.
    pub async fn legal_representative(&self, uscc: &str) -> Result<Option<i64>, DbError> {
        sqlx::query_scalar("SELECT legal_representative FROM enterprises WHERE uscc = ?")
            .bind(uscc)
            .fetch_optional(&self.pool)
            .await
            .doing("read an enterprise's legal representative")
    }

    /// Adds a member to an enterprise; false if they already are one.
    pub async fn add_member(&self, uscc: &str, user_id: i64, role: &str) -> Result<bool, DbError> {
        let inserted =
            sqlx::query("INSERT INTO enterprise_members (uscc, user_id, role) VALUES (?, ?, ?)")
                .bind(uscc)
                .bind(user_id)
                .bind(role)
                .execute(&self.pool)
                .await;
        match inserted {
            Ok(_) => Ok(true),
            Err(error) if is_unique_violation(&error) => Ok(false),
            Err(error) => Err(error).doing("add an enterprise member"),
        }
    }
}

/// Inserts a user; `Err(Taken)` when the mobile or ID number is registered.
async fn insert_user(
    connection: &mut sqlx::SqliteConnection,
    user: &NewUser<'_>,
) -> Result<Result<i64, Taken>, DbError> {
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
) -> Result<(), DbError> {
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
) -> Result<(), DbError> {
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

async fn revoke(tx: &mut sqlx::SqliteConnection, family_id: i64) -> Result<(), DbError> {
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
fn stored_address(body: &Option<String>) -> Result<Option<Address>, DbError> {
    body.as_deref()
        .map(|body| decode("an address on file", body))
        .transpose()
}
