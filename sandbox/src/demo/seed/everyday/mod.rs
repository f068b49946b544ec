//! Hand-written guides of the everyday items (身份证, 户口, 婚育, 社保,
//! 公积金, 不动产, 开办企业 …): real materials, time limits, fees and
//! questions, used in every hall that implements the item.

mod business;
mod people;
mod welfare;

use banshi_api::catalog::{
    Faq, Item, ItemResult, Material, MaterialSource, Medium, Necessity, Processing, Step,
};
use fastrand::Rng;

use super::fees::FeeSpec;
use super::plan::{Plan, scaled_popularity, summary};
use super::spec::ItemSpec;
use super::texts::{result_kind, steps as template_steps};

/// Whether a material must be handed in.
#[derive(Debug, Clone, Copy)]
pub(super) enum Need {
    Required,
    Optional,
    /// Only in the situation described.
    If(&'static str),
}

/// A material as a hand-written guide lists it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Mat {
    pub(super) name: &'static str,
    pub(super) need: Need,
    pub(super) original: bool,
    pub(super) medium: Medium,
    pub(super) copies: u8,
    pub(super) source: MaterialSource,
    pub(super) notes: Option<&'static str>,
    pub(super) standard: &'static str,
}

/// A paper original the applicant brings.
pub(super) const PAPER: Mat = Mat {
    name: "",
    need: Need::Required,
    original: true,
    medium: Medium::Paper,
    copies: 1,
    source: MaterialSource::Applicant,
    notes: None,
    standard: "",
};

/// A certificate the hall fetches from the electronic licence library.
pub(super) const LIBRARY: Mat = Mat {
    medium: Medium::Electronic,
    source: MaterialSource::LicenceLibrary,
    notes: Some("已归集电子证照的，窗口通过电子证照库调取，无需提交纸质材料"),
    ..PAPER
};

/// A form filled in at the window or online.
pub(super) const FORM: Mat = Mat {
    medium: Medium::PaperOrElectronic,
    notes: Some("可在窗口领取，也可在皖事通App或安徽政务服务网亳州分厅在线填写"),
    ..PAPER
};

/// A copy of a document.
pub(super) const COPY: Mat = Mat {
    original: false,
    ..PAPER
};

/// A hand-written guide; the department, hall, place and phones come from
/// the tables, so one guide serves every hall.
#[derive(Debug, Clone, Copy)]
pub(super) struct Guide {
    pub(super) name: &'static str,
    pub(super) legal_basis: &'static [&'static str],
    pub(super) conditions: &'static [&'static str],
    pub(super) processing: Processing,
    pub(super) statutory_days: u16,
    pub(super) promised_days: u16,
    pub(super) visits: u8,
    pub(super) online_depth: u8,
    pub(super) materials: &'static [Mat],
    /// (name, description, days); empty for the template steps.
    pub(super) steps: &'static [(&'static str, &'static str, Option<u16>)],
    pub(super) fees: &'static [FeeSpec],
    pub(super) online_payment: bool,
    pub(super) ems_delivery: bool,
    pub(super) booking: bool,
    pub(super) visit_reason: Option<&'static str>,
    pub(super) universal_scope: Option<&'static str>,
    pub(super) result: &'static str,
    pub(super) faq: &'static [(&'static str, &'static str)],
    /// Applications a year in the city hall.
    pub(super) popularity: u32,
}

/// Defaults that every guide overrides where it differs.
pub(super) const BASE: Guide = Guide {
    name: "",
    legal_basis: &[],
    conditions: &[],
    processing: Processing::Promised,
    statutory_days: 20,
    promised_days: 10,
    visits: 0,
    online_depth: 4,
    materials: &[],
    steps: &[],
    fees: &[],
    online_payment: false,
    ems_delivery: false,
    booking: false,
    visit_reason: None,
    universal_scope: None,
    result: "",
    faq: &[],
    popularity: 1_000,
};

/// Every hand-written guide.
fn all() -> impl Iterator<Item = &'static Guide> {
    people::GUIDES
        .iter()
        .chain(welfare::GUIDES)
        .chain(business::GUIDES)
}

/// The hand-written guide of an item, by its exact name.
pub(super) fn guide(name: &str) -> Option<&'static Guide> {
    all().find(|guide| guide.name == name)
}

/// The names of every hand-written guide.
#[cfg(test)]
pub(super) fn names() -> Vec<&'static str> {
    all().map(|guide| guide.name).collect()
}

fn to_material(mat: &Mat) -> Material {
    Material {
        name: mat.name.to_owned(),
        necessity: match mat.need {
            Need::Required => Necessity::Required,
            Need::Optional => Necessity::Optional,
            Need::If(condition) => Necessity::Conditional {
                condition: condition.to_owned(),
            },
        },
        original: mat.original,
        medium: mat.medium,
        copies: mat.copies,
        source: mat.source,
        blank_form: None,
        sample: None,
        notes: mat.notes.map(str::to_owned),
        acceptance_standard: mat.standard.to_owned(),
    }
}

fn strings(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|text| (*text).to_owned()).collect()
}

/// The item of a hand-written guide in one hall.
pub(super) fn build(spec: &ItemSpec<'_>, guide: &Guide) -> Item {
    let mut rng = Rng::with_seed(spec.seed());
    let plan = Plan {
        processing: guide.processing,
        statutory_days: guide.statutory_days,
        promised_days: guide.promised_days,
        visits: guide.visits,
        online_depth: guide.online_depth,
        ems_delivery: guide.ems_delivery,
        booking: guide.booking,
        // Popularity counts stay far below 2^24, so the conversion is exact.
        popularity: scaled_popularity(guide.popularity as f32, spec, &mut rng),
    };
    let steps = if guide.steps.is_empty() {
        template_steps(spec, &plan, guide.result)
    } else {
        guide
            .steps
            .iter()
            .map(|(name, description, days)| Step {
                name: (*name).to_owned(),
                description: (*description).to_owned(),
                days: *days,
            })
            .collect()
    };
    Item {
        summary: summary(spec, &plan, !guide.fees.is_empty()),
        level: spec.hall.level(),
        legal_basis: strings(guide.legal_basis),
        conditions: strings(guide.conditions),
        processing: guide.processing,
        materials: guide.materials.iter().map(to_material).collect(),
        steps,
        fees: guide.fees.iter().map(|fee| fee.to_fee()).collect(),
        online_payment: guide.online_payment,
        place: spec.place(),
        hours: spec.hall.hours_text(),
        consult_phone: spec.consult_phone.to_owned(),
        complaint_phone: "12345".to_owned(),
        visit_reason: guide.visit_reason.map(str::to_owned),
        universal_scope: guide.universal_scope.map(str::to_owned),
        result: ItemResult {
            name: guide.result.to_owned(),
            kind: result_kind(guide.result).to_owned(),
            sample: None,
        },
        faq: guide
            .faq
            .iter()
            .map(|(question, answer)| Faq {
                question: (*question).to_owned(),
                answer: (*answer).to_owned(),
            })
            .collect(),
    }
}
