//! The hand-written forms of everyday items, as the halls' paper forms ask:
//! a marriage registration asks about both parties, a food business licence
//! about the premises and the kinds of food, and so on.

use banshi_api::forms::{PrefillKey, Rule, Section};

use super::build::*;

const ETHNIC_GROUPS: [&str; 8] = [
    "汉族",
    "回族",
    "满族",
    "蒙古族",
    "壮族",
    "维吾尔族",
    "苗族",
    "其他",
];
const EDUCATION: [&str; 6] = [
    "研究生",
    "大学本科",
    "大学专科",
    "高中/中专",
    "初中",
    "小学及以下",
];

/// The sections of the form of the everyday item `name`, if it has its own.
pub(super) fn sections(name: &str) -> Option<(&'static str, Vec<Section>)> {
    Some(match name {
        "结婚登记" => ("结婚登记申请表", marriage()),
        "食品经营许可证核发" => ("食品经营许可申请书", food_business()),
        "出生登记" => ("出生登记申请表", birth()),
        "最低生活保障申请" => ("最低生活保障申请表", minimum_living()),
        "住房公积金提取" => ("住房公积金提取申请表", housing_fund()),
        "个体工商户登记" => ("个体工商户登记（备案）申请书", individual_business()),
        _ => return None,
    })
}

/// One party to a marriage; `prefix` keeps the two parties' ids apart.
fn party(prefix: &str, title: &str, own: bool) -> Section {
    let id = |field: &str| format!("{prefix}_{field}");
    let mut name = text(&id("name"), "姓名", 2, 30);
    let mut number = resident_id(&id("resident_id"), "居民身份证号码");
    if own {
        name = name.prefill(PrefillKey::Name);
        number = number.prefill(PrefillKey::ResidentId);
    }
    section(
        prefix,
        title,
        vec![
            name,
            number,
            choice(&id("ethnic_group"), "民族", &ETHNIC_GROUPS),
            choice(&id("education"), "文化程度", &EDUCATION),
            text(&id("occupation"), "职业", 2, 30),
            choice(&id("status"), "婚姻状况", &["未婚", "离婚", "丧偶"]),
            date(&id("status_since"), "离婚或丧偶日期")
                .shown_if(&id("status"), &["离婚", "丧偶"])
                .rule(Rule::NotInFuture),
        ],
    )
}

fn marriage() -> Vec<Section> {
    vec![
        party("applicant", "本人信息", true),
        party("partner", "对方信息", false),
        section(
            "registration",
            "登记信息",
            vec![
                date("registration_date", "拟登记日期")
                    .hint("婚姻登记处周一至周五办理；520、七夕等日期请尽早预约"),
                yes_no("ceremony", "是否需要颁证仪式"),
                mobile("contact_mobile", "联系电话").prefill(PrefillKey::Mobile),
            ],
        ),
    ]
}

fn food_business() -> Vec<Section> {
    vec![
        section(
            "operator",
            "经营者",
            vec![
                text("operator_name", "经营者名称", 2, 60).prefill(PrefillKey::EnterpriseName),
                credit_code("uscc", "统一社会信用代码").prefill(PrefillKey::EnterpriseCreditCode),
                text("legal_representative", "法定代表人（负责人）", 2, 30)
                    .prefill(PrefillKey::LegalRepresentative),
                mobile("contact_mobile", "联系电话").prefill(PrefillKey::Mobile),
            ],
        ),
        section(
            "premises",
            "经营场所",
            vec![
                address("premises_address", "经营场所地址")
                    .prefill(PrefillKey::Address)
                    .hint("默认为企业住所，与住所不同请修改"),
                amount("premises_area", "经营场所面积", "平方米", 1.0, 100_000.0),
                choice(
                    "subject_type",
                    "主体业态",
                    &["食品销售经营者", "餐饮服务经营者", "单位食堂"],
                ),
                multi_choice(
                    "items",
                    "经营项目",
                    &[
                        "预包装食品销售",
                        "散装食品销售",
                        "特殊食品销售",
                        "热食类食品制售",
                        "冷食类食品制售",
                        "糕点类食品制售",
                        "自制饮品制售",
                    ],
                ),
                amount("kitchen_area", "加工操作场所面积", "平方米", 8.0, 100_000.0)
                    .shown_if_includes("items", "热食类食品制售")
                    .hint("含热食类食品制售的，加工操作场所不少于 8 平方米"),
                yes_no("online", "是否网络经营"),
                text("website", "网站或网店名称", 2, 60).shown_if("online", &["yes"]),
                yes_no("vending", "是否使用自动售货设备"),
                count("vending_count", "自动售货设备数量", "台", 1.0, 500.0)
                    .shown_if("vending", &["yes"]),
            ],
        ),
        section(
            "safety",
            "食品安全管理",
            vec![
                text("safety_manager", "食品安全管理人员姓名", 2, 30),
                resident_id("safety_manager_id", "食品安全管理人员身份证号码"),
                count("employees", "从业人员人数", "人", 1.0, 10_000.0),
                yes_no("health_certificates", "从业人员是否均持有效健康证明"),
            ],
        ),
    ]
}

