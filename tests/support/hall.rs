//! Acting at the hall over HTTP as a test's people do outside the app: a
//! demo person's session, a complete marriage application submitted with its
//! pages uploaded (tus), and the hall's staff acting on it and its parcels —
//! and answering ratings and questions. Shared by the
//! shell's tests and the end-to-end journeys (each includes this file by path,
//! and installs the TLS provider first).

use banshi_api::accounts::{LoginRequest, TokenPair};
use banshi_api::applications::Application;
use banshi_api::catalog::ItemPage;
use banshi_api::ids::{ApplicationNumber, ItemCode};
use banshi_sandbox::demo_accounts::{DEMO_PASSWORD, PEOPLE};
use serde_json::json;

/// The mobile of the demo hall staff at 亳州市政务服务中心 (hall `shizhi`).
pub const HALL_STAFF: &str = "13900000009";

/// The photo each uploaded page is.
const PAGE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/photos/gps/DSCN0010.jpg"
);

/// The access token of the demo person with `mobile`.
pub async fn token(api_url: &str, mobile: &str) -> Result<String, String> {
    let pair: TokenPair = reqwest::Client::new()
        .post(format!("{api_url}/sessions"))
        .json(&LoginRequest {
            mobile: mobile.into(),
            password: Some(DEMO_PASSWORD.into()),
            sms_code: None,
        })
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(|e| format!("{mobile} logs in: {e}"))?
        .json()
        .await
        .map_err(|e| format!("{mobile}'s tokens: {e}"))?;
    Ok(pair.access_token)
}

/// Uploads the fixture photo as one page of `token`'s; answers its upload id.
async fn upload_page(api_url: &str, token: &str) -> Result<String, String> {
    let client = reqwest::Client::new();
    let bytes = std::fs::read(PAGE).map_err(|e| format!("the page photo: {e}"))?;
    let created = client
        .post(format!("{api_url}/uploads"))
        .bearer_auth(token)
        .header("Tus-Resumable", "1.0.0")
        .header("Upload-Length", bytes.len().to_string())
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(|e| format!("an upload is created: {e}"))?;
    let location = created
        .headers()
        .get("location")
        .and_then(|value| value.to_str().ok())
        .ok_or("the upload's Location")?
        .to_owned();
    let id = location
        .rsplit('/')
        .next()
        .ok_or("the upload's id")?
        .to_owned();
    client
        .patch(format!("{api_url}/uploads/{id}"))
        .bearer_auth(token)
        .header("Tus-Resumable", "1.0.0")
        .header("Content-Type", "application/offset+octet-stream")
        .header("Upload-Offset", "0")
        .body(bytes)
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(|e| format!("the page is uploaded: {e}"))?;
    Ok(id)
}

/// The code of 结婚登记 at the city hall (other halls have their own).
pub async fn marriage_code(api_url: &str) -> Result<ItemCode, String> {
    let page: ItemPage = reqwest::Client::new()
        .get(format!("{api_url}/catalog/items?q=结婚登记&hall=shizhi"))
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(|e| format!("the marriage item: {e}"))?
        .json()
        .await
        .map_err(|e| format!("the item page: {e}"))?;
    Ok(page
        .items
        .into_iter()
        .find(|item| item.name == "结婚登记")
        .ok_or("the city hall has 结婚登记")?
        .code)
}

/// Submits a complete marriage application at the city hall as the demo
/// citizen 张晓明 (`token` is theirs); answers it.
pub async fn submit_marriage(api_url: &str, token: &str) -> Result<Application, String> {
    let client = reqwest::Client::new();
    let code = marriage_code(api_url).await?;
    let (photo, first, second) = (
        upload_page(api_url, token).await?,
        upload_page(api_url, token).await?,
        upload_page(api_url, token).await?,
    );
    let body = json!({
        "item_code": code,
        "form_version": 1,
        "delivery": "pick_up",
        "answers": {
            "applicant_name": PEOPLE[0].name,
            "applicant_resident_id": PEOPLE[0].resident_id,
            "applicant_ethnic_group": "汉族",
            "applicant_education": "大学本科",
            "applicant_occupation": "教师",
            "applicant_status": "未婚",
            "partner_name": "王芳",
            "partner_resident_id": PEOPLE[2].resident_id,
            "partner_ethnic_group": "回族",
            "partner_education": "研究生",
            "partner_occupation": "医生",
            "partner_status": "离婚",
            "partner_status_since": "2020-05-01",
            "registration_date": "2026-12-01",
            "ceremony": true,
            "contact_mobile": PEOPLE[0].mobile,
        },
        "materials": [
            { "material": 0, "licence": "居民身份证" },
            { "material": 1, "licence": "居民户口簿" },
            { "material": 2, "uploads": [photo] },
            { "material": 3, "uploads": [first, second] },
        ],
    });
    let response = client
        .post(format!("{api_url}/applications"))
        .bearer_auth(token)
        .header("Idempotency-Key", format!("test-{}", std::process::id()))
        .json(&body)
        .send()
        .await
        .map_err(|e| format!("the application is sent: {e}"))?;
    if !response.status().is_success() {
        let status = response.status();
        let text = response.text().await.unwrap_or_default();
        return Err(format!("the application is refused: {status} {text}"));
    }
    response
        .json()
        .await
        .map_err(|e| format!("the application: {e}"))
}

/// The hall's staff (`staff_token`) take `action` (`accept`, `review`, …) on
/// application `number`.
pub async fn staff_act(
    api_url: &str,
    staff_token: &str,
    number: &ApplicationNumber,
    action: &str,
) -> Result<(), String> {
    let path = format!("staff/applications/{number}/actions");
    staff_post(api_url, staff_token, &path, &json!({ "action": action })).await?;
    Ok(())
}

/// The hall's staff take application `number` from submission to its
/// result: accepted, reviewed, approved, completed.
pub async fn staff_complete(
    api_url: &str,
    staff_token: &str,
    number: &ApplicationNumber,
) -> Result<(), String> {
    for action in ["accept", "review", "approve", "complete"] {
        staff_act(api_url, staff_token, number, action).await?;
    }
    Ok(())
}

/// The hall's staff take `action` (`hand_over`, `received`) on parcel `waybill`.
pub async fn staff_parcel_act(
    api_url: &str,
    staff_token: &str,
    waybill: &str,
    action: &str,
) -> Result<(), String> {
    let path = format!("staff/deliveries/{waybill}/actions");
    staff_post(api_url, staff_token, &path, &json!({ "action": action })).await?;
    Ok(())
}

/// The hall's staff (`staff_token`) POST `body` to `path` (relative to the
/// API, e.g. `staff/ratings/{id}/reply`); answers the JSON answer.
pub async fn staff_post(
    api_url: &str,
    staff_token: &str,
    path: &str,
    body: &serde_json::Value,
) -> Result<serde_json::Value, String> {
    let response = reqwest::Client::new()
        .post(format!("{api_url}/{path}"))
        .bearer_auth(staff_token)
        .json(body)
        .send()
        .await
        .map_err(|e| format!("the staff's {path} {body}: {e}"))?;
    let status = response.status();
    if !status.is_success() {
        let text = response.text().await.unwrap_or_default();
        return Err(format!("the staff may {path} {body}: {status} {text}"));
    }
    response
        .json()
        .await
        .map_err(|e| format!("the staff's {path} answer: {e}"))
}
