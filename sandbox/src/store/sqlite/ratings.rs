//! Queries of ratings: a rating inserted only if its subject has none (the
//! partial UNIQUE indexes decide between two at once), the hall's reply and
//! the rater's score of it each a conditional update, the reply stored with
//! its notification in one transaction, and a hall's figures counted in SQL.

use async_trait::async_trait;
use banshi_api::ids::{ApplicationNumber, BookingId, HallCode, RatingId};
use banshi_api::ratings::{CaseReply, HallRatings, RatingSubject, Score};

use super::notifications::insert_notification;
use super::{QueryContext, SqliteStore};
use crate::store::applications::NewNotification;
use crate::store::error::StoreError;
use crate::store::ratings::{RatingRecord, RatingStore};

const COLUMNS: &str =
    "SELECT r.id, r.user_id, a.number, r.booking_id, r.hall, r.item_name, r.score,
        r.dimensions, r.comment, r.reason, r.rated_at, r.case_days, r.reply_at, r.reply_staff,
        r.reply_text, r.reply_score
    FROM ratings r LEFT JOIN applications a ON a.id = r.application_id";

#[derive(sqlx::FromRow)]
struct RatingRow {
    id: RatingId,
    user_id: i64,
    number: Option<ApplicationNumber>,
    booking_id: Option<BookingId>,
    hall: HallCode,
    item_name: String,
    score: i64,
    dimensions: String,
    comment: Option<String>,
    reason: Option<String>,
    rated_at: i64,
    case_days: Option<i64>,
    reply_at: Option<i64>,
    reply_staff: Option<String>,
    reply_text: Option<String>,
    reply_score: Option<i64>,
}

fn score(value: i64) -> Result<Score, StoreError> {
    u8::try_from(value)
        .ok()
        .and_then(|value| Score::new(value).ok())
        .ok_or_else(|| StoreError::UnknownTag {
            what: "rating score",
            word: value.to_string(),
        })
}

impl TryFrom<RatingRow> for RatingRecord {
    type Error = StoreError;

    fn try_from(row: RatingRow) -> Result<Self, StoreError> {
        let subject = match (row.number, row.booking_id) {
            (Some(number), _) => RatingSubject::Application { number },
            (None, Some(booking)) => RatingSubject::Visit { booking },
            (None, None) => {
                return Err(StoreError::UnknownTag {
                    what: "rating subject",
                    word: row.id.to_string(),
                });
            }
        };
        let reply = match (row.reply_at, row.reply_staff, row.reply_text) {
            (Some(at), Some(staff), Some(text)) => Some(CaseReply { at, staff, text }),
            _ => None,
        };
        Ok(RatingRecord {
            dimensions: serde_json::from_str(&row.dimensions).map_err(|source| {
                StoreError::Corrupt {
                    what: format!("the dimensions of rating {}", row.id),
                    source,
                }
            })?,
            score: score(row.score)?,
            reply_score: row.reply_score.map(score).transpose()?,
            case_days: row
                .case_days
                .map(|days| u16::try_from(days).unwrap_or(u16::MAX)),
            id: row.id,
            user_id: row.user_id,
            subject,
            hall: row.hall,
            item_name: row.item_name,
            comment: row.comment,
            reason: row.reason,
            rated_at: row.rated_at,
            reply,
        })
    }
}

async fn read_one(
    store: &SqliteStore,
    condition: &str,
    value: impl for<'q> sqlx::Encode<'q, sqlx::Sqlite> + sqlx::Type<sqlx::Sqlite> + Send,
) -> Result<Option<RatingRecord>, StoreError> {
    let row: Option<RatingRow> = sqlx::query_as(&format!("{COLUMNS} WHERE {condition}"))
        .bind(value)
        .fetch_optional(&store.pool)
        .await
        .doing("read a rating")?;
    row.map(RatingRecord::try_from).transpose()
}

