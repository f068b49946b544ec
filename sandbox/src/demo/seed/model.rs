//! The shapes of the seed tables: a basic item (基本目录事项) as a department
//! lists it, and the business forms (办理项) it expands into, e.g. 核发, 变更,
//! 延续, 注销 and 补办 of one licence.

use banshi_api::catalog::{Audience, ItemKind, Theme};

/// Who an item serves, in the short form the tables use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Who {
    /// 自然人 only.
    P,
    /// 法人 only.
    O,
    /// Both, e.g. 个体工商户 or a licence that persons and companies may hold.
    B,
}

impl Who {
    pub(super) fn audiences(self) -> Vec<Audience> {
        match self {
            Who::P => vec![Audience::Person],
            Who::O => vec![Audience::Organisation],
            Who::B => vec![Audience::Person, Audience::Organisation],
        }
    }

    pub(super) fn serves_organisations(self) -> bool {
        self != Who::P
    }
}

/// Which halls implement a basic item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    /// Every hall whose district has the department.
    A,
    /// Only the city hall: a power kept at city level (市级权限).
    C,
    /// Only the district halls: a power of the counties (县级权限).
    D,
}

/// How often people apply, before the hall's own size is taken into account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pop {
    /// Everyday items: thousands a year in the city hall.
    Daily,
    /// Hundreds a year.
    Common,
    /// Dozens a year.
    Few,
    /// A handful a year.
    Rare,
}

impl Pop {
    /// Applications a year in the city hall, before jitter.
    pub(super) fn base(self) -> f32 {
        match self {
            Pop::Daily => 3200.0,
            Pop::Common => 420.0,
            Pop::Few => 45.0,
            Pop::Rare => 6.0,
        }
    }
}

/// What a business form does to the underlying licence or record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// The first application: 核发, 设立, 申领, 首次 …
    Main,
    /// 变更: change of what the licence records.
    Change,
    /// 延续 / 换证 / 审验: renewal before it runs out.
    Renew,
    /// 注销: the licence or record ends.
    Cancel,
    /// 补办 / 补领 / 补发: a lost or damaged certificate is replaced.
    Reissue,
}

/// One business form of a basic item: its name is the stem plus `suffix`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Form {
    pub(super) suffix: &'static str,
    pub(super) role: Role,
    /// The form's own kind when it differs from the basic item's (备案 under a 登记).
    pub(super) kind: Option<ItemKind>,
}

pub(super) const fn form(suffix: &'static str, role: Role) -> Form {
    Form {
        suffix,
        role,
        kind: None,
    }
}

const fn filing(suffix: &'static str) -> Form {
    Form {
        suffix,
        role: Role::Change,
        kind: Some(ItemKind::Filing),
    }
}

