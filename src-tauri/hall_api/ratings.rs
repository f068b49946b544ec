//! The ratings routes of the hall API (好差评): rating an application or a
//! visit, the caller's ratings, rating the hall's answer, and a hall's
//! public figures.

use banshi_api::ids::{ApplicationNumber, BookingId, HallCode, RatingId};
use banshi_api::ratings::{HallRatings, NewRating, Rating, ReplyRating};
use reqwest::Method;

use super::HallClient;
use super::client::encode_segment;
use crate::ShellError;

impl HallClient {
    /// Rates one of the caller's finished applications; a second rating is a 409.
    pub async fn rate_application(
        &self,
        access_token: &str,
        number: &ApplicationNumber,
        rating: &NewRating,
    ) -> Result<Rating, ShellError> {
        const ACTION: &str = "rate an application";
        let path = format!(
            "applications/{}/evaluation",
            encode_segment(number.as_str())
        );
        self.call_for(
            ACTION,
            Method::POST,
            &path,
            Some(rating),
            Some(access_token),
        )
        .await
    }

    /// Rates a checked-in visit; a second rating is a 409.
    pub async fn rate_visit(
        &self,
        access_token: &str,
        booking: &BookingId,
        rating: &NewRating,
    ) -> Result<Rating, ShellError> {
        const ACTION: &str = "rate a visit";
        let path = format!("bookings/{}/evaluation", encode_segment(booking.as_str()));
        self.call_for(
            ACTION,
            Method::POST,
            &path,
            Some(rating),
            Some(access_token),
        )
        .await
    }

    pub async fn ratings(&self, access_token: &str) -> Result<Vec<Rating>, ShellError> {
        const ACTION: &str = "list the ratings";
        self.call_for(
            ACTION,
            Method::GET,
            "ratings",
            None::<&()>,
            Some(access_token),
        )
        .await
    }

    /// Rates the hall's answer to a bad rating.
    pub async fn rate_reply(
        &self,
        access_token: &str,
        id: &RatingId,
        reply: &ReplyRating,
    ) -> Result<Rating, ShellError> {
        const ACTION: &str = "rate the hall's answer";
        let path = format!("ratings/{}/reply-rating", encode_segment(id.as_str()));
        self.call_for(ACTION, Method::POST, &path, Some(reply), Some(access_token))
            .await
    }

    /// A hall's public figures; needs no login.
    pub async fn hall_ratings(&self, hall: &HallCode) -> Result<HallRatings, ShellError> {
        let path = format!("halls/{}/ratings", encode_segment(hall.as_str()));
        self.get("read a hall's ratings", &path, &()).await
    }
}
