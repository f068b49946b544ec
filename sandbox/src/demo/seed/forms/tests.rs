//! Every form of the demo city is usable, everyday items have their own, and
//! items that cannot be applied for online have none.

use banshi_api::forms::ONLINE_APPLICATION_DEPTH;

use super::*;
use crate::demo::seed::demo_city;

#[test]
fn every_online_item_has_a_usable_form_and_no_other_does() {
    let city = demo_city();
    let mut forms = 0;
    for item in &city.items {
        match form_for(item) {
            Some(form) => {
                forms += 1;
                assert!(item.summary.online_depth >= ONLINE_APPLICATION_DEPTH);
                assert_eq!(form.item_code, item.summary.code);
                assert_eq!(form.defects(), Vec::<String>::new(), "{}", form.title);
            }
            None => assert!(item.summary.online_depth < ONLINE_APPLICATION_DEPTH),
        }
    }
    assert!(forms > 1000, "most items take applications online: {forms}");
}

fn form_of(name: &str) -> Form {
    let city = demo_city();
    let item = city
        .items
        .iter()
        .find(|item| item.summary.name == name && item.summary.online_depth >= 2)
        .unwrap_or_else(|| panic!("{name} can be applied for online somewhere"));
    form_for(item).expect("an online item has a form")
}

fn ids(form: &Form) -> Vec<&str> {
    form.fields().map(|field| field.id.as_str()).collect()
}

#[test]
fn everyday_items_ask_what_their_paper_forms_ask() {
    let marriage = form_of("结婚登记");
    assert_eq!(marriage.title, "结婚登记申请表");
    assert!(ids(&marriage).contains(&"partner_resident_id"));
    let food = form_of("食品经营许可证核发");
    assert!(ids(&food).contains(&"kitchen_area") && ids(&food).contains(&"uscc"));
    assert!(
        !ids(&food).contains(&"partner_resident_id"),
        "a food business licence asks nothing about a spouse"
    );
    let generic = form_of("企业变更登记");
    assert_eq!(generic.title, "企业变更登记申请表");
    assert_eq!(
        generic.sections[0].title, "申请单位",
        "an item for organisations asks for the applying organisation"
    );
}
