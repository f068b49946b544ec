//! A draft being edited: its answers, position, delivery choice and recipient
//! as signals, saved to the device a moment after each change, and at once
//! when the page goes away, with the save state shown to the user.

use std::time::Duration;

use banshi_api::ApiError;
use banshi_api::applications::{Delivery, Draft, DraftChange, MaterialPage};
use banshi_api::delivery::Recipient;
use banshi_api::forms::{Answers, Form};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::commands;

/// How long typing must pause before a save: often enough that a crash loses
/// at most this much, seldom enough not to write on every keystroke.
const SAVE_AFTER: Duration = Duration::from_millis(400);

#[derive(Debug, Clone, PartialEq)]
pub enum SaveState {
    Saved,
    Pending,
    Failed(ApiError),
}

#[derive(Clone, Copy)]
pub struct Editor {
    pub draft: StoredValue<Draft>,
    pub answers: RwSignal<Answers>,
    pub position: RwSignal<Option<String>>,
    pub delivery: RwSignal<Option<Delivery>>,
    /// Who receives the result by EMS, as typed so far.
    pub recipient: RwSignal<Option<Recipient>>,
    /// The pages of materials; the shell keeps them with the draft as they change.
    pub materials: RwSignal<Vec<MaterialPage>>,
    pub state: RwSignal<SaveState>,
    /// Bumped by every change; a scheduled save only runs if no later change came.
    generation: StoredValue<u64>,
}

impl Editor {
    /// Starts editing `draft`; every change from now on is saved.
    pub fn new(draft: Draft) -> Self {
        let editor = Self {
            answers: RwSignal::new(draft.answers.clone()),
            position: RwSignal::new(draft.position.clone()),
            delivery: RwSignal::new(draft.delivery),
            recipient: RwSignal::new(draft.recipient.clone()),
            materials: RwSignal::new(draft.materials.clone()),
            draft: StoredValue::new(draft),
            state: RwSignal::new(SaveState::Saved),
            generation: StoredValue::new(0),
        };
        Effect::new(move |first: Option<()>| {
            editor.answers.track();
            editor.position.track();
            editor.delivery.track();
            editor.recipient.track();
            if first.is_some() {
                editor.changed();
            }
        });
        on_cleanup(move || {
            if editor.state.try_get_untracked() == Some(SaveState::Pending) {
                editor.save_now();
            }
        });
        editor
    }

    pub fn form(&self) -> Form {
        self.draft.with_value(|draft| draft.form.clone())
    }

    fn changed(self) {
        self.state.set(SaveState::Pending);
        let generation = self.generation.get_value() + 1;
        self.generation.set_value(generation);
        set_timeout(
            move || {
                if self.generation.try_get_value() == Some(generation) {
                    self.save_now();
                }
            },
            SAVE_AFTER,
        );
    }

    /// Saves what is on screen now, in the background.
    pub fn save_now(self) {
        spawn_local(self.flush());
    }

    /// Saves what is on screen now and returns once it is on the device, so
    /// what follows (a submit) sees every change.
    pub async fn flush(self) {
        let (Some(answers), Some(position), Some(delivery), Some(recipient), Some(id)) = (
            self.answers.try_get_untracked(),
            self.position.try_get_untracked(),
            self.delivery.try_get_untracked(),
            self.recipient.try_get_untracked(),
            self.draft.try_with_value(|draft| draft.id.clone()),
        ) else {
            return;
        };
        let generation = self.generation.try_get_value();
        let change = DraftChange {
            id,
            answers,
            position,
            delivery,
            recipient,
        };
        let result = commands::draft_save(change).await;
        // A later change is saved by its own timer; only the last one reports.
        if self.generation.try_get_value() != generation {
            return;
        }
        let _ = self.state.try_set(match result {
            Ok(_) => SaveState::Saved,
            Err(error) => SaveState::Failed(error),
        });
    }
}
