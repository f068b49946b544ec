//! Checks that the demo city meets the acceptance bar: halls, counts,
//! coverage of kinds, audiences and themes, the everyday items, codes,
//! consistency of every guide, and determinism.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;
use std::time::Instant;

use banshi_api::catalog::{
    Audience, Item, ItemKind, Level, MaterialSource, Necessity, Processing, Theme,
};

use super::{DemoCity, demo_city, everyday};

/// The city, built once for the tests that only read it.
fn city() -> &'static DemoCity {
    static CITY: OnceLock<DemoCity> = OnceLock::new();
    CITY.get_or_init(demo_city)
}

fn items_of<'a>(city: &'a DemoCity, hall: &'a str) -> impl Iterator<Item = &'a Item> {
    city.items
        .iter()
        .filter(move |item| item.summary.hall == hall)
}

const EVERYDAY: &[&str] = &[
    "居民身份证申领",
    "居民身份证换领",
    "居民身份证补领",
    "户口迁移",
    "出生登记",
    "结婚登记",
    "生育登记",
    "社会保障卡申领",
    "城乡居民养老保险参保登记",
    "医保异地就医备案",
    "住房公积金提取",
    "不动产首次登记",
    "不动产转移登记",
    "机动车驾驶证换证",
    "护照申领",
    "往来港澳通行证申领",
    "企业设立登记",
    "企业变更登记",
    "企业注销登记",
    "食品经营许可证核发",
    "药品经营许可证核发",
    "建筑工程施工许可证核发",
    "排污许可证核发",
    "道路运输经营许可（普通货物运输）",
    "公共场所卫生许可证核发",
    "个体工商户登记",
    "税务登记",
    "残疾人证申领",
    "最低生活保障申请",
    "高龄津贴申请",
    "义务教育入学",
    "就业创业证申领",
    "失业保险金申领",
];

#[test]
fn builds_fast_and_reports_its_counts() {
    let started = Instant::now();
    let city = demo_city();
    let elapsed = started.elapsed();
    let mut per_hall: BTreeMap<&str, usize> = BTreeMap::new();
    let mut per_kind: BTreeMap<String, usize> = BTreeMap::new();
    for item in &city.items {
        *per_hall.entry(item.summary.hall.as_str()).or_default() += 1;
        *per_kind
            .entry(format!("{:?}", item.summary.kind))
            .or_default() += 1;
    }
    println!("demo_city() built in {elapsed:?}");
    println!("items: {} per hall {per_hall:?}", city.items.len());
    println!("kinds: {per_kind:?}");
    assert!(
        elapsed.as_secs() < 5,
        "the server builds the city at start-up, so it must stay quick: took {elapsed:?}"
    );
}

#[test]
fn six_halls_in_the_city_order() {
    let halls = &city().halls;
    let codes: Vec<&str> = halls.iter().map(|hall| hall.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "shizhi",
            "qiaocheng",
            "guoyang",
            "mengcheng",
            "lixin",
            "jingkai"
        ],
        "the UI lists the halls in this order and links them by these codes"
    );
    let english: Vec<&str> = halls.iter().map(|hall| hall.district_en.as_str()).collect();
    assert_eq!(
        english,
        [
            "Municipal",
            "Qiaocheng District",
            "Guoyang County",
            "Mengcheng County",
            "Lixin County",
            "Economic Development Zone"
        ],
        "the English interface shows these district names"
    );
    for hall in halls {
        assert!(
            hall.phone.starts_with("0558-"),
            "{} must have a Bozhou phone number",
            hall.code
        );
        assert!(!hall.address.is_empty(), "{} needs an address", hall.code);
        assert!(
            (10..=30).contains(&hall.windows.len()),
            "{} should have 10 to 30 windows, has {}",
            hall.code,
            hall.windows.len()
        );
        let numbers: BTreeSet<&str> = hall
            .windows
            .iter()
            .map(|window| window.number.as_str())
            .collect();
        assert_eq!(
            numbers.len(),
            hall.windows.len(),
            "{}: window numbers must be unique",
            hall.code
        );
        let weekdays = hall
            .hours
            .iter()
            .find(|hours| hours.weekdays == [1, 2, 3, 4, 5]);
        assert!(
            weekdays.is_some(),
            "{} must open Monday to Friday",
            hall.code
        );
    }
    let saturday = |code: &str| {
        halls
            .iter()
            .filter(|hall| hall.code == code)
            .flat_map(|hall| &hall.hours)
            .any(|hours| hours.weekdays.contains(&6))
    };
    assert!(
        saturday("shizhi"),
        "the city hall also opens on Saturday mornings"
    );
    assert!(!saturday("guoyang"), "district halls close at the weekend");
}

