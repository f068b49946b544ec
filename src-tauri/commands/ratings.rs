//! The commands of the ratings noun (好差评): rating an application or a
//! visit, the user's ratings, rating the hall's answer, a hall's figures.

use banshi_api::ipc::ratings::{
    HallRatingsGet, RatingApplication, RatingRateReply, RatingVisit, RatingsList,
};
use tauri::State;

use super::{Answer, Args};
use crate::ratings::Ratings;

#[tauri::command]
pub async fn rating_application(
    ratings: State<'_, Ratings>,
    args: Args<RatingApplication>,
) -> Answer<RatingApplication> {
    Ok(ratings.rate_application(&args.number, &args.rating).await?)
}

#[tauri::command]
pub async fn rating_visit(
    ratings: State<'_, Ratings>,
    args: Args<RatingVisit>,
) -> Answer<RatingVisit> {
    Ok(ratings.rate_visit(&args.booking, &args.rating).await?)
}

#[tauri::command]
pub async fn ratings_list(ratings: State<'_, Ratings>) -> Answer<RatingsList> {
    Ok(ratings.list().await?)
}

#[tauri::command]
pub async fn rating_rate_reply(
    ratings: State<'_, Ratings>,
    args: Args<RatingRateReply>,
) -> Answer<RatingRateReply> {
    Ok(ratings.rate_reply(&args.id, args.reply).await?)
}

#[tauri::command]
pub async fn hall_ratings_get(
    ratings: State<'_, Ratings>,
    args: Args<HallRatingsGet>,
) -> Answer<HallRatingsGet> {
    Ok(ratings.of_hall(&args.hall).await?)
}
