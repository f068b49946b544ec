//! The commands of the ratings noun (好差评): rating a finished application or
//! a checked-in visit once, the user's ratings with the hall's answer to a bad
//! one, rating that answer, and a hall's public figures.

use super::command;
use crate::ids::{ApplicationNumber, BookingId, HallCode, RatingId};
use crate::ratings::{HallRatings, NewRating, Rating, ReplyRating};

command! {
    /// Rates one of the caller's applications once it is completed or refused.
    RatingApplication = "rating_application" { number: ApplicationNumber, rating: NewRating } => Rating
}

command! {
    /// Rates a visit to the hall once the booking is checked in.
    RatingVisit = "rating_visit" { booking: BookingId, rating: NewRating } => Rating
}

command! {
    /// The caller's ratings, the newest first.
    RatingsList = "ratings_list": () => Vec<Rating>
}

command! {
    /// Rates the hall's answer to a bad rating.
    RatingRateReply = "rating_rate_reply" { id: RatingId, reply: ReplyRating } => Rating
}

command! {
    /// A hall's public figures (好差评公示); needs no login.
    HallRatingsGet = "hall_ratings_get" { hall: HallCode } => HallRatings
}
