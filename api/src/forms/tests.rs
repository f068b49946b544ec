//! The form checks on a small form with every kind, rule and condition.

use serde_json::json;

use super::*;

fn today() -> crate::dates::Date {
    crate::dates::Date::parse("2026-11-22").unwrap()
}

fn field(id: &str, label: &str, kind: FieldKind) -> Field {
    Field {
        id: id.into(),
        label: label.into(),
        hint: None,
        kind,
        required: true,
        rules: Vec::new(),
        show_if: None,
        prefill: None,
    }
}

fn options(values: &[&str]) -> Vec<Choice> {
    values
        .iter()
        .map(|value| Choice {
            value: (*value).into(),
            label: (*value).into(),
        })
        .collect()
}

fn form() -> Form {
    let mut name = field("name", "姓名", FieldKind::Text);
    name.rules.push(Rule::Length {
        min: Some(2),
        max: Some(30),
    });
    let mut born = field("born", "出生日期", FieldKind::Date);
    born.rules.push(Rule::NotInFuture);
    let mut start = field("start", "开始日期", FieldKind::Date);
    start.required = false;
    let mut end = field("end", "结束日期", FieldKind::Date);
    end.required = false;
    end.rules.push(Rule::After {
        field: "start".into(),
        message: "结束日期应晚于开始日期".into(),
    });
    let mut online = field("online", "网络经营", FieldKind::YesNo);
    online.required = true;
    let mut website = field("website", "网站名称", FieldKind::Text);
    website.show_if = Some(Condition::Equals {
        field: "online".into(),
        values: vec!["yes".into()],
    });
    let mut formats = field(
        "formats",
        "经营项目",
        FieldKind::MultiChoice {
            options: options(&["预包装食品", "散装食品", "热食类"]),
        },
    );
    formats.rules.push(Rule::Length {
        min: Some(1),
        max: Some(2),
    });
    let mut kitchen = field(
        "kitchen",
        "厨房面积",
        FieldKind::Number {
            integer: true,
            unit: Some("平方米".into()),
        },
    );
    kitchen.show_if = Some(Condition::Includes {
        field: "formats".into(),
        value: "热食类".into(),
    });
    kitchen.rules.push(Rule::Range {
        min: Some(8.0),
        max: Some(10_000.0),
    });
    let mut postcode = field("postcode", "邮政编码", FieldKind::Text);
    postcode.required = false;
    postcode.rules.push(Rule::Pattern {
        regex: "[0-9]{6}".into(),
        message: "邮政编码为 6 位数字".into(),
    });
    let members = field(
        "members",
        "家庭成员",
        FieldKind::Group {
            fields: vec![
                field("name", "姓名", FieldKind::Text),
                field(
                    "relation",
                    "关系",
                    FieldKind::Choice {
                        options: options(&["配偶", "子女", "父母"]),
                    },
                ),
            ],
            min: 1,
            max: 3,
            item_label: "家庭成员".into(),
        },
    );
    Form {
        item_code: crate::ids::ItemCode::parse("11341600MB1234567X010010010000001").unwrap(),
        title: "测试申请表".into(),
        version: 1,
        sections: vec![
            Section {
                id: "applicant".into(),
                title: "申请人".into(),
                intro: None,
                fields: vec![
                    name,
                    field("id", "身份证号码", FieldKind::ResidentId),
                    field("mobile", "手机号码", FieldKind::Mobile),
                    born,
                    field("home", "住址", FieldKind::Address),
                    postcode,
                ],
            },
            Section {
                id: "business".into(),
                title: "经营情况".into(),
                intro: None,
                fields: vec![start, end, online, website, formats, kitchen, members],
            },
        ],
    }
}

fn valid() -> Answers {
    serde_json::from_value(json!({
        "name": "张三",
        "id": "11010519491231002X",
        "mobile": "13800138000",
        "born": "1949-12-31",
        "home": {"province": "34", "city": "3416", "district": "341602", "detail": "人民中路 1 号"},
        "postcode": "236800",
        "start": "2026-01-01",
        "end": "2026-12-31",
        "online": false,
        "formats": ["预包装食品", "热食类"],
        "kitchen": 20,
        "members": [{"name": "李四", "relation": "配偶"}],
    }))
    .expect("answers are plain JSON")
}

