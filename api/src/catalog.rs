//! The catalog of service items (政务服务事项实施清单): what each item is, who
//! may apply, what to bring, how long it takes, and how to query the catalog.
//!
//! Field names follow the national item standard; the Chinese term is given on
//! each field. An item is implemented by one hall: the same basic item offered by
//! two halls has one basic code and two implementation codes.

use serde::{Deserialize, Serialize};

use crate::error::{ApiError, FieldError};
use crate::halls::{Hall, HallCode};
use crate::ids::ItemCode;

/// The item kinds of the national standard (事项类型).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// 行政许可
    Licensing,
    /// 行政确认
    Confirmation,
    /// 行政给付
    Benefit,
    /// 行政征收
    Levy,
    /// 行政奖励
    Reward,
    /// 行政裁决
    Adjudication,
    /// 行政备案
    Filing,
    /// 审核转报
    ReviewAndReferral,
    /// 其他行政权力
    OtherPower,
    /// 公共服务
    PublicService,
}

impl ItemKind {
    pub const ALL: [ItemKind; 10] = [
        ItemKind::Licensing,
        ItemKind::Confirmation,
        ItemKind::Benefit,
        ItemKind::Levy,
        ItemKind::Reward,
        ItemKind::Adjudication,
        ItemKind::Filing,
        ItemKind::ReviewAndReferral,
        ItemKind::OtherPower,
        ItemKind::PublicService,
    ];
}

/// Who an item serves (服务对象).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// 自然人: citizens.
    Person,
    /// 法人: enterprises and organisations.
    Organisation,
}

/// Life events (for persons) and business events (for enterprises) that group
/// items into one-thing services (主题服务).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// 出生
    Birth,
    /// 上学
    Schooling,
    /// 工作
    Work,
    /// 结婚
    Marriage,
    /// 生育
    Childbearing,
    /// 住房
    Housing,
    /// 证件办理
    Documents,
    /// 社保医保
    SocialSecurity,
    /// 退休
    Retirement,
    /// 身后事
    Bereavement,
    /// 开办企业
    BusinessStart,
    /// 企业变更
    BusinessChange,
    /// 经营许可
    OperatingPermit,
    /// 工程建设
    Construction,
    /// 企业注销
    BusinessClosure,
}

impl Theme {
    /// Life events, in the order a life runs.
    pub const LIFE_EVENTS: [Theme; 10] = [
        Theme::Birth,
        Theme::Schooling,
        Theme::Work,
        Theme::Marriage,
        Theme::Childbearing,
        Theme::Housing,
        Theme::Documents,
        Theme::SocialSecurity,
        Theme::Retirement,
        Theme::Bereavement,
    ];
    /// Business events, in the order a business runs.
    pub const BUSINESS_EVENTS: [Theme; 5] = [
        Theme::BusinessStart,
        Theme::BusinessChange,
        Theme::OperatingPermit,
        Theme::Construction,
        Theme::BusinessClosure,
    ];
}

/// The administrative level that exercises the power (行使层级).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// 省级
    Province,
    /// 市级
    City,
    /// 县级
    County,
    /// 乡镇（街道）级
    Township,
}

/// Whether the item is done on the spot or within a promised time (办件类型).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Processing {
    /// 即办件: decided on the spot.
    Immediate,
    /// 承诺件: decided within the promised number of working days.
    Promised,
}

/// The short form of an item, as it appears in lists and search results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ItemSummary {
    /// 实施编码: the implementation code, unique across the catalog.
    pub code: ItemCode,
    /// 基本编码: the basic code, shared by the same item in every hall.
    pub basic_code: String,
    /// 事项名称
    pub name: String,
    /// 事项类型
    pub kind: ItemKind,
    /// 服务对象: one or both.
    pub audiences: Vec<Audience>,
    /// 实施主体: the department that decides.
    pub department: String,
    /// The hall that implements the item.
    pub hall: HallCode,
    /// Life or business events the item belongs to.
    pub themes: Vec<Theme>,
    /// 到办事现场次数: how many times the applicant must come in (0, 1 or 2).
    pub visits: u8,
    /// 网上办理深度, 1–4: 4 means fully online.
    pub online_depth: u8,
    /// 承诺办结时限, in working days; 0 for items done on the spot.
    pub promised_days: u16,
    /// 法定办结时限, in working days.
    pub statutory_days: u16,
    /// 是否收费
    pub charged: bool,
    /// 是否支持物流快递: the result can be mailed by EMS.
    pub ems_delivery: bool,
    /// 是否支持预约: a visit can be booked.
    pub booking: bool,
    /// Applications in the last year, for ranking.
    pub popularity: u32,
}

/// A material the applicant hands in (申请材料).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Material {
    /// 材料名称
    pub name: String,
    /// 必要性
    pub necessity: Necessity,
    /// 材料类型: original or copy.
    pub original: bool,
    /// 材料形式
    pub medium: Medium,
    /// 份数
    pub copies: u8,
    /// 来源渠道
    pub source: MaterialSource,
    /// 空白表格: the blank form's path relative to the API base
    /// (e.g. `documents/…/blank.pdf`), if there is one.
    pub blank_form: Option<String>,
    /// 示例样表: a filled-in sample's path relative to the API base, if there is one.
    pub sample: Option<String>,
    /// 填报须知
    pub notes: Option<String>,
    /// 受理标准: what the hall checks when it accepts the material.
    pub acceptance_standard: String,
}

