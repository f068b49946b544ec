//! 好差评 of a finished matter (an application completed or refused, a visit
//! checked in): before it is rated, the five levels as a radio group, the
//! subject's dimensions, a comment, and — said before sending, for a score
//! of 不满意 or worse — the reason it needs, its problem tied to the field;
//! once rated, the rating, the follow-up case of a bad one with the date the
//! hall promised to answer by, the hall's answer, and rating that answer.

use std::collections::BTreeMap;

use banshi_api::ApiError;
use banshi_api::ids::{ApplicationNumber, BookingId};
use banshi_api::ratings::{
    Dimension, DimensionScore, NewRating, Rating, RatingCase, ReplyRating, Score,
};
use leptos::prelude::*;
use leptos_icons::Icon;

use crate::clock::date_time;
use crate::commands;
use crate::components::deadline::DeadlineLine;
use crate::i18n::{ConsultationsMsg, Msg, RatingsMsg, use_i18n};

/// The fewest and most characters of a bad rating's reason (as the hall checks).
const REASON_CHARS: std::ops::RangeInclusive<usize> = 5..=500;

/// The most characters of a comment.
const MAX_COMMENT_CHARS: usize = 500;

/// What is rated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rated {
    Application(ApplicationNumber),
    Visit(BookingId),
}

impl Rated {
    fn dimensions(&self) -> &'static [Dimension] {
        match self {
            Rated::Application(_) => Dimension::OF_APPLICATION,
            Rated::Visit(_) => Dimension::OF_VISIT,
        }
    }

    async fn rate(self, rating: NewRating) -> Result<Rating, ApiError> {
        match self {
            Rated::Application(number) => commands::rating_application(number, rating).await,
            Rated::Visit(booking) => commands::rating_visit(booking, rating).await,
        }
    }
}

/// The rating of `subject`: its form while `may_rate` and none is given, the
/// rating given otherwise, nothing when neither.
#[component]
pub fn RatingSection(subject: Rated, rating: Option<Rating>, may_rate: bool) -> impl IntoView {
    let shown = RwSignal::new(rating);
    move || match shown.get() {
        Some(rating) => view! { <RatingShown rating shown /> }.into_any(),
        None if may_rate => view! { <RatingForm subject=subject.clone() shown /> }.into_any(),
        None => ().into_any(),
    }
}