fn problems(answers: &Answers) -> Vec<(String, String)> {
    form()
        .check(answers, today())
        .into_iter()
        .map(|problem| (problem.field, problem.message))
        .collect()
}

fn with(changes: serde_json::Value) -> Answers {
    let mut answers = valid();
    let changes: Answers = serde_json::from_value(changes).expect("answers");
    answers.extend(changes);
    answers
}

#[test]
fn complete_answers_have_no_problem() {
    assert_eq!(problems(&valid()), []);
}

#[test]
fn a_missing_answer_is_asked_for_in_words_that_fit_the_field() {
    let mut answers = valid();
    answers.remove("name");
    answers.remove("online");
    answers.insert("members".into(), Answer::Group(Vec::new()));
    assert_eq!(
        problems(&answers),
        [
            ("name".to_owned(), "请填写姓名".to_owned()),
            ("online".to_owned(), "请选择网络经营".to_owned()),
            ("members".to_owned(), "请添加家庭成员".to_owned()),
        ]
    );
}

#[test]
fn each_kind_refuses_an_invalid_value() {
    let answers = with(json!({
        "name": "张",
        "id": "110105194912310021",
        "mobile": "1380013800",
        "born": "2030-01-01",
        "postcode": "2368",
        "end": "2025-12-31",
        "kitchen": 7.5,
    }));
    assert_eq!(
        problems(&answers),
        [
            ("name".to_owned(), "姓名应为 2 至 30 个字".to_owned()),
            (
                "id".to_owned(),
                "身份证号码最后一位校验码不对，请核对".to_owned()
            ),
            (
                "mobile".to_owned(),
                "手机号码应为 11 位数字，您输入了 10 位".to_owned()
            ),
            ("born".to_owned(), "出生日期不能晚于今天".to_owned()),
            ("postcode".to_owned(), "邮政编码为 6 位数字".to_owned()),
            ("end".to_owned(), "结束日期应晚于开始日期".to_owned()),
            ("kitchen".to_owned(), "厨房面积应为整数".to_owned()),
        ]
    );
    let answers = with(json!({"kitchen": 5, "formats": ["预包装食品", "散装食品", "热食类"]}));
    assert_eq!(
        problems(&answers),
        [
            ("formats".to_owned(), "请选择 1 至 2 项".to_owned()),
            ("kitchen".to_owned(), "厨房面积不能小于 8平方米".to_owned()),
        ]
    );
}

#[test]
fn a_value_of_the_wrong_shape_or_off_the_list_is_refused() {
    let answers = with(json!({
        "born": "1949-02-30",
        "online": "maybe",
        "formats": ["奶茶"],
        "home": {"province": "34", "city": "", "district": "", "detail": ""},
    }));
    assert_eq!(
        problems(&answers),
        [
            ("born".to_owned(), "出生日期不是有效日期".to_owned()),
            ("home".to_owned(), "请选择住址的省、市、区县".to_owned()),
            ("online".to_owned(), "网络经营的填写格式不对".to_owned()),
            ("formats".to_owned(), "请从列表中选择经营项目".to_owned()),
        ]
    );
}

#[test]
fn an_address_names_a_real_place_from_the_cascade_and_a_street() {
    let home = |province: &str, city: &str, district: &str, detail: &str| {
        with(json!({"home": {
            "province": province, "city": city, "district": district, "detail": detail
        }}))
    };
    let problem = |answers: &Answers| {
        problems(answers)
            .into_iter()
            .map(|(field, message)| format!("{field}: {message}"))
            .collect::<Vec<_>>()
    };
    // 谯城区 is in 亳州市, not in 合肥市; names are not codes.
    assert_eq!(
        problem(&home("34", "3401", "341602", "人民中路 1 号")),
        ["home: 请从列表中重新选择住址的省、市、区县"]
    );
    assert_eq!(
        problem(&home("安徽省", "亳州市", "谯城区", "人民中路 1 号")),
        ["home: 请从列表中重新选择住址的省、市、区县"]
    );
    assert_eq!(
        problem(&home("34", "3416", "341602", " 1 ")),
        ["home: 请填写住址的街道和门牌号"]
    );
    assert_eq!(
        problem(&home("34", "3416", "341602", &"路".repeat(101))),
        ["home: 住址的街道和门牌号不能超过 100 个字"]
    );
    let Some(Answer::Address(address)) = valid().remove("home") else {
        panic!("the valid answers have an address");
    };
    assert_eq!(address.one_line(), "安徽省亳州市谯城区人民中路 1 号");
}

