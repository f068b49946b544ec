//! The IPC contract between the UI and the shell: every Tauri command's name,
//! arguments and answer, declared once and used by both sides, so a command
//! renamed or retyped on one side and not the other does not compile.
//!
//! On the wire a command's arguments travel as one JSON value under
//! [`ARGS_KEY`]; a command that streams to the UI gets its channel under
//! [`CHANNEL_KEY`] beside them. Errors are always [`crate::ApiError`].

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

use serde::Serialize;
use serde::de::DeserializeOwned;

/// The key of a command's arguments in the invoke payload (the shell's
/// command takes them as its parameter `args`).
pub const ARGS_KEY: &str = "args";

/// The key of a streaming command's channel in the invoke payload (the
/// shell's command takes it as its parameter `channel`).
pub const CHANNEL_KEY: &str = "channel";

/// One Tauri command of the shell.
pub trait Command {
    /// The command's name: the shell's function of that name handles it, and
    /// it has the permission `allow-<name with dashes>`.
    const NAME: &'static str;
    /// What the UI sends.
    type Args: Serialize + DeserializeOwned;
    /// What the shell answers when it succeeds.
    type Output: Serialize + DeserializeOwned;
}

/// A command that also streams messages to the UI over a channel while it runs.
pub trait Streaming: Command {
    type Message: Serialize + DeserializeOwned;
}

/// Lists every command once: the enum the shell's registration matches on
/// exhaustively, and the names its build step grants permissions for.
macro_rules! contract {
    ($($noun:ident :: $command:ident),* $(,)?) => {
        /// Every command of the contract. The shell matches on this without a
        /// wildcard, so a command it does not register fails to compile.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Commands {
            $($command),*
        }

        impl Commands {
            pub const ALL: &'static [Commands] = &[$(Commands::$command),*];

            /// The command's [`Command::NAME`].
            pub const fn name(self) -> &'static str {
                match self {
                    $(Commands::$command => <$noun::$command as Command>::NAME),*
                }
            }
        }

        /// Every command's name, in the order of [`Commands::ALL`].
        pub const NAMES: &[&str] = &[$(<$noun::$command as Command>::NAME),*];
    };
}

contract! {
    halls::HallsList,
    catalog::CatalogSync,
    catalog::CatalogSearch,
    catalog::CatalogDepartments,
    catalog::CatalogItem,
    catalog::CatalogOpenDocument,
    accounts::AccountRegister,
    accounts::AccountConfirmRegistration,
    accounts::AccountLogIn,
    accounts::AccountSendSmsCode,
    accounts::AccountCurrent,
    accounts::AccountActAs,
    accounts::AccountSetAddress,
    accounts::AccountLogOut,
    applications::DraftOpen,
    applications::DraftGet,
    applications::DraftSave,
    applications::DraftsList,
    applications::DraftDelete,
    applications::DraftSubmit,
    applications::ApplicationsList,
    applications::DraftAddPhoto,
    applications::DraftRemovePage,
    applications::DraftAttachLicence,
    applications::ApplicationGet,
    applications::ApplicationWithdraw,
    applications::CorrectionOpen,
    applications::CorrectionSubmit,
    bookings::BookingSlots,
    bookings::BookingCreate,
    bookings::BookingsList,
    bookings::BookingGet,
    bookings::BookingReschedule,
    bookings::BookingCancel,
    bookings::BookingQr,
    bookings::BookingAddToCalendar,
    queue::QueueGet,
    queue::QueueWatch,
    queue::QueueUnwatch,
    queue::TicketTake,
    queue::TicketsList,
    notifications::NotificationsList,
    notifications::NotificationsWatch,
    notifications::NotificationsMarkRead,
    lookup::ApplicationLookup,
    ratings::RatingApplication,
    ratings::RatingVisit,
    ratings::RatingsList,
    ratings::RatingRateReply,
    ratings::HallRatingsGet,
    consultations::ConsultationDraftOpen,
    consultations::ConsultationDraftSave,
    consultations::ConsultationDraftAddPhoto,
    consultations::ConsultationDraftRemovePhoto,
    consultations::ConsultationSend,
    consultations::ConsultationsList,
    consultations::ConsultationGet,
    delivery::DeliveryFeeQuote,
    delivery::DeliveryOrderCreate,
    delivery::DeliveryGet,
    delivery::DeliveryChangeAddress,
    delivery::AddressesList,
    delivery::AddressAdd,
    delivery::AddressUpdate,
    delivery::AddressDelete,
}

/// Declares a command: `Type = "name": Args => Output` for arguments of a type
/// of their own (or none, `()`), or `Type = "name" { fields } => Output`, where
/// the command's type is its arguments.
macro_rules! command {
    ($(#[$doc:meta])* $command:ident = $name:literal : $args:ty => $output:ty) => {
        $(#[$doc])*
        pub enum $command {}

        impl $crate::ipc::Command for $command {
            const NAME: &'static str = $name;
            type Args = $args;
            type Output = $output;
        }
    };
    (
        $(#[$doc:meta])* $command:ident = $name:literal {
            $($(#[$field_doc:meta])* $field:ident : $field_type:ty),* $(,)?
        } => $output:ty
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
        pub struct $command {
            $($(#[$field_doc])* pub $field: $field_type),*
        }

        impl $crate::ipc::Command for $command {
            const NAME: &'static str = $name;
            type Args = Self;
            type Output = $output;
        }
    };
}
use command;

/// Declares that a command streams `Message`s to the UI.
macro_rules! streaming {
    ($command:ident => $message:ty) => {
        impl $crate::ipc::Streaming for $command {
            type Message = $message;
        }
    };
}
use streaming;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_one_name_of_its_own() {
        let mut names = NAMES.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(
            names.len(),
            Commands::ALL.len(),
            "no two commands share a name"
        );
        for (command, name) in Commands::ALL.iter().zip(NAMES) {
            assert_eq!(command.name(), *name, "NAMES follows the order of ALL");
        }
    }
}
