//! 我的 → 草稿: the applications being filled in on this device, how far along
//! each is and when and where it last changed, and those submitted offline that
//! wait to be sent (待发送); continue or delete.

use banshi_api::applications::DraftSummary;
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;

use crate::clock::{short_time, today};
use crate::commands;
use crate::i18n::{ApplicationsMsg, CommonMsg, use_i18n};

#[component]
pub fn DraftsSection() -> impl IntoView {
    let i18n = use_i18n();
    let drafts = LocalResource::new(|| commands::drafts_list(today()));
    view! {
        <section class="section card" id="drafts">
            <h2 class="section-title">{move || i18n.t(ApplicationsMsg::Drafts)}</h2>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match drafts.await {
                        Ok(list) if !list.is_empty() => view! {
                            <ul class="draft-list">
                                {list.into_iter().map(|draft| view! { <DraftRow draft on_delete=move || drafts.refetch() /> }).collect_view()}
                            </ul>
                        }.into_any(),
                        _ => view! { <p class="page-intro">{move || i18n.t(ApplicationsMsg::NoDrafts)}</p> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn DraftRow(draft: DraftSummary, on_delete: impl Fn() + Copy + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let id = draft.id.clone();
    let delete = move |_| {
        let id = id.clone();
        leptos::task::spawn_local(async move {
            if commands::draft_delete(id).await.is_ok() {
                on_delete();
            }
        });
    };
    let (done, total) = (draft.sections_done, draft.sections_total);
    let changed = format!("{} · {}", short_time(draft.updated_at), draft.updated_on);
    view! {
        <li class="draft" id=format!("draft-{}", draft.id)>
            <Icon icon=icondata::LuFilePen attr:class="licence-icon" />
            <span class="licence-text">
                <span class="licence-kind draft-name">
                    {draft.item_name.clone()}
                    {draft.outbox.then(|| view! { <span class="tag tag-warning draft-outbox">{move || i18n.t(ApplicationsMsg::Outbox)}</span> })}
                </span>
                <span class="licence-meta">{move || i18n.t(ApplicationsMsg::DraftProgress { done, total })}</span>
                <span class="licence-meta">{move || i18n.t(ApplicationsMsg::LastChanged)}" "{changed.clone()}</span>
            </span>
            <span class="draft-actions">
                <A href=format!("/apply/{}?draft={}", draft.item_code, draft.id) attr:class="button button-primary button-small draft-continue">
                    {move || i18n.t(ApplicationsMsg::ContinueDraft)}
                </A>
                <button type="button" class="button button-secondary button-small draft-delete" on:click=delete>
                    {move || i18n.t(CommonMsg::Remove)}
                </button>
            </span>
        </li>
    }
}