/// One form whose name is the stem itself.
pub(super) const ONE: &[Form] = &[form("", Role::Main)];
/// A licence with its full life: 核发, 变更, 延续, 注销, 补办.
pub(super) const LIC5: &[Form] = &[
    form("核发", Role::Main),
    form("变更", Role::Change),
    form("延续", Role::Renew),
    form("注销", Role::Cancel),
    form("补办", Role::Reissue),
];
/// A licence without a term: 核发, 变更, 注销, 补办.
pub(super) const LIC4: &[Form] = &[
    form("核发", Role::Main),
    form("变更", Role::Change),
    form("注销", Role::Cancel),
    form("补办", Role::Reissue),
];
/// A licence with a term but no separate replacement: 核发, 变更, 延续, 注销.
pub(super) const LIC4R: &[Form] = &[
    form("核发", Role::Main),
    form("变更", Role::Change),
    form("延续", Role::Renew),
    form("注销", Role::Cancel),
];
/// 核发, 变更, 注销.
pub(super) const LIC3: &[Form] = &[
    form("核发", Role::Main),
    form("变更", Role::Change),
    form("注销", Role::Cancel),
];
/// 核发, 变更.
pub(super) const LIC2: &[Form] = &[form("核发", Role::Main), form("变更", Role::Change)];
/// A permit named without 证: （新办）, （变更）, （延续）, （注销）.
pub(super) const NEW4: &[Form] = &[
    form("（新办）", Role::Main),
    form("（变更）", Role::Change),
    form("（延续）", Role::Renew),
    form("（注销）", Role::Cancel),
];
/// （新办）, （变更）, （注销）.
pub(super) const NEW3: &[Form] = &[
    form("（新办）", Role::Main),
    form("（变更）", Role::Change),
    form("（注销）", Role::Cancel),
];
/// A register of organisations: 设立登记, 变更登记, 注销登记, 备案.
pub(super) const REG4: &[Form] = &[
    form("设立登记", Role::Main),
    form("变更登记", Role::Change),
    form("注销登记", Role::Cancel),
    filing("备案"),
];
/// 设立登记, 变更登记, 注销登记.
pub(super) const REG3: &[Form] = &[
    form("设立登记", Role::Main),
    form("变更登记", Role::Change),
    form("注销登记", Role::Cancel),
];
/// 成立登记, 变更登记, 注销登记 (social organisations).
pub(super) const FOUND3: &[Form] = &[
    form("成立登记", Role::Main),
    form("变更登记", Role::Change),
    form("注销登记", Role::Cancel),
];
/// A filing: 备案, 变更备案, 注销备案.
pub(super) const FILE3: &[Form] = &[
    form("备案", Role::Main),
    form("变更备案", Role::Change),
    form("注销备案", Role::Cancel),
];
/// 备案, 变更备案.
pub(super) const FILE2: &[Form] = &[form("备案", Role::Main), form("变更备案", Role::Change)];
/// A personal certificate: 申领, 换领, 补领.
pub(super) const CERT3: &[Form] = &[
    form("申领", Role::Main),
    form("换领", Role::Renew),
    form("补领", Role::Reissue),
];
/// 申领, 补领.
pub(super) const CERT2: &[Form] = &[form("申领", Role::Main), form("补领", Role::Reissue)];
/// A travel document: 申领, 换发, 补发.
pub(super) const TRAVEL3: &[Form] = &[
    form("申领", Role::Main),
    form("换发", Role::Renew),
    form("补发", Role::Reissue),
];
/// A professional registration: （首次注册）, （变更注册）, （延续注册）, （注销注册）.
pub(super) const PRACTICE4: &[Form] = &[
    form("（首次注册）", Role::Main),
    form("（变更注册）", Role::Change),
    form("（延续注册）", Role::Renew),
    form("（注销注册）", Role::Cancel),
];
/// A driving licence: 申领, 换证, 补领, 审验, 延期换证, 注销.
pub(super) const DRIVING: &[Form] = &[
    form("初次申领", Role::Main),
    form("换证", Role::Renew),
    form("补领", Role::Reissue),
    form("审验", Role::Renew),
    form("延期换证", Role::Renew),
    form("注销", Role::Cancel),
];
/// A motor vehicle register.
pub(super) const VEHICLE: &[Form] = &[
    form("注册登记", Role::Main),
    form("转移登记", Role::Change),
    form("变更登记", Role::Change),
    form("抵押登记", Role::Change),
    form("解除抵押登记", Role::Change),
    form("注销登记", Role::Cancel),
];
/// Real-estate registration.
pub(super) const ESTATE: &[Form] = &[
    form("首次登记", Role::Main),
    form("转移登记", Role::Change),
    form("变更登记", Role::Change),
    form("抵押登记", Role::Change),
    form("注销登记", Role::Cancel),
    form("更正登记", Role::Change),
    form("异议登记", Role::Change),
    form("预告登记", Role::Main),
    form("查封登记", Role::Change),
];

/// A basic item as a department lists it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Basic {
    pub(super) stem: &'static str,
    pub(super) forms: &'static [Form],
    pub(super) kind: ItemKind,
    pub(super) who: Who,
    pub(super) themes: &'static [Theme],
    pub(super) scope: Scope,
    /// 法定办结时限 of the main form in working days; 0 for items the law has
    /// decided on the spot.
    pub(super) days: u16,
    pub(super) pop: Pop,
    /// The law that sets the item up; empty for the department's default.
    pub(super) law: &'static str,
    /// The certificate or document issued; empty for the kind's default.
    pub(super) result: &'static str,
}

/// A table row: stem, forms, kind, audience, themes, scope, days, popularity, law, result.
#[allow(clippy::too_many_arguments)]
pub(super) const fn b(
    stem: &'static str,
    forms: &'static [Form],
    kind: ItemKind,
    who: Who,
    themes: &'static [Theme],
    scope: Scope,
    days: u16,
    pop: Pop,
    law: &'static str,
    result: &'static str,
) -> Basic {
    Basic {
        stem,
        forms,
        kind,
        who,
        themes,
        scope,
        days,
        pop,
        law,
        result,
    }
}
