//! Queries of applications: storing a submitted one with its number and its
//! materials' pages, and listing a caller's.

use banshi_api::applications::{Application, ApplicationStatus};
use banshi_api::dates::Date;
use banshi_api::ids::{ApplicationNumber, ItemCode};
use banshi_api::tags::{from_tag, tag_of};

use async_trait::async_trait;

use super::{QueryContext, SqliteStore};
use crate::store::applications::{ApplicationStore, NewApplication};
use crate::store::error::StoreError;

/// An application as listed.
#[derive(sqlx::FromRow)]
struct ApplicationRow {
    number: ApplicationNumber,
    item_code: ItemCode,
    item_name: String,
    acting_as: Option<String>,
    delivery: String,
    status: String,
    submitted_at: i64,
    promised_by: Date,
}

#[async_trait]
impl ApplicationStore for SqliteStore {
    async fn create_application(
        &self,
        new: &NewApplication<'_>,
    ) -> Result<Option<Application>, StoreError> {
        let materials =
            serde_json::to_string(new.materials).map_err(|source| StoreError::Encode {
                what: "an application's materials".to_owned(),
                source,
            })?;
        let mut tx = self.write("begin a submission").await?;
        let prefix = ApplicationNumber::day_prefix(new.day);
        let today_count: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM applications WHERE number LIKE ? || '%'")
                .bind(&prefix)
                .fetch_one(&mut *tx)
                .await
                .doing("count today's applications")?;
        let serial = u32::try_from(today_count + 1).unwrap_or(u32::MAX);
        let number =
            ApplicationNumber::of(new.day, serial).map_err(|source| StoreError::InvalidId {
                what: "application number",
                source,
            })?;
        let status = ApplicationStatus::Submitted;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO applications (number, user_id, acting_as, item_code, item_name, answers,
                 materials, delivery, status, submitted_at, promised_by)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(&number)
        .bind(new.user_id)
        .bind(new.acting_as)
        .bind(new.item_code)
        .bind(new.item_name)
        .bind(new.answers)
        .bind(&materials)
        .bind(tag_of(&new.delivery).unwrap_or_default())
        .bind(tag_of(&status).unwrap_or_default())
        .bind(new.submitted_at)
        .bind(new.promised_by)
        .fetch_one(&mut *tx)
        .await
        .doing("store an application")?;
        for upload in new.materials.iter().flat_map(|material| &material.uploads) {
            let linked = sqlx::query(
                "UPDATE uploads SET application_id = ?
                 WHERE id = ? AND user_id = ? AND application_id IS NULL AND offset = length",
            )
            .bind(id)
            .bind(upload)
            .bind(new.user_id)
            .execute(&mut *tx)
            .await
            .doing("link an upload to its application")?;
            if linked.rows_affected() != 1 {
                return Ok(None);
            }
        }
        let application = Application {
            number,
            item_code: new.item_code.clone(),
            item_name: new.item_name.to_owned(),
            acting_as: new.acting_as.map(str::to_owned),
            delivery: new.delivery,
            status,
            submitted_at: new.submitted_at,
            promised_by: new.promised_by,
        };
        new.key.complete(&mut tx, &application).await?;
        tx.commit().await.doing("commit a submission")?;
        Ok(Some(application))
    }

    async fn applications_of(&self, user_id: i64) -> Result<Vec<Application>, StoreError> {
        let rows: Vec<ApplicationRow> = sqlx::query_as(
            "SELECT number, item_code, item_name, acting_as, delivery, status, submitted_at, promised_by
             FROM applications WHERE user_id = ? ORDER BY submitted_at DESC, id DESC",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .doing("list a user's applications")?;
        rows.into_iter()
            .map(
                |ApplicationRow {
                     number,
                     item_code,
                     item_name,
                     acting_as,
                     delivery,
                     status,
                     submitted_at,
                     promised_by,
                 }| {
                    Ok(Application {
                        number,
                        item_code,
                        item_name,
                        acting_as,
                        delivery: from_tag(&delivery).ok_or_else(|| StoreError::UnknownTag {
                            what: "delivery",
                            word: delivery.clone(),
                        })?,
                        status: from_tag(&status).ok_or_else(|| StoreError::UnknownTag {
                            what: "application status",
                            word: status.clone(),
                        })?,
                        submitted_at,
                        promised_by,
                    })
                },
            )
            .collect()
    }
}
