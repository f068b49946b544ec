//! The OpenAPI document.

use serde_json::Value;

use crate::helpers::spawn_app;

#[tokio::test]
async fn the_document_is_openapi_3_1_and_covers_every_route() {
    let app = spawn_app().await;
    let document: Value = app.get_ok("/openapi.json").await;
    assert!(
        document["openapi"]
            .as_str()
            .unwrap_or_default()
            .starts_with("3.1"),
        "the contract is published as OpenAPI 3.1, got {}",
        document["openapi"]
    );
    let paths = document["paths"]
        .as_object()
        .expect("the document lists paths");
    for route in [
        "/openapi.json",
        "/halls",
        "/halls/{hall}",
        "/catalog/items",
        "/catalog/items/{code}",
        "/catalog/items/{code}/form",
        "/catalog/snapshot",
        "/documents/{basic_code}/{material}/{file}",
        "/accounts",
        "/sessions",
        "/sessions/sms-codes",
        "/sessions/refresh",
        "/sessions/current",
        "/me",
        "/enterprises",
        "/enterprises/{uscc}/members",
        "/enterprises/{uscc}/members/{member}",
        "/enterprises/{uscc}/applications",
        "/applications",
        "/drafts",
        "/drafts/{id}",
        "/uploads",
        "/uploads/{id}",
        "/halls/{hall}/slots",
        "/bookings",
        "/bookings/{id}",
        "/halls/{hall}/queue",
        "/halls/{hall}/queue/stream",
        "/halls/{hall}/queue/{group}/call",
        "/halls/{hall}/tickets",
        "/tickets",
        "/tickets/{id}",
    ] {
        assert!(
            paths.contains_key(route),
            "the document must describe {route}"
        );
    }
    let schemas = document["components"]["schemas"]
        .as_object()
        .expect("the document has schemas");
    for schema in [
        "Item",
        "ItemSummary",
        "Material",
        "Hall",
        "ApiError",
        "CatalogSnapshot",
        "Profile",
        "TokenPair",
        "Form",
        "SubmitRequest",
        "Application",
        "Draft",
        "SlotDay",
        "BookingRequest",
        "RescheduleRequest",
        "Booking",
        "Queue",
        "TicketRequest",
        "Ticket",
    ] {
        assert!(
            schemas.contains_key(schema),
            "the {schema} schema comes from the api types"
        );
    }
    assert_eq!(
        document["components"]["securitySchemes"]["bearer"]["scheme"], "bearer",
        "the account routes name a bearer scheme the document must define"
    );
}

/// The operation `method` `path` of the document.
fn operation<'a>(document: &'a Value, method: &str, path: &str) -> &'a Value {
    let operation = &document["paths"][path][method];
    assert!(
        operation.is_object(),
        "the document describes {method} {path}"
    );
    operation
}

/// The parameter `name` of an operation.
fn parameter<'a>(operation: &'a Value, name: &str) -> &'a Value {
    operation["parameters"]
        .as_array()
        .and_then(|parameters| parameters.iter().find(|p| p["name"] == name))
        .unwrap_or_else(|| panic!("the operation documents its parameter {name}"))
}

#[tokio::test]
async fn the_document_says_what_the_server_enforces_and_answers() {
    let app = spawn_app().await;
    let document: Value = app.get_ok("/openapi.json").await;

    let slots = operation(&document, "get", "/halls/{hall}/slots");
    let item = parameter(slots, "item");
    assert_eq!(
        (&item["in"], &item["required"]),
        (&Value::from("query"), &Value::from(true)),
        "a calendar without `item` is refused, so the query parameter is required"
    );
    let days = parameter(slots, "days");
    assert_eq!(
        (
            &days["in"],
            &days["schema"]["minimum"],
            &days["schema"]["maximum"]
        ),
        (&Value::from("query"), &Value::from(1), &Value::from(14)),
        "days out of 1–14 are refused"
    );
    let deletion = parameter(operation(&document, "delete", "/drafts/{id}"), "deleted_at");
    assert_eq!(deletion["in"], "query", "deleted_at travels in the query");
    let items = operation(&document, "get", "/catalog/items");
    assert_eq!(
        parameter(items, "page")["schema"]["minimum"],
        1,
        "page 0 is refused"
    );
    assert_eq!(
        parameter(items, "per_page")["schema"]["maximum"],
        100,
        "more than 100 per page is refused"
    );

    let register = &document["components"]["schemas"]["RegisterRequest"]["properties"];
    assert_eq!(register["name"]["minLength"], 2, "an empty name is refused");
    assert!(
        register["mobile"]["pattern"].is_string(),
        "a mobile number has a pattern"
    );
    assert_eq!(
        register["resident_id"]["format"], "resident-id",
        "the check character is named by its format"
    );

    for (method, path) in [
        ("post", "/uploads"),
        ("head", "/uploads/{id}"),
        ("patch", "/uploads/{id}"),
        ("delete", "/uploads/{id}"),
    ] {
        assert!(
            operation(&document, method, path)["responses"]["401"].is_object(),
            "{method} {path} answers 401 without a session"
        );
    }
    assert!(
        operation(&document, "post", "/sessions/refresh")["responses"]["400"].is_object(),
        "a body that is not a refresh request is a 400"
    );
    let patch = operation(&document, "patch", "/uploads/{id}");
    for status in ["409", "413", "415", "460"] {
        assert!(
            patch["responses"][status].is_object(),
            "a chunk can be answered {status}"
        );
    }
    assert!(
        patch["requestBody"]["content"]["application/offset+octet-stream"].is_object(),
        "a chunk is sent as application/offset+octet-stream"
    );

    let stream = &operation(&document, "get", "/halls/{hall}/queue/stream")["responses"]["200"]["content"]
        ["text/event-stream"]["schema"];
    let event = match stream["$ref"].as_str() {
        Some(reference) => {
            &document["components"]["schemas"]
                [reference.trim_start_matches("#/components/schemas/")]
        }
        None => stream,
    };
    assert_eq!(
        event["properties"]["event"]["enum"][0], "queue",
        "the stream's events are named queue"
    );
    assert_eq!(
        event["properties"]["data"]["contentSchema"]["$ref"], "#/components/schemas/Queue",
        "each event's data is a Queue as JSON"
    );
}
