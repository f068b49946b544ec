//! How the OpenAPI document describes one event of a server-sent event
//! stream: its name, and its data as the JSON of a schema.

use std::marker::PhantomData;

use utoipa::openapi::RefOr;
use utoipa::openapi::schema::Schema;

/// What a stream's events carry, with the name each event goes by.
pub trait Named: utoipa::ToSchema {
    const EVENT: &'static str;
}

impl Named for banshi_api::queue::Queue {
    const EVENT: &'static str = "queue";
}

impl Named for banshi_api::notifications::Notification {
    const EVENT: &'static str = "notification";
}

/// One event of a stream whose events are named `T::EVENT` and carry a `T`.
pub struct SseEvent<T>(PhantomData<T>);

impl<T: Named> utoipa::PartialSchema for SseEvent<T> {
    fn schema() -> RefOr<Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        let name = T::name();
        // JSON Schema's `contentSchema`, which utoipa has no builder for.
        let content_schema: utoipa::openapi::extensions::Extensions = [(
            "contentSchema",
            serde_json::json!({ "$ref": format!("#/components/schemas/{name}") }),
        )]
        .into_iter()
        .collect();
        ObjectBuilder::new()
            .property(
                "event",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .enum_values(Some([T::EVENT])),
            )
            .required("event")
            .property(
                "data",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .content_media_type("application/json")
                    .extensions(Some(content_schema))
                    .description(Some(format!("The `{name}` as JSON"))),
            )
            .required("data")
            .into()
    }
}

impl<T: Named> utoipa::ToSchema for SseEvent<T> {
    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        schemas.push((T::name().into_owned(), T::schema()));
        T::schemas(schemas);
    }
}

/// An event of a hall's queue stream (the document names types without generics).
pub type QueueEvent = SseEvent<banshi_api::queue::Queue>;

/// An event of a person's notifications stream.
pub type NotificationEvent = SseEvent<banshi_api::notifications::Notification>;
