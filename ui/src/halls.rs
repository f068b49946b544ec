//! The city's service halls as every screen shares them: loaded once for the
//! hall switcher and the pages that list or look up halls, and the hall the
//! user chose. Imports no page or component, so any of them may use it.

use banshi_api::ApiError;
use banshi_api::halls::{Hall, HallCode};
use leptos::prelude::*;

use crate::catalog_copy::CatalogCopy;
use crate::commands;
use crate::preferences::use_preferences;

/// The hall that stands in where the user chose none: the city hall.
const CITY_HALL: &str = "shizhi";

/// The halls, loaded once for the switcher and every page that shows them.
#[derive(Clone, Copy)]
pub struct Halls(pub LocalResource<Result<Vec<Hall>, ApiError>>);

impl Halls {
    /// Provides the halls, read again whenever the catalog copy changes: the
    /// shell answers from the copy.
    pub fn provide(copy: CatalogCopy) {
        provide_context(Halls(LocalResource::new(move || {
            copy.status.track();
            commands::halls_list()
        })));
    }
}

/// The app's halls from the context.
pub fn use_halls() -> Halls {
    expect_context::<Halls>()
}

/// The hall the user chose, or the city hall.
pub fn chosen_hall() -> HallCode {
    use_preferences()
        .hall
        .get_untracked()
        .unwrap_or_else(|| HallCode::parse(CITY_HALL).expect("the city hall's code is a hall code"))
}
