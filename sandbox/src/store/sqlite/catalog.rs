//! Queries of the service items: filtered pages, one item's guide, and the whole
//! catalog as a snapshot for offline use.

use banshi_api::catalog::{Item, ItemSummary};
use banshi_api::forms::Form;
use banshi_api::ids::ItemCode;
use sqlx::{QueryBuilder, Sqlite};

use super::halls::decode;
use super::seeding::tag;
use async_trait::async_trait;

use super::{QueryContext, SqliteStore};
use crate::store::catalog::{CatalogStore, ItemFilter, Snapshot};
use crate::store::error::StoreError;

#[async_trait]
impl CatalogStore for SqliteStore {
    async fn items(
        &self,
        filter: &ItemFilter,
        limit: u32,
        offset: u64,
    ) -> Result<(Vec<ItemSummary>, u64), StoreError> {
        let mut count = QueryBuilder::<Sqlite>::new("SELECT COUNT(*) FROM items WHERE 1 = 1");
        push_conditions(&mut count, filter);
        let total: i64 = count
            .build_query_scalar()
            .fetch_one(&self.pool)
            .await
            .doing("count the matching items")?;

        let mut page = QueryBuilder::<Sqlite>::new("SELECT summary FROM items WHERE 1 = 1");
        push_conditions(&mut page, filter);
        page.push(" ORDER BY popularity DESC, code LIMIT ")
            .push_bind(i64::from(limit))
            .push(" OFFSET ")
            .push_bind(i64::try_from(offset).unwrap_or(i64::MAX));
        let summaries: Vec<String> = page
            .build_query_scalar()
            .fetch_all(&self.pool)
            .await
            .doing("list the matching items")?;
        let items = summaries
            .iter()
            .map(|body| decode("an item summary", body))
            .collect::<Result<_, _>>()?;
        Ok((items, u64::try_from(total).unwrap_or(0)))
    }

    async fn item(&self, code: &str) -> Result<Option<Item>, StoreError> {
        let body: Option<String> = sqlx::query_scalar("SELECT body FROM items WHERE code = ?")
            .bind(code)
            .fetch_optional(&self.pool)
            .await
            .doing("read an item")?;
        body.map(|body| decode(code, &body)).transpose()
    }

    async fn form(&self, code: &ItemCode) -> Result<Option<Form>, StoreError> {
        let body: Option<String> = sqlx::query_scalar("SELECT body FROM forms WHERE item_code = ?")
            .bind(code)
            .fetch_optional(&self.pool)
            .await
            .doing("read a form")?;
        body.map(|body| decode(code.as_str(), &body)).transpose()
    }

    async fn item_by_basic_code(&self, basic_code: &str) -> Result<Option<Item>, StoreError> {
        let body: Option<String> = sqlx::query_scalar(
            "SELECT body FROM items WHERE json_extract(summary, '$.basic_code') = ? LIMIT 1",
        )
        .bind(basic_code)
        .fetch_optional(&self.pool)
        .await
        .doing("read an item by its basic code")?;
        body.map(|body| decode(basic_code, &body)).transpose()
    }

    async fn snapshot(&self) -> Result<Snapshot, StoreError> {
        let version: String = sqlx::query_scalar("SELECT version FROM catalog_meta")
            .fetch_one(&self.pool)
            .await
            .doing("read the catalog version")?;
        let halls: Vec<String> = sqlx::query_scalar("SELECT body FROM halls ORDER BY position")
            .fetch_all(&self.pool)
            .await
            .doing("read the halls for the snapshot")?;
        let items: Vec<String> = sqlx::query_scalar("SELECT body FROM items ORDER BY code")
            .fetch_all(&self.pool)
            .await
            .doing("read the items for the snapshot")?;
        let version_json =
            serde_json::to_string(&version).map_err(|source| StoreError::Encode {
                what: "the catalog version".into(),
                source,
            })?;
        let mut json = String::with_capacity(items.iter().map(String::len).sum::<usize>() + 4096);
        json.push_str("{\"version\":");
        json.push_str(&version_json);
        json.push_str(",\"halls\":[");
        json.push_str(&halls.join(","));
        json.push_str("],\"items\":[");
        json.push_str(&items.join(","));
        json.push_str("]}");
        Ok(Snapshot { version, json })
    }
}

fn push_conditions(query: &mut QueryBuilder<'_, Sqlite>, filter: &ItemFilter) {
    for word in &filter.words {
        query
            .push(" AND name LIKE ")
            .push_bind(format!("%{}%", escape_like(word)))
            .push(" ESCAPE '\\'");
    }
    if let Some(hall) = &filter.hall {
        query.push(" AND hall = ").push_bind(hall.clone());
    }
    if let Some(department) = &filter.department {
        query
            .push(" AND department = ")
            .push_bind(department.clone());
    }
    if let Some(kind) = &filter.kind {
        query.push(" AND kind = ").push_bind(tag(kind));
    }
    if let Some(audience) = &filter.audience {
        query
            .push(" AND audiences LIKE ")
            .push_bind(format!("%,{},%", tag(audience)));
    }
    if let Some(theme) = &filter.theme {
        query
            .push(" AND themes LIKE ")
            .push_bind(format!("%,{},%", tag(theme)));
    }
}

/// Makes `%`, `_` and `\` in user text match themselves in a LIKE pattern.
fn escape_like(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape_like;

    #[test]
    fn like_wildcards_in_user_text_match_literally() {
        assert_eq!(escape_like("100%_\\"), "100\\%\\_\\\\");
        assert_eq!(
            escape_like("营业执照"),
            "营业执照",
            "plain text passes unchanged"
        );
    }
}
