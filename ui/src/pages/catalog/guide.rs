//! The guide of one item (办事指南): every element of the national standard,
//! ordered so a citizen sees at a glance how many trips it takes, how long, what
//! it costs, and exactly what to bring.

use banshi_api::catalog::{Item, ItemSummary, Material, MaterialSource, Medium, Necessity};
use banshi_api::consultations::ConsultationAbout;
use banshi_api::forms::ONLINE_APPLICATION_DEPTH;
use banshi_api::ids::ItemCode;
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::address_ids::parse_param;
use crate::commands;
use crate::components::status::Loaded;
use crate::i18n::{ApplicationsMsg, BookingsMsg, CatalogMsg, CommonMsg, I18n, use_i18n};
use crate::pages::consultations::AskButtons;
use crate::saved::{SavedItem, use_saved};

#[component]
pub fn GuidePage() -> impl IntoView {
    let params = use_params_map();
    let item = LocalResource::new(move || {
        let code = params.with(|p| parse_param::<ItemCode>(p.get("code")));
        async move { commands::catalog_item(code?).await }
    });
    view! {
        <div class="page page-guide">
            <BackLink />
            <Loaded resource=item rows=4 ok=|item| view! { <Guide item /> } />
        </div>
    }
}

#[component]
fn BackLink() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button class="back-link" on:click=move |_| {
            if let Ok(history) = window().history() {
                let _ = history.back();
            }
        }>
            <Icon icon=icondata::LuArrowLeft attr:class="button-icon" />
            {move || i18n.t(CommonMsg::Back)}
        </button>
    }
}