/// The five levels as one radio group named `name`, the best first.
#[component]
fn Levels(
    /// The group's name and the prefix of its inputs' ids.
    name: String,
    #[prop(into)] legend: Msg,
    score: RwSignal<Option<u8>>,
    /// The id of the text describing a problem with the group, if any.
    #[prop(optional, into)]
    described_by: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let options = (1..=5u8)
        .rev()
        .map(|level| {
            let id = format!("{name}-{level}");
            let label_for = id.clone();
            view! {
                <label class="rating-level" for=label_for data-level=level.to_string()>
                    <input type="radio" class="rating-radio" id=id name=name.clone()
                        value=level.to_string()
                        prop:checked=move || score.get() == Some(level)
                        on:change=move |_| score.set(Some(level)) />
                    <span class="rating-level-label">{move || i18n.t(RatingsMsg::Level(level))}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="rating-levels" role="radiogroup" aria-describedby=described_by>
            <legend class="field-label">{move || i18n.t(legend)}</legend>
            <div class="rating-options">{options}</div>
        </fieldset>
    }
}

#[component]
fn RatingForm(subject: Rated, shown: RwSignal<Option<Rating>>) -> impl IntoView {
    let i18n = use_i18n();
    // Signals.
    let score = RwSignal::new(None::<u8>);
    let dimensions: BTreeMap<Dimension, RwSignal<Option<u8>>> = subject
        .dimensions()
        .iter()
        .map(|dimension| (*dimension, RwSignal::new(None)))
        .collect();
    let comment = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let bad = move || score.get().is_some_and(|s| s < Score::WORST_GOOD);
    let reason_problem = move || {
        let chars = reason.with(|r| r.trim().chars().count());
        (bad() && !REASON_CHARS.contains(&chars)).then_some(RatingsMsg::ReasonNeeded)
    };
    let title = match subject {
        Rated::Application(_) => RatingsMsg::RateApplication,
        Rated::Visit(_) => RatingsMsg::RateVisit,
    };
    // Actions.
    let send = Action::new_local(move |rating: &NewRating| subject.clone().rate(rating.clone()));
    // Effects.
    Effect::new(move || {
        if let Some(Ok(rating)) = send.value().get() {
            shown.set(Some(rating));
        }
    });
    let problem = move || send.value().get().and_then(Result::err);
    // The hall's own word on the reason, when it refused it.
    let hall_reason_problem = move || {
        problem().and_then(|error| {
            error
                .fields
                .into_iter()
                .find(|field| field.field == "reason")
                .map(|field| field.message)
        })
    };
    let dimension_scores = dimensions.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Some(Ok(whole)) = score.get_untracked().map(Score::new) else {
            return;
        };
        if reason_problem().is_some() {
            return;
        }
        let text = |signal: RwSignal<String>| {
            Some(signal.get_untracked().trim().to_owned()).filter(|text| !text.is_empty())
        };
        let rating = NewRating {
            score: whole,
            dimensions: dimension_scores
                .iter()
                .filter_map(|(dimension, score)| {
                    let score = Score::new(score.get_untracked()?).ok()?;
                    Some(DimensionScore {
                        dimension: *dimension,
                        score,
                    })
                })
                .collect(),
            comment: text(comment),
            reason: whole.is_bad().then(|| text(reason)).flatten(),
        };
        send.dispatch(rating);
    };
    // View.
    let dimension_rows = dimensions
        .into_iter()
        .map(|(dimension, score)| {
            let name = format!("rating-{}", dimension_key(dimension));
            view! { <Levels name legend=RatingsMsg::Dimension(dimension) score /> }
        })
        .collect_view();
    view! {
        <section class="section card rating-card" id="rating-form">
            <h2 class="section-title">
                <Icon icon=icondata::LuThumbsUp attr:class="button-icon" />
                {move || i18n.t(title)}
            </h2>
            <p class="page-intro">{move || i18n.t(RatingsMsg::RateIntro)}</p>
            <form class="rating-form" novalidate=true on:submit=submit>
                <Levels name="rating-score".to_owned() legend=RatingsMsg::Overall score
                    described_by="rating-score-problem" />
                <p class="field-problem" id="rating-score-problem" role="alert">
                    {move || (tried.get() && score.get().is_none()).then(|| i18n.t(RatingsMsg::ChooseLevel))}
                </p>
                {move || bad().then(|| view! {
                <div class="field form-field" class:field-invalid=move || tried.get() && reason_problem().is_some()
                    id="rating-reason-field">
                    <label class="field-label" for="rating-reason">{move || i18n.t(RatingsMsg::Reason)}</label>
                    <p class="field-hint" id="rating-reason-hint">{move || i18n.t(RatingsMsg::ReasonHint)}</p>
                    <textarea class="field-input field-textarea" id="rating-reason" rows="3"
                        maxlength=REASON_CHARS.end().to_string()
                        aria-describedby="rating-reason-hint rating-reason-problem"
                        aria-invalid=move || (tried.get() && reason_problem().is_some()).to_string()
                        prop:value=move || reason.get()
                        on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
                    <p class="field-count">{move || i18n.t(ConsultationsMsg::CharCount {
                        typed: reason.with(|r| r.trim().chars().count()),
                        max: *REASON_CHARS.end(),
                    })}</p>
                    <p class="field-problem" id="rating-reason-problem" role="alert">
                        {move || hall_reason_problem().or_else(|| {
                            (tried.get()).then(reason_problem).flatten().map(|msg| i18n.t(msg))
                        })}
                    </p>
                </div>
                })}
                <fieldset class="rating-dimensions">
                    <legend class="section-subtitle">{move || i18n.t(RatingsMsg::Dimensions)}</legend>
                    {dimension_rows}
                </fieldset>
                <div class="field form-field">
                    <label class="field-label" for="rating-comment">{move || i18n.t(RatingsMsg::Comment)}</label>
                    <textarea class="field-input field-textarea" id="rating-comment" rows="3"
                        maxlength=MAX_COMMENT_CHARS.to_string()
                        prop:value=move || comment.get()
                        on:input=move |ev| comment.set(event_target_value(&ev))></textarea>
                </div>
                {move || problem().filter(|error| error.fields.is_empty()).map(|error| view! {
                    <p class="form-notice form-notice-error" id="rating-problem" role="alert">{error.message}</p>
                })}
                <button type="submit" class="button button-primary button-block" id="rating-send"
                    disabled=move || send.pending().get()>
                    {move || i18n.t(if send.pending().get() { RatingsMsg::Sending } else { RatingsMsg::Send })}
                </button>
            </form>
        </section>
    }
}

/// A dimension as the ids of its inputs name it.
fn dimension_key(dimension: Dimension) -> &'static str {
    match dimension {
        Dimension::Attitude => "attitude",
        Dimension::Efficiency => "efficiency",
        Dimension::FewerMaterials => "fewer-materials",
        Dimension::Transparency => "transparency",
        Dimension::GuideAccuracy => "guide-accuracy",
        Dimension::Convenience => "convenience",
    }
}

/// The tag a level is shown with.
fn level_class(score: Score) -> &'static str {
    if score.is_bad() {
        "tag tag-danger"
    } else if score.value() == Score::WORST_GOOD {
        "tag tag-info"
    } else {
        "tag tag-success"
    }
}