/// Whether a material must be handed in (必要性).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Necessity {
    /// 必要
    Required,
    /// 非必要
    Optional,
    /// 容缺或按情形提交: required only in the situation described.
    Conditional { condition: String },
}

/// Paper or electronic (材料形式).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Medium {
    Paper,
    Electronic,
    /// Either form is accepted.
    PaperOrElectronic,
}

/// Where a material comes from (来源渠道).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MaterialSource {
    /// 申请人自备
    Applicant,
    /// 政府部门核发
    IssuingDepartment,
    /// 电子证照库: fetched by the hall, nothing to bring.
    LicenceLibrary,
}

/// A fee charged for the item (收费项目).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Fee {
    pub name: String,
    /// 收费标准, e.g. 每证 20 元.
    pub standard: String,
    /// 收费依据
    pub basis: String,
    /// 减免情形, if any.
    pub reductions: Option<String>,
}

/// One step of the procedure (办理流程).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Step {
    /// e.g. 申请, 受理, 审核, 决定, 送达.
    pub name: String,
    pub description: String,
    /// Working days this step may take, if limited.
    pub days: Option<u16>,
}

/// The result the applicant receives (审批结果).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ItemResult {
    /// 审批结果名称, e.g. 食品经营许可证.
    pub name: String,
    /// 审批结果类型: 证照, 批文, 其他.
    pub kind: String,
    /// 审批结果样本: where to download a sample, if published.
    pub sample: Option<String>,
}

/// A question people ask about the item, with the hall's answer (常见问题).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Faq {
    pub question: String,
    pub answer: String,
}

/// The full guide of an item (办事指南): every element of the national standard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Item {
    #[serde(flatten)]
    pub summary: ItemSummary,
    /// 行使层级
    pub level: Level,
    /// 设定依据: laws and regulations, one per entry.
    pub legal_basis: Vec<String>,
    /// 受理条件, one per entry.
    pub conditions: Vec<String>,
    /// 办件类型
    pub processing: Processing,
    /// 申请材料
    pub materials: Vec<Material>,
    /// 办理流程
    pub steps: Vec<Step>,
    /// 收费项目; empty when the item is free.
    pub fees: Vec<Fee>,
    /// 是否网上支付
    pub online_payment: bool,
    /// 办理地点
    pub place: String,
    /// 办理时间
    pub hours: String,
    /// 咨询方式
    pub consult_phone: String,
    /// 监督投诉方式
    pub complaint_phone: String,
    /// 必须现场办理原因, when a visit is needed.
    pub visit_reason: Option<String>,
    /// 通办范围, e.g. 全市通办 or 跨省通办.
    pub universal_scope: Option<String>,
    /// 审批结果
    pub result: ItemResult,
    /// 常见问题
    pub faq: Vec<Faq>,
}

/// Filters and paging of `GET /catalog/items`. Every filter is optional; they
/// combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams, utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ItemQuery {
    /// Words of the item's name.
    pub q: Option<String>,
    pub hall: Option<HallCode>,
    pub department: Option<String>,
    pub kind: Option<ItemKind>,
    pub audience: Option<Audience>,
    pub theme: Option<Theme>,
    /// 1-based page number; 1 when absent.
    #[cfg_attr(
        feature = "openapi",
        param(minimum = 1, maximum = 4294967295_u64, format = Int64),
        schema(minimum = 1, maximum = 4294967295_u64, format = Int64)
    )]
    pub page: Option<u32>,
    /// Items per page, 1 to [`ItemQuery::MAX_PER_PAGE`]; [`ItemQuery::DEFAULT_PER_PAGE`] when absent.
    #[cfg_attr(
        feature = "openapi",
        param(minimum = 1, maximum = 100),
        schema(minimum = 1, maximum = 100)
    )]
    pub per_page: Option<u32>,
}

impl ItemQuery {
    pub const DEFAULT_PER_PAGE: u32 = 20;
    pub const MAX_PER_PAGE: u32 = 100;
    /// Longest search text used, in characters; longer text is cut, not refused.
    pub const MAX_QUERY_CHARS: usize = 64;

    /// The 1-based page asked for.
    pub fn page(&self) -> u32 {
        self.page.unwrap_or(1)
    }

    /// Items per page asked for.
    pub fn per_page(&self) -> u32 {
        self.per_page.unwrap_or(Self::DEFAULT_PER_PAGE)
    }