#[component]
fn Guide(item: Item) -> impl IntoView {
    let i18n = use_i18n();
    let saved = use_saved();
    let summary = item.summary.clone();
    let remembered = SavedItem::from(&summary);
    saved.viewed(remembered.clone());
    let code = summary.code.clone();
    let favourite = Memo::new(move |_| saved.is_favourite(&code));
    view! {
        <header class="page-head guide-head">
            <div class="guide-title-row">
                <h1 class="page-title" id="guide-title">{summary.name.clone()}</h1>
                <button
                    class="favourite-button"
                    id="favourite"
                    aria-pressed=move || favourite.get().to_string()
                    on:click=move |_| saved.toggle_favourite(remembered.clone())
                >
                    <Icon icon=icondata::LuStar attr:class="button-icon" />
                    {move || i18n.t(if favourite.get() { CatalogMsg::RemoveFavourite } else { CatalogMsg::AddFavourite })}
                </button>
            </div>
            <p class="item-meta">
                <span>{summary.department.clone()}</span>
                <span class="item-kind">{move || i18n.t(CatalogMsg::Kind(summary.kind))}</span>
            </p>
        </header>
        <SummaryStrip item=item.clone() />
        <GuideActions summary=summary.clone() />
        <AskButtons about=ConsultationAbout::Item { code: summary.code.clone() } />
        {(!item.conditions.is_empty()).then(|| view! {
            <GuideSection title=CatalogMsg::Conditions>
                <ul class="bullets">
                    {item.conditions.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}
                </ul>
            </GuideSection>
        })}
        <GuideSection title=CatalogMsg::Materials>
            <ol class="materials" id="materials">
                {item.materials.iter().cloned().map(|material| view! { <MaterialRow material /> }).collect_view()}
            </ol>
        </GuideSection>
        <GuideSection title=CatalogMsg::Steps>
            <ol class="steps">
                {item.steps.iter().cloned().map(|step| view! {
                    <li class="step">
                        <span class="step-name">{step.name}</span>
                        <span class="step-text">{step.description}</span>
                        {step.days.filter(|d| *d > 0).map(|days| view! {
                            <span class="tag">{move || i18n.t(CatalogMsg::PromisedDays(days))}</span>
                        })}
                    </li>
                }).collect_view()}
            </ol>
        </GuideSection>
        <GuideSection title=CatalogMsg::Fees>
            {if item.fees.is_empty() {
                view! { <p class="guide-text">{move || i18n.t(CatalogMsg::Free)}</p> }.into_any()
            } else {
                view! {
                    <ul class="fees">
                        {item.fees.iter().cloned().map(|fee| view! {
                            <li class="fee">
                                <span class="fee-name">{fee.name}</span>
                                <span class="fee-standard">{fee.standard}</span>
                                <span class="guide-note">{fee.basis}</span>
                                {fee.reductions.map(|r| view! {
                                    <span class="guide-note">{move || i18n.t(CatalogMsg::Reductions)}"："{r}</span>
                                })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </GuideSection>
        <GuideSection title=CatalogMsg::Result>
            <p class="guide-text">{item.result.name.clone()}" · "{item.result.kind.clone()}</p>
        </GuideSection>
        <GuideSection title=CatalogMsg::PlaceAndHours>
            <p class="guide-line">
                <Icon icon=icondata::LuMapPin attr:class="line-icon" />
                {item.place.clone()}
            </p>
            <p class="guide-line">
                <Icon icon=icondata::LuClock attr:class="line-icon" />
                {item.hours.clone()}
            </p>
            {item.visit_reason.clone().map(|reason| view! {
                <p class="guide-note">{move || i18n.t(CatalogMsg::VisitReason)}"："{reason}</p>
            })}
            {item.universal_scope.clone().map(|scope| view! {
                <p class="guide-note">{move || i18n.t(CatalogMsg::UniversalScope)}"："{scope}</p>
            })}
        </GuideSection>
        <GuideSection title=CatalogMsg::Contact>
            <div class="phones">
                <PhoneLink label=CatalogMsg::ConsultPhone number=item.consult_phone.clone() />
                <PhoneLink label=CatalogMsg::ComplaintPhone number=item.complaint_phone.clone() />
            </div>
        </GuideSection>
        <GuideSection title=CatalogMsg::LegalBasis>
            <ul class="bullets guide-note">
                {item.legal_basis.iter().map(|law| view! { <li>{law.clone()}</li> }).collect_view()}
            </ul>
        </GuideSection>
        {(!item.faq.is_empty()).then(|| view! {
            <GuideSection title=CatalogMsg::Faq>
                {item.faq.iter().cloned().map(|faq| view! {
                    <details class="faq">
                        <summary>{faq.question}</summary>
                        <p class="guide-text">{faq.answer}</p>
                    </details>
                }).collect_view()}
            </GuideSection>
        })}
    }
}

#[component]
fn GuideSection(title: CatalogMsg, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="section card guide-section">
            <h2 class="section-title">{move || i18n.t(title)}</h2>
            {children()}
        </section>
    }
}

/// The facts that decide the trip: visits, online depth, time, fee, delivery, booking.
#[component]
fn SummaryStrip(item: Item) -> impl IntoView {
    let i18n = use_i18n();
    let s = item.summary;
    let visits = if s.visits == 0 {
        CatalogMsg::ZeroVisits
    } else {
        CatalogMsg::Visits(s.visits)
    };
    let time = if s.promised_days == 0 {
        CatalogMsg::Immediate
    } else {
        CatalogMsg::PromisedVsStatutory {
            promised: s.promised_days,
            statutory: s.statutory_days,
        }
    };
    let facts = [
        (
            icondata::LuFootprints,
            CatalogMsg::VisitsNeeded,
            visits,
            s.visits == 0,
        ),
        (
            icondata::LuMonitorSmartphone,
            CatalogMsg::OnlineService,
            CatalogMsg::OnlineDepth(s.online_depth),
            s.online_depth >= 4,
        ),
        (
            icondata::LuTimer,
            CatalogMsg::TimeLimit,
            time,
            s.promised_days == 0,
        ),
        (
            icondata::LuReceipt,
            CatalogMsg::Fee,
            if s.charged {
                CatalogMsg::Charged
            } else {
                CatalogMsg::Free
            },
            !s.charged,
        ),
        (
            icondata::LuTruck,
            CatalogMsg::Delivery,
            if s.ems_delivery {
                CatalogMsg::EmsYes
            } else {
                CatalogMsg::EmsNo
            },
            s.ems_delivery,
        ),
        (
            icondata::LuCalendarCheck,
            CatalogMsg::Booking,
            if s.booking {
                CatalogMsg::BookingYes
            } else {
                CatalogMsg::BookingNo
            },
            s.booking,
        ),
    ];
    view! {
        <ul class="summary-strip" id="summary-strip">
            {facts.into_iter().map(|(icon, label, value, good)| view! {
                <li class="fact" class:fact-good=good>
                    <Icon icon=icon attr:class="fact-icon" />
                    <span class="fact-label">{move || i18n.t(label)}</span>
                    <span class="fact-value">{move || i18n.t(value)}</span>
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
fn MaterialRow(material: Material) -> impl IntoView {
    let i18n = use_i18n();
    let (necessity_class, necessity) = match &material.necessity {
        Necessity::Required => ("tag tag-danger", CatalogMsg::Required),
        Necessity::Optional => ("tag", CatalogMsg::Optional),
        Necessity::Conditional { .. } => ("tag tag-warning", CatalogMsg::Conditional),
    };
    let condition = match &material.necessity {
        Necessity::Conditional { condition } => Some(condition.clone()),
        _ => None,
    };
    let facts = material_facts(&material);
    view! {
        <li class="material">
            <div class="material-head">
                <span class="material-name">{material.name.clone()}</span>
                <span class=necessity_class>{move || i18n.t(necessity)}</span>
            </div>
            {condition.map(|c| view! { <p class="guide-note">{c}</p> })}
            <ul class="tags">
                {facts.into_iter().map(|msg| view! { <li class="tag">{move || i18n.t(msg)}</li> }).collect_view()}
            </ul>
            {material.notes.clone().map(|notes| view! { <p class="guide-note">{notes}</p> })}
            <DocumentButtons blank=material.blank_form.clone() sample=material.sample.clone() />
            <p class="guide-note">
                {move || i18n.t(CatalogMsg::AcceptanceStandard)}"："{material.acceptance_standard.clone()}
            </p>
        </li>
    }
}

/// Buttons that fetch a material's blank form and sample and open them, with what
/// became of the last one pressed.
#[component]
fn DocumentButtons(blank: Option<String>, sample: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let open = Action::new_local(|link: &String| commands::catalog_open_document(link.clone()));
    let buttons: Vec<_> = [
        (blank, CatalogMsg::BlankForm, "document-blank"),
        (sample, CatalogMsg::SampleForm, "document-sample"),
    ]
    .into_iter()
    .filter_map(|(link, label, class)| link.map(|link| (link, label, class)))
    .collect();
    (!buttons.is_empty()).then(|| {
        view! {
            <div class="document-buttons">
                {buttons.into_iter().map(|(link, label, class)| view! {
                    <button
                        class=format!("button button-secondary button-small {class}")
                        disabled=move || open.pending().get()
                        on:click=move |_| { open.dispatch(link.clone()); }
                    >
                        <Icon icon=icondata::LuFileDown attr:class="button-icon" />
                        {move || i18n.t(label)}
                    </button>
                }).collect_view()}
                <p class="guide-note document-status" role="status">
                    {move || open.value().get().map(|outcome| match outcome {
                        Ok(saved) if saved.opened => i18n.t(CommonMsg::DocumentOpened),
                        Ok(saved) => format!("{}{}", i18n.t(CommonMsg::DocumentSaved), saved.path),
                        Err(error) => error.message,
                    })}
                </p>
            </div>
        }
    })
}

/// Original or copy, medium, copies and source, as tags.
fn material_facts(material: &Material) -> Vec<CatalogMsg> {
    let medium = match material.medium {
        Medium::Paper => CatalogMsg::Paper,
        Medium::Electronic => CatalogMsg::Electronic,
        Medium::PaperOrElectronic => CatalogMsg::PaperOrElectronic,
    };
    let source = match material.source {
        MaterialSource::Applicant => CatalogMsg::FromApplicant,
        MaterialSource::IssuingDepartment => CatalogMsg::FromDepartment,
        MaterialSource::LicenceLibrary => CatalogMsg::FromLicenceLibrary,
    };
    vec![
        if material.original {
            CatalogMsg::Original
        } else {
            CatalogMsg::Copy
        },
        medium,
        CatalogMsg::CopiesCount(material.copies),
        source,
    ]
}

#[component]
fn PhoneLink(label: CatalogMsg, number: String) -> impl IntoView {
    let i18n: I18n = use_i18n();
    view! {
        <a class="phone-link" href=format!("tel:{number}")>
            <Icon icon=icondata::LuPhone attr:class="line-icon" />
            <span class="phone-label">{move || i18n.t(label)}</span>
            <span class="phone-number">{number.clone()}</span>
        </a>
    }
}

/// What to do next: apply online where the item allows it, and book a visit
/// to the hall where it can be booked — the main action when applying online
/// is not possible.
#[component]
fn GuideActions(summary: ItemSummary) -> impl IntoView {
    let i18n = use_i18n();
    let online = summary.online_depth >= ONLINE_APPLICATION_DEPTH;
    let book_class = if online {
        "button button-secondary button-block"
    } else {
        "button button-primary button-block"
    };
    (online || summary.booking).then(|| view! {
        <div class="guide-actions">
            {online.then(|| view! {
                <A href=format!("/apply/{}", summary.code) attr:class="button button-primary button-block" attr:id="apply">
                    <Icon icon=icondata::LuFilePen attr:class="button-icon" />
                    {move || i18n.t(ApplicationsMsg::Apply)}
                </A>
            })}
            {summary.booking.then(|| view! {
                <A href=format!("/bookings/new/{}", summary.code) attr:class=book_class attr:id="book">
                    <Icon icon=icondata::LuCalendarCheck attr:class="button-icon" />
                    {move || i18n.t(BookingsMsg::BookVisit)}
                </A>
            })}
        </div>
    })
}
