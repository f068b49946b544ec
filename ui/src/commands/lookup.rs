//! The wrapper of the public lookup (办件查询); no login.

use banshi_api::ApiError;
use banshi_api::applications::LookupQuery;
use banshi_api::ipc::lookup::{ApplicationLookup, LookupAnswer};

use super::invoke;

pub async fn application_lookup(query: LookupQuery) -> Result<LookupAnswer, ApiError> {
    invoke::<ApplicationLookup>(&query).await
}