    /// Checks the paging parameters, naming every one that is out of range.
    pub fn validate(&self) -> Result<(), ApiError> {
        let mut fields = Vec::new();
        if self.page == Some(0) {
            fields.push(FieldError {
                field: "page".into(),
                message: "页码从 1 开始".into(),
            });
        }
        if let Some(per_page) = self.per_page
            && !(1..=Self::MAX_PER_PAGE).contains(&per_page)
        {
            fields.push(FieldError {
                field: "per_page".into(),
                message: format!("每页条数须在 1 到 {} 之间", Self::MAX_PER_PAGE),
            });
        }
        if fields.is_empty() {
            Ok(())
        } else {
            Err(ApiError::bad_request("分页参数有误", fields))
        }
    }

    /// The search words: `q` cut to [`Self::MAX_QUERY_CHARS`] characters and split
    /// on white space (ASCII and the full-width space people type in Chinese).
    pub fn words(&self) -> Vec<String> {
        let text: String = self
            .q
            .as_deref()
            .unwrap_or_default()
            .chars()
            .take(Self::MAX_QUERY_CHARS)
            .collect();
        text.split(|c: char| c.is_whitespace())
            .filter(|word| !word.is_empty())
            .map(str::to_owned)
            .collect()
    }
}

/// One page of a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ItemPage {
    pub items: Vec<ItemSummary>,
    /// The 1-based number of this page.
    pub page: u32,
    pub per_page: u32,
    /// How many items match in all, over every page.
    pub total: u64,
}

impl ItemPage {
    /// How many pages the matching items fill (at least 1, so "page 1 of 1" reads right when empty).
    pub fn page_count(&self) -> u32 {
        let per_page = u64::from(self.per_page.max(1));
        u32::try_from(self.total.div_ceil(per_page).max(1)).unwrap_or(u32::MAX)
    }
}

/// The whole catalog, for offline use: `GET /catalog/snapshot`. Its `version`
/// is also sent as the ETag, so an unchanged catalog costs one 304.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CatalogSnapshot {
    /// Changes whenever any hall or item changes.
    pub version: String,
    pub halls: Vec<Hall>,
    pub items: Vec<Item>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(total: u64, per_page: u32) -> ItemPage {
        ItemPage {
            items: Vec::new(),
            page: 1,
            per_page,
            total,
        }
    }

    #[test]
    fn page_count_rounds_up_and_is_never_zero() {
        assert_eq!(
            page(0, 20).page_count(),
            1,
            "an empty list still has one page"
        );
        assert_eq!(page(20, 20).page_count(), 1);
        assert_eq!(
            page(21, 20).page_count(),
            2,
            "one item more needs one page more"
        );
        assert_eq!(page(3307, 20).page_count(), 166);
    }

    #[test]
    fn paging_out_of_range_names_each_field() {
        let query = ItemQuery {
            page: Some(0),
            per_page: Some(500),
            ..ItemQuery::default()
        };
        let error = query.validate().unwrap_err();
        let fields: Vec<_> = error.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(
            fields,
            ["page", "per_page"],
            "all problems are reported at once"
        );
        assert!(
            ItemQuery::default().validate().is_ok(),
            "no paging means page 1"
        );
    }

    #[test]
    fn words_split_on_any_space_and_long_text_is_cut() {
        let query = ItemQuery {
            q: Some(" 营业执照\u{3000}变更  ".into()),
            ..ItemQuery::default()
        };
        assert_eq!(
            query.words(),
            ["营业执照", "变更"],
            "a full-width space separates words too"
        );
        let pasted = ItemQuery {
            q: Some("证".repeat(500)),
            ..ItemQuery::default()
        };
        assert_eq!(
            pasted.words()[0].chars().count(),
            ItemQuery::MAX_QUERY_CHARS
        );
        assert!(ItemQuery::default().words().is_empty());
    }

    #[test]
    fn item_flattens_its_summary_on_the_wire() {
        let json = serde_json::json!({
            "code": "11341600MB0000001A000105001000001", "basic_code": "000105001000",
            "name": "结婚登记", "kind": "confirmation", "audiences": ["person"],
            "department": "亳州市民政局", "hall": "shizhi", "themes": ["marriage"],
            "visits": 1, "online_depth": 3, "promised_days": 0, "statutory_days": 1,
            "charged": false, "ems_delivery": false, "booking": true, "popularity": 1200,
            "level": "city", "legal_basis": ["《婚姻登记条例》"], "conditions": [],
            "processing": "immediate",
            "materials": [{"name": "居民身份证", "necessity": {"kind": "required"},
                "original": true, "medium": "paper", "copies": 1, "source": "applicant",
                "blank_form": null, "sample": null, "notes": null,
                "acceptance_standard": "在有效期内"}],
            "steps": [], "fees": [], "online_payment": false, "place": "婚姻登记处",
            "hours": "工作日", "consult_phone": "0558-0000000",
            "complaint_phone": "12345", "visit_reason": "需双方到场", "universal_scope": null,
            "result": {"name": "结婚证", "kind": "证照", "sample": null}, "faq": []
        });
        let item: Item = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(item.summary.name, "结婚登记");
        assert_eq!(item.materials[0].necessity, Necessity::Required);
        assert_eq!(
            serde_json::to_value(&item).unwrap(),
            json,
            "a round trip must give back the same document"
        );
    }
}