#[test]
fn conditions_show_fields_and_hidden_ones_are_neither_checked_nor_submitted() {
    // Not online, so no website is asked; no hot food, so no kitchen.
    let answers = with(json!({"formats": ["预包装食品"], "kitchen": 1, "website": ""}));
    assert_eq!(problems(&answers), []);
    let submitted = form().submitted(&answers);
    assert!(!submitted.contains_key("website") && !submitted.contains_key("kitchen"));

    let online = with(json!({"online": true}));
    assert_eq!(
        problems(&online),
        [("website".to_owned(), "请填写网站名称".to_owned())]
    );
    let with_site = with(json!({"online": true, "website": "小店"}));
    assert_eq!(
        form().submitted(&with_site)["website"],
        Answer::Text("小店".into())
    );
}

#[test]
fn a_group_entry_problem_names_the_entry() {
    let answers = with(json!({
        "members": [{"name": "李四", "relation": "配偶"}, {"name": "", "relation": "表亲"}],
    }));
    assert_eq!(
        problems(&answers),
        [
            ("members.1.name".to_owned(), "请填写姓名".to_owned()),
            (
                "members.1.relation".to_owned(),
                "请从列表中选择关系".to_owned()
            ),
        ]
    );
    let entry = json!({"name": "甲乙", "relation": "子女"});
    let four = json!([entry, entry, entry, entry]);
    let answers = with(json!({ "members": four }));
    assert_eq!(
        problems(&answers),
        [("members".to_owned(), "最多添加 3 个".to_owned())]
    );
}

#[test]
fn forms_and_answers_travel_as_plain_json() {
    let form = form();
    let text = serde_json::to_string(&form).expect("a form serialises");
    assert_eq!(serde_json::from_str::<Form>(&text).expect("and back"), form);
    let answers = valid();
    let text = serde_json::to_string(&answers).expect("answers serialise");
    assert_eq!(
        serde_json::from_str::<Answers>(&text).expect("and back"),
        answers
    );
    assert!(text.contains(r#""online":false"#) && text.contains(r#""kitchen":20.0"#));
}

#[test]
fn dates_are_calendar_dates() {
    assert_eq!(
        parse_date("2024-02-29")
            .map(|date| date.to_string())
            .as_deref(),
        Some("2024-02-29")
    );
    assert_eq!(parse_date("2023-02-29"), None);
    assert_eq!(parse_date("2024-13-01"), None);
    assert_eq!(parse_date("昨天"), None);
}

#[test]
fn a_well_made_form_has_no_defects_and_a_broken_one_names_each() {
    assert_eq!(form().defects(), Vec::<String>::new());
    let mut broken = form();
    let fields = &mut broken.sections[1].fields;
    fields[0].id = "end".into();
    fields[3].show_if = Some(Condition::Equals {
        field: "nowhere".into(),
        values: vec!["yes".into()],
    });
    fields[1].rules = vec![Rule::After {
        field: "online".into(),
        message: String::new(),
    }];
    broken.sections[0].fields[5].rules = vec![Rule::Pattern {
        regex: "[0-9".into(),
        message: String::new(),
    }];
    assert_eq!(
        broken.defects(),
        [
            "field id end is used twice",
            "postcode has a pattern that does not compile",
            "end must follow online, which is not a date beside it",
            "website is shown by nowhere, which is not beside it",
        ]
    );
}

#[test]
fn the_id_and_mobile_left_blank_are_the_halls_to_fill_but_typed_ones_are_checked() {
    let mut id = field("resident_id", "居民身份证号码", FieldKind::ResidentId);
    id.prefill = Some(PrefillKey::ResidentId);
    assert!(id.filled_by_hall());
    let scope = Answers::new();
    assert_eq!(
        id.problem(None, &scope, today()),
        None,
        "blank: the hall fills it"
    );
    assert!(
        id.problem(
            Some(&Answer::Text("110105194912310021".into())),
            &scope,
            today()
        )
        .is_some(),
        "a typed ID still has its check digit checked"
    );
    let mut name = field("name", "姓名", FieldKind::Text);
    name.prefill = Some(PrefillKey::Name);
    assert!(!name.filled_by_hall(), "the device fills the name itself");
}