fn birth() -> Vec<Section> {
    vec![
        section(
            "child",
            "新生儿",
            vec![
                text("child_name", "姓名", 2, 30).hint("与出生医学证明一致"),
                choice("child_sex", "性别", &["男", "女"]),
                date("child_born", "出生日期").rule(Rule::NotInFuture),
                text("birth_certificate", "出生医学证明编号", 10, 10).rule(Rule::Pattern {
                    regex: "[A-Z][0-9]{9}".into(),
                    message: "出生医学证明编号为 1 位大写字母加 9 位数字".into(),
                }),
                choice("registered_with", "随父或随母落户", &["随父", "随母"]),
            ],
        ),
        section(
            "parents",
            "父母",
            vec![
                text("declarant_name", "申报人姓名", 2, 30).prefill(PrefillKey::Name),
                resident_id("declarant_id", "申报人身份证号码").prefill(PrefillKey::ResidentId),
                choice(
                    "declarant_relation",
                    "申报人与新生儿关系",
                    &["父亲", "母亲"],
                ),
                text("other_parent_name", "另一方姓名", 2, 30),
                resident_id("other_parent_id", "另一方身份证号码"),
                yes_no("married", "父母是否已登记结婚"),
                mobile("contact_mobile", "联系电话").prefill(PrefillKey::Mobile),
            ],
        ),
    ]
}

fn minimum_living() -> Vec<Section> {
    vec![
        section(
            "applicant",
            "申请人",
            vec![
                text("name", "姓名", 2, 30).prefill(PrefillKey::Name),
                resident_id("resident_id", "居民身份证号码").prefill(PrefillKey::ResidentId),
                mobile("mobile", "联系电话").prefill(PrefillKey::Mobile),
                address("home", "家庭住址").prefill(PrefillKey::Address),
                choice("residence", "户籍类别", &["城镇", "农村"]),
            ],
        ),
        section(
            "household",
            "家庭成员",
            vec![
                group(
                    "members",
                    "共同生活的家庭成员",
                    "家庭成员",
                    (0, 10),
                    vec![
                        text("name", "姓名", 2, 30),
                        resident_id("resident_id", "身份证号码"),
                        choice(
                            "relation",
                            "与申请人关系",
                            &["配偶", "子女", "父母", "兄弟姐妹", "其他"],
                        ),
                        choice("health", "健康状况", &["健康", "慢性病", "重病", "残疾"]),
                        amount("income", "月收入", "元", 0.0, 100_000.0),
                    ],
                )
                .optional()
                .hint("不含申请人本人；没有共同生活的家庭成员可不填"),
            ],
        ),
        section(
            "finances",
            "家庭经济状况",
            vec![
                amount("monthly_income", "申请人月收入", "元", 0.0, 100_000.0),
                yes_no("owns_vehicle", "家庭是否拥有机动车辆"),
                yes_no("owns_other_housing", "是否有两套及以上住房"),
                long_text("reason", "申请理由", 10, 500).hint("写明家庭困难的原因和现状"),
            ],
        ),
    ]
}

fn housing_fund() -> Vec<Section> {
    vec![
        section(
            "depositor",
            "缴存人",
            vec![
                text("name", "姓名", 2, 30).prefill(PrefillKey::Name),
                resident_id("resident_id", "居民身份证号码").prefill(PrefillKey::ResidentId),
                mobile("mobile", "手机号码").prefill(PrefillKey::Mobile),
            ],
        ),
        section(
            "withdrawal",
            "提取信息",
            vec![
                choice(
                    "reason",
                    "提取原因",
                    &[
                        "购买自住住房",
                        "偿还住房贷款",
                        "租赁住房",
                        "离休退休",
                        "与单位终止劳动关系",
                    ],
                ),
                text("contract_number", "购房合同或贷款合同编号", 4, 40)
                    .shown_if("reason", &["购买自住住房", "偿还住房贷款"]),
                amount("monthly_rent", "月租金", "元", 1.0, 50_000.0)
                    .shown_if("reason", &["租赁住房"]),
                date("lease_start", "租赁开始日期").shown_if("reason", &["租赁住房"]),
                date("lease_end", "租赁结束日期")
                    .shown_if("reason", &["租赁住房"])
                    .rule(Rule::After {
                        field: "lease_start".into(),
                        message: "租赁结束日期应晚于开始日期".into(),
                    }),
                amount("amount", "提取金额", "元", 1.0, 2_000_000.0),
                text("bank_account", "收款银行卡号", 16, 19)
                    .rule(Rule::Pattern {
                        regex: "[0-9]{16,19}".into(),
                        message: "银行卡号为 16 至 19 位数字".into(),
                    })
                    .hint("须为本人一类借记卡"),
            ],
        ),
    ]
}

fn individual_business() -> Vec<Section> {
    vec![
        section(
            "operator",
            "经营者",
            vec![
                text("name", "经营者姓名", 2, 30).prefill(PrefillKey::Name),
                resident_id("resident_id", "居民身份证号码").prefill(PrefillKey::ResidentId),
                mobile("mobile", "联系电话").prefill(PrefillKey::Mobile),
                choice("form", "组成形式", &["个人经营", "家庭经营"]),
                group(
                    "family",
                    "参加经营的家庭成员",
                    "家庭成员",
                    (1, 10),
                    vec![
                        text("name", "姓名", 2, 30),
                        resident_id("resident_id", "身份证号码"),
                    ],
                )
                .shown_if("form", &["家庭经营"]),
            ],
        ),
        section(
            "business",
            "经营信息",
            vec![
                text("trade_name", "个体工商户名称", 2, 60)
                    .optional()
                    .hint("可以不起字号名称"),
                long_text("scope", "经营范围", 2, 500),
                address("premises", "经营场所"),
                amount("capital", "资金数额", "万元", 0.01, 100_000.0),
                count("employees", "从业人数", "人", 1.0, 1_000.0),
            ],
        ),
    ]
}
