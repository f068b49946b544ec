//! The materials of an application: for each one the guide asks for (the
//! e-licence library's are fetched by the hall), its pages photographed with
//! the camera on a phone or chosen as files on a desktop, prepared by the shell
//! (upright, small, without metadata) and shown as thumbnails to check, remove
//! or add to — or, when the material is an e-licence on file, that licence
//! instead of a photo. Each page says whether the hall has it yet: the shell
//! uploads pages in the background as they are added.

use banshi_api::applications::PageMedia;
use banshi_api::catalog::{Material, MaterialSource, Necessity};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_icons::Icon;
use wasm_bindgen::JsCast;

use super::editor::Editor;
use super::{edits_material, notice_problem};
use crate::accounts::use_account;
use crate::commands;
use crate::i18n::{ApplicationsMsg, CatalogMsg, CommonMsg, use_i18n};

#[component]
pub fn MaterialsCard(editor: Editor) -> impl IntoView {
    let i18n = use_i18n();
    follow_uploads(editor);
    let code = editor.draft.with_value(|draft| draft.item_code.clone());
    let item = LocalResource::new(move || commands::catalog_item(code.clone()));
    view! {
        <section class="section card" id="application-materials">
            <h2 class="section-title">{move || i18n.t(CatalogMsg::Materials)}</h2>
            <p class="page-intro">{move || i18n.t(ApplicationsMsg::MaterialsHint)}</p>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    item.await.ok().map(|item| {
                        item.materials
                            .into_iter()
                            .enumerate()
                            .filter(|(_, material)| material.source != MaterialSource::LicenceLibrary)
                            .filter(|(index, _)| edits_material(editor, *index as u32))
                            .map(|(index, material)| view! { <MaterialSlot editor index=index as u32 material /> })
                            .collect_view()
                    })
                })}
            </Transition>
        </section>
    }
}

/// How often the pages' upload state is read again while some are waiting.
const UPLOAD_CHECK: std::time::Duration = std::time::Duration::from_secs(3);

