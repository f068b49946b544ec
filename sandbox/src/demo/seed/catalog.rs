//! Assembles the catalog: every hall × department × basic item × business
//! form becomes one implemented item, with a hand-written guide where one
//! exists and a guide from the templates otherwise.

use banshi_api::catalog::Item;

use super::codes::{basic_code, credit_code, implementation_code};
use super::departments::DEPARTMENTS;
use super::everyday;
use super::halls::{HALLS, windows_of};
use super::model::Scope;
use super::spec::{HallSpec, ItemSpec};
use super::texts;

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
