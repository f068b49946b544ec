//! Typed wrappers around the shell's Tauri commands: the only way the UI reaches
//! data. One function per command; errors arrive in the API's one error shape.

use std::cell::Cell;
use std::rc::Rc;

use banshi_api::accounts::{Account, LoginRequest, RegisterRequest, SmsCodeSent};
use banshi_api::applications::{Application, Draft, DraftChange, DraftSummary, MaterialPage};
use banshi_api::catalog::Item;
use banshi_api::halls::Hall;
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
    let handler = {
        let done = Rc::clone(&done);
        Closure::<dyn Fn(JsValue)>::new(move |message: JsValue| {
            if done.get() {
                return;
            }
            if let Ok(progress) = serde_wasm_bindgen::from_value(message) {
                on_progress(progress);
            }
        })
    };
    let channel = TauriChannel::new();
    channel.set_onmessage(handler.as_ref().unchecked_ref());
    // The channel may still deliver a message after the command answers, so the
    // handler lives on (a few bytes per sync) and ignores anything late.
    handler.forget();
    let args = js_sys::Object::new();
    js_sys::Reflect::set(&args, &"onProgress".into(), &channel)
        .map_err(|_| internal("无法创建进度通道".into()))?;
    let result = call(tauri_invoke("catalog_sync", args.into()).await);
    done.set(true);
    result
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
pub async fn catalog_departments(hall: Option<String>) -> Result<Vec<DepartmentCount>, ApiError> {
    #[derive(Serialize)]
    struct Args {
        hall: Option<String>,
    }
    invoke("catalog_departments", &Args { hall }).await
}

/// The full guide of one item.
pub async fn catalog_item(code: String) -> Result<Item, ApiError> {
    #[derive(Serialize)]
    struct Args {
        code: String,
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

/// Registers an account and logs into it.
pub async fn account_register(request: RegisterRequest) -> Result<Account, ApiError> {
    #[derive(Serialize)]
    struct Args {
        request: RegisterRequest,
    }
    invoke("account_register", &Args { request }).await
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

/// Logs out.
pub async fn account_log_out() -> Result<(), ApiError> {
    invoke("account_log_out", &()).await
}

/// The draft of an item for the identity acted as, started if there is none.
pub async fn draft_open(item_code: String) -> Result<Draft, ApiError> {
    #[derive(Serialize)]
    struct Args {
        #[serde(rename = "itemCode")]
        item_code: String,
    }
    invoke("draft_open", &Args { item_code }).await
}

/// A draft on this device by its id.
pub async fn draft_get(id: String) -> Result<Draft, ApiError> {
    #[derive(Serialize)]
    struct Args {
        id: String,
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
pub async fn drafts_list(today: (u16, u8, u8)) -> Result<Vec<DraftSummary>, ApiError> {
    #[derive(Serialize)]
    struct Args {
        today: (u16, u8, u8),
    }
    invoke("drafts_list", &Args { today }).await
}

/// Submits a draft; safe to call again (the hall answers the same application).
pub async fn draft_submit(id: String) -> Result<Application, ApiError> {
    #[derive(Serialize)]
    struct Args {
        id: String,
    }
    invoke("draft_submit", &Args { id }).await
}

/// The caller's applications (我的办件), the newest first.
pub async fn applications_list() -> Result<Vec<Application>, ApiError> {
    invoke("applications_list", &()).await
}

/// Sends the file the user chose (a photo or scan) to the shell, which prepares
/// it as a page of material number `material` of the draft. The bytes go as the
/// raw request body, not as JSON.
pub async fn draft_add_photo(
    id: String,
    material: u32,
    file: web_sys::File,
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
    set(&headers, "draft-id", &id.into())?;
    set(&headers, "material", &material.to_string().into())?;
    set(&options, "headers", &headers)?;
    call(tauri_invoke_with("draft_add_photo", bytes.into(), options.into()).await)
}

/// Uses the e-licence of `kind` on file as material number `material`.
pub async fn draft_attach_licence(
    id: String,
    material: u32,
    kind: String,
) -> Result<MaterialPage, ApiError> {
    #[derive(Serialize)]
    struct Args {
        id: String,
        material: u32,
        kind: String,
    }
    invoke("draft_attach_licence", &Args { id, material, kind }).await
}

/// Removes a page from a draft.
pub async fn draft_remove_page(id: String, page: String) -> Result<(), ApiError> {
    #[derive(Serialize)]
    struct Args {
        id: String,
        page: String,
    }
    invoke("draft_remove_page", &Args { id, page }).await
}

pub async fn draft_delete(id: String) -> Result<(), ApiError> {
    #[derive(Serialize)]
    struct Args {
        id: String,
    }
    invoke("draft_delete", &Args { id }).await
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
