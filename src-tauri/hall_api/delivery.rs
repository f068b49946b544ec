//! The delivery routes of the hall API: a delivery's fee, ordering one under
//! an Idempotency-Key, a parcel with its tracking, its address changed, and
//! the caller's saved addresses.

use banshi_api::delivery::{
    AddressRequest, DeliveryChange, DeliveryFee, DeliveryOrder, FeeQuery, NewDelivery, SavedAddress,
};
use reqwest::Method;

use super::HallClient;
use super::client::{decode, encode_segment};
use crate::ShellError;

impl HallClient {
    /// What a delivery for an item to or from a district would cost (public).
    pub async fn delivery_fee(&self, query: &FeeQuery) -> Result<DeliveryFee, ShellError> {
        const ACTION: &str = "quote a delivery's fee";
        let request = self
            .http
            .get(self.url(ACTION, "deliveries/fee")?)
            .query(query);
        decode(ACTION, self.send(ACTION, request).await?).await
    }

    /// Orders a delivery under `key`; sending it again with the same key is harmless.
    pub async fn order_delivery(
        &self,
        access_token: &str,
        key: &str,
        request: &NewDelivery,
    ) -> Result<DeliveryOrder, ShellError> {
        const ACTION: &str = "order a delivery";
        self.call_with_key(ACTION, "deliveries", request, access_token, key)
            .await
    }

    /// One of the caller's parcels with its tracking (another's is a 404).
    pub async fn delivery(
        &self,
        access_token: &str,
        waybill: &str,
    ) -> Result<DeliveryOrder, ShellError> {
        const ACTION: &str = "read a parcel";
        let path = format!("deliveries/{}", encode_segment(waybill));
        self.call_for(ACTION, Method::GET, &path, None::<&()>, Some(access_token))
            .await
    }

    /// A new receiver or address; a 409 once the courier has the parcel.
    pub async fn change_delivery(
        &self,
        access_token: &str,
        waybill: &str,
        change: &DeliveryChange,
    ) -> Result<DeliveryOrder, ShellError> {
        const ACTION: &str = "change a parcel's address";
        let path = format!("deliveries/{}", encode_segment(waybill));
        self.call_for(
            ACTION,
            Method::PATCH,
            &path,
            Some(change),
            Some(access_token),
        )
        .await
    }

    pub async fn addresses(&self, access_token: &str) -> Result<Vec<SavedAddress>, ShellError> {
        const ACTION: &str = "list the saved addresses";
        self.call_for(
            ACTION,
            Method::GET,
            "me/addresses",
            None::<&()>,
            Some(access_token),
        )
        .await
    }

    pub async fn add_address(
        &self,
        access_token: &str,
        request: &AddressRequest,
    ) -> Result<SavedAddress, ShellError> {
        const ACTION: &str = "save an address";
        self.call_for(
            ACTION,
            Method::POST,
            "me/addresses",
            Some(request),
            Some(access_token),
        )
        .await
    }

    pub async fn update_address(
        &self,
        access_token: &str,
        id: &str,
        request: &AddressRequest,
    ) -> Result<SavedAddress, ShellError> {
        const ACTION: &str = "change a saved address";
        let path = format!("me/addresses/{}", encode_segment(id));
        self.call_for(
            ACTION,
            Method::PUT,
            &path,
            Some(request),
            Some(access_token),
        )
        .await
    }

    /// Deletes a saved address (204).
    pub async fn delete_address(&self, access_token: &str, id: &str) -> Result<(), ShellError> {
        const ACTION: &str = "delete a saved address";
        let path = format!("me/addresses/{}", encode_segment(id));
        self.call(
            ACTION,
            Method::DELETE,
            &path,
            None::<&()>,
            Some(access_token),
        )
        .await
        .map(drop)
    }
}
