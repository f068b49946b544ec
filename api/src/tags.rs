//! The wire words of the API's unit enums (`licensing`, `person`, `birth` …), for
//! places that carry them outside JSON: URL query strings and filter columns.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// The wire word of a unit enum variant, e.g. `licensing` for `ItemKind::Licensing`.
/// `None` for values that are not a single word.
pub fn tag_of(value: &impl Serialize) -> Option<String> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(word)) => Some(word),
        _ => None,
    }
}

/// The unit enum variant whose wire word is `word`, if there is one.
pub fn from_tag<T: DeserializeOwned>(word: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(word.to_owned())).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Audience, ItemKind, Theme};

    #[test]
    fn words_round_trip() {
        assert_eq!(
            tag_of(&ItemKind::ReviewAndReferral).as_deref(),
            Some("review_and_referral")
        );
        assert_eq!(
            from_tag::<Theme>("business_start"),
            Some(Theme::BusinessStart)
        );
        assert_eq!(
            from_tag::<Audience>("aliens"),
            None,
            "an unknown word is no variant"
        );
        assert_eq!(tag_of(&vec![1, 2]), None, "a list is not one word");
    }
}
