//! 我要咨询 / 我要投诉: the form — the kind, what it is about (from where it
//! was opened: `?item=`, `?application=` or `?hall=`), the text with its
//! character count, and up to four photos. What is typed is kept on the
//! device as it is typed (the shell's draft), so the page opened again
//! finds it; sent, the thread opens.

use banshi_api::ApiError;
use banshi_api::consultations::{
    ConsultationAbout, ConsultationKind, MAX_PHOTOS, MAX_TEXT_CHARS, MIN_TEXT_CHARS,
};
use banshi_api::ids::{ApplicationNumber, HallCode, ItemCode};
use banshi_api::ipc::consultations::{ConsultationDraft, DraftPhoto};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_icons::Icon;
use leptos_router::hooks::{use_navigate, use_query_map};
use wasm_bindgen::JsCast;

use crate::accounts::use_account;
use crate::address_ids::parse_param;
use crate::commands;
use crate::components::choice_button::ChoiceButton;
use crate::components::login_invite::LoginInvite;
use crate::components::status::Loaded;
use crate::i18n::{CommonMsg, ConsultationsMsg, use_i18n};
use crate::pages::applications::{PHOTO_TYPES, files_of};

/// What the query says the question is about.
fn about_of(query: &leptos_router::params::ParamsMap) -> Result<ConsultationAbout, ApiError> {
    if let Some(code) = query.get("item") {
        return Ok(ConsultationAbout::Item {
            code: parse_param::<ItemCode>(Some(code))?,
        });
    }
    if let Some(number) = query.get("application") {
        return Ok(ConsultationAbout::Application {
            number: parse_param::<ApplicationNumber>(Some(number))?,
        });
    }
    Ok(ConsultationAbout::Hall {
        hall: parse_param::<HallCode>(query.get("hall"))?,
    })
}

/// The subject as people name it: the item's name, the application's item
/// and number, or the hall's name.
async fn subject_of(about: &ConsultationAbout) -> Result<String, ApiError> {
    match about {
        ConsultationAbout::Item { code } => {
            Ok(commands::catalog_item(code.clone()).await?.summary.name)
        }
        ConsultationAbout::Application { number } => {
            let copy = commands::application_get(number.clone()).await?;
            Ok(format!("{}（{number}）", copy.detail.application.item_name))
        }
        ConsultationAbout::Hall { hall } => Ok(commands::halls_list()
            .await?
            .into_iter()
            .find(|found| found.code == *hall)
            .map_or_else(|| hall.to_string(), |found| found.name)),
    }
}

/// `/ask?kind=question|complaint&item=…`
#[component]
pub fn AskPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let account = use_account();
    let kind = move || {
        query.with(|q| match q.get("kind").as_deref() {
            Some("complaint") => ConsultationKind::Complaint,
            _ => ConsultationKind::Question,
        })
    };
    let draft = LocalResource::new(move || {
        let (kind, about) = (kind(), query.with(about_of));
        async move {
            let about = about?;
            let subject = subject_of(&about).await?;
            let draft = commands::consultation_draft_open(kind, about).await?;
            Ok((draft, subject))
        }
    });
    let back_to = move || {
        let query = query.with(|q| q.to_query_string());
        format!("/ask{query}")
    };
    view! {
        <div class="page page-ask">
            <header class="page-head">
                <h1 class="page-title" id="ask-title">{move || i18n.t(match kind() {
                    ConsultationKind::Question => ConsultationsMsg::Ask,
                    ConsultationKind::Complaint => ConsultationsMsg::Complain,
                })}</h1>
            </header>
            {move || if account.account.with(Option::is_none) {
                view! { <LoginInvite why=ConsultationsMsg::LogInToAsk back_to=back_to() id="login-to-ask" /> }.into_any()
            } else {
                view! { <Loaded resource=draft rows=4 ok=|(draft, subject)| view! { <AskForm draft subject /> } /> }.into_any()
            }}
        </div>
    }
}