/// While pages wait to be uploaded, reads the draft again now and then and
/// marks the pages the hall has meanwhile.
fn follow_uploads(editor: Editor) {
    let id = editor.draft.with_value(|draft| draft.id.clone());
    let waiting = move || {
        editor.materials.with_untracked(|pages| {
            pages
                .iter()
                .any(|page| page.licence.is_none() && !page.uploaded)
        })
    };
    let check = move || {
        if !waiting() {
            return;
        }
        let id = id.clone();
        spawn_local(async move {
            let Ok(draft) = commands::draft_get(id).await else {
                return;
            };
            let _ = editor.materials.try_update(|pages| {
                for page in pages.iter_mut() {
                    if let Some(stored) = draft.materials.iter().find(|p| p.id == page.id) {
                        page.uploaded = stored.uploaded;
                        page.upload.clone_from(&stored.upload);
                    }
                }
            });
        });
    };
    if let Ok(handle) = set_interval_with_handle(check, UPLOAD_CHECK) {
        on_cleanup(move || handle.clear());
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
    // Photos chosen, taken or dropped: each prepared by the shell in turn; a
    // retake (`replaces`) takes the place of the page it replaces.
    let add_files = {
        let draft_id = draft_id.clone();
        move |files: Vec<web_sys::File>, replaces: Option<String>| {
            if files.is_empty() {
                return;
            }
            let draft_id = draft_id.clone();
            busy.set(true);
            problem.set(None);
            spawn_local(async move {
                for file in files {
                    let added =
                        commands::draft_add_photo(draft_id.clone(), index, file, replaces.clone())
                            .await;
                    match added {
                        Ok(page) => editor.materials.update(|pages| {
                            match pages.iter_mut().find(|p| Some(&p.id) == replaces.as_ref()) {
                                Some(old) => *old = page,
                                None => pages.push(page),
                            }
                        }),
                        Err(error) => problem.set(Some(error.message)),
                    }
                }
                busy.set(false);
            });
        }
    };
    // The files chosen in a file input (emptied, so the same file can be
    // chosen again after a removal), for `add_files`.
    let chosen_files = |ev: &leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())?;
        let files = files_of(input.files());
        input.set_value("");
        Some(files)
    };
    let chosen = {
        let add_files = add_files.clone();
        move |ev: leptos::ev::Event| {
            if let Some(files) = chosen_files(&ev) {
                add_files(files, None);
            }
        }
    };
    let dragging = RwSignal::new(false);
    let dropped = {
        let add_files = add_files.clone();
        move |ev: leptos::ev::DragEvent| {
            ev.prevent_default();
            dragging.set(false);
            add_files(
                files_of(ev.data_transfer().and_then(|data| data.files())),
                None,
            );
        }
    };
    // The e-licences on file that this material is: the hall fetches those itself.
    let state = use_account();
    let offered = Memo::new({
        let name = material.name.clone();
        move |_| {
            state.account.with(|account| {
                account
                    .iter()
                    .flat_map(|account| account.profile.licences.iter())
                    .filter(|licence| name.contains(licence.kind.as_str()))
                    .map(|licence| licence.kind.clone())
                    .collect::<Vec<_>>()
            })
        }
    });
    let attach = {
        let draft_id = draft_id.clone();
        move |kind: String| {
            let draft_id = draft_id.clone();
            problem.set(None);
            spawn_local(async move {
                match commands::draft_attach_licence(draft_id, index, kind).await {
                    Ok(page) => editor.materials.update(|pages| pages.push(page)),
                    Err(error) => problem.set(Some(error.message)),
                }
            });
        }
    };
    let required = matches!(material.necessity, Necessity::Required);
    let input_id = format!("material-{index}-file");
    view! {
        <div
            class="material-slot"
            class:material-dropping=move || dragging.get()
            id=format!("material-{index}")
            on:dragover=move |ev: leptos::ev::DragEvent| {
                // Accepting the drag is what lets the drop happen here.
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=dropped
        >
            <div class="material-slot-head">
                <span class="material-name">{material.name.clone()}</span>
                {if required {
                    view! { <span class="tag tag-danger">{move || i18n.t(CatalogMsg::Required)}</span> }.into_any()
                } else {
                    view! { <span class="tag">{move || i18n.t(CatalogMsg::Optional)}</span> }.into_any()
                }}
            </div>
            {notice_problem(editor, &banshi_api::applications::material_field(index)).map(|problem| view! {
                <p class="form-notice form-notice-warning correction-problem">{problem}</p>
            })}
            <ul class="material-pages">
                {move || pages.get().into_iter().map(|page| {
                    let draft_id = draft_id.clone();
                    let page_id = page.id.clone();
                    let retake = {
                        let (add_files, page_id) = (add_files.clone(), page_id.clone());
                        move |ev: leptos::ev::Event| {
                            if let Some(files) = chosen_files(&ev) {
                                add_files(files, Some(page_id.clone()));
                            }
                        }
                    };
                    let remove = move |_| {
                        let (draft_id, page_id) = (draft_id.clone(), page_id.clone());
                        spawn_local(async move {
                            if commands::draft_remove_page(draft_id, page_id.clone()).await.is_ok() {
                                editor.materials.update(|pages| pages.retain(|p| p.id != page_id));
                            }
                        });
                    };
                    let is_photo = page.licence.is_none() && page.media == PageMedia::Jpeg;
                    let state = page.licence.is_none().then(|| {
                        let (icon, label) = if page.uploaded {
                            (icondata::LuCloudCheck, ApplicationsMsg::PageUploaded)
                        } else {
                            (icondata::LuCloudUpload, ApplicationsMsg::PageWaiting)
                        };
                        view! {
                            <span
                                class="material-upload-state"
                                class:material-uploaded=page.uploaded
                                title=move || i18n.t(label)
                            >
                                <Icon icon=icon attr:class="button-icon" />
                                <span class="visually-hidden">{move || i18n.t(label)}</span>
                            </span>
                        }
                    });
                    let shown = match page.licence {
                        Some(licence) => view! {
                            <span class="material-licence">
                                <Icon icon=icondata::LuFileBadge attr:class="button-icon" />
                                <span>{licence.kind}</span>
                                <span class="material-licence-number">{licence.number}</span>
                            </span>
                        }.into_any(),
                        None if page.media == PageMedia::Pdf => view! {
                            <span class="material-licence material-pdf">
                                <Icon icon=icondata::LuFileText attr:class="button-icon" />
                                <span>"PDF"</span>
                                <span class="material-licence-number">{format!("{:.1} MB", page.bytes as f64 / 1_048_576.0)}</span>
                            </span>
                        }.into_any(),
                        None => view! { <img class="material-thumb" src=page.thumbnail alt="" /> }.into_any(),
                    };
                    view! {
                        <li class="material-page" data-uploaded=page.uploaded.to_string()>
                            {shown}
                            {state}
                            {is_photo.then(|| view! {
                                <label class="material-retake" title=move || i18n.t(ApplicationsMsg::Retake)>
                                    <Icon icon=icondata::LuRefreshCw attr:class="button-icon" />
                                    <span class="visually-hidden">{move || i18n.t(ApplicationsMsg::Retake)}</span>
                                    <input
                                        class="material-file"
                                        type="file"
                                        accept=PHOTO_TYPES
                                        capture="environment"
                                        on:change=retake.clone()
                                    />
                                </label>
                            })}
                            <button type="button" class="material-remove" on:click=remove aria-label=move || i18n.t(CommonMsg::Remove)>
                                <Icon icon=icondata::LuX attr:class="button-icon" />
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {move || offered.get().into_iter().enumerate().map(|(k, kind)| {
                let attach = attach.clone();
                let label = kind.clone();
                view! {
                    <button
                        type="button"
                        class="button button-secondary button-small material-use-licence"
                        id=format!("material-{index}-licence-{k}")
                        on:click=move |_| attach(kind.clone())
                    >
                        <Icon icon=icondata::LuFileBadge attr:class="button-icon" />
                        {move || format!("{}{}", i18n.t(ApplicationsMsg::UseLicence), label)}
                    </button>
                }
            }).collect_view()}
            // The input covers its label, transparent: a tap anywhere on the
            // button (or WebDriver's, at the input's centre) reaches it.
            <label class="button button-secondary material-add" class:material-busy=move || busy.get()>
                <Icon icon=icondata::LuCamera attr:class="button-icon" />
                {move || i18n.t(if busy.get() { ApplicationsMsg::PreparingPhoto } else { ApplicationsMsg::AddPage })}
                <input
                    class="material-file"
                    id=input_id
                    type="file"
                    accept=format!("{PHOTO_TYPES},application/pdf,.pdf")
                    capture="environment"
                    multiple=true
                    on:change=chosen
                />
            </label>
            {move || problem.get().map(|message| view! {
                <p class="field-problem material-problem" role="alert">{message}</p>
            })}
        </div>
    }
}

/// The photo and scan files a page can be made of (HEIC only to be told
/// plainly that it cannot).
pub(crate) const PHOTO_TYPES: &str = "image/jpeg,image/png,image/heic,image/heif,.heic,.heif";

/// The files of a file list (an input's choice or a drop), in order.
pub(crate) fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default()
}
