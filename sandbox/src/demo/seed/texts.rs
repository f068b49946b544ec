//! Generated guides: legal basis, conditions, result, steps and questions
//! written from templates by kind, business form and department, for every
//! item without a hand-written guide.

use banshi_api::catalog::{Faq, Item, ItemKind, ItemResult, Processing, Step};
use fastrand::Rng;

use super::fees::{FeeSpec, fees_of};
use super::materials::materials_for;
use super::model::Role;
use super::plan::{Plan, plan_for, summary};
use super::spec::ItemSpec;

const LICENSING_LAW: &str = "《中华人民共和国行政许可法》";
/// Where people apply online in Anhui.
pub(super) const ONLINE_CHANNEL: &str = "皖事通App或安徽政务服务网亳州分厅";

/// The kind of a result: 证照 for certificates, 批文 for written decisions, 其他 otherwise.
pub(super) fn result_kind(name: &str) -> &'static str {
    let core = match name.strip_suffix('）').and_then(|rest| rest.rfind('（')) {
        Some(open) => &name[..open],
        _ => name,
    };
    const CERTIFICATES: &[&str] = &[
        "证",
        "证书",
        "证件",
        "执照",
        "卡",
        "簿",
        "护照",
        "号牌",
        "标牌",
        "标志",
        "光荣牌",
        "签注",
    ];
    const DECISIONS: &[&str] = &[
        "决定书",
        "批复",
        "意见书",
        "意见",
        "批准书",
        "批准文件",
        "通知书",
        "决定",
        "同意书",
    ];
    if core.contains("备案") || core.contains("回执") {
        "其他"
    } else if CERTIFICATES.iter().any(|ending| core.ends_with(ending)) {
        "证照"
    } else if DECISIONS.iter().any(|ending| core.ends_with(ending)) {
        "批文"
    } else {
        "其他"
    }
}

/// The result named by the table, adjusted to the business form.
fn result_name(spec: &ItemSpec<'_>) -> String {
    let named = spec.basic.result;
    let name = &spec.name;
    if spec.role() == Role::Cancel {
        let text = if name.ends_with("挂失") {
            "挂失回执"
        } else if spec.kind == ItemKind::Filing {
            "注销备案回执"
        } else if name.contains("登记") {
            "准予注销登记通知书"
        } else {
            "准予注销决定书"
        };
        return text.to_owned();
    }
    if spec.form.kind == Some(ItemKind::Filing) {
        return "备案通知书".to_owned();
    }
    let by_register = ["抵押", "预告", "异议", "查封"];
    if named == "不动产权证书" && by_register.iter().any(|word| name.contains(word)) {
        return "不动产登记证明".to_owned();
    }
    named.to_owned()
}

fn legal_basis(spec: &ItemSpec<'_>) -> Vec<String> {
    let mut laws = vec![spec.law().to_owned()];
    if spec.kind == ItemKind::Licensing && spec.law() != LICENSING_LAW {
        laws.push(LICENSING_LAW.to_owned());
    }
    laws
}

fn applicant_condition(spec: &ItemSpec<'_>) -> String {
    match (spec.audiences().len(), spec.serves_organisations()) {
        (1, false) => {
            "申请人为具有完全民事行为能力的自然人，或者由其监护人、委托代理人代为申请".to_owned()
        }
        (1, true) => "申请人为依法设立的法人或者其他组织".to_owned(),
        _ => "申请人为具有完全民事行为能力的自然人，或者依法设立的法人、其他组织".to_owned(),
    }
}

