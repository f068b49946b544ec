//! Filling a new database with a city's halls and items, once: later starts
//! find the catalog version already there and skip the work.

use banshi_api::catalog::Item;
use banshi_api::forms::Form;
use banshi_api::halls::Hall;
use banshi_api::tags::tag_of;
use sha2::{Digest, Sha256};

use async_trait::async_trait;

use super::{QueryContext, SqliteStore};
use crate::store::error::StoreError;
use crate::store::seeding::SeedingStore;

#[async_trait]
impl SeedingStore for SqliteStore {
    async fn is_seeded(&self) -> Result<bool, StoreError> {
        let seeded: Option<String> = sqlx::query_scalar("SELECT version FROM catalog_meta")
            .fetch_optional(&self.pool)
            .await
            .doing("read the catalog version")?;
        Ok(seeded.is_some())
    }

    async fn seed(&self, halls: &[Hall], items: &[Item]) -> Result<(), StoreError> {
        let mut version = Sha256::new();
        let mut tx = self.write("begin seeding").await?;
        for (position, hall) in halls.iter().enumerate() {
            let body = encode(hall.code.as_str(), hall)?;
            version.update(&body);
            sqlx::query("INSERT INTO halls (code, position, body) VALUES (?, ?, ?)")
                .bind(&hall.code)
                .bind(position as i64)
                .bind(body)
                .execute(&mut *tx)
                .await
                .doing("insert a hall")?;
        }
        for item in items {
            let summary = &item.summary;
            let body = encode(summary.code.as_str(), item)?;
            version.update(&body);
            sqlx::query(
                "INSERT INTO items (code, hall, name, department, kind, audiences, themes, \
                 popularity, summary, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(&summary.code)
            .bind(&summary.hall)
            .bind(&summary.name)
            .bind(&summary.department)
            .bind(tag(&summary.kind))
            .bind(comma_wrapped(summary.audiences.iter().map(tag)))
            .bind(comma_wrapped(summary.themes.iter().map(tag)))
            .bind(i64::from(summary.popularity))
            .bind(encode(summary.code.as_str(), summary)?)
            .bind(body)
            .execute(&mut *tx)
            .await
            .doing("insert an item")?;
        }
        let version: String = version
            .finalize()
            .iter()
            .take(8)
            .map(|byte| format!("{byte:02x}"))
            .collect();
        sqlx::query("INSERT INTO catalog_meta (id, version) VALUES (1, ?)")
            .bind(version)
            .execute(&mut *tx)
            .await
            .doing("store the catalog version")?;
        tx.commit().await.doing("commit the seeded catalog")
    }

    async fn has_forms(&self) -> Result<bool, StoreError> {
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM forms)")
            .fetch_one(&self.pool)
            .await
            .doing("look for the forms")
    }

    async fn seed_forms(&self, forms: &[Form]) -> Result<(), StoreError> {
        let mut tx = self.write("begin storing the forms").await?;
        for form in forms {
            sqlx::query("INSERT INTO forms (item_code, body) VALUES (?, ?)")
                .bind(&form.item_code)
                .bind(encode(form.item_code.as_str(), form)?)
                .execute(&mut *tx)
                .await
                .doing("insert a form")?;
        }
        tx.commit().await.doing("commit the forms")
    }
}

/// A value as a stored JSON document, naming what it is when it cannot be.
pub(super) fn encode(what: &str, value: &impl serde::Serialize) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|source| StoreError::Encode {
        what: what.to_owned(),
        source,
    })
}

/// The wire word of a filter enum; the filter columns store the words the API uses.
pub(super) fn tag(value: &impl serde::Serialize) -> String {
    tag_of(value).unwrap_or_default()
}

/// `[a, b]` → `,a,b,` so that `LIKE '%,a,%'` matches one whole entry.
fn comma_wrapped(words: impl Iterator<Item = String>) -> String {
    let mut out = String::from(",");
    for word in words {
        out.push_str(&word);
        out.push(',');
    }
    out
}

#[cfg(test)]
mod tests {
    use banshi_api::catalog::{Audience, ItemKind};

    use super::*;

    #[test]
    fn filter_columns_use_the_api_words() {
        assert_eq!(tag(&ItemKind::ReviewAndReferral), "review_and_referral");
        assert_eq!(
            comma_wrapped([Audience::Person, Audience::Organisation].iter().map(tag)),
            ",person,organisation,",
            "every entry is fenced by commas so LIKE matches whole words"
        );
        assert_eq!(comma_wrapped(std::iter::empty()), ",");
    }
}
