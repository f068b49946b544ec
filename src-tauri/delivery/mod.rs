//! EMS delivery from the app: what a delivery costs, ordering the result
//! mailed home or the originals collected, following a parcel, changing its
//! address while the courier does not have it yet, and the saved addresses
//! (收货地址) that forms and deliveries start from. A request the device can
//! already tell is wrong is refused here, with the same sentences the hall
//! would answer ([`Recipient::problems`]).

#[cfg(test)]
mod tests;

use banshi_api::delivery::{
    AddressRequest, DeliveryChange, DeliveryFee, DeliveryKind, DeliveryOrder, FeeQuery,
    NewDelivery, Recipient, SavedAddress,
};
use banshi_api::{ApiError, FieldError};

use crate::ShellError;
use crate::context::Context;
use crate::retries::{new_id, retried};

/// The app's delivery state.
pub struct Deliveries {
    ctx: Context,
}

impl Deliveries {
    pub fn new(ctx: Context) -> Self {
        Self { ctx }
    }

    /// What a delivery for an item to or from a district would cost, before
    /// applying as after.
    pub async fn fee(&self, query: &FeeQuery) -> Result<DeliveryFee, ShellError> {
        self.ctx.client().await?.delivery_fee(query).await
    }

    /// Orders a delivery. One key serves every retry after a lost network, so
    /// a retried order never sends a second courier.
    pub async fn order(&self, request: &NewDelivery) -> Result<DeliveryOrder, ShellError> {
        check_order(request)?;
        let key = new_id();
        self.ctx
            .with_session(|client, token| {
                let (key, request) = (key.clone(), request.clone());
                async move { retried(|| client.order_delivery(&token, &key, &request)).await }
            })
            .await
    }

    /// One of the user's parcels with its tracking events.
    pub async fn get(&self, waybill: &str) -> Result<DeliveryOrder, ShellError> {
        self.ctx
            .with_session(|client, token| async move { client.delivery(&token, waybill).await })
            .await
    }

    /// A new receiver, address or collection time, until the courier has the parcel.
    pub async fn change(
        &self,
        waybill: &str,
        change: &DeliveryChange,
    ) -> Result<DeliveryOrder, ShellError> {
        checked(&change.recipient, Vec::new())?;
        self.ctx
            .with_session(|client, token| async move {
                // The same change twice is the same parcel: a lost answer is asked again.
                retried(|| client.change_delivery(&token, waybill, change)).await
            })
            .await
    }

    /// The user's saved addresses, the default first.
    pub async fn addresses(&self) -> Result<Vec<SavedAddress>, ShellError> {
        let mut addresses = self
            .ctx
            .with_session(|client, token| async move { client.addresses(&token).await })
            .await?;
        addresses.sort_by_key(|address| !address.default);
        Ok(addresses)
    }

    pub async fn add_address(&self, request: &AddressRequest) -> Result<SavedAddress, ShellError> {
        checked(&request.recipient, Vec::new())?;
        self.ctx
            .with_session(|client, token| async move { client.add_address(&token, request).await })
            .await
    }

    pub async fn update_address(
        &self,
        id: &str,
        request: &AddressRequest,
    ) -> Result<SavedAddress, ShellError> {
        checked(&request.recipient, Vec::new())?;
        self.ctx
            .with_session(|client, token| async move {
                retried(|| client.update_address(&token, id, request)).await
            })
            .await
    }

    pub async fn delete_address(&self, id: &str) -> Result<(), ShellError> {
        self.ctx
            .with_session(|client, token| async move {
                // Deleting is the same however often it is asked: a lost answer is asked again.
                retried(|| client.delete_address(&token, id)).await
            })
            .await
    }
}

/// Refuses an order the hall would refuse for its recipient or for a
/// collection without a time, every problem at once.
fn check_order(request: &NewDelivery) -> Result<(), ShellError> {
    let mut problems = Vec::new();
    if request.kind == DeliveryKind::Originals && request.window.is_none() {
        problems.push(FieldError::new("window", "请选择快递员上门收取的时间"));
    }
    checked(&request.recipient, problems)
}

/// `problems` and the recipient's own, under `recipient.`, as one refusal.
fn checked(recipient: &Recipient, mut problems: Vec<FieldError>) -> Result<(), ShellError> {
    problems.extend(recipient.problems("recipient."));
    match problems.first() {
        None => Ok(()),
        Some(first) => Err(ShellError::Invalid(ApiError::bad_request(
            first.message.clone(),
            problems,
        ))),
    }
}
