//! The commands of the delivery noun: what a delivery costs, ordering one for
//! an application (the result mailed home, or originals collected), a parcel
//! with its tracking, its address changed, and the saved addresses
//! (收货地址) forms and deliveries start from.

use super::command;
use crate::delivery::{
    AddressRequest, DeliveryChange, DeliveryFee, DeliveryOrder, FeeQuery, NewDelivery, SavedAddress,
};
use crate::ids::{AddressId, Waybill};

command! {
    /// What a delivery would cost, shown before it is confirmed.
    DeliveryFeeQuote = "delivery_fee_quote": FeeQuery => DeliveryFee
}

command! {
    /// Orders a delivery; a retry after a lost answer gets the same parcel.
    DeliveryOrderCreate = "delivery_order_create": NewDelivery => DeliveryOrder
}

command! {
    /// One of the user's parcels, with its tracking events.
    DeliveryGet = "delivery_get" { waybill: Waybill } => DeliveryOrder
}

command! {
    /// A new receiver, address or collection time, until the courier has it.
    DeliveryChangeAddress = "delivery_change_address" {
        waybill: Waybill,
        change: DeliveryChange,
    } => DeliveryOrder
}

command! {
    /// The user's saved addresses, the default first.
    AddressesList = "addresses_list": () => Vec<SavedAddress>
}

command! {
    AddressAdd = "address_add": AddressRequest => SavedAddress
}

command! {
    AddressUpdate = "address_update" { id: AddressId, request: AddressRequest } => SavedAddress
}

command! {
    /// Deletes a saved address; another becomes the default if it was.
    AddressDelete = "address_delete" { id: AddressId } => ()
}