fn conditions(spec: &ItemSpec<'_>, result: &str) -> Vec<String> {
    let law = spec.law();
    let in_area = format!("申请事项属于{}管辖范围", spec.department_name);
    let complete = "申请材料齐全、符合法定形式".to_owned();
    let licence = result_kind(result) == "证照";
    let first_form = spec.basic.forms.first().map_or("", |form| form.suffix);
    let held = if licence {
        format!("已依法取得{result}且在有效期内")
    } else {
        format!("已依法办理{}{first_form}", spec.basic.stem)
    };
    if spec.form.kind == Some(ItemKind::Filing) {
        return vec![
            held,
            "章程、董事、监事、高级管理人员、联络员等备案事项发生变化".to_owned(),
            "自作出变更决议、决定之日起30日内申请备案".to_owned(),
        ];
    }
    match (spec.role(), spec.kind) {
        (Role::Change, _) => vec![held, format!("变更事项符合{law}规定的条件"), complete],
        (Role::Renew, _) if licence => vec![
            format!("在{result}有效期届满30日前提出申请，法律、法规另有规定的从其规定"),
            "有效期内未发生依法应当撤销、吊销许可的情形".to_owned(),
            complete,
        ],
        (Role::Renew, _) => vec![held, "在有效期届满前按规定提出申请".to_owned(), complete],
        (Role::Cancel, _) => vec![
            "依法终止相关活动，或者出现法律、法规规定应当注销的情形".to_owned(),
            "无未办结的行政处罚或者未履行完毕的法定义务".to_owned(),
        ],
        (Role::Reissue, _) => vec![format!("{result}遗失或者损毁"), in_area],
        (Role::Main, ItemKind::Licensing) => vec![
            applicant_condition(spec),
            "具备与申请事项相适应的场所、设施设备、专业人员和管理制度".to_owned(),
            format!("符合{law}规定的许可条件"),
            complete,
        ],
        (Role::Main, ItemKind::Benefit) => vec![
            format!("申请人符合{law}规定的对象条件"),
            format!(
                "户籍或者常住地在{}，如实申报个人或者家庭情况并授权核查",
                spec.hall.district_full
            ),
            complete,
        ],
        (Role::Main, ItemKind::Adjudication) => vec![
            "申请人与争议事项有直接利害关系".to_owned(),
            "有明确的被申请人、具体的裁决请求和事实根据".to_owned(),
            "属于本机关裁决范围，且在法定申请期限内提出".to_owned(),
        ],
        (Role::Main, ItemKind::Reward) => vec![
            "举报的违法行为或者申报的事迹经查证属实".to_owned(),
            format!("符合{law}及相关奖励办法规定的奖励条件"),
        ],
        (Role::Main, ItemKind::ReviewAndReferral) => vec![
            "符合上级主管部门当年申报通知规定的条件".to_owned(),
            "申报材料真实、完整，无弄虚作假行为".to_owned(),
        ],
        (Role::Main, ItemKind::Levy) => vec![
            format!("属于{law}规定的缴纳义务人"),
            "按规定期限如实申报".to_owned(),
        ],
        (Role::Main, ItemKind::Filing) => vec![
            format!("属于{law}规定应当备案的事项"),
            applicant_condition(spec),
            "备案材料齐全".to_owned(),
        ],
        (Role::Main, _) => vec![applicant_condition(spec), in_area, complete],
    }
}

/// Days of 受理, 审核 and 决定 that add up to the promise.
fn split_days(promised: u16) -> (u16, u16, u16) {
    let accept = u16::from(promised >= 3);
    let decide = if promised >= 2 {
        (promised / 4).max(1)
    } else {
        0
    };
    (accept, promised - accept - decide, decide)
}

pub(super) fn steps(spec: &ItemSpec<'_>, plan: &Plan, result: &str) -> Vec<Step> {
    let step = |name: &str, description: String, days: Option<u16>| Step {
        name: name.to_owned(),
        description,
        days,
    };
    let window = format!("{}{}号窗口", spec.hall.name, spec.window_number);
    let apply = if plan.online_depth >= 2 {
        format!("申请人通过{ONLINE_CHANNEL}在线提交申请，或者到{window}提交申请材料")
    } else {
        format!("申请人到{window}提交申请材料，可在网上查询办事指南、下载表格")
    };
    let deliver = if plan.ems_delivery {
        format!("申请人可到窗口领取{result}，也可选择EMS邮寄送达")
    } else {
        format!("申请人到窗口领取{result}，或者在线查看办理结果")
    };
    if plan.processing == Processing::Immediate {
        return vec![
            step("申请", apply, None),
            step(
                "受理",
                "窗口当场核验申请材料，材料齐全、符合法定形式的当场受理".to_owned(),
                Some(0),
            ),
            step("审核", format!("{}当场审核", spec.department_name), Some(0)),
            step("决定", "符合条件的当场办结".to_owned(), Some(0)),
            step("送达", deliver, Some(0)),
        ];
    }
    let (accept, review, decide) = split_days(plan.promised_days);
    let review_text = match spec.kind {
        ItemKind::Licensing => "对申请材料进行审查，需要现场核查的组织现场核查",
        ItemKind::Benefit => "核查申请人及家庭情况，必要时入户调查并公示",
        ItemKind::Adjudication => "调查核实争议事实，听取双方当事人意见，组织调解",
        _ => "对申请材料进行审核",
    };
    let delivery_days = if spec.kind == ItemKind::Licensing {
        10
    } else {
        5
    };
    vec![
        step("申请", apply, None),
        step(
            "受理",
            "材料齐全、符合法定形式的予以受理；材料不全的一次性告知需要补正的全部内容".to_owned(),
            Some(accept),
        ),
        step(
            "审核",
            format!("{}{review_text}", spec.department_name),
            Some(review),
        ),
        step(
            "决定",
            "作出准予或者不予办理的决定；不予办理的书面说明理由并告知申请复议、诉讼的权利"
                .to_owned(),
            Some(decide),
        ),
        step("送达", deliver, Some(delivery_days)),
    ]
}