#[test]
fn catalog_is_large_and_spread_over_departments() {
    let city = city();
    assert!(
        city.items.len() >= 3_000,
        "a city catalog holds thousands of items, got {}",
        city.items.len()
    );
    for hall in &city.halls {
        let count = items_of(city, hall.code.as_str()).count();
        assert!(
            count >= 400,
            "{} should implement several hundred items, has {count}",
            hall.code
        );
    }
    let city_hall = items_of(city, "shizhi").count();
    let largest_district = city
        .halls
        .iter()
        .skip(1)
        .map(|hall| items_of(city, hall.code.as_str()).count())
        .max()
        .unwrap_or(0);
    assert!(
        city_hall > largest_district,
        "the city hall implements the most items"
    );
    let departments: BTreeSet<&str> = items_of(city, "shizhi")
        .map(|item| item.summary.department.as_str())
        .collect();
    assert!(
        departments.len() >= 30,
        "items must be spread over at least 30 departments, got {}",
        departments.len()
    );
    assert!(
        departments.iter().all(|name| name.contains("亳州市")),
        "city-level departments are named 亳州市…: {departments:?}"
    );
    let guoyang: BTreeSet<&str> = items_of(city, "guoyang")
        .map(|item| item.summary.department.as_str())
        .collect();
    assert!(
        guoyang.contains("涡阳县公安局"),
        "district departments carry the district's name"
    );
}

#[test]
fn every_kind_audience_and_theme_is_used() {
    let items = &city().items;
    for kind in ItemKind::ALL {
        let count = items
            .iter()
            .filter(|item| item.summary.kind == kind)
            .count();
        assert!(
            count >= 3,
            "filtering by {kind:?} must find items, found {count}"
        );
    }
    for audience in [Audience::Person, Audience::Organisation] {
        assert!(
            items
                .iter()
                .any(|item| item.summary.audiences == [audience]),
            "some items serve only {audience:?}"
        );
    }
    assert!(
        items.iter().any(|item| item.summary.audiences.len() == 2),
        "some items serve both persons and organisations"
    );
    for theme in Theme::LIFE_EVENTS.iter().chain(&Theme::BUSINESS_EVENTS) {
        let count = items_of(city(), "shizhi")
            .filter(|item| item.summary.themes.contains(theme))
            .count();
        assert!(
            count >= 3,
            "the {theme:?} theme page needs several items, has {count}"
        );
    }
}

#[test]
fn everyday_items_are_in_the_city_hall_with_hand_written_guides() {
    let names: BTreeSet<&str> = items_of(city(), "shizhi")
        .map(|item| item.summary.name.as_str())
        .collect();
    for name in EVERYDAY {
        assert!(
            names.contains(name),
            "people look for {name} in the city hall"
        );
    }
    for name in everyday::names() {
        assert!(
            names.contains(name),
            "the hand-written guide of {name} must be used"
        );
    }
    let guided: BTreeSet<&str> = everyday::names().into_iter().collect();
    for name in EVERYDAY {
        assert!(
            guided.contains(name),
            "{name} is an everyday item and needs a hand-written guide"
        );
    }
    let marriage = items_of(city(), "shizhi")
        .find(|item| item.summary.name == "结婚登记")
        .map(|item| {
            (
                item.summary.visits,
                item.processing,
                item.legal_basis.join(""),
            )
        });
    assert_eq!(
        marriage
            .as_ref()
            .map(|(visits, processing, _)| (*visits, *processing)),
        Some((1, Processing::Immediate)),
        "both partners come once and leave with the certificate"
    );
    assert!(
        marriage.is_some_and(|(_, _, laws)| laws.contains("《婚姻登记条例》")),
        "marriage registration rests on the 婚姻登记条例"
    );
    let renewal = items_of(city(), "shizhi").find(|item| item.summary.name == "居民身份证换领");
    assert!(
        renewal.is_some_and(|item| item.fees.iter().any(|fee| fee.standard.contains("20元"))),
        "renewing an ID card costs 20 yuan"
    );
}