#[component]
fn RatingShown(rating: Rating, shown: RwSignal<Option<Rating>>) -> impl IntoView {
    let i18n = use_i18n();
    let level = rating.score.value();
    let dimensions = rating
        .dimensions
        .iter()
        .map(|scored| {
            let (dimension, level) = (scored.dimension, scored.score.value());
            view! {
                <dt>{move || i18n.t(RatingsMsg::Dimension(dimension))}</dt>
                <dd>{move || i18n.t(RatingsMsg::Level(level))}</dd>
            }
        })
        .collect_view();
    let line = |label: RatingsMsg, text: Option<String>, id: &'static str| {
        text.map(|text| {
            view! {
                <p class="timeline-detail" id=id>
                    <span class="timeline-label">{move || i18n.t(label)}{move || i18n.pick("：", ": ")}</span>{text}
                </p>
            }
        })
    };
    let case = rating
        .case
        .clone()
        .map(|case| view! { <CaseShown case rating=rating.clone() shown /> });
    view! {
        <section class="section card rating-card" id="rating-shown" data-score=level.to_string()>
            <h2 class="section-title">
                <Icon icon=icondata::LuThumbsUp attr:class="button-icon" />
                {move || i18n.t(RatingsMsg::YourRating)}
            </h2>
            <p class="application-state">
                <span class=level_class(rating.score) id="rating-level">{move || i18n.t(RatingsMsg::Level(level))}</span>
                <span class="licence-meta">{move || i18n.t(RatingsMsg::RatedOn)}" "{date_time(rating.rated_at)}</span>
            </p>
            {(!rating.dimensions.is_empty()).then(|| view! { <dl class="profile-facts rating-facts">{dimensions}</dl> })}
            {line(RatingsMsg::Reason, rating.reason.clone(), "rating-reason-shown")}
            {line(RatingsMsg::Comment, rating.comment.clone(), "rating-comment-shown")}
            {case}
        </section>
    }
}

/// A bad rating's follow-up: when the hall must answer by, its answer, and
/// the applicant's rating of that answer.
#[component]
fn CaseShown(case: RatingCase, rating: Rating, shown: RwSignal<Option<Rating>>) -> impl IntoView {
    let i18n = use_i18n();
    let reply_score = RwSignal::new(None::<u8>);
    let id = rating.id.clone();
    let rate_reply = Action::new_local(move |score: &Score| {
        commands::rating_rate_reply(id.clone(), ReplyRating { score: *score })
    });
    Effect::new(move || {
        if let Some(Ok(rating)) = rate_reply.value().get() {
            shown.set(Some(rating));
        }
    });
    let answer = case.reply.clone().map(|reply| {
        view! {
            <div class="rating-reply" id="rating-reply">
                <p class="timeline-head">
                    <span class="timeline-what">{move || i18n.t(RatingsMsg::HallReply)}</span>
                    <span class="licence-meta">{reply.staff.clone()}" · "{date_time(reply.at)}</span>
                </p>
                <p class="rating-reply-text" id="rating-reply-text">{reply.text.clone()}</p>
            </div>
        }
    });
    let answered = case.reply.is_some();
    let reply_rating = match case.reply_score {
        Some(score) => {
            let level = score.value();
            Some(view! {
                <p class="application-state" id="reply-rating-shown" data-score=level.to_string()>
                    <span class="licence-meta">{move || i18n.t(RatingsMsg::YourReplyRating)}</span>
                    <span class=level_class(score)>{move || i18n.t(RatingsMsg::Level(level))}</span>
                </p>
            }
            .into_any())
        }
        None if answered => Some(view! {
            <form class="rating-form" id="reply-rating-form" on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                if let Some(Ok(score)) = reply_score.get_untracked().map(Score::new) {
                    rate_reply.dispatch(score);
                }
            }>
                <Levels name="reply-score".to_owned() legend=RatingsMsg::RateReply score=reply_score />
                {move || rate_reply.value().get().and_then(Result::err).map(|error| view! {
                    <p class="form-notice form-notice-error" role="alert">{error.message}</p>
                })}
                <button type="submit" class="button button-secondary button-block" id="reply-rating-send"
                    disabled=move || reply_score.get().is_none() || rate_reply.pending().get()>
                    {move || i18n.t(RatingsMsg::Send)}
                </button>
            </form>
        }
        .into_any()),
        None => None,
    };
    view! {
        <div class="rating-case" id="rating-case">
            <h3 class="section-subtitle">{move || i18n.t(RatingsMsg::Case)}</h3>
            {(!answered).then(|| view! {
                <p class="page-intro">{move || i18n.t(RatingsMsg::CaseIntro)}</p>
                <p class="tag tag-warning" id="rating-awaiting">{move || i18n.t(RatingsMsg::AwaitingReply)}</p>
                <DeadlineLine deadline=case.deadline due_label=RatingsMsg::ReplyDue />
            })}
            {answer}
            {reply_rating}
        </div>
    }
}
