//! The wrappers of the ratings noun's commands (好差评).

use banshi_api::ApiError;
use banshi_api::ids::{ApplicationNumber, BookingId, HallCode, RatingId};
use banshi_api::ipc::ratings::{
    HallRatingsGet, RatingApplication, RatingRateReply, RatingVisit, RatingsList,
};
use banshi_api::ratings::{HallRatings, NewRating, Rating, ReplyRating};

use super::invoke;

/// Rates one of the caller's finished applications, once.
pub async fn rating_application(
    number: ApplicationNumber,
    rating: NewRating,
) -> Result<Rating, ApiError> {
    invoke::<RatingApplication>(&RatingApplication { number, rating }).await
}

/// Rates a checked-in visit, once.
pub async fn rating_visit(booking: BookingId, rating: NewRating) -> Result<Rating, ApiError> {
    invoke::<RatingVisit>(&RatingVisit { booking, rating }).await
}

/// The caller's ratings, the newest first.
pub async fn ratings_list() -> Result<Vec<Rating>, ApiError> {
    invoke::<RatingsList>(&()).await
}

/// Rates the hall's answer to a bad rating.
pub async fn rating_rate_reply(id: RatingId, reply: ReplyRating) -> Result<Rating, ApiError> {
    invoke::<RatingRateReply>(&RatingRateReply { id, reply }).await
}

/// A hall's public figures.
pub async fn hall_ratings_get(hall: HallCode) -> Result<HallRatings, ApiError> {
    invoke::<HallRatingsGet>(&HallRatingsGet { hall }).await
}
