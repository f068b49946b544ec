//! Assembles the catalog: every hall × department × basic item × business
//! form becomes one implemented item, with a hand-written guide where one
//! exists and a guide from the templates otherwise.

use banshi_api::catalog::{Audience, Item, ItemKind, ItemSummary, Theme};

use super::codes::{basic_code, credit_code, implementation_code, stable_hash};
use super::departments::{DEPARTMENTS, Department};
use super::everyday;
use super::halls::{HALLS, HallSpec, windows_of};
use super::model::{Basic, Form, Role, Scope};
use super::plan::Plan;
use super::texts;

/// Everything known about one item before its guide is written.
pub(super) struct ItemSpec<'a> {
    pub(super) hall: &'a HallSpec,
    pub(super) department: &'a Department,
    pub(super) department_name: &'a str,
    /// The window that takes the applications, e.g. `C03`.
    pub(super) window_number: &'a str,
    pub(super) consult_phone: &'a str,
    pub(super) basic: &'a Basic,
    pub(super) form: &'a Form,
    pub(super) name: String,
    pub(super) kind: ItemKind,
    pub(super) basic_code: String,
    pub(super) code: String,
}

impl ItemSpec<'_> {
    pub(super) fn role(&self) -> Role {
        self.form.role
    }

    pub(super) fn audiences(&self) -> Vec<Audience> {
        self.basic.who.audiences()
    }

    pub(super) fn serves_organisations(&self) -> bool {
        self.basic.who.serves_organisations()
    }

    /// The law cited first: the item's own, or the department's.
    pub(super) fn law(&self) -> &'static str {
        if self.basic.law.is_empty() {
            self.department.law
        } else {
            self.basic.law
        }
    }

    /// Themes of the basic item, moved along the business life: changing or
    /// closing a business is no longer starting one.
    pub(super) fn themes(&self) -> Vec<Theme> {
        let organisation = self.serves_organisations();
        let added = match self.role() {
            Role::Change if organisation => Some(Theme::BusinessChange),
            Role::Cancel if organisation => Some(Theme::BusinessClosure),
            _ => None,
        };
        let mut themes: Vec<Theme> = self
            .basic
            .themes
            .iter()
            .copied()
            .filter(|theme| added.is_none() || *theme != Theme::BusinessStart)
            .collect();
        if let Some(theme) = added.filter(|theme| !themes.contains(theme)) {
            themes.push(theme);
        }
        themes
    }

    /// Where to go: the hall's address and the window.
    pub(super) fn place(&self) -> String {
        format!("{}{}号窗口", self.hall.address, self.window_number)
    }

    /// A seed for this item's pseudo-random choices, stable across runs.
    pub(super) fn seed(&self) -> u64 {
        stable_hash(&self.code)
    }
}

fn implemented_in(scope: Scope, hall: &HallSpec) -> bool {
    match scope {
        Scope::A => true,
        Scope::C => hall.is_city(),
        Scope::D => !hall.is_city(),
    }
}

/// The consultation number of a department in a hall: the district's
/// exchange and five digits of its own.
fn consult_phone(hall: &HallSpec, department_index: usize) -> String {
    let own = 10_000 + (department_index * 2_389 + 1_207) % 90_000;
    format!("0558-{}{own:05}", hall.phone_prefix)
}

/// The item, from the hand-written guide when it has one.
fn build_item(spec: &ItemSpec<'_>) -> Item {
    match everyday::guide(&spec.name) {
        Some(guide) => everyday::build(spec, guide),
        None => texts::build(spec),
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
        hall: spec.hall.code.to_owned(),
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

/// Every item of every hall, halls in their order, departments in theirs.
pub(super) fn build_items() -> Vec<Item> {
    let mut items = Vec::with_capacity(3_400);
    for (hall_index, hall) in HALLS.iter().enumerate() {
        let windows = windows_of(hall);
        let comprehensive = windows
            .first()
            .map_or("A01", |window| window.number.as_str());
        for (department_index, department) in DEPARTMENTS.iter().enumerate() {
            if !department.serves(hall) {
                continue;
            }
            let department_name = department.name_in(hall);
            let credit = credit_code(department.category, hall.region, &department_name);
            let window_number = windows
                .iter()
                .find(|window| window.department_index == department_index)
                .map_or(comprehensive, |window| window.number.as_str());
            let phone = consult_phone(hall, department_index);
            for (item_index, basic) in department.items.iter().enumerate() {
                if !implemented_in(basic.scope, hall) {
                    continue;
                }
                for (form_index, form) in basic.forms.iter().enumerate() {
                    let kind = form.kind.unwrap_or(basic.kind);
                    let basic_code = basic_code(kind, department_index, item_index, form_index);
                    let code = implementation_code(&credit, &basic_code, hall_index);
                    let spec = ItemSpec {
                        hall,
                        department,
                        department_name: &department_name,
                        window_number,
                        consult_phone: &phone,
                        basic,
                        form,
                        name: format!("{}{}", basic.stem, form.suffix),
                        kind,
                        basic_code,
                        code,
                    };
                    items.push(build_item(&spec));
                }
            }
        }
    }
    items
}
