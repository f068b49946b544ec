//! The delivery addresses a person keeps (我的 → 收货地址): checked like any
//! recipient, at most [`MAX_SAVED_ADDRESSES`], exactly one the default.

use banshi_api::ErrorCode;
use banshi_api::delivery::{AddressRequest, MAX_SAVED_ADDRESSES, SavedAddress};
use banshi_api::ids::AddressId;

use super::{Deliveries, check_recipient};
use crate::domain::credentials;
use crate::error::{AppError, not_found, refused};

fn no_such_address() -> AppError {
    not_found("没有这个收货地址")
}

impl Deliveries<'_> {
    /// The caller's addresses, the default first.
    pub async fn addresses(&self, user_id: i64) -> Result<Vec<SavedAddress>, AppError> {
        Ok(self.store.saved_addresses(user_id).await?)
    }

    /// Keeps a new address of the caller's.
    pub async fn add_address(
        &self,
        user_id: i64,
        request: AddressRequest,
    ) -> Result<SavedAddress, AppError> {
        check_recipient(&request.recipient)?;
        let id: AddressId = credentials::new_id()?;
        let address = SavedAddress {
            id: id.clone(),
            recipient: request.recipient,
            default: request.default,
        };
        let kept = self
            .store
            .add_address(user_id, &address, self.clock.now(), MAX_SAVED_ADDRESSES)
            .await?;
        if !kept {
            return Err(refused(
                ErrorCode::Conflict,
                format!("最多保存 {MAX_SAVED_ADDRESSES} 个收货地址，请先删除不用的地址"),
            ));
        }
        self.address(user_id, &id).await
    }

    /// Changes one of the caller's addresses.
    pub async fn update_address(
        &self,
        user_id: i64,
        id: &AddressId,
        request: AddressRequest,
    ) -> Result<SavedAddress, AppError> {
        check_recipient(&request.recipient)?;
        let address = SavedAddress {
            id: id.clone(),
            recipient: request.recipient,
            default: request.default,
        };
        if !self.store.update_address(user_id, &address).await? {
            return Err(no_such_address());
        }
        self.address(user_id, id).await
    }

    /// Removes one of the caller's addresses.
    pub async fn remove_address(&self, user_id: i64, id: &AddressId) -> Result<(), AppError> {
        if self.store.remove_address(user_id, id).await? {
            Ok(())
        } else {
            Err(no_such_address())
        }
    }

    async fn address(&self, user_id: i64, id: &AddressId) -> Result<SavedAddress, AppError> {
        self.addresses(user_id)
            .await?
            .into_iter()
            .find(|address| &address.id == id)
            .ok_or_else(no_such_address)
    }
}
