//! Typed wrappers around the shell's Tauri commands: the only way the UI reaches
//! data. One function per command; errors arrive in the API's one error shape.

use banshi_api::catalog::{Item, ItemPage, ItemQuery};
use banshi_api::halls::Hall;
use banshi_api::{ApiError, ErrorCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `window.__TAURI__.core.invoke`, present because `withGlobalTauri` is on.
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "core"], js_name = invoke, catch)]
    async fn tauri_invoke(command: &str, args: JsValue) -> Result<JsValue, JsValue>;
}

/// The city's halls, the city hall first.
pub async fn halls_list() -> Result<Vec<Hall>, ApiError> {
    invoke("halls_list", &()).await
}

/// One page of catalog items matching `query`.
pub async fn catalog_items(query: ItemQuery) -> Result<ItemPage, ApiError> {
    #[derive(Serialize)]
    struct Args {
        query: ItemQuery,
    }
    invoke("catalog_items", &Args { query }).await
}

/// The full guide of one item.
pub async fn catalog_item(code: String) -> Result<Item, ApiError> {
    #[derive(Serialize)]
    struct Args {
        code: String,
    }
    invoke("catalog_item", &Args { code }).await
}

async fn invoke<A: Serialize, R: DeserializeOwned>(command: &str, args: &A) -> Result<R, ApiError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let args = args
        .serialize(&serializer)
        .map_err(|error| internal(format!("参数无法编码：{error}")))?;
    match tauri_invoke(command, args).await {
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