#[test]
fn everyday_items_are_popular_and_rare_ones_are_not() {
    let city_hall: Vec<&Item> = items_of(city(), "shizhi").collect();
    for name in [
        "居民身份证换领",
        "住房公积金提取",
        "义务教育入学",
        "不动产转移登记",
    ] {
        let popularity = city_hall
            .iter()
            .find(|item| item.summary.name == name)
            .map_or(0, |item| item.summary.popularity);
        assert!(
            popularity >= 1_000,
            "{name} is applied for thousands of times, got {popularity}"
        );
    }
    let rare = city_hall
        .iter()
        .filter(|item| item.summary.popularity < 20)
        .count();
    assert!(
        rare >= 50,
        "many items are seldom used, only {rare} have fewer than 20 applications"
    );
}

#[test]
fn codes_are_unique_and_basic_codes_are_shared() {
    let items = &city().items;
    let codes: BTreeSet<&str> = items
        .iter()
        .map(|item| item.summary.code.as_str())
        .collect();
    assert_eq!(
        codes.len(),
        items.len(),
        "the implementation code identifies an item"
    );
    for item in items {
        let code = item.summary.code.as_str();
        assert!(
            code.len() >= 30
                && code
                    .chars()
                    .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()),
            "implementation codes are digits and capital letters: {code}"
        );
        assert!(
            code.contains(&item.summary.basic_code),
            "the implementation code embeds the basic code: {code}"
        );
    }
    let mut basic_by_name: BTreeMap<&str, &str> = BTreeMap::new();
    for item in items {
        let basic = basic_by_name
            .entry(item.summary.name.as_str())
            .or_insert(&item.summary.basic_code);
        assert_eq!(
            *basic, item.summary.basic_code,
            "{} must have one basic code in every hall",
            item.summary.name
        );
    }
}

#[test]
fn no_name_twice_in_a_hall() {
    let mut seen: BTreeSet<(&str, &str)> = BTreeSet::new();
    for item in &city().items {
        assert!(
            seen.insert((item.summary.hall.as_str(), item.summary.name.as_str())),
            "{} appears twice in {}; a hall lists each item once",
            item.summary.name,
            item.summary.hall
        );
    }
}

#[test]
fn summaries_are_consistent() {
    for item in &city().items {
        let summary = &item.summary;
        let name = &summary.name;
        assert!(
            summary.visits <= 2,
            "{name}: at most two visits are allowed"
        );
        assert!(
            (1..=4).contains(&summary.online_depth),
            "{name}: online depth runs from 1 to 4"
        );
        if summary.online_depth == 4 {
            assert_eq!(summary.visits, 0, "{name}: fully online means no visit");
        }
        if summary.visits == 2 {
            assert!(
                summary.online_depth <= 2,
                "{name}: two visits allow depth 2 at most"
            );
        }
        if summary.visits > 0 {
            assert!(
                item.visit_reason.is_some(),
                "{name}: a required visit must be explained"
            );
        }
        assert!(
            summary.promised_days <= summary.statutory_days,
            "{name}: the hall cannot promise more than the law allows"
        );
        if item.processing == Processing::Immediate {
            assert_eq!(
                summary.promised_days, 0,
                "{name}: items done on the spot promise 0 days"
            );
        } else {
            assert!(
                summary.promised_days > 0,
                "{name}: a promised item promises some days"
            );
        }
        assert_eq!(
            summary.charged,
            !item.fees.is_empty(),
            "{name}: charged iff it lists fees"
        );
        assert!(
            !item.online_payment || summary.charged,
            "{name}: only charged items take payment"
        );
        assert!(
            !summary.audiences.is_empty(),
            "{name}: an item serves someone"
        );
        assert!(
            summary.popularity > 0,
            "{name}: popularity ranks items and is never zero"
        );
    }
}

