//! 好差评 on the device: rating a finished application or a checked-in visit
//! once, the user's ratings with the hall's answer to a bad one, rating that
//! answer, and a hall's public figures. The hall checks every rule (once, a
//! reason for a bad score, only the caller's matters); a rating is never
//! retried blindly, since a lost answer to a rating the hall kept comes back
//! as "rated already" and the page then shows the one kept.

#[cfg(test)]
mod tests;

use banshi_api::ids::{ApplicationNumber, BookingId, HallCode, RatingId};
use banshi_api::ratings::{HallRatings, NewRating, Rating, ReplyRating};

use crate::ShellError;
use crate::context::Context;
use crate::retries::retried;

/// The app's ratings state.
pub struct Ratings {
    ctx: Context,
}

impl Ratings {
    pub fn new(ctx: Context) -> Self {
        Self { ctx }
    }

    pub async fn rate_application(
        &self,
        number: &ApplicationNumber,
        rating: &NewRating,
    ) -> Result<Rating, ShellError> {
        self.ctx
            .with_session(|client, token| async move {
                client.rate_application(&token, number, rating).await
            })
            .await
    }

    pub async fn rate_visit(
        &self,
        booking: &BookingId,
        rating: &NewRating,
    ) -> Result<Rating, ShellError> {
        self.ctx
            .with_session(|client, token| async move {
                client.rate_visit(&token, booking, rating).await
            })
            .await
    }

    /// The user's ratings, the newest first.
    pub async fn list(&self) -> Result<Vec<Rating>, ShellError> {
        self.ctx
            .with_session(|client, token| async move { client.ratings(&token).await })
            .await
    }

    /// Rates the hall's answer to a bad rating.
    pub async fn rate_reply(
        &self,
        id: &RatingId,
        reply: ReplyRating,
    ) -> Result<Rating, ShellError> {
        self.ctx
            .with_session(
                |client, token| async move { client.rate_reply(&token, id, &reply).await },
            )
            .await
    }

    /// A hall's public figures; reading them twice is harmless, so a lost
    /// answer is asked again.
    pub async fn of_hall(&self, hall: &HallCode) -> Result<HallRatings, ShellError> {
        let client = self.ctx.client().await?;
        retried(|| client.hall_ratings(hall)).await
    }
}
