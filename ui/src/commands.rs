//! Typed wrappers around the shell's Tauri commands: the only way the UI reaches
//! data. One function per command; errors arrive in the API's one error shape.

use std::cell::Cell;
use std::rc::Rc;

use banshi_api::accounts::{
    Account, LoginRequest, RegisterRequest, RegistrationStarted, SmsCodeSent,
};
use banshi_api::applications::{
    Application, Draft, DraftChange, DraftSummary, MaterialPage, UploadProgress,
};
use banshi_api::bookings::{Booking, BookingRequest, RescheduleRequest, SlotDay, SlotsQuery};
use banshi_api::catalog::Item;
use banshi_api::dates::Date;
use banshi_api::forms::Address;
use banshi_api::halls::{Hall, HallCode};
use banshi_api::ids::{BookingId, DraftId, ItemCode};
use banshi_api::queue::{Queue, Ticket, TicketRequest};
use banshi_api::search::{
    CatalogStatus, DepartmentCount, SavedDocument, SearchRequest, SearchResults, SyncProgress,
};
use banshi_api::{ApiError, ErrorCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `window.__TAURI__.core.invoke`, present because `withGlobalTauri` is on.
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "core"], js_name = invoke, catch)]
    async fn tauri_invoke(command: &str, args: JsValue) -> Result<JsValue, JsValue>;

    /// The same `invoke` with options (headers), for a raw body such as a file.
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "core"], js_name = invoke, catch)]
    async fn tauri_invoke_with(
        command: &str,
        args: JsValue,
        options: JsValue,
    ) -> Result<JsValue, JsValue>;

    /// `window.__TAURI__.core.Channel`: a stream of messages from a command.
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "core"], js_name = Channel)]
    type TauriChannel;

    #[wasm_bindgen(constructor, js_namespace = ["window", "__TAURI__", "core"], js_class = "Channel")]
    fn new() -> TauriChannel;

    #[wasm_bindgen(method, setter, js_name = onmessage)]
    fn set_onmessage(this: &TauriChannel, handler: &js_sys::Function);
}

/// The city's halls, the city hall first.
pub async fn halls_list() -> Result<Vec<Hall>, ApiError> {
    invoke("halls_list", &()).await
}

/// Brings the device's catalog up to date; `on_progress` sees the download.
pub async fn catalog_sync(
    on_progress: impl Fn(SyncProgress) + 'static,
) -> Result<CatalogStatus, ApiError> {
    let done = Rc::new(Cell::new(false));
    let channel = {
        let done = Rc::clone(&done);
        // The channel may still deliver a message after the command answers:
        // anything late is ignored.
        channel_to(move |progress| {
            if !done.get() {
                on_progress(progress);
            }
        })
    };
    let result = call(
        tauri_invoke(
            "catalog_sync",
            args_with_channel("onProgress", &channel, &[])?,
        )
        .await,
    );
    done.set(true);
    result
}

/// A channel whose every message, decoded, goes to `on_message`. Its handler
/// lives as long as the page (a few bytes per channel).
fn channel_to<T: DeserializeOwned + 'static>(on_message: impl Fn(T) + 'static) -> TauriChannel {
    let handler = Closure::<dyn Fn(JsValue)>::new(move |message: JsValue| {
        if let Ok(message) = serde_wasm_bindgen::from_value(message) {
            on_message(message);
        }
    });
    let channel = TauriChannel::new();
    channel.set_onmessage(handler.as_ref().unchecked_ref());
    handler.forget();
    channel
}

/// Command arguments: `channel` under `name`, and the string arguments `rest`.
fn args_with_channel(
    name: &str,
    channel: &TauriChannel,
    rest: &[(&str, &str)],
) -> Result<JsValue, ApiError> {
    let args = js_sys::Object::new();
    let set = |key: &str, value: &JsValue| {
        js_sys::Reflect::set(&args, &key.into(), value)
            .map_err(|_| internal("无法创建消息通道".into()))
    };
    set(name, channel)?;
    for (key, value) in rest {
        set(key, &(*value).into())?;
    }
    Ok(args.into())
}

