//! Resumable uploads (tus 1.0.0): an upload cut in the middle resumes from the
//! server's offset and arrives byte for byte; a wrong offset, a bad checksum, a
//! file too large or not a photo or PDF are refused; nobody sees another's upload.

use banshi_sandbox::demo_accounts::PEOPLE;
use base64::Engine;
use reqwest::{Method, StatusCode};
use sha2::{Digest, Sha256};

use crate::helpers::{TestApp, demo_token, expect_error, spawn_app};

const PHOTO: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/photos/gps/DSCN0010.jpg"
);

fn tus(app: &TestApp, method: Method, path: &str, token: &str) -> reqwest::RequestBuilder {
    let url = if path.starts_with("/api/") {
        format!("{}{}", app.api_url.trim_end_matches("/api/v1"), path)
    } else {
        format!("{}{path}", app.api_url)
    };
    app.client
        .request(method, url)
        .bearer_auth(token)
        .header("Tus-Resumable", "1.0.0")
}

/// Creates an upload of `length` bytes; answers its `Location`.
async fn create(app: &TestApp, token: &str, length: usize) -> String {
    let response = tus(app, Method::POST, "/uploads", token)
        .header("Upload-Length", length.to_string())
        .send()
        .await
        .expect("the sandbox answers");
    assert_eq!(response.status(), StatusCode::CREATED);
    response.headers()["location"]
        .to_str()
        .expect("a Location")
        .to_owned()
}

async fn patch(
    app: &TestApp,
    token: &str,
    location: &str,
    offset: usize,
    chunk: &[u8],
    checksum: Option<&[u8]>,
) -> reqwest::Response {
    let mut request = tus(app, Method::PATCH, location, token)
        .header("Content-Type", "application/offset+octet-stream")
        .header("Upload-Offset", offset.to_string())
        .body(chunk.to_vec());
    if let Some(digest_of) = checksum {
        let digest = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(digest_of));
        request = request.header("Upload-Checksum", format!("sha256 {digest}"));
    }
    request.send().await.expect("the sandbox answers")
}

async fn offset(app: &TestApp, token: &str, location: &str) -> reqwest::Response {
    tus(app, Method::HEAD, location, token)
        .send()
        .await
        .expect("the sandbox answers")
}

#[tokio::test]
async fn an_upload_cut_halfway_resumes_and_arrives_byte_for_byte() {
    let app = spawn_app().await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let photo = std::fs::read(PHOTO).expect("the fixture photo");
    let half = photo.len() / 2;

    let options = app
        .client
        .request(Method::OPTIONS, format!("{}/uploads", app.api_url))
        .send()
        .await
        .expect("the sandbox answers");
    assert_eq!(options.headers()["tus-version"], "1.0.0");
    assert_eq!(
        options.headers()["tus-extension"],
        "creation,termination,checksum"
    );

    let location = create(&app, &citizen, photo.len()).await;
    let first = patch(
        &app,
        &citizen,
        &location,
        0,
        &photo[..half],
        Some(&photo[..half]),
    )
    .await;
    assert_eq!(first.status(), StatusCode::NO_CONTENT);
    assert_eq!(first.headers()["upload-offset"], half.to_string().as_str());
    // The connection drops; the client asks where to go on.
    let head = offset(&app, &citizen, &location).await;
    assert_eq!(head.status(), StatusCode::OK);
    assert_eq!(head.headers()["upload-offset"], half.to_string().as_str());
    assert_eq!(
        head.headers()["upload-length"],
        photo.len().to_string().as_str()
    );

    let error = expect_error(
        patch(&app, &citizen, &location, 0, &photo[..half], None).await,
        StatusCode::CONFLICT,
        "resending from the start is refused: the server has half",
    )
    .await;
    assert!(error.message.contains(&half.to_string()));
    let error = expect_error(
        patch(
            &app,
            &citizen,
            &location,
            half,
            &photo[half..],
            Some(b"something else"),
        )
        .await,
        StatusCode::from_u16(460).unwrap(),
        "a chunk that does not match its checksum is refused",
    )
    .await;
    assert_eq!(error.message, "这段数据在传输中出错，请重新发送");
    assert_eq!(
        offset(&app, &citizen, &location).await.headers()["upload-offset"],
        half.to_string().as_str(),
        "and nothing of it was kept"
    );

    let last = patch(
        &app,
        &citizen,
        &location,
        half,
        &photo[half..],
        Some(&photo[half..]),
    )
    .await;
    assert_eq!(last.status(), StatusCode::NO_CONTENT);
    let id = location.rsplit('/').next().expect("an id");
    let stored = std::fs::read(app.data.path().join("uploads").join(format!("{id}.part")))
        .expect("the upload's file");
    assert!(stored == photo, "the file arrived byte for byte");
}

#[tokio::test]
async fn wrong_files_are_refused_and_nobody_sees_another_users_upload() {
    let app = spawn_app().await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let other = demo_token(&app, PEOPLE[1].mobile).await;

    let too_large = tus(&app, Method::POST, "/uploads", &citizen)
        .header("Upload-Length", (11 * 1024 * 1024).to_string())
        .send()
        .await
        .expect("the sandbox answers");
    let error = expect_error(too_large, StatusCode::PAYLOAD_TOO_LARGE, "over 10 MB").await;
    assert_eq!(error.message, "文件超过 10 MB，请压缩后再上传");

    let text = b"%this is not a photo, only renamed .jpg";
    let location = create(&app, &citizen, text.len()).await;
    assert_eq!(
        offset(&app, &other, &location).await.status(),
        StatusCode::NOT_FOUND,
        "another user's upload does not exist for them"
    );
    let error = expect_error(
        patch(&app, &citizen, &location, 0, text, None).await,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "a file that is not a JPEG, PNG or PDF is refused by its content",
    )
    .await;
    assert_eq!(error.message, "只能上传 JPEG、PNG 照片或 PDF 文件");
    assert_eq!(
        offset(&app, &citizen, &location).await.status(),
        StatusCode::NOT_FOUND
    );

    let location = create(&app, &citizen, 10).await;
    let terminated = tus(&app, Method::DELETE, &location, &citizen)
        .send()
        .await
        .expect("the sandbox answers");
    assert_eq!(terminated.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        offset(&app, &citizen, &location).await.status(),
        StatusCode::NOT_FOUND
    );

    let anonymous = app
        .client
        .post(format!("{}/uploads", app.api_url))
        .header("Tus-Resumable", "1.0.0")
        .header("Upload-Length", "10")
        .send()
        .await
        .expect("the sandbox answers");
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
}
