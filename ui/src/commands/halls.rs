//! The wrapper of the halls noun's command.

use banshi_api::ApiError;
use banshi_api::halls::Hall;
use banshi_api::ipc::halls::HallsList;

use super::invoke;

/// The city's halls, the city hall first.
pub async fn halls_list() -> Result<Vec<Hall>, ApiError> {
    invoke::<HallsList>(&()).await
}
