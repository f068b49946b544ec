//! The command of the public lookup (办件查询): anyone holding an
//! application's number and the applicant's name may see where it stands,
//! without logging in.

use serde::{Deserialize, Serialize};

use super::command;
use crate::applications::{LookupQuery, LookupResult};

/// What a lookup found. The hall answers an unknown number and a wrong name
/// alike, so [`LookupAnswer::NotFound`] does not say which it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LookupAnswer {
    Found(LookupResult),
    NotFound,
    /// Too many lookups from this device: try again after that many seconds.
    TooMany {
        retry_after: u32,
    },
}

command! {
    ApplicationLookup = "application_lookup": LookupQuery => LookupAnswer
}
