//! The application forms of the demo city: hand-written ones for everyday items
//! ([`everyday`]), and for every other item that can be applied for online a form
//! made from what the item needs — who applies (a person or an organisation)
//! and what they ask for.

mod build;
mod everyday;

use banshi_api::catalog::{Audience, Item};
use banshi_api::forms::{Form, ONLINE_APPLICATION_DEPTH, PrefillKey, Section};

use build::*;

/// Bumped whenever any form changes.
const VERSION: u32 = 1;

/// The form of `item`, if it can be applied for online.
pub fn form_for(item: &Item) -> Option<Form> {
    let summary = &item.summary;
    if summary.online_depth < ONLINE_APPLICATION_DEPTH {
        return None;
    }
    let (title, sections) = everyday::sections(&summary.name).unwrap_or_else(|| {
        let organisation = !summary.audiences.contains(&Audience::Person);
        ("申请表", generated(organisation))
    });
    Some(Form {
        item_code: summary.code.clone(),
        title: if title == "申请表" {
            format!("{}申请表", summary.name)
        } else {
            title.to_owned()
        },
        version: VERSION,
        sections,
    })
}

/// Who applies and what they ask for.
fn generated(organisation: bool) -> Vec<Section> {
    let applicant = if organisation {
        section(
            "applicant",
            "申请单位",
            vec![
                text("organisation_name", "单位名称", 2, 60).prefill(PrefillKey::EnterpriseName),
                credit_code("uscc", "统一社会信用代码").prefill(PrefillKey::EnterpriseCreditCode),
                text("agent_name", "经办人姓名", 2, 30).prefill(PrefillKey::Name),
                mobile("agent_mobile", "经办人电话").prefill(PrefillKey::Mobile),
                address("organisation_address", "单位地址").optional(),
                long_text("business_scope", "经营范围", 2, 500)
                    .optional()
                    .prefill(PrefillKey::BusinessScope),
            ],
        )
    } else {
        section(
            "applicant",
            "申请人",
            vec![
                text("name", "姓名", 2, 30).prefill(PrefillKey::Name),
                resident_id("resident_id", "居民身份证号码").prefill(PrefillKey::ResidentId),
                mobile("mobile", "联系电话").prefill(PrefillKey::Mobile),
                address("address", "联系地址").prefill(PrefillKey::Address),
            ],
        )
    };
    vec![
        applicant,
        section(
            "request",
            "申请内容",
            vec![
                long_text("details", "申请事项说明", 5, 500).hint("简要写明申请的事项和理由"),
                yes_no("agent", "是否委托他人代办"),
                text("agent_person", "受托人姓名", 2, 30).shown_if("agent", &["yes"]),
                resident_id("agent_person_id", "受托人身份证号码").shown_if("agent", &["yes"]),
            ],
        ),
    ]
}

#[cfg(test)]
mod tests;
