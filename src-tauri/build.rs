//! Tauri's build step. The app's own commands are declared here so that each gets
//! a permission, and the capability in tauri.conf.json grants exactly these.

/// Every command the UI may call; one `allow-…` permission each.
const COMMANDS: &[&str] = &[
    "halls_list",
    "catalog_sync",
    "catalog_search",
    "catalog_departments",
    "catalog_item",
    "catalog_open_document",
    "account_register",
    "account_confirm_registration",
    "account_log_in",
    "account_send_sms_code",
    "account_current",
    "account_act_as",
    "account_set_address",
    "account_log_out",
    "draft_open",
    "draft_get",
    "draft_save",
    "drafts_list",
    "draft_delete",
    "draft_submit",
    "applications_list",
    "draft_add_photo",
    "draft_remove_page",
    "draft_attach_licence",
    "booking_slots",
    "booking_create",
    "bookings_list",
    "booking_get",
    "booking_reschedule",
    "booking_cancel",
    "booking_qr",
    "booking_add_to_calendar",
    "queue_get",
    "queue_watch",
    "queue_unwatch",
    "ticket_take",
    "tickets_list",
];

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("the Tauri configuration is valid");
}
