//! The wrappers of the delivery noun's commands: a delivery's fee, ordering
//! one, a parcel and its address, and the saved addresses.

use banshi_api::ApiError;
use banshi_api::delivery::{
    AddressRequest, DeliveryChange, DeliveryFee, DeliveryKind, DeliveryOrder, FeeQuery,
    NewDelivery, SavedAddress,
};
use banshi_api::ids::{AddressId, ItemCode, Waybill};
use banshi_api::ipc::delivery::{
    AddressAdd, AddressDelete, AddressUpdate, AddressesList, DeliveryChangeAddress,
    DeliveryFeeQuote, DeliveryGet, DeliveryOrderCreate,
};

use super::invoke;

/// What a delivery of `kind` for `item` to `district` would cost.
pub async fn delivery_fee_quote(
    item: ItemCode,
    kind: DeliveryKind,
    district: String,
) -> Result<DeliveryFee, ApiError> {
    invoke::<DeliveryFeeQuote>(&FeeQuery {
        item,
        kind,
        district,
    })
    .await
}

/// Orders a delivery; a retry of a lost answer is the same parcel.
pub async fn delivery_order_create(request: NewDelivery) -> Result<DeliveryOrder, ApiError> {
    invoke::<DeliveryOrderCreate>(&request).await
}

pub async fn delivery_get(waybill: Waybill) -> Result<DeliveryOrder, ApiError> {
    invoke::<DeliveryGet>(&DeliveryGet { waybill }).await
}

pub async fn delivery_change_address(
    waybill: Waybill,
    change: DeliveryChange,
) -> Result<DeliveryOrder, ApiError> {
    invoke::<DeliveryChangeAddress>(&DeliveryChangeAddress { waybill, change }).await
}

/// The user's saved addresses, the default first.
pub async fn addresses_list() -> Result<Vec<SavedAddress>, ApiError> {
    invoke::<AddressesList>(&()).await
}

pub async fn address_add(request: AddressRequest) -> Result<SavedAddress, ApiError> {
    invoke::<AddressAdd>(&request).await
}

pub async fn address_update(
    id: AddressId,
    request: AddressRequest,
) -> Result<SavedAddress, ApiError> {
    invoke::<AddressUpdate>(&AddressUpdate { id, request }).await
}

pub async fn address_delete(id: AddressId) -> Result<(), ApiError> {
    invoke::<AddressDelete>(&AddressDelete { id }).await
}