#[async_trait]
impl RatingStore for SqliteStore {
    async fn add_rating(&self, rating: &RatingRecord) -> Result<bool, StoreError> {
        let (number, booking) = match &rating.subject {
            RatingSubject::Application { number } => (Some(number), None),
            RatingSubject::Visit { booking } => (None, Some(booking)),
        };
        let dimensions =
            serde_json::to_string(&rating.dimensions).map_err(|source| StoreError::Encode {
                what: "the dimensions of a rating".to_owned(),
                source,
            })?;
        let stored = sqlx::query(
            "INSERT INTO ratings (id, user_id, application_id, booking_id, hall, item_name, score,
                 dimensions, comment, reason, rated_at, case_days)
             VALUES (?, ?, (SELECT id FROM applications WHERE number = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT DO NOTHING",
        )
        .bind(&rating.id)
        .bind(rating.user_id)
        .bind(number)
        .bind(booking)
        .bind(&rating.hall)
        .bind(&rating.item_name)
        .bind(i64::from(rating.score.value()))
        .bind(dimensions)
        .bind(&rating.comment)
        .bind(&rating.reason)
        .bind(rating.rated_at)
        .bind(rating.case_days.map(i64::from))
        .execute(&self.pool)
        .await
        .doing("store a rating")?;
        Ok(stored.rows_affected() == 1)
    }

    async fn rating(&self, id: &RatingId) -> Result<Option<RatingRecord>, StoreError> {
        read_one(self, "r.id = ?", id.clone()).await
    }

    async fn rating_of_application(
        &self,
        application_id: i64,
    ) -> Result<Option<RatingRecord>, StoreError> {
        read_one(self, "r.application_id = ?", application_id).await
    }

    async fn ratings_of(&self, user_id: i64) -> Result<Vec<RatingRecord>, StoreError> {
        let rows: Vec<RatingRow> = sqlx::query_as(&format!(
            "{COLUMNS} WHERE r.user_id = ? ORDER BY r.rated_at DESC, r.rowid DESC"
        ))
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .doing("list a person's ratings")?;
        rows.into_iter().map(RatingRecord::try_from).collect()
    }

    async fn hall_cases(
        &self,
        hall: &HallCode,
        open: bool,
    ) -> Result<Vec<RatingRecord>, StoreError> {
        let rows: Vec<RatingRow> = sqlx::query_as(&format!(
            "{COLUMNS} WHERE r.hall = ? AND r.case_days IS NOT NULL
                 AND (NOT ? OR r.reply_at IS NULL)
             ORDER BY r.rated_at, r.rowid"
        ))
        .bind(hall)
        .bind(open)
        .fetch_all(&self.pool)
        .await
        .doing("list a hall's bad ratings")?;
        rows.into_iter().map(RatingRecord::try_from).collect()
    }

    async fn reply_to_rating(
        &self,
        id: &RatingId,
        reply: &CaseReply,
        notification: &NewNotification,
    ) -> Result<bool, StoreError> {
        let mut tx = self.write("begin a reply to a rating").await?;
        let replied = sqlx::query(
            "UPDATE ratings SET reply_at = ?, reply_staff = ?, reply_text = ?
             WHERE id = ? AND case_days IS NOT NULL AND reply_at IS NULL",
        )
        .bind(reply.at)
        .bind(&reply.staff)
        .bind(&reply.text)
        .bind(id)
        .execute(&mut *tx)
        .await
        .doing("store a reply to a rating")?;
        if replied.rows_affected() != 1 {
            return Ok(false);
        }
        insert_notification(&mut tx, notification).await?;
        tx.commit().await.doing("commit a reply to a rating")?;
        Ok(true)
    }

    async fn rate_reply(&self, id: &RatingId, score: Score) -> Result<bool, StoreError> {
        let rated = sqlx::query(
            "UPDATE ratings SET reply_score = ?
             WHERE id = ? AND reply_at IS NOT NULL AND reply_score IS NULL",
        )
        .bind(i64::from(score.value()))
        .bind(id)
        .execute(&self.pool)
        .await
        .doing("store the score of a reply")?;
        Ok(rated.rows_affected() == 1)
    }

    async fn hall_figures(&self, hall: &HallCode) -> Result<HallRatings, StoreError> {
        let (count, satisfied, bad, answered): (i64, i64, i64, i64) = sqlx::query_as(
            "SELECT count(*), coalesce(sum(score > 2), 0), coalesce(sum(score <= 2), 0),
                 coalesce(sum(score <= 2 AND reply_at IS NOT NULL), 0)
             FROM ratings WHERE hall = ?",
        )
        .bind(hall)
        .fetch_one(&self.pool)
        .await
        .doing("count a hall's ratings")?;
        let whole = |value: i64| u32::try_from(value).unwrap_or(u32::MAX);
        let permille = if count == 0 {
            1000
        } else {
            satisfied * 1000 / count
        };
        Ok(HallRatings {
            count: whole(count),
            satisfied_permille: u16::try_from(permille).unwrap_or(1000),
            bad: whole(bad),
            answered: whole(answered),
        })
    }
}