/// Searches the device's catalog.
pub async fn catalog_search(request: SearchRequest) -> Result<SearchResults, ApiError> {
    #[derive(Serialize)]
    struct Args {
        request: SearchRequest,
    }
    invoke("catalog_search", &Args { request }).await
}

/// The departments with items in `hall` (the whole city when `None`), busiest first.
pub async fn catalog_departments(hall: Option<HallCode>) -> Result<Vec<DepartmentCount>, ApiError> {
    #[derive(Serialize)]
    struct Args {
        hall: Option<HallCode>,
    }
    invoke("catalog_departments", &Args { hall }).await
}

/// The full guide of one item.
pub async fn catalog_item(code: ItemCode) -> Result<Item, ApiError> {
    #[derive(Serialize)]
    struct Args {
        code: ItemCode,
    }
    invoke("catalog_item", &Args { code }).await
}

/// Fetches a guide's blank form or sample and opens it with the system viewer.
pub async fn catalog_open_document(link: String) -> Result<SavedDocument, ApiError> {
    #[derive(Serialize)]
    struct Args {
        link: String,
    }
    invoke("catalog_open_document", &Args { link }).await
}

/// Starts registering an account: the hall texts a code to its mobile number.
pub async fn account_register(request: RegisterRequest) -> Result<RegistrationStarted, ApiError> {
    #[derive(Serialize)]
    struct Args {
        request: RegisterRequest,
    }
    invoke("account_register", &Args { request }).await
}

/// Finishes a registration with the code texted, and logs into the new account.
pub async fn account_confirm_registration(
    request: RegisterRequest,
    sms_code: String,
) -> Result<Account, ApiError> {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Args {
        request: RegisterRequest,
        sms_code: String,
    }
    invoke("account_confirm_registration", &Args { request, sms_code }).await
}

/// Logs in with a password or an SMS code.
pub async fn account_log_in(request: LoginRequest) -> Result<Account, ApiError> {
    #[derive(Serialize)]
    struct Args {
        request: LoginRequest,
    }
    invoke("account_log_in", &Args { request }).await
}

/// Sends a login code to `mobile`.
pub async fn account_send_sms_code(mobile: String) -> Result<SmsCodeSent, ApiError> {
    #[derive(Serialize)]
    struct Args {
        mobile: String,
    }
    invoke("account_send_sms_code", &Args { mobile }).await
}

/// The account logged in, or `None`.
pub async fn account_current() -> Result<Option<Account>, ApiError> {
    invoke("account_current", &()).await
}

/// Acts for the enterprise `uscc`, or as oneself for `None`.
pub async fn account_act_as(uscc: Option<String>) -> Result<Account, ApiError> {
    #[derive(Serialize)]
    struct Args {
        uscc: Option<String>,
    }
    invoke("account_act_as", &Args { uscc }).await
}

/// Sets the address on file; answers the account with it.
pub async fn account_set_address(address: Address) -> Result<Account, ApiError> {
    #[derive(Serialize)]
    struct Args {
        address: Address,
    }
    invoke("account_set_address", &Args { address }).await
}

/// Logs out.
pub async fn account_log_out() -> Result<(), ApiError> {
    invoke("account_log_out", &()).await
}

/// The draft of an item for the identity acted as, started if there is none.
pub async fn draft_open(item_code: ItemCode) -> Result<Draft, ApiError> {
    #[derive(Serialize)]
    struct Args {
        #[serde(rename = "itemCode")]
        item_code: ItemCode,
    }
    invoke("draft_open", &Args { item_code }).await
}

/// A draft on this device by its id.
pub async fn draft_get(id: DraftId) -> Result<Draft, ApiError> {
    #[derive(Serialize)]
    struct Args {
        id: DraftId,
    }
    invoke("draft_get", &Args { id }).await
}

