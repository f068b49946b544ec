//! The materials of an application: for each one the guide asks for (the
//! e-licence library's are fetched by the hall), its pages photographed with
//! the camera on a phone or chosen as files on a desktop, prepared by the shell
//! (upright, small, without metadata) and shown as thumbnails to check, remove
//! or add to.

use banshi_api::catalog::{Material, MaterialSource, Necessity};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_icons::Icon;
use wasm_bindgen::JsCast;

use super::editor::Editor;
use crate::commands;
use crate::i18n::{Msg, use_i18n};

#[component]
pub fn MaterialsCard(editor: Editor) -> impl IntoView {
    let i18n = use_i18n();
    let code = editor.draft.with_value(|draft| draft.item_code.clone());
    let item = LocalResource::new(move || commands::catalog_item(code.clone()));
    view! {
        <section class="section card" id="application-materials">
            <h2 class="section-title">{move || i18n.t(Msg::Materials)}</h2>
            <p class="page-intro">{move || i18n.t(Msg::MaterialsHint)}</p>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    item.await.ok().map(|item| {
                        item.materials
                            .into_iter()
                            .enumerate()
                            .filter(|(_, material)| material.source != MaterialSource::LicenceLibrary)
                            .map(|(index, material)| view! { <MaterialSlot editor index=index as u32 material /> })
                            .collect_view()
                    })
                })}
            </Transition>
        </section>
    }
}

#[component]
fn MaterialSlot(editor: Editor, index: u32, material: Material) -> impl IntoView {
    let i18n = use_i18n();
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let draft_id = editor.draft.with_value(|draft| draft.id.clone());
    let pages = Memo::new(move |_| {
        editor
            .materials
            .get()
            .into_iter()
            .filter(|page| page.material == index)
            .collect::<Vec<_>>()
    });
    let chosen = {
        let draft_id = draft_id.clone();
        move |ev: leptos::ev::Event| {
            let Some(input) = ev
                .target()
                .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let files: Vec<web_sys::File> = input
                .files()
                .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
                .unwrap_or_default();
            // Let the same file be chosen again after a removal.
            input.set_value("");
            let draft_id = draft_id.clone();
            busy.set(true);
            problem.set(None);
            spawn_local(async move {
                for file in files {
                    match commands::draft_add_photo(draft_id.clone(), index, file).await {
                        Ok(page) => editor.materials.update(|pages| pages.push(page)),
                        Err(error) => problem.set(Some(error.message)),
                    }
                }
                busy.set(false);
            });
        }
    };
    let required = matches!(material.necessity, Necessity::Required);
    let input_id = format!("material-{index}-file");
    view! {
        <div class="material-slot" id=format!("material-{index}")>
            <div class="material-slot-head">
                <span class="material-name">{material.name.clone()}</span>
                {if required {
                    view! { <span class="tag tag-danger">{move || i18n.t(Msg::Required)}</span> }.into_any()
                } else {
                    view! { <span class="tag">{move || i18n.t(Msg::Optional)}</span> }.into_any()
                }}
            </div>
            <ul class="material-pages">
                {move || pages.get().into_iter().map(|page| {
                    let draft_id = draft_id.clone();
                    let page_id = page.id.clone();
                    let remove = move |_| {
                        let (draft_id, page_id) = (draft_id.clone(), page_id.clone());
                        spawn_local(async move {
                            if commands::draft_remove_page(draft_id, page_id.clone()).await.is_ok() {
                                editor.materials.update(|pages| pages.retain(|p| p.id != page_id));
                            }
                        });
                    };
                    view! {
                        <li class="material-page">
                            <img class="material-thumb" src=page.thumbnail alt="" />
                            <button type="button" class="material-remove" on:click=remove aria-label=move || i18n.t(Msg::Remove)>
                                <Icon icon=icondata::LuX attr:class="button-icon" />
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <label class="button button-secondary material-add" for=input_id.clone() class:material-busy=move || busy.get()>
                <Icon icon=icondata::LuCamera attr:class="button-icon" />
                {move || i18n.t(if busy.get() { Msg::PreparingPhoto } else { Msg::AddPage })}
            </label>
            <input
                class="visually-hidden"
                id=input_id
                type="file"
                accept="image/jpeg,image/png,image/heic,image/heif,.heic,.heif"
                capture="environment"
                multiple=true
                on:change=chosen
            />
            {move || problem.get().map(|message| view! {
                <p class="field-problem material-problem" role="alert">{message}</p>
            })}
        </div>
    }
}
