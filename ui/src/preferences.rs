//! The user's choices that shape every screen — language, hall, large text —
//! kept in the webview's local storage (nothing personal) and shared through the
//! context.

use banshi_api::halls::HallCode;
use leptos::prelude::*;

use crate::i18n::{I18n, Locale};

const LOCALE_KEY: &str = "banshi.locale";
const HALL_KEY: &str = "banshi.hall";
const LARGE_TEXT_KEY: &str = "banshi.large-text";

/// The choices, each a signal; cheap to copy.
#[derive(Debug, Clone, Copy)]
pub struct Preferences {
    pub i18n: I18n,
    /// The hall the user does business with; `None` is the whole city.
    pub hall: RwSignal<Option<HallCode>>,
    pub large_text: RwSignal<bool>,
}

impl Preferences {
    /// Loads the stored choices (Chinese and the whole city when none are stored),
    /// provides them, and keeps storage and the document in step with them.
    pub fn provide() -> Self {
        let locale = read(LOCALE_KEY)
            .and_then(|tag| Locale::from_tag(&tag))
            .unwrap_or(Locale::ZhCn);
        let preferences = Self {
            i18n: I18n {
                locale: RwSignal::new(locale),
            },
            hall: RwSignal::new(read(HALL_KEY).and_then(|hall| HallCode::parse(&hall).ok())),
            large_text: RwSignal::new(read(LARGE_TEXT_KEY).as_deref() == Some("on")),
        };
        provide_context(preferences);
        provide_context(preferences.i18n);

        Effect::new(move |_| {
            let locale = preferences.i18n.locale.get();
            write(LOCALE_KEY, locale.tag());
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", locale.tag());
            }
        });
        Effect::new(move |_| {
            write(
                HALL_KEY,
                preferences.hall.get().as_ref().map_or("", HallCode::as_str),
            )
        });
        Effect::new(move |_| {
            let on = preferences.large_text.get();
            write(LARGE_TEXT_KEY, if on { "on" } else { "off" });
            if let Some(root) = document().document_element() {
                let _ = root.class_list().toggle_with_force("large-text", on);
            }
        });
        preferences
    }
}

/// The app's preferences from the context.
pub fn use_preferences() -> Preferences {
    expect_context::<Preferences>()
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

pub(crate) fn read(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Storing is best effort: without storage the choice lasts until the app closes.
pub(crate) fn write(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}
