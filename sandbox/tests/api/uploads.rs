//! Resumable uploads (tus 1.0.0): an upload cut in the middle resumes from the
//! server's offset and arrives byte for byte; a wrong offset, a bad checksum, a
//! file too large or not a photo or PDF, a pixel bomb and a truncated photo are
//! refused; nobody sees another's upload.

use banshi_sandbox::demo_accounts::PEOPLE;
use reqwest::{Method, StatusCode};

use crate::helpers::{PHOTO, TestApp, demo_token, expect_error, png, spawn_app, upload_id};

async fn offset(app: &TestApp, token: &str, location: &str) -> reqwest::Response {
    app.tus(Method::HEAD, location, token)
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

    let location = app.create_upload(&citizen, photo.len()).await;
    let first = app
        .patch_upload(&citizen, &location, 0, &photo[..half], Some(&photo[..half]))
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
        app.patch_upload(&citizen, &location, 0, &photo[..half], None)
            .await,
        StatusCode::CONFLICT,
        "resending from the start is refused: the server has half",
    )
    .await;
    assert!(error.message.contains(&half.to_string()));
    let error = expect_error(
        app.patch_upload(
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

    let last = app
        .patch_upload(
            &citizen,
            &location,
            half,
            &photo[half..],
            Some(&photo[half..]),
        )
        .await;
    assert_eq!(last.status(), StatusCode::NO_CONTENT);
    let id = upload_id(&location);
    let stored = std::fs::read(app.data.path().join("uploads").join(format!("{id}.part")))
        .expect("the upload's file");
    assert!(stored == photo, "the file arrived byte for byte");
}

#[tokio::test]
async fn wrong_files_are_refused_and_nobody_sees_another_users_upload() {
    let app = spawn_app().await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let other = demo_token(&app, PEOPLE[1].mobile).await;

    let too_large = app
        .tus(Method::POST, "/uploads", &citizen)
        .header("Upload-Length", (11 * 1024 * 1024).to_string())
        .send()
        .await
        .expect("the sandbox answers");
    let error = expect_error(too_large, StatusCode::PAYLOAD_TOO_LARGE, "over 10 MB").await;
    assert_eq!(error.message, "文件超过 10 MB，请压缩后再上传");

    let text = b"%this is not a photo, only renamed .jpg";
    let location = app.create_upload(&citizen, text.len()).await;
    assert_eq!(
        offset(&app, &other, &location).await.status(),
        StatusCode::NOT_FOUND,
        "another user's upload does not exist for them"
    );
    let error = expect_error(
        app.patch_upload(&citizen, &location, 0, text, None).await,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "a file that is not a JPEG, PNG or PDF is refused by its content",
    )
    .await;
    assert_eq!(error.message, "只能上传 JPEG、PNG 照片或 PDF 文件");
    assert_eq!(
        offset(&app, &citizen, &location).await.status(),
        StatusCode::NOT_FOUND
    );

    let location = app.create_upload(&citizen, 10).await;
    let terminated = app
        .tus(Method::DELETE, &location, &citizen)
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

#[tokio::test]
async fn photos_are_measured_by_their_header_and_bombs_and_truncated_ones_refused() {
    let app = spawn_app().await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let kept = |location: &str| {
        app.data
            .path()
            .join("uploads")
            .join(format!("{}.part", upload_id(location)))
            .exists()
    };

    let bomb = png(20_000, 20_000, 64);
    let location = app.create_upload(&citizen, bomb.len()).await;
    let error = expect_error(
        app.patch_upload(&citizen, &location, 0, &bomb, None).await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "64 bytes declaring 400 megapixels are refused before anything decodes them",
    )
    .await;
    assert_eq!(error.message, "照片超过 4000 万像素，请缩小后再上传");
    assert_eq!(
        offset(&app, &citizen, &location).await.status(),
        StatusCode::NOT_FOUND,
        "the bomb's upload is gone"
    );
    assert!(!kept(&location), "and so are its bytes");

    let photo = std::fs::read(PHOTO).expect("the fixture photo");
    // Cut inside the EXIF block, before the frame header that gives the size.
    let truncated = &photo[..4096];
    let location = app.create_upload(&citizen, truncated.len()).await;
    let error = expect_error(
        app.patch_upload(&citizen, &location, 0, truncated, None)
            .await,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "a JPEG whose header is cut off cannot be read",
    )
    .await;
    assert_eq!(error.message, "照片不完整或已损坏，请重新拍摄或选择");
    assert!(!kept(&location), "nothing of it is kept");

    let largest = png(8_000, 5_000, 64);
    let location = app.create_upload(&citizen, largest.len()).await;
    assert_eq!(
        app.patch_upload(&citizen, &location, 0, &largest, None)
            .await
            .status(),
        StatusCode::NO_CONTENT,
        "40 megapixels exactly are within the limit"
    );
}
