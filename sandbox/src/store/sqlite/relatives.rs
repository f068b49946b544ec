//! Queries of relatives' authorities: the partial UNIQUE index on open
//! authorities decides between two given at once, an expired open one is
//! ended in the same transaction as its successor is stored, and confirming
//! or ending is one conditional update.

use async_trait::async_trait;
use banshi_api::authority::Scope;
use banshi_api::dates::Date;
use banshi_api::ids::AuthorityId;

use super::{QueryContext, SqliteStore};
use crate::store::error::StoreError;
use crate::store::relatives::{AuthorityRecord, RelativeStore};

const COLUMNS: &str = "SELECT id, principal, relative, scope, given_at, confirmed_at, withdrawn_at
    FROM relative_authorities";

#[derive(sqlx::FromRow)]
struct AuthorityRow {
    id: AuthorityId,
    principal: i64,
    relative: i64,
    scope: String,
    given_at: i64,
    confirmed_at: Option<i64>,
    withdrawn_at: Option<i64>,
}

impl TryFrom<AuthorityRow> for AuthorityRecord {
    type Error = StoreError;

    fn try_from(row: AuthorityRow) -> Result<Self, StoreError> {
        let scope: Scope =
            serde_json::from_str(&row.scope).map_err(|source| StoreError::Corrupt {
                what: format!("the scope of authority {}", row.id),
                source,
            })?;
        Ok(AuthorityRecord {
            id: row.id,
            principal: row.principal,
            relative: row.relative,
            scope,
            given_at: row.given_at,
            confirmed_at: row.confirmed_at,
            withdrawn_at: row.withdrawn_at,
        })
    }
}

#[async_trait]
impl RelativeStore for SqliteStore {
    async fn give_authority(
        &self,
        record: &AuthorityRecord,
        today: Date,
    ) -> Result<bool, StoreError> {
        let scope = serde_json::to_string(&record.scope).map_err(|source| StoreError::Encode {
            what: "the scope of an authority".to_owned(),
            source,
        })?;
        let mut tx = self.write("begin giving an authority").await?;
        sqlx::query(
            "UPDATE relative_authorities SET withdrawn_at = ?
             WHERE principal = ? AND relative = ? AND withdrawn_at IS NULL
                 AND json_extract(scope, '$.until') < ?",
        )
        .bind(record.given_at)
        .bind(record.principal)
        .bind(record.relative)
        .bind(today)
        .execute(&mut *tx)
        .await
        .doing("end an expired authority")?;
        let stored = sqlx::query(
            "INSERT INTO relative_authorities (id, principal, relative, scope, given_at)
             VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        )
        .bind(&record.id)
        .bind(record.principal)
        .bind(record.relative)
        .bind(scope)
        .bind(record.given_at)
        .execute(&mut *tx)
        .await
        .doing("store an authority")?;
        tx.commit().await.doing("commit an authority")?;
        Ok(stored.rows_affected() == 1)
    }

    async fn authority(&self, id: &AuthorityId) -> Result<Option<AuthorityRecord>, StoreError> {
        let row: Option<AuthorityRow> = sqlx::query_as(&format!("{COLUMNS} WHERE id = ?"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .doing("read an authority")?;
        row.map(AuthorityRecord::try_from).transpose()
    }

    async fn authorities_of(&self, user_id: i64) -> Result<Vec<AuthorityRecord>, StoreError> {
        let rows: Vec<AuthorityRow> = sqlx::query_as(&format!(
            "{COLUMNS} WHERE principal = ?1 OR relative = ?1 ORDER BY given_at DESC, rowid DESC"
        ))
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .doing("list a person's authorities")?;
        rows.into_iter().map(AuthorityRecord::try_from).collect()
    }

    async fn confirm_authority(
        &self,
        id: &AuthorityId,
        relative: i64,
        at: i64,
    ) -> Result<bool, StoreError> {
        let confirmed = sqlx::query(
            "UPDATE relative_authorities SET confirmed_at = ?
             WHERE id = ? AND relative = ? AND confirmed_at IS NULL AND withdrawn_at IS NULL",
        )
        .bind(at)
        .bind(id)
        .bind(relative)
        .execute(&self.pool)
        .await
        .doing("confirm an authority")?;
        Ok(confirmed.rows_affected() == 1)
    }

    async fn withdraw_authority(
        &self,
        id: &AuthorityId,
        user_id: i64,
        at: i64,
    ) -> Result<bool, StoreError> {
        let withdrawn = sqlx::query(
            "UPDATE relative_authorities SET withdrawn_at = ?
             WHERE id = ? AND (principal = ?3 OR relative = ?3) AND withdrawn_at IS NULL",
        )
        .bind(at)
        .bind(id)
        .bind(user_id)
        .execute(&self.pool)
        .await
        .doing("end an authority")?;
        Ok(withdrawn.rows_affected() == 1)
    }
}