/// Saves a change; answers when it is on disk (Unix ms).
pub async fn draft_save(change: DraftChange) -> Result<i64, ApiError> {
    #[derive(Serialize)]
    struct Args {
        change: DraftChange,
    }
    invoke("draft_save", &Args { change }).await
}

/// Every draft on this device, the last changed first.
pub async fn drafts_list(today: Date) -> Result<Vec<DraftSummary>, ApiError> {
    #[derive(Serialize)]
    struct Args {
        today: Date,
    }
    invoke("drafts_list", &Args { today }).await
}

/// Submits a draft; safe to call again (the hall answers the same application).
/// `on_progress` follows the upload of its pages first.
pub async fn draft_submit(
    id: DraftId,
    on_progress: impl Fn(UploadProgress) + 'static,
) -> Result<Application, ApiError> {
    let channel = channel_to(on_progress);
    call(
        tauri_invoke(
            "draft_submit",
            args_with_channel("onProgress", &channel, &[("id", id.as_str())])?,
        )
        .await,
    )
}

/// The caller's applications (我的办件), the newest first.
pub async fn applications_list() -> Result<Vec<Application>, ApiError> {
    invoke("applications_list", &()).await
}

/// Sends the file the user chose (a photo or scan) to the shell, which prepares
/// it as a page of material number `material` of the draft (in the place of
/// page `replaces`, for a retake). The bytes go as the raw request body, not
/// as JSON.
pub async fn draft_add_photo(
    id: DraftId,
    material: u32,
    file: web_sys::File,
    replaces: Option<String>,
) -> Result<MaterialPage, ApiError> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| internal("无法读取所选文件".into()))?;
    let bytes = js_sys::Uint8Array::new(&buffer);
    let headers = js_sys::Object::new();
    let options = js_sys::Object::new();
    let set = |target: &js_sys::Object, key: &str, value: &JsValue| {
        js_sys::Reflect::set(target, &key.into(), value)
            .map_err(|_| internal("无法发送照片".into()))
    };
    set(&headers, "draft-id", &id.as_str().into())?;
    set(&headers, "material", &material.to_string().into())?;
    if let Some(page) = replaces {
        set(&headers, "replaces", &page.into())?;
    }
    set(&options, "headers", &headers)?;
    call(tauri_invoke_with("draft_add_photo", bytes.into(), options.into()).await)
}

/// Uses the e-licence of `kind` on file as material number `material`.
pub async fn draft_attach_licence(
    id: DraftId,
    material: u32,
    kind: String,
) -> Result<MaterialPage, ApiError> {
    #[derive(Serialize)]
    struct Args {
        id: DraftId,
        material: u32,
        kind: String,
    }
    invoke("draft_attach_licence", &Args { id, material, kind }).await
}

/// Removes a page from a draft.
pub async fn draft_remove_page(id: DraftId, page: String) -> Result<(), ApiError> {
    #[derive(Serialize)]
    struct Args {
        id: DraftId,
        page: String,
    }
    invoke("draft_remove_page", &Args { id, page }).await
}

pub async fn draft_delete(id: DraftId) -> Result<(), ApiError> {
    #[derive(Serialize)]
    struct Args {
        id: DraftId,
    }
    invoke("draft_delete", &Args { id }).await
}

/// A hall's calendar of slots for an item, `days` days from `date` (today when `None`).
pub async fn booking_slots(
    hall: HallCode,
    item: ItemCode,
    date: Option<Date>,
    days: u16,
) -> Result<Vec<SlotDay>, ApiError> {
    #[derive(Serialize)]
    struct Args {
        hall: HallCode,
        query: SlotsQuery,
    }
    let query = SlotsQuery {
        item,
        date,
        days: Some(days),
    };
    invoke("booking_slots", &Args { hall, query }).await
}

pub async fn booking_create(request: BookingRequest) -> Result<Booking, ApiError> {
    #[derive(Serialize)]
    struct Args {
        request: BookingRequest,
    }
    invoke("booking_create", &Args { request }).await
}