#[test]
fn every_guide_is_complete() {
    for item in &city().items {
        let name = &item.summary.name;
        assert!(
            (2..=6).contains(&item.materials.len()),
            "{name}: guides list two to six materials, has {}",
            item.materials.len()
        );
        for material in &item.materials {
            let form = material.name.starts_with('《');
            assert_eq!(
                (material.blank_form.is_some(), material.sample.is_some()),
                (form, form),
                "{name}: an application form, and only a form, links its blank copy and sample"
            );
        }
        assert!(
            item.materials
                .iter()
                .all(|material| !material.acceptance_standard.is_empty() && material.copies > 0),
            "{name}: every material says how it is checked"
        );
        assert!(
            !item.steps.is_empty(),
            "{name}: a guide describes the procedure"
        );
        assert_eq!(
            item.steps.first().map(|step| step.name.as_str()),
            Some("申请"),
            "{name}: it starts with 申请"
        );
        assert_eq!(
            item.steps.last().map(|step| step.name.as_str()),
            Some("送达"),
            "{name}: it ends with 送达"
        );
        assert!(
            !item.legal_basis.is_empty(),
            "{name}: every item rests on a law"
        );
        assert!(
            !item.conditions.is_empty(),
            "{name}: every item has acceptance conditions"
        );
        assert!(
            (1..=3).contains(&item.faq.len()),
            "{name}: one to three questions, has {}",
            item.faq.len()
        );
        assert!(
            ["证照", "批文", "其他"].contains(&item.result.kind.as_str()),
            "{name}: result kind is 证照, 批文 or 其他, got {}",
            item.result.kind
        );
        assert!(
            !item.result.name.is_empty(),
            "{name}: the result has a name"
        );
        assert_eq!(
            item.complaint_phone, "12345",
            "{name}: complaints go to the 12345 hotline"
        );
        assert!(
            item.consult_phone.starts_with("0558-"),
            "{name}: consultation is a Bozhou number"
        );
        assert!(
            !item.place.is_empty() && !item.hours.is_empty(),
            "{name}: where and when to go"
        );
    }
}

#[test]
fn materials_use_every_source_and_necessity() {
    let materials: Vec<_> = city()
        .items
        .iter()
        .flat_map(|item| &item.materials)
        .collect();
    for source in [
        MaterialSource::Applicant,
        MaterialSource::IssuingDepartment,
        MaterialSource::LicenceLibrary,
    ] {
        assert!(
            materials.iter().any(|material| material.source == source),
            "some materials come from {source:?}"
        );
    }
    assert!(
        materials.iter().any(|material| matches!(&material.necessity, Necessity::Conditional { condition } if !condition.is_empty())),
        "conditional materials say when they are needed"
    );
    assert!(
        materials
            .iter()
            .any(|material| material.necessity == Necessity::Optional),
        "some materials are optional"
    );
    assert!(
        materials.iter().any(|material| !material.original),
        "some materials are copies"
    );
}

#[test]
fn levels_places_and_scopes_fit_the_hall() {
    let city = city();
    for hall in &city.halls {
        for item in items_of(city, hall.code.as_str()) {
            let expected = if hall.code == "shizhi" {
                Level::City
            } else {
                Level::County
            };
            assert_eq!(
                item.level, expected,
                "{}: the level follows the hall",
                item.summary.name
            );
            assert!(
                item.place.starts_with(&hall.address),
                "{}: the place is in the hall",
                item.summary.name
            );
        }
    }
    let scopes: BTreeSet<&str> = city
        .items
        .iter()
        .filter_map(|item| item.universal_scope.as_deref())
        .collect();
    assert!(
        scopes.contains("全市通办") && scopes.contains("跨省通办"),
        "some items can be done elsewhere: {scopes:?}"
    );
}

#[test]
fn items_survive_a_json_round_trip() {
    for item in city().items.iter().step_by(97) {
        let json = serde_json::to_string(item).unwrap_or_default();
        let back: Item =
            serde_json::from_str(&json).expect("an item must deserialise from its own JSON");
        assert_eq!(&back, item, "the wire form must keep every field");
    }
}

#[test]
fn the_city_is_the_same_on_every_call() {
    assert!(demo_city() == demo_city(), "the seed must be deterministic");
}
