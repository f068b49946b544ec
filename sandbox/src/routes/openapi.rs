//! `GET /openapi.json`: the OpenAPI 3.1 document of every route, generated from
//! the `banshi-api` types and the route annotations.

use axum::Json;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::{
    accounts, applications, bookings, catalog, consultations, delivery, documents, drafts,
    enterprises, halls, notifications, queue, ratings, relatives, staff, uploads,
};

#[derive(OpenApi)]
#[openapi(
    info(title = "Banshi hall API", version = "1", description = "The public API of the online service hall (网上办事大厅)."),
    servers((url = "/api/v1")),
    paths(document, halls::list, halls::one, catalog::list, catalog::one, catalog::form, catalog::snapshot, documents::one,
        accounts::register, accounts::confirm_registration, accounts::log_in, accounts::send_sms_code,
        accounts::dev_sms_code, accounts::dev_sms,
        accounts::refresh, accounts::log_out, accounts::me, accounts::set_address, accounts::register_enterprise,
        enterprises::one, enterprises::members, enterprises::invite, enterprises::change,
        enterprises::remove, enterprises::audit, enterprises::matters, enterprises::matters_csv,
        applications::submit, applications::list, applications::one,
        applications::withdraw, applications::correct, applications::lookup, staff::act, staff::list,
        notifications::list, notifications::stream,
        delivery::fee, delivery::order, delivery::list, delivery::one, delivery::change, delivery::act,
        delivery::addresses, delivery::add_address, delivery::update_address, delivery::remove_address,
        drafts::save, drafts::list, drafts::discard,
        uploads::options, uploads::create, uploads::head, uploads::append, uploads::terminate,
        bookings::slots, bookings::book, bookings::list, bookings::one, bookings::reschedule, bookings::cancel,
        queue::queue, queue::stream, queue::take, queue::tickets, queue::ticket, queue::call,
        bookings::check_in, ratings::rate_application, ratings::rate_visit, ratings::list, ratings::one,
        ratings::rate_reply, ratings::cases, ratings::reply, ratings::figures,
        consultations::ask, consultations::list, consultations::one, consultations::of_hall,
        consultations::reply, relatives::list, relatives::give, relatives::confirm,
        relatives::withdraw),
    components(schemas(banshi_api::ApiError, banshi_api::FieldError, banshi_api::ErrorCode)),
    modifiers(&BearerAuth),
    tags(
        (name = "accounts", description = "Registering, logging in, the caller's profile and enterprises"),
        (name = "enterprises", description = "An enterprise's workspace: its registered data and licences, its staff with their roles and authority, the audit of every change to them, and its matters as a table or a CSV file"),
        (name = "applications", description = "Submitting applications (exactly once per Idempotency-Key), following the caller's to their result (timeline, deadline, withdrawal, the one-time correction), and the public lookup by number and name"),
        (name = "staff", description = "The hall's side: moving its applications along the state machine, and what waits, the soonest due first"),
        (name = "delivery", description = "EMS delivery: results mailed home and paper originals collected (exactly once per Idempotency-Key), their tracking, and the caller's saved delivery addresses"),
        (name = "notifications", description = "What the hall told the caller about their matters, as a list after the last one seen or a stream"),
        (name = "drafts", description = "The caller's drafts, kept so an application started on one device continues on another; the newest change wins"),
        (name = "bookings", description = "A hall's bookable slots for an item, and the caller's bookings (exactly once per Idempotency-Key)"),
        (name = "ratings", description = "好差评: rating a finished application or a checked-in visit once, the hall's answer to a bad rating and its score, and a hall's public figures"),
        (name = "consultations", description = "Questions and complaints (咨询投诉) about an item, an application or a hall, with the promised answer date and the thread (exactly once per Idempotency-Key)"),
        (name = "relatives", description = "亲友代办: a person authorizes a relative for named items or all until a day, the relative confirms, either side ends it; the relative then applies for the person (`on_behalf_of`)"),
        (name = "queue", description = "The live queue of a hall, its stream of changes, and numbers taken from home"),
        (name = "halls", description = "The district service halls"),
        (name = "uploads", description = "Resumable uploads of material files (tus 1.0.0: creation, termination, checksum)"),
        (name = "catalog", description = "Service items and their guides"),
        (name = "document", description = "This document"),
    )
)]
pub struct ApiDoc;

/// Declares the `bearer` scheme the account routes' `security` refers to.
struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        openapi
            .components
            .get_or_insert_with(Default::default)
            .add_security_scheme(
                "bearer",
                SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
            );
    }
}

/// This document.
#[utoipa::path(get, path = "/openapi.json", tag = "document",
    responses((status = 200, description = "The OpenAPI 3.1 document", content_type = "application/json")))]
pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
