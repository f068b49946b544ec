//! The numbers of a guide: processing type, time limits, visits and online
//! depth, delivery, booking and popularity, kept consistent with each other.
//!
//! Invariants: depth 4 ⇔ no visit; one visit ⇒ depth 2 or 3; two visits ⇒
//! depth 1 or 2; items done on the spot promise 0 days; the promise never
//! exceeds the statutory limit.

use banshi_api::catalog::{ItemKind, ItemSummary, Processing};
use banshi_api::halls::HallCode;
use fastrand::Rng;

use super::model::Role;
use super::spec::ItemSpec;

#[derive(Debug, Clone)]
pub(super) struct Plan {
    pub(super) processing: Processing,
    pub(super) statutory_days: u16,
    pub(super) promised_days: u16,
    pub(super) visits: u8,
    pub(super) online_depth: u8,
    pub(super) ems_delivery: bool,
    pub(super) booking: bool,
    pub(super) popularity: u32,
}

/// Applications a year in this hall for an item that sees `base` in the city hall.
pub(super) fn scaled_popularity(base: f32, spec: &ItemSpec<'_>, rng: &mut Rng) -> u32 {
    let jitter = 0.7 + rng.f32() * 0.6;
    // Rounded to a whole count; the product is small and positive.
    let count = (base * spec.hall.size * jitter).round();
    if count < 1.0 { 1 } else { count as u32 }
}

/// Applications a year of one business form, from its basic item's base.
fn popularity(base: f32, spec: &ItemSpec<'_>, rng: &mut Rng) -> u32 {
    let role = match spec.role() {
        Role::Main => 1.0,
        Role::Change => 0.35,
        Role::Renew => 0.3,
        Role::Cancel => 0.15,
        Role::Reissue => 0.08,
    };
    scaled_popularity(base * role, spec, rng)
}

fn is_immediate(spec: &ItemSpec<'_>, rng: &mut Rng) -> bool {
    let days = spec.basic.days;
    if days == 0 {
        return true;
    }
    match (spec.kind, spec.role()) {
        (ItemKind::Filing | ItemKind::Levy, _) => days <= 7 || rng.bool(),
        (_, Role::Cancel) => days <= 10,
        (_, Role::Reissue) => days <= 20,
        _ => false,
    }
}

fn promised_days(statutory: u16, role: Role, rng: &mut Rng) -> u16 {
    let share = 0.2 + rng.f32() * 0.35;
    let share = if role == Role::Change {
        share * 0.7
    } else {
        share
    };
    // Rounded share of a small day count.
    let promised = (f32::from(statutory) * share).round() as u16;
    promised.clamp(1, statutory.max(1))
}

/// Visits and online depth, from the department's share of online items.
fn visits_and_depth(spec: &ItemSpec<'_>, rng: &mut Rng) -> (u8, u8) {
    if spec.kind == ItemKind::Adjudication {
        return (1, 2);
    }
    let bonus = match spec.role() {
        Role::Cancel | Role::Reissue | Role::Renew => 10,
        Role::Main | Role::Change => 0,
    };
    let online = u32::from(spec.department.online_percent) + bonus;
    if rng.u32(0..100) < online {
        return (0, 4);
    }
    match rng.u32(0..100) {
        0..75 => (1, 3),
        75..90 => (1, 2),
        90..96 => (2, 2),
        _ => (2, 1),
    }
}

/// The plan of a generated guide; `issues_licence` when the result is a certificate.
pub(super) fn plan_for(spec: &ItemSpec<'_>, issues_licence: bool, rng: &mut Rng) -> Plan {
    let statutory_days = spec.basic.days.max(1);
    let immediate = is_immediate(spec, rng);
    let (processing, promised_days) = if immediate {
        (Processing::Immediate, 0)
    } else {
        let promised = promised_days(statutory_days, spec.role(), rng);
        (Processing::Promised, promised)
    };
    let (visits, online_depth) = visits_and_depth(spec, rng);
    let ems_delivery = issues_licence
        && match (processing, online_depth) {
            (Processing::Promised, 4) => true,
            (Processing::Promised, _) => rng.u32(0..100) < 60,
            (Processing::Immediate, 4) => rng.u32(0..100) < 50,
            (Processing::Immediate, _) => false,
        };
    let booking = if visits > 0 {
        rng.u32(0..100) < 90
    } else {
        rng.u32(0..100) < 20
    };
    let popularity = popularity(spec.basic.pop.base(), spec, rng);
    Plan {
        processing,
        statutory_days,
        promised_days,
        visits,
        online_depth,
        ems_delivery,
        booking,
        popularity,
    }
}

/// The summary shared by generated and hand-written guides.
pub(super) fn summary(spec: &ItemSpec<'_>, plan: &Plan, charged: bool) -> ItemSummary {
    ItemSummary {
        code: spec.code.clone(),
        basic_code: spec.basic_code.clone(),
        name: spec.name.clone(),
        kind: spec.kind,
        audiences: spec.audiences(),
        department: spec.department_name.to_owned(),
        hall: HallCode::parse(spec.hall.code).expect("the seed's hall codes are hall codes"),
        themes: spec.themes(),
        visits: plan.visits,
        online_depth: plan.online_depth,
        promised_days: plan.promised_days,
        statutory_days: plan.statutory_days,
        charged,
        ems_delivery: plan.ems_delivery,
        booking: plan.booking,
        popularity: plan.popularity,
    }
}
