//! The shapes the seed's tables share: a hall, a department and an item as
//! described before anything is built from them. Its own module, importing
//! none of the modules that use it, so that halls, departments, the catalog
//! and the guides' texts do not import one another for them.

use banshi_api::catalog::{Audience, ItemKind, Level, Theme};
use banshi_api::ids::ItemCode;

use super::codes::stable_hash;
use super::model::{Basic, Form, Role};

/// A hall as the seed describes it.
#[derive(Debug, Clone, Copy)]
pub(super) struct HallSpec {
    pub(super) code: &'static str,
    /// As people say it: 市直, 谯城区 …
    pub(super) district: &'static str,
    /// The place in department names: 谯城区, 涡阳县, 亳州经济开发区.
    pub(super) district_full: &'static str,
    /// The place in branch names: 谯城, 涡阳, 经开区.
    pub(super) place_short: &'static str,
    pub(super) name: &'static str,
    pub(super) district_en: &'static str,
    pub(super) address: &'static str,
    pub(super) phone: &'static str,
    /// Administrative division code, the region part of credit codes.
    pub(super) region: &'static str,
    /// First two digits of the department phone numbers in the district.
    pub(super) phone_prefix: &'static str,
    /// Open on Saturday mornings.
    pub(super) saturday: bool,
    /// Applications relative to the city hall.
    pub(super) size: f32,
}

impl HallSpec {
    pub(super) fn is_city(&self) -> bool {
        self.code == "shizhi"
    }

    pub(super) fn is_zone(&self) -> bool {
        self.code == "jingkai"
    }

    pub(super) fn level(&self) -> Level {
        if self.is_city() {
            Level::City
        } else {
            Level::County
        }
    }

    /// Opening hours as one sentence, for guides.
    pub(super) fn hours_text(&self) -> String {
        let weekdays = "周一至周五上午9:00—12:00，下午13:30—17:30";
        if self.saturday {
            format!("{weekdays}；周六上午9:00—12:00（法定节假日除外）")
        } else {
            format!("{weekdays}（法定节假日除外）")
        }
    }
}

/// How a department's name reads in a district hall.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Naming {
    /// 亳州市X, 谯城区X, 涡阳县X, 亳州经济开发区X.
    Local,
    /// A vertical department: 亳州市X in the city, 亳州市X涡阳分局 in the counties.
    Branch,
    /// Local in the counties, but a branch of the city in the development zone.
    ZoneBranch,
    /// 国家税务总局亳州市税务局, 国家税务总局涡阳县税务局.
    Tax,
    /// 亳州市住房公积金管理中心 and its 涡阳管理部 …
    Fund,
    /// 亳州市消防救援支队, 涡阳县消防救援大队.
    Fire,
}

/// A department as every hall knows it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Department {
    /// Name without the place, e.g. 公安局.
    pub(super) short: &'static str,
    pub(super) naming: Naming,
    /// Second and first characters of the credit code: 11 机关, 12 事业单位, 13 群团.
    pub(super) category: &'static str,
    /// Services of its own windows, most used first; empty when the
    /// comprehensive windows (综合受理) take its applications.
    pub(super) windows: &'static [&'static str],
    /// Share of its items that can be done fully online, in percent.
    pub(super) online_percent: u8,
    /// The main law of its field, cited when an item names no law of its own.
    pub(super) law: &'static str,
    /// Why an applicant has to come in person, when they have to.
    pub(super) visit_reason: &'static str,
    /// Materials its licences usually ask for beyond the form and the ID:
    /// (name, what the hall checks).
    pub(super) evidence: &'static [(&'static str, &'static str)],
    /// Whether the development zone hall hosts it.
    pub(super) in_zone: bool,
    pub(super) items: &'static [Basic],
}

impl Department {
    /// The department's full name in a hall, as it appears on decisions.
    pub(super) fn name_in(&self, hall: &HallSpec) -> String {
        let short = self.short;
        if hall.is_city() {
            return match self.naming {
                Naming::Tax => "国家税务总局亳州市税务局".to_owned(),
                Naming::Fire => "亳州市消防救援支队".to_owned(),
                _ => format!("亳州市{short}"),
            };
        }
        let district = hall.district_full;
        let place = hall.place_short;
        match (self.naming, hall.is_zone()) {
            (Naming::Local, _) | (Naming::ZoneBranch, false) => format!("{district}{short}"),
            (Naming::Branch, false) => format!("亳州市{short}{place}分局"),
            (Naming::Branch | Naming::ZoneBranch, true) => format!("亳州市{short}经济开发区分局"),
            (Naming::Tax, _) if hall.code == "qiaocheng" => {
                "国家税务总局亳州市谯城区税务局".to_owned()
            }
            (Naming::Tax, _) => format!("国家税务总局{district}税务局"),
            (Naming::Fund, _) => format!("亳州市住房公积金管理中心{place}管理部"),
            (Naming::Fire, _) => format!("{district}消防救援大队"),
        }
    }

    /// Whether a hall hosts the department.
    pub(super) fn serves(&self, hall: &HallSpec) -> bool {
        self.in_zone || !hall.is_zone()
    }
}

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
    pub(super) code: ItemCode,
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
        stable_hash(self.code.as_str())
    }
}
