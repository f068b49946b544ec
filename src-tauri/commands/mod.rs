//! The Tauri commands the UI calls, one module per noun, each declared in the
//! contract of [`banshi_api::ipc`]: a command takes the contract's arguments as
//! `args` (and a streaming one its channel as `channel`), answers the
//! contract's output, and is one call into its domain.

pub mod accounts;
pub mod applications;
pub mod bookings;
pub mod catalog;
pub mod consultations;
pub mod delivery;
pub mod halls;
pub mod lookup;
pub mod notifications;
pub mod queue;
pub mod ratings;

/// The invoke handler of every command of the contract. It fails to compile
/// when a contract command is not registered here (the match on
/// [`banshi_api::ipc::Commands`] has no wildcard), registered twice (an
/// unreachable pattern), or handled by a function of another name.
macro_rules! registered {
    ($($command:ident => $noun:ident :: $function:ident),* $(,)?) => {{
        use banshi_api::ipc::Commands;
        const _: () = {
            const fn function_of(command: Commands) -> &'static str {
                match command {
                    $(Commands::$command => stringify!($function)),*
                }
            }
            let mut at = 0;
            while at < Commands::ALL.len() {
                let command = Commands::ALL[at];
                assert!(
                    same(function_of(command), command.name()),
                    "a command's function is named as the contract names the command"
                );
                at += 1;
            }
        };
        tauri::generate_handler![$($noun::$function),*]
    }};
}

/// The handler of every command, for `tauri::Builder::invoke_handler`.
pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    registered! {
        HallsList => halls::halls_list,
        CatalogSync => catalog::catalog_sync,
        CatalogSearch => catalog::catalog_search,
        CatalogDepartments => catalog::catalog_departments,
        CatalogItem => catalog::catalog_item,
        CatalogOpenDocument => catalog::catalog_open_document,
        AccountRegister => accounts::account_register,
        AccountConfirmRegistration => accounts::account_confirm_registration,
        AccountLogIn => accounts::account_log_in,
        AccountSendSmsCode => accounts::account_send_sms_code,
        AccountCurrent => accounts::account_current,
        AccountActAs => accounts::account_act_as,
        AccountSetAddress => accounts::account_set_address,
        AccountLogOut => accounts::account_log_out,
        DraftOpen => applications::draft_open,
        DraftGet => applications::draft_get,
        DraftSave => applications::draft_save,
        DraftsList => applications::drafts_list,
        DraftDelete => applications::draft_delete,
        DraftSubmit => applications::draft_submit,
        ApplicationsList => applications::applications_list,
        DraftAddPhoto => applications::draft_add_photo,
        DraftRemovePage => applications::draft_remove_page,
        DraftAttachLicence => applications::draft_attach_licence,
        ApplicationGet => applications::application_get,
        ApplicationWithdraw => applications::application_withdraw,
        CorrectionOpen => applications::correction_open,
        CorrectionSubmit => applications::correction_submit,
        BookingSlots => bookings::booking_slots,
        BookingCreate => bookings::booking_create,
        BookingsList => bookings::bookings_list,
        BookingGet => bookings::booking_get,
        BookingReschedule => bookings::booking_reschedule,
        BookingCancel => bookings::booking_cancel,
        BookingQr => bookings::booking_qr,
        BookingAddToCalendar => bookings::booking_add_to_calendar,
        QueueGet => queue::queue_get,
        QueueWatch => queue::queue_watch,
        QueueUnwatch => queue::queue_unwatch,
        TicketTake => queue::ticket_take,
        TicketsList => queue::tickets_list,
        NotificationsList => notifications::notifications_list,
        NotificationsWatch => notifications::notifications_watch,
        NotificationsMarkRead => notifications::notifications_mark_read,
        ApplicationLookup => lookup::application_lookup,
        RatingApplication => ratings::rating_application,
        RatingVisit => ratings::rating_visit,
        RatingsList => ratings::ratings_list,
        RatingRateReply => ratings::rating_rate_reply,
        HallRatingsGet => ratings::hall_ratings_get,
        ConsultationDraftOpen => consultations::consultation_draft_open,
        ConsultationDraftSave => consultations::consultation_draft_save,
        ConsultationDraftAddPhoto => consultations::consultation_draft_add_photo,
        ConsultationDraftRemovePhoto => consultations::consultation_draft_remove_photo,
        ConsultationSend => consultations::consultation_send,
        ConsultationsList => consultations::consultations_list,
        ConsultationGet => consultations::consultation_get,
        DeliveryFeeQuote => delivery::delivery_fee_quote,
        DeliveryOrderCreate => delivery::delivery_order_create,
        DeliveryGet => delivery::delivery_get,
        DeliveryChangeAddress => delivery::delivery_change_address,
        AddressesList => delivery::addresses_list,
        AddressAdd => delivery::address_add,
        AddressUpdate => delivery::address_update,
        AddressDelete => delivery::address_delete,
    }
}

/// Whether two strings are equal, in a const context.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut at = 0;
    while at < a.len() {
        if a[at] != b[at] {
            return false;
        }
        at += 1;
    }
    true
}

/// A command's answer: its contract's output, or the one error shape.
type Answer<C> = Result<<C as banshi_api::ipc::Command>::Output, banshi_api::ApiError>;

/// A command's arguments, as its contract declares them.
type Args<C> = <C as banshi_api::ipc::Command>::Args;

/// The channel of a streaming command, carrying its contract's messages.
type Stream<C> = tauri::ipc::Channel<<C as banshi_api::ipc::Streaming>::Message>;

#[cfg(test)]
mod tests {
    use banshi_api::ipc::{ARGS_KEY, CHANNEL_KEY};

    /// The compiler checks a command's types against its contract, not the
    /// names of its parameters, which are the payload's keys: this does.
    #[test]
    fn arguments_and_channels_come_under_the_contract_keys() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/commands");
        let mut checked = 0;
        for entry in std::fs::read_dir(folder).unwrap().flatten() {
            let source = std::fs::read_to_string(entry.path()).unwrap();
            for (kind, key) in [("Args<", ARGS_KEY), ("Stream<", CHANNEL_KEY)] {
                for (at, _) in source.match_indices(&format!(": {kind}")) {
                    let name = source[..at]
                        .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .next()
                        .unwrap_or_default();
                    assert_eq!(
                        name,
                        key,
                        "{}: a {kind}…> parameter must be named as the payload key the UI sends",
                        entry.path().display()
                    );
                    checked += 1;
                }
            }
        }
        assert!(
            checked > 30,
            "the commands' parameters were read: {checked}"
        );
    }
}
