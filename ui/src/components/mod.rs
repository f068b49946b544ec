//! Building blocks shared by the pages, one module per component.

pub mod address_input;
pub mod catalog_banner;
pub mod choice_button;
pub mod deadline;
pub mod frame;
pub mod hall_card;
pub mod item_card;
pub mod list_card;
pub mod logged_in;
pub mod login_invite;
pub mod recipient_input;
pub mod search_box;
pub mod session_banner;
pub mod status;
pub mod visit_tabs;