#[component]
fn AskForm(draft: ConsultationDraft, subject: String) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    // Signals.
    let id = draft.id.clone();
    let kind = RwSignal::new(draft.kind);
    let text = RwSignal::new(draft.text.clone());
    let photos = RwSignal::new(draft.photos.clone());
    let tried = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let photo_problem = RwSignal::new(None::<String>);
    // The latest text not yet saved, and whether a save is under way: saves
    // go one after another, so the last typed is the one kept.
    let unsaved = StoredValue::new(None::<(ConsultationKind, String)>);
    let saving = StoredValue::new(false);
    let save = {
        let id = id.clone();
        move || {
            unsaved.set_value(Some((kind.get_untracked(), text.get_untracked())));
            if saving.get_value() {
                return;
            }
            saving.set_value(true);
            let id = id.clone();
            spawn_local(async move {
                while let Some((kind, text)) = unsaved.try_update_value(Option::take).flatten() {
                    if let Err(error) =
                        commands::consultation_draft_save(id.clone(), kind, text).await
                    {
                        leptos::logging::warn!("the question was not saved: {}", error.message);
                    }
                }
                saving.set_value(false);
            });
        }
    };
    let typed = move || text.with(|t| t.trim().chars().count());
    let text_problem = move || {
        let typed = typed();
        if typed < MIN_TEXT_CHARS {
            Some(ConsultationsMsg::TooShort(MIN_TEXT_CHARS))
        } else if typed > MAX_TEXT_CHARS {
            Some(ConsultationsMsg::CharCount {
                typed,
                max: MAX_TEXT_CHARS,
            })
        } else {
            None
        }
    };
    // Actions.
    let send = {
        let id = id.clone();
        Action::new_local(move |(): &()| {
            let (id, kind, text) = (id.clone(), kind.get_untracked(), text.get_untracked());
            async move {
                // What is on the screen is what goes.
                commands::consultation_draft_save(id.clone(), kind, text).await?;
                commands::consultation_send(id).await
            }
        })
    };
    // Effects.
    Effect::new(move || {
        if let Some(Ok(consultation)) = send.value().get() {
            navigate(
                &format!("/consultations/{}", consultation.id),
                Default::default(),
            );
        }
    });
    let hall_text_problem = move || {
        send.value().get().and_then(Result::err).and_then(|error| {
            error
                .fields
                .into_iter()
                .find(|field| field.field == "text")
                .map(|field| field.message)
        })
    };
    let shown_text_problem = move || {
        hall_text_problem().or_else(|| tried.get().then(text_problem).flatten().map(|m| i18n.t(m)))
    };
    let add_photos = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let Some(input) = ev
                .target()
                .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let files = files_of(input.files());
            input.set_value("");
            let id = id.clone();
            busy.set(true);
            photo_problem.set(None);
            spawn_local(async move {
                for file in files {
                    match commands::consultation_draft_add_photo(id.clone(), file).await {
                        Ok(photo) => photos.update(|kept| kept.push(photo)),
                        Err(error) => photo_problem.set(Some(error.message)),
                    }
                }
                busy.set(false);
            });
        }
    };
    let remove_photo = {
        let id = id.clone();
        move |photo: DraftPhoto| {
            let id = id.clone();
            spawn_local(async move {
                match commands::consultation_draft_remove_photo(id, photo.id.clone()).await {
                    Ok(()) => photos.update(|kept| kept.retain(|p| p.id != photo.id)),
                    Err(error) => photo_problem.set(Some(error.message)),
                }
            });
        }
    };
    let kind_button = {
        let save = save.clone();
        move |choice: ConsultationKind, button_id: &'static str| {
            let save = save.clone();
            view! {
                <ChoiceButton class="segment" id=button_id
                    pressed=Signal::derive(move || kind.get() == choice)
                    on_choose=move |()| { kind.set(choice); save(); }
                    label=ConsultationsMsg::Kind(choice) />
            }
        }
    };
    let on_input = {
        let save = save.clone();
        move |ev: leptos::ev::Event| {
            text.set(event_target_value(&ev));
            save();
        }
    };
    // View.
    view! {
        <form class="section card ask-form" id="ask-form" novalidate=true on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            tried.set(true);
            if text_problem().is_none() {
                send.dispatch(());
            }
        }>
            <div class="field form-field">
                <span class="field-label" id="ask-kind-label">{move || i18n.t(ConsultationsMsg::KindLabel)}</span>
                <div class="segmented" role="group" aria-labelledby="ask-kind-label">
                    {kind_button(ConsultationKind::Question, "ask-kind-question")}
                    {kind_button(ConsultationKind::Complaint, "ask-kind-complaint")}
                </div>
            </div>
            <div class="field form-field">
                <span class="field-label">{move || i18n.t(ConsultationsMsg::About)}</span>
                <p class="ask-subject" id="ask-subject">{subject}</p>
            </div>
            <div class="field form-field" class:field-invalid=move || shown_text_problem().is_some()>
                <label class="field-label" for="ask-text">{move || i18n.t(ConsultationsMsg::Text)}</label>
                <p class="field-hint" id="ask-text-hint">{move || i18n.t(ConsultationsMsg::TextHint(kind.get()))}</p>
                <textarea class="field-input field-textarea" id="ask-text" rows="6"
                    aria-describedby="ask-text-hint ask-text-count ask-text-problem"
                    aria-invalid=move || shown_text_problem().is_some().to_string()
                    prop:value=move || text.get()
                    on:input=on_input></textarea>
                <p class="field-count" id="ask-text-count" class:field-count-over=move || { typed() > MAX_TEXT_CHARS }>
                    {move || i18n.t(ConsultationsMsg::CharCount { typed: typed(), max: MAX_TEXT_CHARS })}
                </p>
                <p class="field-problem" id="ask-text-problem" role="alert">{shown_text_problem}</p>
            </div>
            <div class="field form-field">
                <span class="field-label">{move || i18n.t(ConsultationsMsg::Photos(MAX_PHOTOS))}</span>
                <ul class="material-pages ask-photos" id="ask-photos">
                    {move || photos.get().into_iter().map(|photo| {
                        let remove_photo = remove_photo.clone();
                        let removed = photo.clone();
                        view! {
                            <li class="material-page">
                                <img class="material-thumb" src=photo.thumbnail.clone() alt="" />
                                <button type="button" class="material-remove" aria-label=move || i18n.t(CommonMsg::Remove)
                                    on:click=move |_| remove_photo(removed.clone())>
                                    <Icon icon=icondata::LuX attr:class="button-icon" />
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {move || (photos.with(Vec::len) < MAX_PHOTOS).then(|| {
                    let add_photos = add_photos.clone();
                    view! {
                        <label class="button button-secondary material-add" class:material-busy=move || busy.get()>
                            <Icon icon=icondata::LuCamera attr:class="button-icon" />
                            {move || i18n.t(if busy.get() { ConsultationsMsg::PreparingPhoto } else { ConsultationsMsg::AddPhoto })}
                            <input class="material-file" id="ask-photo-file" type="file" accept=PHOTO_TYPES
                                capture="environment" multiple=true on:change=add_photos />
                        </label>
                    }
                })}
                {move || photo_problem.get().map(|message| view! {
                    <p class="field-problem" role="alert">{message}</p>
                })}
            </div>
            <p class="page-intro" id="ask-promise">{move || i18n.t(ConsultationsMsg::Promise(kind.get()))}</p>
            <p class="field-hint">{move || i18n.t(ConsultationsMsg::KeptOnDevice)}</p>
            {move || send.value().get().and_then(Result::err).filter(|error| error.fields.is_empty()).map(|error| view! {
                <p class="form-notice form-notice-error" id="ask-problem" role="alert">{error.message}</p>
            })}
            <button type="submit" class="button button-primary button-block" id="ask-send"
                disabled=move || send.pending().get() || busy.get()>
                {move || i18n.t(if send.pending().get() { ConsultationsMsg::Sending } else { ConsultationsMsg::Send })}
            </button>
        </form>
    }
}
