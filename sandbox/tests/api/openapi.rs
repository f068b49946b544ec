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