fn visit_reason(
    spec: &ItemSpec<'_>,
    plan: &Plan,
    issues_licence: bool,
    rng: &mut Rng,
) -> Option<String> {
    if plan.visits == 0 {
        return None;
    }
    let hands_back = matches!(spec.role(), Role::Change | Role::Renew | Role::Reissue);
    let reason = if hands_back && issues_licence && rng.bool() {
        "需交回原证件并现场领取新证"
    } else if spec.kind == ItemKind::Adjudication {
        "需当事人到场陈述意见、参加调解"
    } else {
        spec.department.visit_reason
    };
    Some(reason.to_owned())
}

fn universal_scope(spec: &ItemSpec<'_>, plan: &Plan, rng: &mut Rng) -> Option<String> {
    if plan.online_depth < 4 || spec.serves_organisations() {
        return None;
    }
    match rng.u32(0..100) {
        0..30 => Some("全市通办".to_owned()),
        30..40 => Some("全省通办".to_owned()),
        _ => None,
    }
}

fn faq(
    spec: &ItemSpec<'_>,
    plan: &Plan,
    fees: &[FeeSpec],
    result: &str,
    rng: &mut Rng,
) -> Vec<Faq> {
    let name = &spec.name;
    let ask = |question: String, answer: String| Faq { question, answer };
    let visits = match plan.visits {
        0 => format!(
            "不需要。本事项可全程网上办理，通过{ONLINE_CHANNEL}提交申请，办理进度可在线查询。"
        ),
        1 => format!(
            "需要到现场1次。可先通过{ONLINE_CHANNEL}提交材料预审，预审通过后带齐原件到{}{}号窗口办理。",
            spec.hall.name, spec.window_number
        ),
        _ => "需要到现场2次：第一次提交申请材料，第二次领取办理结果。".to_owned(),
    };
    let mut questions = vec![ask(format!("办理{name}需要本人到现场吗？"), visits)];
    let timing = if plan.processing == Processing::Immediate {
        "材料齐全、符合法定形式的，当场办结。".to_owned()
    } else {
        format!(
            "法定办结时限为{}个工作日，承诺{}个工作日内办结，自受理之日起计算；需要补正材料、现场核查或者专家评审的，所需时间不计算在内。",
            plan.statutory_days, plan.promised_days
        )
    };
    questions.push(ask(format!("{name}多长时间能办好？"), timing));
    let money = match fees.first() {
        Some(fee) => format!("收费。{}：{}。", fee.name, fee.standard),
        None => "不收费。".to_owned(),
    };
    questions.push(ask(format!("办理{name}收费吗？"), money));
    if spec.role() == Role::Main && result_kind(result) == "证照" {
        let reissue = spec
            .basic
            .forms
            .iter()
            .find(|form| form.role == Role::Reissue)
            .map(|form| format!("{}{}", spec.basic.stem, form.suffix));
        let answer = match reissue {
            Some(item) => format!("可申请办理“{item}”，提交遗失声明后补发。"),
            None => format!(
                "可向{}申请补发，窗口工作人员会告知所需材料。",
                spec.department_name
            ),
        };
        questions.push(ask(format!("{result}遗失了怎么办？"), answer));
    }
    let keep = 1 + rng.usize(0..3);
    let first = questions.remove(0);
    rng.shuffle(&mut questions);
    questions.truncate(keep - 1);
    questions.insert(0, first);
    questions
}

/// The full generated guide of an item.
pub(super) fn build(spec: &ItemSpec<'_>) -> Item {
    let mut rng = Rng::with_seed(spec.seed());
    let result = result_name(spec);
    let kind = result_kind(&result);
    let issues_licence = kind == "证照";
    let plan = plan_for(spec, issues_licence, &mut rng);
    let fees = fees_of(&spec.name);
    let materials = materials_for(spec, &result, issues_licence, &mut rng);
    let steps = steps(spec, &plan, &result);
    let visit_reason = visit_reason(spec, &plan, issues_licence, &mut rng);
    let universal_scope = universal_scope(spec, &plan, &mut rng);
    let faq = faq(spec, &plan, &fees, &result, &mut rng);
    Item {
        summary: summary(spec, &plan, !fees.is_empty()),
        level: spec.hall.level(),
        legal_basis: legal_basis(spec),
        conditions: conditions(spec, &result),
        processing: plan.processing,
        materials,
        steps,
        online_payment: !fees.is_empty() && plan.online_depth >= 3,
        fees: fees.into_iter().map(FeeSpec::to_fee).collect(),
        place: spec.place(),
        hours: spec.hall.hours_text(),
        consult_phone: spec.consult_phone.to_owned(),
        complaint_phone: "12345".to_owned(),
        visit_reason,
        universal_scope,
        result: ItemResult {
            name: result,
            kind: kind.to_owned(),
            sample: None,
        },
        faq,
    }
}