/// The user's bookings, by date and time.
pub async fn bookings_list() -> Result<Vec<Booking>, ApiError> {
    invoke("bookings_list", &()).await
}

pub async fn booking_get(id: BookingId) -> Result<Booking, ApiError> {
    #[derive(Serialize)]
    struct Args {
        id: BookingId,
    }
    invoke("booking_get", &Args { id }).await
}

pub async fn booking_reschedule(
    id: BookingId,
    request: RescheduleRequest,
) -> Result<Booking, ApiError> {
    #[derive(Serialize)]
    struct Args {
        id: BookingId,
        request: RescheduleRequest,
    }
    invoke("booking_reschedule", &Args { id, request }).await
}

pub async fn booking_cancel(id: BookingId) -> Result<Booking, ApiError> {
    #[derive(Serialize)]
    struct Args {
        id: BookingId,
    }
    invoke("booking_cancel", &Args { id }).await
}

/// The booking's check-in QR code, as an SVG document drawn by the shell.
pub async fn booking_qr(booking: Booking) -> Result<String, ApiError> {
    #[derive(Serialize)]
    struct Args {
        booking: Booking,
    }
    invoke("booking_qr", &Args { booking }).await
}

/// Saves the booking as an .ics file, with `bring` in it, and opens it.
pub async fn booking_add_to_calendar(
    id: BookingId,
    bring: Vec<String>,
) -> Result<SavedDocument, ApiError> {
    #[derive(Serialize)]
    struct Args {
        id: BookingId,
        bring: Vec<String>,
    }
    invoke("booking_add_to_calendar", &Args { id, bring }).await
}

pub async fn queue_get(hall: HallCode) -> Result<Queue, ApiError> {
    #[derive(Serialize)]
    struct Args {
        hall: HallCode,
    }
    invoke("queue_get", &Args { hall }).await
}

/// Follows `hall`'s queue: `on_change` sees every change until [`queue_unwatch`].
pub async fn queue_watch(
    hall: HallCode,
    on_change: impl Fn(Queue) + 'static,
) -> Result<(), ApiError> {
    let channel = channel_to(on_change);
    call(
        tauri_invoke(
            "queue_watch",
            args_with_channel("onChange", &channel, &[("hall", hall.as_str())])?,
        )
        .await,
    )
}

pub async fn queue_unwatch() -> Result<(), ApiError> {
    invoke("queue_unwatch", &()).await
}

/// Takes a number in line `group` of `hall`.
pub async fn ticket_take(hall: HallCode, group: String) -> Result<Ticket, ApiError> {
    #[derive(Serialize)]
    struct Args {
        hall: HallCode,
        request: TicketRequest,
    }
    invoke(
        "ticket_take",
        &Args {
            hall,
            request: TicketRequest { group },
        },
    )
    .await
}

/// The user's tickets of today.
pub async fn tickets_list() -> Result<Vec<Ticket>, ApiError> {
    invoke("tickets_list", &()).await
}

async fn invoke<A: Serialize, R: DeserializeOwned>(command: &str, args: &A) -> Result<R, ApiError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let args = args
        .serialize(&serializer)
        .map_err(|error| internal(format!("参数无法编码：{error}")))?;
    call(tauri_invoke(command, args).await)
}

/// Decodes a command's answer: its value, or the ApiError it returned.
fn call<R: DeserializeOwned>(answer: Result<JsValue, JsValue>) -> Result<R, ApiError> {
    match answer {
        Ok(value) => serde_wasm_bindgen::from_value(value)
            .map_err(|error| internal(format!("应答无法解析：{error}"))),
        // A command's Err is the ApiError it returned; anything else is Tauri's own.
        Err(value) => Err(
            serde_wasm_bindgen::from_value(value.clone()).unwrap_or_else(|_| {
                internal(value.as_string().unwrap_or_else(|| format!("{value:?}")))
            }),
        ),
    }
}

fn internal(message: String) -> ApiError {
    ApiError::new(ErrorCode::Internal, message)
}
