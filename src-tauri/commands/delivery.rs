//! The commands of the delivery noun: a delivery's fee, ordering one, a
//! parcel and its address, and the saved addresses.

use banshi_api::ipc::delivery::{
    AddressAdd, AddressDelete, AddressUpdate, AddressesList, DeliveryChangeAddress,
    DeliveryFeeQuote, DeliveryGet, DeliveryOrderCreate,
};
use tauri::State;

use super::{Answer, Args};
use crate::delivery::Deliveries;

#[tauri::command]
pub async fn delivery_fee_quote(
    deliveries: State<'_, Deliveries>,
    args: Args<DeliveryFeeQuote>,
) -> Answer<DeliveryFeeQuote> {
    Ok(deliveries.fee(&args).await?)
}

#[tauri::command]
pub async fn delivery_order_create(
    deliveries: State<'_, Deliveries>,
    args: Args<DeliveryOrderCreate>,
) -> Answer<DeliveryOrderCreate> {
    Ok(deliveries.order(&args).await?)
}

#[tauri::command]
pub async fn delivery_get(
    deliveries: State<'_, Deliveries>,
    args: Args<DeliveryGet>,
) -> Answer<DeliveryGet> {
    Ok(deliveries.get(args.waybill.as_str()).await?)
}

#[tauri::command]
pub async fn delivery_change_address(
    deliveries: State<'_, Deliveries>,
    args: Args<DeliveryChangeAddress>,
) -> Answer<DeliveryChangeAddress> {
    Ok(deliveries
        .change(args.waybill.as_str(), &args.change)
        .await?)
}

#[tauri::command]
pub async fn addresses_list(deliveries: State<'_, Deliveries>) -> Answer<AddressesList> {
    Ok(deliveries.addresses().await?)
}

#[tauri::command]
pub async fn address_add(
    deliveries: State<'_, Deliveries>,
    args: Args<AddressAdd>,
) -> Answer<AddressAdd> {
    Ok(deliveries.add_address(&args).await?)
}

#[tauri::command]
pub async fn address_update(
    deliveries: State<'_, Deliveries>,
    args: Args<AddressUpdate>,
) -> Answer<AddressUpdate> {
    Ok(deliveries
        .update_address(args.id.as_str(), &args.request)
        .await?)
}

#[tauri::command]
pub async fn address_delete(
    deliveries: State<'_, Deliveries>,
    args: Args<AddressDelete>,
) -> Answer<AddressDelete> {
    Ok(deliveries.delete_address(args.id.as_str()).await?)
}
