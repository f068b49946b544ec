//! Typed wrappers around the shell's Tauri commands: the only way the UI reaches
//! data. One function per command, one module per noun, each calling its
//! command through the contract of [`banshi_api::ipc`] (so a name or an
//! argument the shell does not take does not compile); errors arrive in the
//! API's one error shape.

mod accounts;
mod applications;
mod bookings;
mod catalog;
mod consultations;
mod delivery;
mod halls;
mod lookup;
mod notifications;
mod queue;
mod ratings;

pub use accounts::*;
pub use applications::*;
pub use bookings::*;
pub use catalog::*;
pub use consultations::*;
pub use delivery::*;
pub use halls::*;
pub use lookup::*;
pub use notifications::*;
pub use queue::*;
pub use ratings::*;

use banshi_api::ipc::{ARGS_KEY, CHANNEL_KEY, Command, Streaming};
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

/// Calls command `C` with `args`.
async fn invoke<C: Command>(args: &C::Args) -> Result<C::Output, ApiError> {
    let payload = payload(args)?;
    call(tauri_invoke(C::NAME, payload.into()).await)
}

/// Calls the streaming command `C` with `args`; every message of its channel,
/// decoded, goes to `on_message`.
async fn invoke_streaming<C: Streaming<Message: 'static>>(
    args: &C::Args,
    on_message: impl Fn(C::Message) + 'static,
) -> Result<C::Output, ApiError> {
    let payload = payload(args)?;
    set(&payload, CHANNEL_KEY, &channel_to(on_message))?;
    call(tauri_invoke(C::NAME, payload.into()).await)
}

/// Calls command `C` with `body` as the raw request body, and `headers`.
async fn invoke_raw<C: Command<Args = ()>>(
    body: JsValue,
    headers: &[(&str, String)],
) -> Result<C::Output, ApiError> {
    let header_object = js_sys::Object::new();
    for (name, value) in headers {
        set(&header_object, name, &value.into())?;
    }
    let options = js_sys::Object::new();
    set(&options, "headers", &header_object)?;
    call(tauri_invoke_with(C::NAME, body, options.into()).await)
}

/// The bytes of a file the user chose, as the raw body of [`invoke_raw`].
async fn file_body(file: &web_sys::File) -> Result<JsValue, ApiError> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| internal("无法读取所选文件".into()))?;
    Ok(js_sys::Uint8Array::new(&buffer).into())
}

/// The invoke payload: `args` under [`ARGS_KEY`].
fn payload<A: Serialize>(args: &A) -> Result<js_sys::Object, ApiError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let args = args
        .serialize(&serializer)
        .map_err(|error| internal(format!("参数无法编码：{error}")))?;
    let payload = js_sys::Object::new();
    set(&payload, ARGS_KEY, &args)?;
    Ok(payload)
}

fn set(target: &js_sys::Object, key: &str, value: &JsValue) -> Result<(), ApiError> {
    js_sys::Reflect::set(target, &key.into(), value)
        .map(|_| ())
        .map_err(|_| internal("无法创建命令参数".into()))
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
