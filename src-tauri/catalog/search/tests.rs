//! Tests of the search: a fixed catalog of real item names and a table of
//! queries with the results they must give, each with the reason it must hold.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use banshi_api::catalog::{Audience, ItemKind, ItemSummary, Theme};
use banshi_api::ids::{HallCode, ItemCode};
use banshi_api::search::{SearchRequest, SearchResults};

use super::SearchIndex;

const P: Audience = Audience::Person;
const O: Audience = Audience::Organisation;

/// name, hall, department, popularity, kind, audience, theme, visits, online depth
type Row = (
    &'static str,
    &'static str,
    &'static str,
    u32,
    ItemKind,
    Audience,
    Option<Theme>,
    u8,
    u8,
);

const ROWS: &[Row] = &[
    (
        "居民身份证申领",
        "shizhi",
        "市公安局",
        9000,
        ItemKind::Confirmation,
        P,
        Some(Theme::Documents),
        1,
        3,
    ),
    (
        "居民身份证换领",
        "qiaocheng",
        "谯城区公安分局",
        8000,
        ItemKind::Confirmation,
        P,
        Some(Theme::Documents),
        1,
        3,
    ),
    (
        "居民身份证补领",
        "shizhi",
        "市公安局",
        7000,
        ItemKind::Confirmation,
        P,
        Some(Theme::Documents),
        1,
        3,
    ),
    (
        "社会保障卡申领",
        "shizhi",
        "市人力资源和社会保障局",
        8500,
        ItemKind::PublicService,
        P,
        Some(Theme::SocialSecurity),
        0,
        4,
    ),
    (
        "社会保障卡挂失",
        "qiaocheng",
        "谯城区人力资源和社会保障局",
        3000,
        ItemKind::PublicService,
        P,
        Some(Theme::SocialSecurity),
        0,
        4,
    ),
    (
        "住房公积金提取",
        "shizhi",
        "市住房公积金管理中心",
        9500,
        ItemKind::Benefit,
        P,
        Some(Theme::Housing),
        0,
        4,
    ),
    (
        "住房公积金贷款",
        "shizhi",
        "市住房公积金管理中心",
        4000,
        ItemKind::Benefit,
        P,
        Some(Theme::Housing),
        1,
        3,
    ),
    (
        "企业设立登记",
        "shizhi",
        "市市场监督管理局",
        6000,
        ItemKind::Licensing,
        O,
        Some(Theme::BusinessStart),
        0,
        4,
    ),
    (
        "企业变更登记",
        "shizhi",
        "市市场监督管理局",
        5000,
        ItemKind::Licensing,
        O,
        Some(Theme::BusinessChange),
        0,
        4,
    ),
    (
        "企业注销登记",
        "qiaocheng",
        "谯城区市场监督管理局",
        2000,
        ItemKind::Licensing,
        O,
        Some(Theme::BusinessClosure),
        0,
        4,
    ),
    (
        "外商投资企业设立备案",
        "shizhi",
        "市商务局",
        9800,
        ItemKind::Filing,
        O,
        Some(Theme::BusinessStart),
        0,
        4,
    ),
    (
        "营业执照补领、换发",
        "shizhi",
        "市市场监督管理局",
        1500,
        ItemKind::Licensing,
        O,
        Some(Theme::BusinessChange),
        1,
        3,
    ),
    (
        "个体工商户变更登记",
        "qiaocheng",
        "谯城区市场监督管理局",
        1200,
        ItemKind::Licensing,
        P,
        Some(Theme::BusinessChange),
        0,
        4,
    ),
    (
        "食品经营许可证核发",
        "shizhi",
        "市市场监督管理局",
        3500,
        ItemKind::Licensing,
        O,
        Some(Theme::OperatingPermit),
        1,
        3,
    ),
    (
        "食品经营许可证变更",
        "shizhi",
        "市市场监督管理局",
        1000,
        ItemKind::Licensing,
        O,
        Some(Theme::OperatingPermit),
        0,
        4,
    ),
    (
        "结婚登记",
        "shizhi",
        "市民政局",
        4500,
        ItemKind::Confirmation,
        P,
        Some(Theme::Marriage),
        1,
        2,
    ),
    (
        "结婚登记",
        "qiaocheng",
        "谯城区民政局",
        4000,
        ItemKind::Confirmation,
        P,
        Some(Theme::Marriage),
        1,
        2,
    ),
    (
        "离婚登记",
        "shizhi",
        "市民政局",
        800,
        ItemKind::Confirmation,
        P,
        Some(Theme::Marriage),
        2,
        2,
    ),
    (
        "出生登记",
        "qiaocheng",
        "谯城区公安分局",
        3800,
        ItemKind::Confirmation,
        P,
        Some(Theme::Birth),
        1,
        3,
    ),
    (
        "出生登记信息更正",
        "qiaocheng",
        "谯城区公安分局",
        9900,
        ItemKind::Confirmation,
        P,
        Some(Theme::Birth),
        1,
        3,
    ),
    (
        "出生医学证明办理",
        "shizhi",
        "市卫生健康委员会",
        1700,
        ItemKind::PublicService,
        P,
        Some(Theme::Birth),
        1,
        2,
    ),
    (
        "机动车驾驶证换证",
        "shizhi",
        "市公安局交通警察支队",
        6500,
        ItemKind::PublicService,
        P,
        Some(Theme::Documents),
        0,
        4,
    ),
    (
        "机动车驾驶证补证",
        "qiaocheng",
        "市公安局交通警察支队",
        1800,
        ItemKind::PublicService,
        P,
        Some(Theme::Documents),
        0,
        4,
    ),
    (
        "机动车行驶证补领",
        "shizhi",
        "市公安局交通警察支队",
        1400,
        ItemKind::PublicService,
        P,
        Some(Theme::Documents),
        0,
        4,
    ),
    (
        "往来港澳通行证申领",
        "shizhi",
        "市公安局出入境管理支队",
        5200,
        ItemKind::Licensing,
        P,
        Some(Theme::Documents),
        1,
        3,
    ),
    (
        "普通护照签发",
        "shizhi",
        "市公安局出入境管理支队",
        4800,
        ItemKind::Licensing,
        P,
        Some(Theme::Documents),
        1,
        3,
    ),
    (
        "最低生活保障申请",
        "qiaocheng",
        "谯城区民政局",
        2600,
        ItemKind::Benefit,
        P,
        None,
        1,
        3,
    ),
    (
        "城乡居民养老保险待遇申领",
        "shizhi",
        "市社会保险服务中心",
        2400,
        ItemKind::Benefit,
        P,
        Some(Theme::Retirement),
        0,
        4,
    ),
    (
        "调整城乡居民养老保险缴费档次",
        "qiaocheng",
        "谯城区社会保险服务中心",
        900,
        ItemKind::PublicService,
        P,
        Some(Theme::Retirement),
        0,
        4,
    ),
    (
        "失业保险金申领",
        "shizhi",
        "市社会保险服务中心",
        2200,
        ItemKind::Benefit,
        P,
        Some(Theme::Work),
        0,
        4,
    ),
    (
        "医疗保障参保登记",
        "shizhi",
        "市医疗保障局",
        2000,
        ItemKind::PublicService,
        P,
        Some(Theme::SocialSecurity),
        0,
        4,
    ),
    (
        "城乡居民医疗保险缴费",
        "guoyang",
        "涡阳县医疗保障局",
        3000,
        ItemKind::Levy,
        P,
        Some(Theme::SocialSecurity),
        0,
        4,
    ),
    (
        "生育登记",
        "guoyang",
        "涡阳县卫生健康委员会",
        1600,
        ItemKind::PublicService,
        P,
        Some(Theme::Childbearing),
        0,
        4,
    ),
    (
        "残疾人证核发",
        "guoyang",
        "涡阳县残疾人联合会",
        700,
        ItemKind::Confirmation,
        P,
        None,
        1,
        2,
    ),
    (
        "户籍迁移",
        "qiaocheng",
        "谯城区公安分局",
        2900,
        ItemKind::Confirmation,
        P,
        Some(Theme::Documents),
        1,
        3,
    ),
    (
        "居民户口簿补领",
        "qiaocheng",
        "谯城区公安分局",
        1000,
        ItemKind::Confirmation,
        P,
        Some(Theme::Documents),
        1,
        3,
    ),
    (
        "居住证申领",
        "guoyang",
        "涡阳县公安局",
        2100,
        ItemKind::PublicService,
        P,
        Some(Theme::Documents),
        1,
        3,
    ),
    (
        "银行业金融机构设立审批",
        "shizhi",
        "市地方金融监督管理局",
        300,
        ItemKind::Licensing,
        O,
        None,
        1,
        2,
    ),
    (
        "重新核发排污许可证",
        "shizhi",
        "市生态环境局",
        250,
        ItemKind::Licensing,
        O,
        Some(Theme::OperatingPermit),
        0,
        4,
    ),
    (
        "行政复议申请",
        "shizhi",
        "市司法局",
        400,
        ItemKind::Adjudication,
        P,
        None,
        1,
        3,
    ),
    (
        "长期护理保险待遇申请",
        "shizhi",
        "市医疗保障局",
        500,
        ItemKind::Benefit,
        P,
        Some(Theme::SocialSecurity),
        0,
        4,
    ),
    (
        "娱乐场所设立审批",
        "guoyang",
        "涡阳县文化旅游体育局",
        600,
        ItemKind::Licensing,
        O,
        Some(Theme::OperatingPermit),
        1,
        2,
    ),
    (
        "音乐类艺术考级机构设立审批",
        "shizhi",
        "市文化和旅游局",
        150,
        ItemKind::Licensing,
        O,
        None,
        1,
        2,
    ),
    (
        "建设工程规划许可证核发",
        "shizhi",
        "市自然资源和规划局",
        1300,
        ItemKind::Licensing,
        O,
        Some(Theme::Construction),
        1,
        3,
    ),
    (
        "不动产首次登记",
        "shizhi",
        "市不动产登记中心",
        5500,
        ItemKind::Confirmation,
        P,
        Some(Theme::Housing),
        1,
        3,
    ),
    (
        "公共场所卫生许可证核发",
        "guoyang",
        "涡阳县卫生健康委员会",
        900,
        ItemKind::Licensing,
        O,
        Some(Theme::OperatingPermit),
        1,
        3,
    ),
    (
        "药品经营许可证核发",
        "shizhi",
        "市市场监督管理局",
        800,
        ItemKind::Licensing,
        O,
        Some(Theme::OperatingPermit),
        1,
        3,
    ),
    (
        "道路运输经营许可证核发",
        "shizhi",
        "市交通运输局",
        700,
        ItemKind::Licensing,
        O,
        Some(Theme::OperatingPermit),
        1,
        3,
    ),
    (
        "老年人优待证办理",
        "guoyang",
        "涡阳县民政局",
        1100,
        ItemKind::PublicService,
        P,
        Some(Theme::Retirement),
        0,
        4,
    ),
    (
        "无犯罪记录证明开具",
        "shizhi",
        "市公安局",
        3900,
        ItemKind::PublicService,
        P,
        Some(Theme::Documents),
        0,
        4,
    ),
    (
        "工伤认定申请",
        "shizhi",
        "市人力资源和社会保障局",
        1900,
        ItemKind::Confirmation,
        P,
        Some(Theme::Work),
        1,
        3,
    ),
    (
        "社会保险登记",
        "shizhi",
        "市社会保险服务中心",
        2300,
        ItemKind::Confirmation,
        O,
        Some(Theme::SocialSecurity),
        0,
        4,
    ),
    (
        "审计报告备案",
        "shizhi",
        "市审计局",
        100,
        ItemKind::Filing,
        O,
        None,
        0,
        4,
    ),
    (
        "ICP备案核查",
        "shizhi",
        "市通信管理办公室",
        120,
        ItemKind::Filing,
        O,
        None,
        0,
        4,
    ),
];

fn hall_code(code: &str) -> HallCode {
    HallCode::parse(code).unwrap()
}

fn item(i: usize, row: &Row) -> ItemSummary {
    let (name, hall, department, popularity, kind, audience, theme, visits, online_depth) = *row;
    ItemSummary {
        code: ItemCode::parse(&format!("11341600TESTS0000A{:015}", i)).unwrap(),
        basic_code: format!("{i:012}"),
        name: name.into(),
        kind,
        audiences: vec![audience],
        department: department.into(),
        hall: hall_code(hall),
        themes: theme.into_iter().collect(),
        visits,
        online_depth,
        promised_days: 5,
        statutory_days: 20,
        charged: false,
        ems_delivery: true,
        booking: true,
        popularity,
    }
}

fn catalog() -> Vec<ItemSummary> {
    ROWS.iter()
        .enumerate()
        .map(|(i, row)| item(i, row))
        .collect()
}

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::build(catalog()))
}

fn text(text: &str) -> SearchRequest {
    SearchRequest {
        text: text.into(),
        limit: Some(SearchRequest::MAX_LIMIT),
        ..SearchRequest::default()
    }
}

fn names(results: &SearchResults) -> Vec<&str> {
    results.hits.iter().map(|h| h.item.name.as_str()).collect()
}

fn run(request: &SearchRequest) -> SearchResults {
    let results = index().search(request);
    assert!(
        results.total as usize >= results.hits.len(),
        "total counts every hit: {request:?}"
    );
    results
}

/// What a query must give.
enum Expect {
    /// The results begin with these names, in this order.
    Top(&'static [&'static str]),
    /// These names are among the results.
    Contains(&'static [&'static str]),
    /// Exactly these names, in this order.
    Exactly(&'static [&'static str]),
    /// These names are not among the results.
    Excludes(&'static [&'static str]),
    /// The first name comes before the second.
    Before(&'static str, &'static str),
    /// No result.
    Nothing,
}

use Expect::*;

/// query → expected results → why.
const CASES: &[(&str, Expect, &str)] = &[
    // Chinese substrings.
    (
        "身份证",
        Exactly(&["居民身份证申领", "居民身份证换领", "居民身份证补领"]),
        "a Chinese word finds the names containing it, most popular first",
    ),
    (
        "公积金",
        Exactly(&["住房公积金提取", "住房公积金贷款"]),
        "公积金 is a substring of 住房公积金",
    ),
    (
        "补领换发",
        Exactly(&["营业执照补领、换发"]),
        "punctuation in a name does not break a match",
    ),
    (
        "证",
        Contains(&["居民身份证申领", "机动车驾驶证换证", "残疾人证核发"]),
        "one Chinese character finds every name holding it",
    ),
    // Full pinyin, prefixes, initials, mixtures.
    (
        "shenfenzheng",
        Exactly(&["居民身份证申领", "居民身份证换领", "居民身份证补领"]),
        "full pinyin matches like the characters",
    ),
    (
        "shenf",
        Top(&["居民身份证申领", "居民身份证换领", "居民身份证补领"]),
        "a pinyin prefix ending inside a syllable matches",
    ),
    (
        "sfz",
        Exactly(&["居民身份证申领", "居民身份证换领", "居民身份证补领"]),
        "initials match",
    ),
    (
        "yyzz",
        Exactly(&["营业执照补领、换发"]),
        "initials of 营业执照",
    ),
    (
        "shbzk",
        Exactly(&["社会保障卡申领", "社会保障卡挂失"]),
        "initials, s and h of 社会 included",
    ),
    (
        "zhu",
        Excludes(&["社会保障卡申领", "食品经营许可证核发"]),
        "after z, an h starts no longer piece: zhu is never z + hu (证核 of 许可证核发)",
    ),
    (
        "zhu",
        Contains(&["住房公积金提取", "住房公积金贷款"]),
        "zhu reads 住",
    ),
    (
        "shenfz",
        Exactly(&["居民身份证申领", "居民身份证换领", "居民身份证补领"]),
        "full syllables then initials",
    ),
    (
        "zfgjj",
        Top(&["住房公积金提取", "住房公积金贷款"]),
        "zh typed as z",
    ),
    (
        "jiehundengji",
        Top(&["结婚登记", "结婚登记"]),
        "full pinyin of a whole name is an exact match",
    ),
    (
        "SheHuiBaoZhangKa",
        Top(&["社会保障卡申领", "社会保障卡挂失"]),
        "upper case is folded",
    ),
    (
        "ｓｆｚ",
        Exactly(&["居民身份证申领", "居民身份证换领", "居民身份证补领"]),
        "full-width letters are folded",
    ),
    // Polyphonic characters: every reading counts.
    (
        "yinhang",
        Exactly(&["银行业金融机构设立审批"]),
        "行 read hang",
    ),
    (
        "xingzheng",
        Exactly(&["行政复议申请", "往来港澳通行证申领"]),
        "行 read xing: 行政 from the name's start first, then 通行证 (行证 reads xing zheng too)",
    ),
    (
        "chongxin",
        Exactly(&["重新核发排污许可证"]),
        "重 read chong",
    ),
    (
        "zhongxin",
        Contains(&["重新核发排污许可证"]),
        "重 read zhong too",
    ),
    (
        "tiaozheng",
        Exactly(&["调整城乡居民养老保险缴费档次"]),
        "调 read tiao",
    ),
    (
        "changqi",
        Exactly(&["长期护理保险待遇申请"]),
        "长 read chang",
    ),
    ("yule", Exactly(&["娱乐场所设立审批"]), "乐 read le"),
    (
        "yinyue",
        Exactly(&["音乐类艺术考级机构设立审批"]),
        "乐 read yue",
    ),
    // Typos (searched only when the exact reading finds nothing).
    (
        "shenfenzhegn",
        Exactly(&["居民身份证申领", "居民身份证换领", "居民身份证补领"]),
        "two neighbours swapped (gn for ng) is one edit",
    ),
    (
        "shenfenzehng",
        Exactly(&["居民身份证申领", "居民身份证换领", "居民身份证补领"]),
        "eh for he is one edit",
    ),
    (
        "shenfenzhneg",
        Exactly(&["居民身份证申领", "居民身份证换领", "居民身份证补领"]),
        "ne for en is one edit",
    ),
    (
        "shehuibaozangka",
        Top(&["社会保障卡申领", "社会保障卡挂失"]),
        "a missing letter (zang for zhang) is one edit",
    ),
    (
        "gongjijing",
        Top(&["住房公积金提取", "住房公积金贷款"]),
        "an extra letter at the end (jing for jin) is one edit",
    ),
    (
        "shenfanzhegn",
        Top(&["居民身份证申领", "居民身份证换领", "居民身份证补领"]),
        "two edits in a 12-letter word",
    ),
    (
        "shenfanzhegnn",
        Excludes(&["居民身份证申领"]),
        "three edits are too many",
    ),
    (
        "jiehun",
        Exactly(&["结婚登记", "结婚登记"]),
        "an exact reading exists, so no typo reading is added",
    ),
    // Homophones (searched only when the characters find nothing).
    (
        "身分证",
        Exactly(&["居民身份证申领", "居民身份证换领", "居民身份证补领"]),
        "分 sounds like 份",
    ),
    (
        "深份证",
        Exactly(&["居民身份证申领", "居民身份证换领", "居民身份证补领"]),
        "one homophone (深 for 身) in a three-character word",
    ),
    (
        "深分证",
        Nothing,
        "two homophones are too many for a three-character word",
    ),
    (
        "bdc dj",
        Exactly(&["不动产首次登记"]),
        "initials of two words, each a contiguous run",
    ),
    (
        "bdcdj",
        Nothing,
        "a word is one contiguous run: 首次 stands between 不动产 and 登记",
    ),
    (
        "公基金",
        Top(&["住房公积金提取", "住房公积金贷款"]),
        "基 sounds like 积",
    ),
    // Abbreviations and synonyms.
    (
        "社保卡",
        Top(&["社会保障卡申领", "社会保障卡挂失"]),
        "社保卡 → 社会保障卡",
    ),
    (
        "社保",
        Exactly(&["社会保障卡申领", "社会保障卡挂失", "社会保险登记"]),
        "社保 → 社会保障 / 社会保险",
    ),
    (
        "医保",
        Contains(&["医疗保障参保登记", "城乡居民医疗保险缴费"]),
        "医保 → 医疗保障 / 医疗保险",
    ),
    (
        "驾照",
        Exactly(&["机动车驾驶证换证", "机动车驾驶证补证"]),
        "驾照 → 驾驶证",
    ),
    (
        "户口",
        Exactly(&["户籍迁移", "居民户口簿补领"]),
        "户口 → 户籍; 户口簿 holds 户口 itself",
    ),
    (
        "营业执照",
        Top(&["营业执照补领、换发"]),
        "the literal name first (prefix) …",
    ),
    (
        "营业执照",
        Contains(&["企业设立登记", "企业变更登记", "个体工商户变更登记"]),
        "… then the registrations that issue it",
    ),
    ("准生证", Exactly(&["生育登记"]), "准生证 → 生育登记"),
    (
        "低保",
        Exactly(&["最低生活保障申请"]),
        "低保 → 最低生活保障",
    ),
    ("残疾证", Exactly(&["残疾人证核发"]), "残疾证 → 残疾人证"),
    (
        "港澳通行证",
        Exactly(&["往来港澳通行证申领"]),
        "港澳通行证 → 往来港澳通行证",
    ),
    (
        "退休",
        Contains(&["城乡居民养老保险待遇申领", "调整城乡居民养老保险缴费档次"]),
        "退休 → 养老",
    ),
    (
        "失业金",
        Exactly(&["失业保险金申领"]),
        "失业金 → 失业保险金",
    ),
    // Several words: all must match.
    (
        "营业执照 变更",
        Exactly(&["企业变更登记", "个体工商户变更登记"]),
        "both words must match (营业执照 through its synonyms)",
    ),
    (
        "营业执照　补领",
        Exactly(&["营业执照补领、换发"]),
        "the ideographic space separates words",
    ),
    (
        "jsz huanzheng",
        Exactly(&["机动车驾驶证换证"]),
        "initials and full pinyin words together",
    ),
    (
        "身份证 补",
        Exactly(&["居民身份证补领"]),
        "a one-character second word narrows",
    ),
    (
        "身份zheng",
        Exactly(&["居民身份证申领", "居民身份证换领", "居民身份证补领"]),
        "Chinese then pinyin in one word",
    ),
    // Literal Latin letters in names.
    (
        "icp",
        Exactly(&["ICP备案核查"]),
        "Latin letters in a name match literally, case folded",
    ),
    // Ranking.
    (
        "出生登记",
        Top(&["出生登记", "出生登记信息更正"]),
        "an exact name match comes before a more popular longer name",
    ),
    (
        "企业",
        Top(&[
            "企业设立登记",
            "企业变更登记",
            "企业注销登记",
            "外商投资企业设立备案",
        ]),
        "names starting with the word come before a more popular name containing it later",
    ),
    (
        "shen",
        Top(&["审计报告备案", "生育登记"]),
        "names starting with the syllable first: a whole syllable (审 shen) before one typed in part (生 sheng), despite popularity",
    ),
    (
        "shen",
        Before("行政复议申请", "出生登记"),
        "elsewhere in the name too, a whole syllable (申) ranks before a partial one (生 sheng), despite popularity",
    ),
    // Bad input.
    (
        "",
        Top(&["出生登记信息更正", "外商投资企业设立备案", "住房公积金提取"]),
        "empty text lists everything, most popular first",
    ),
    (
        "   ",
        Top(&["出生登记信息更正", "外商投资企业设立备案", "住房公积金提取"]),
        "white space is empty text",
    ),
    (
        "\u{3000}",
        Top(&["出生登记信息更正"]),
        "the ideographic space is white space",
    ),
    ("？", Nothing, "lone punctuation finds nothing"),
    ("、", Nothing, "lone Chinese punctuation finds nothing"),
    ("😀", Nothing, "an emoji finds nothing"),
    (
        "身份证😀",
        Exactly(&["居民身份证申领", "居民身份证换领", "居民身份证补领"]),
        "an emoji separates words and matches nothing itself",
    ),
    (
        "' OR 1=1 --",
        Nothing,
        "SQL-looking text is just text: no name has or + 1 + 1",
    ),
    (
        "<script>alert(1)</script>",
        Nothing,
        "HTML-looking text is just text",
    ),
    (
        "Паспорт",
        Nothing,
        "another script finds nothing and does not fail",
    ),
    (
        "i",
        Exactly(&["ICP备案核查"]),
        "no syllable starts with i, but a name has the letter",
    ),
    (
        "v",
        Nothing,
        "no syllable starts with v and no name has the letter",
    ),
];

#[test]
fn query_table() {
    let mut failures = Vec::new();
    for (query, expect, why) in CASES {
        let results = run(&text(query));
        let got = names(&results);
        let ok = match expect {
            Top(want) => got.len() >= want.len() && got[..want.len()] == **want,
            Contains(want) => want.iter().all(|w| got.contains(w)),
            Exactly(want) => got == *want,
            Excludes(want) => want.iter().all(|w| !got.contains(w)),
            Before(a, b) => match (
                got.iter().position(|g| g == a),
                got.iter().position(|g| g == b),
            ) {
                (Some(a), Some(b)) => a < b,
                _ => false,
            },
            Nothing => got.is_empty() && results.total == 0,
        };
        if !ok {
            failures.push(format!("{query:?}: {why}; got {got:?}"));
        }
        if !matches!(expect, Nothing) {
            assert_eq!(
                results.total as usize,
                got.len().max(results.total as usize)
            );
        }
    }
    assert!(
        failures.is_empty(),
        "failed cases:\n{}",
        failures.join("\n")
    );
}

fn with(text: &str, edit: impl FnOnce(&mut SearchRequest)) -> SearchRequest {
    let mut request = self::text(text);
    edit(&mut request);
    request
}

#[test]
fn filters_combine_with_and() {
    let cases: Vec<(SearchRequest, Vec<&str>, &str)> = vec![
        (
            with("身份证", |r| r.hall = Some(hall_code("qiaocheng"))),
            vec!["居民身份证换领"],
            "only the hall's items",
        ),
        (
            with("", |r| r.hall = Some(hall_code("nowhere"))),
            vec![],
            "an unknown hall has no items",
        ),
        (
            with("证", |r| r.department = Some("市公安局".into())),
            vec!["居民身份证申领", "居民身份证补领", "无犯罪记录证明开具"],
            "only the department's items",
        ),
        (
            with("登记", |r| r.kind = Some(ItemKind::Licensing)),
            vec![
                "企业设立登记",
                "企业变更登记",
                "企业注销登记",
                "个体工商户变更登记",
            ],
            "only licensing items",
        ),
        (
            with("变更", |r| r.audience = Some(Audience::Person)),
            vec!["个体工商户变更登记"],
            "only items for persons",
        ),
        (
            with("", |r| r.theme = Some(Theme::Marriage)),
            vec!["结婚登记", "结婚登记", "离婚登记"],
            "only the theme's items",
        ),
        (
            with("登记", |r| r.visits = Some(2)),
            vec!["离婚登记"],
            "only items needing two visits",
        ),
        (
            with("", |r| r.visits = Some(7)),
            vec![],
            "no item needs seven visits",
        ),
        (
            with("许可证", |r| r.fully_online = true),
            vec!["食品经营许可证变更", "重新核发排污许可证"],
            "only fully online items (depth 4)",
        ),
        (
            with("", |r| {
                r.hall = Some(hall_code("shizhi"));
                r.kind = Some(ItemKind::Benefit);
                r.fully_online = true;
            }),
            vec![
                "住房公积金提取",
                "城乡居民养老保险待遇申领",
                "失业保险金申领",
                "长期护理保险待遇申请",
            ],
            "hall, kind and online together (住房公积金贷款 is depth 3, 最低生活保障申请 in another hall)",
        ),
        (
            with("sfz", |r| {
                r.hall = Some(hall_code("shizhi"));
                r.theme = Some(Theme::Documents);
            }),
            vec!["居民身份证申领", "居民身份证补领"],
            "filters apply to pinyin searches too",
        ),
    ];
    for (request, want, why) in cases {
        let results = run(&request);
        assert_eq!(names(&results), want, "{why}: {request:?}");
        assert_eq!(results.total as usize, want.len(), "{why}: total");
    }
}

#[test]
fn preferred_hall_ranks_first_among_equals() {
    let plain = run(&text("结婚登记"));
    assert_eq!(
        plain
            .hits
            .iter()
            .map(|h| h.item.hall.as_str())
            .collect::<Vec<_>>(),
        ["shizhi", "qiaocheng"],
        "without a preference the more popular one comes first"
    );
    let preferred = run(&with("结婚登记", |r| {
        r.preferred_hall = Some(hall_code("qiaocheng"))
    }));
    assert_eq!(
        preferred
            .hits
            .iter()
            .map(|h| h.item.hall.as_str())
            .collect::<Vec<_>>(),
        ["qiaocheng", "shizhi"],
        "the preferred hall wins among equal relevance"
    );
    let relevance_first = run(&with("出生登记", |r| {
        r.preferred_hall = Some(hall_code("shizhi"))
    }));
    assert_eq!(
        names(&relevance_first)[..2],
        ["出生登记", "出生登记信息更正"],
        "relevance still comes before the preferred hall"
    );
    let browse = run(&with("", |r| r.preferred_hall = Some(hall_code("guoyang"))));
    let halls: Vec<&str> = browse.hits.iter().map(|h| h.item.hall.as_str()).collect();
    let guoyang = halls.iter().filter(|&&h| h == "guoyang").count();
    assert!(guoyang > 0);
    assert!(
        halls[..guoyang].iter().all(|&h| h == "guoyang"),
        "browsing lists the preferred hall's items first: {halls:?}"
    );
    assert_eq!(
        names(&browse)[0],
        "城乡居民医疗保险缴费",
        "the hall's most popular item first"
    );
    assert_eq!(
        names(&browse)[guoyang],
        "出生登记信息更正",
        "then the other halls' items, most popular first"
    );
}

#[test]
fn paging_and_limits() {
    let all = run(&text("登记"));
    assert!(all.total >= 10);
    let page = run(&with("登记", |r| {
        r.offset = 2;
        r.limit = Some(3);
    }));
    assert_eq!(page.total, all.total, "total does not depend on the page");
    assert_eq!(
        page.hits,
        all.hits[2..5],
        "a page is the slice [offset, offset + limit) of the ranking"
    );
    let past = run(&with("登记", |r| r.offset = 1000));
    assert!(past.hits.is_empty(), "a page past the end is empty");
    assert_eq!(past.total, all.total, "… and still tells the total");
    let one = run(&with("", |r| r.limit = Some(0)));
    assert_eq!(one.hits.len(), 1, "a limit of 0 is raised to 1");
    let many = run(&with("", |r| r.limit = Some(100_000)));
    assert_eq!(
        many.hits.len(),
        ROWS.len().min(100),
        "a limit is capped at MAX_LIMIT"
    );
    assert_eq!(many.total as usize, ROWS.len());
    let default = index().search(&SearchRequest::default());
    assert_eq!(
        default.hits.len(),
        SearchRequest::DEFAULT_LIMIT as usize,
        "no limit means the default"
    );
    assert!(
        default.hits.iter().all(|h| h.highlights.is_empty()),
        "no text, no highlights"
    );
}

fn highlights_of(query: &str, name: &str) -> Vec<(u32, u32)> {
    let results = run(&text(query));
    let hit = results
        .hits
        .iter()
        .find(|h| h.item.name == name)
        .unwrap_or_else(|| panic!("{query:?} should find {name}"));
    hit.highlights.iter().map(|h| (h.start, h.end)).collect()
}

#[test]
fn highlights_mark_the_matched_characters() {
    type Case = (
        &'static str,
        &'static str,
        &'static [(u32, u32)],
        &'static str,
    );
    let cases: &[Case] = &[
        (
            "身份证",
            "居民身份证申领",
            &[(2, 5)],
            "the Chinese word's characters",
        ),
        (
            "shenfenzheng",
            "居民身份证申领",
            &[(2, 5)],
            "the characters whose syllables matched",
        ),
        (
            "sfz",
            "居民身份证申领",
            &[(2, 5)],
            "initials mark their characters",
        ),
        (
            "shenf",
            "居民身份证申领",
            &[(2, 4)],
            "a prefix marks the characters it reached",
        ),
        (
            "shenfenzhegn",
            "居民身份证申领",
            &[(2, 5)],
            "a typo match marks the characters too",
        ),
        (
            "身分证",
            "居民身份证申领",
            &[(2, 5)],
            "a homophone match marks the name's characters",
        ),
        (
            "yyzz",
            "营业执照补领、换发",
            &[(0, 4)],
            "initials from the start",
        ),
        (
            "补领换发",
            "营业执照补领、换发",
            &[(4, 9)],
            "a match across punctuation includes it",
        ),
        (
            "营业执照 换发",
            "营业执照补领、换发",
            &[(0, 4), (7, 9)],
            "one range per word, sorted",
        ),
        (
            "身份证 居民",
            "居民身份证申领",
            &[(0, 5)],
            "touching ranges are merged",
        ),
        (
            "居民身份 身份证",
            "居民身份证申领",
            &[(0, 5)],
            "overlapping ranges are merged",
        ),
        (
            "驾照",
            "机动车驾驶证换证",
            &[(3, 6)],
            "a synonym marks the official form",
        ),
        ("ICP", "ICP备案核查", &[(0, 3)], "Latin letters in a name"),
        (
            "xingzheng",
            "往来港澳通行证申领",
            &[(5, 7)],
            "a polyphone's other reading",
        ),
    ];
    for (query, name, want, why) in cases {
        assert_eq!(
            highlights_of(query, name),
            *want,
            "{query:?} in {name}: {why}"
        );
    }
}

#[test]
fn fewer_typos_rank_first() {
    let rows: &[Row] = &[
        (
            "核验森分正",
            "shizhi",
            "市局",
            9000,
            ItemKind::Filing,
            O,
            None,
            0,
            4,
        ),
        (
            "居民身份证申领",
            "shizhi",
            "市局",
            10,
            ItemKind::Filing,
            P,
            None,
            0,
            4,
        ),
        (
            "森分正审核",
            "shizhi",
            "市局",
            5,
            ItemKind::Filing,
            O,
            None,
            0,
            4,
        ),
    ];
    let index = SearchIndex::build(rows.iter().enumerate().map(|(i, r)| item(i, r)).collect());
    let results = index.search(&text("shenfenzhegn"));
    assert_eq!(
        names(&results),
        ["森分正审核", "居民身份证申领", "核验森分正"],
        "a match from the name's start comes first (tier before cost, as specified); \
         then one edit (gn) before two (sen for shen, gn), despite popularity"
    );
    let results = index.search(&text("shenfenzheng"));
    assert_eq!(
        names(&results),
        ["居民身份证申领"],
        "with an exact match no typo reading is searched"
    );
}

#[test]
fn bad_input_is_answered_quickly_without_panic() {
    let long_chinese = "身份证".repeat(170);
    let long_latin = "a".repeat(500);
    let long_pinyin = "shenfenzheng".repeat(40);
    let mixed = "营业zz😀 <b>ｓｆｚ</b> Пас 1=1; DROP TABLE items; -- \u{200b}\u{301}İ".repeat(8);
    let inputs: Vec<&str> = vec![
        "",
        " ",
        "\t\n",
        "\u{3000}\u{3000}",
        "s",
        "证",
        "1",
        "😀",
        "👨‍👩‍👧",
        "？",
        "!!!",
        "%",
        "_",
        "\\",
        "' OR 1=1 --",
        "\"; DROP TABLE items; --",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "%s%n%x",
        "\u{0}",
        "\u{200b}",
        "\u{301}",
        "İ",
        "ǅ",
        "Ⅻ",
        "²",
        "①",
        "ｱ",
        "가",
        "ש",
        "مرحبا",
        &long_chinese,
        &long_latin,
        &long_pinyin,
        &mixed,
        "zh",
        "zhuang",
        "zhuangzhuangzhuang",
        "ng",
        "m",
    ];
    for input in inputs {
        let start = Instant::now();
        let results = run(&text(input));
        let took = start.elapsed();
        assert!(
            took < Duration::from_millis(200),
            "{input:?} took {took:?} (debug build, 55 items)"
        );
        assert!(results.hits.len() <= SearchRequest::MAX_LIMIT as usize);
        for hit in &results.hits {
            let len = hit.item.name.chars().count() as u32;
            assert!(
                hit.highlights
                    .iter()
                    .all(|h| h.start < h.end && h.end <= len)
            );
        }
    }
    assert_eq!(
        run(&text(&long_chinese)).total,
        0,
        "a 500-character paste is cut, then searched"
    );
}

/// A deterministic pseudo-random generator for the property tests.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.next() as usize % items.len()]
    }
}

#[test]
fn random_text_never_panics_and_highlights_stay_valid() {
    let alphabet: Vec<char> = "身份证社会保障卡营业执照变更登记行重调长乐abcdefghijklmnopqrstuvwxyzSFZ ，。、　（）😀<>'=-0123456789İ\u{301}\u{200b}ｓｆｚ"
        .chars()
        .collect();
    let mut rng = Lcg(7);
    for _ in 0..3000 {
        let len = rng.next() as usize % 24;
        let query: String = (0..len).map(|_| *rng.pick(&alphabet)).collect();
        let results = run(&with(&query, |r| r.limit = Some(10)));
        for hit in &results.hits {
            let len = hit.item.name.chars().count() as u32;
            let mut last_end = 0;
            for h in &hit.highlights {
                assert!(h.start < h.end && h.end <= len, "{query:?}: {h:?}");
                assert!(h.start >= last_end, "{query:?}: sorted, non-overlapping");
                last_end = h.end;
            }
        }
    }
}

#[test]
fn normalisation() {
    use super::text::{normalize, terms};
    assert_eq!(
        normalize("  ＳＦＺ　"),
        "sfz",
        "full-width folded, lower-cased, trimmed"
    );
    assert_eq!(
        normalize(&"证".repeat(500)).chars().count(),
        SearchRequest::MAX_TEXT_CHARS
    );
    assert_eq!(
        terms(&normalize("营业执照　变更,补领")),
        vec![
            "营业执照".chars().collect::<Vec<_>>(),
            "变更".chars().collect(),
            "补领".chars().collect()
        ]
    );
    assert!(terms(&normalize("？！😀")).is_empty());
    assert_eq!(normalize("LÜ"), "lv", "ü is typed v in pinyin");
}

#[test]
fn empty_index() {
    let index = SearchIndex::build(Vec::new());
    assert!(index.is_empty());
    assert_eq!(index.len(), 0);
    assert_eq!(index.search(&text("")).total, 0);
    assert_eq!(index.search(&text("sfz")).total, 0);
    assert_eq!(super::SearchIndex::build(catalog()).len(), ROWS.len());
}

/// The ranking computed the slow way: every word checked on every name with no
/// posting list, then sorted. `search` must give the same hits in the same order.
/// Whether `item` passes the browse filters of `r`, checked field by field.
fn passes(item: &ItemSummary, r: &SearchRequest) -> bool {
    r.hall.as_ref().is_none_or(|h| *h == item.hall)
        && r.department.as_ref().is_none_or(|d| *d == item.department)
        && r.kind.is_none_or(|k| k == item.kind)
        && r.audience.is_none_or(|a| item.audiences.contains(&a))
        && r.theme.is_none_or(|th| item.themes.contains(&th))
        && r.visits.is_none_or(|v| v == item.visits)
        && (!r.fully_online || item.online_depth == 4)
}

fn reference(index: &SearchIndex, request: &SearchRequest) -> Vec<String> {
    use super::matcher::{Scratch, Term, fuzzy_helps};
    use super::{rank, text as tx};
    let t = &index.tables;
    let normalized = tx::normalize(&request.text);
    let words = tx::terms(&normalized);
    let preferred = request
        .preferred_hall
        .as_ref()
        .and_then(|h| t.hall_id(h.as_str()));
    let mut scratch = Scratch::new();
    let mut rank_with = |fuzzy: bool| -> Vec<(u32, u32)> {
        let terms: Vec<Term<'_>> = words.iter().map(|w| Term::new(t, w, fuzzy)).collect();
        let mut ranked = Vec::new();
        'items: for id in 0..index.items.len() as u32 {
            if !passes(&index.items[id as usize], request) {
                continue;
            }
            let name = t.name(id);
            let (mut cost, mut anchored, mut exact) = (0u32, false, false);
            for term in &terms {
                let Some(hit) = term.eval_exhaustive(t, name, &mut scratch) else {
                    continue 'items;
                };
                cost += hit.cost;
                anchored |= hit.anchored;
                exact = hit.exact;
            }
            if words.len() > 1 {
                let spelled: Option<Vec<u32>> = words
                    .iter()
                    .flatten()
                    .map(|c| t.char_ids.get(c).copied())
                    .collect();
                exact = spelled.as_deref() == Some(name);
            }
            let tier = if exact {
                0
            } else if anchored {
                1
            } else {
                2
            };
            let outside = preferred.is_some_and(|h| t.hall_of[id as usize] != h);
            ranked.push((rank::class(tier, cost, outside), id));
        }
        ranked.sort_unstable();
        ranked
    };
    if normalized.is_empty() || words.is_empty() {
        unreachable!("the reference covers text searches");
    }
    let mut ranked = rank_with(false);
    if ranked.is_empty() && words.iter().any(|w| fuzzy_helps(w)) {
        ranked = rank_with(true);
    }
    ranked
        .iter()
        .map(|&(_, id)| index.items[id as usize].code.to_string())
        .collect()
}

fn all_codes(index: &SearchIndex, request: &SearchRequest) -> Vec<String> {
    let mut codes = Vec::new();
    let mut offset = 0;
    loop {
        let mut page = request.clone();
        page.offset = offset;
        page.limit = Some(SearchRequest::MAX_LIMIT);
        let results = index.search(&page);
        codes.extend(results.hits.iter().map(|h| h.item.code.to_string()));
        offset += SearchRequest::MAX_LIMIT;
        if offset as u64 >= results.total {
            assert_eq!(codes.len() as u64, results.total, "total is exact");
            return codes;
        }
    }
}

/// A larger catalog of generated names, for the property tests.
fn generated(count: usize) -> Vec<ItemSummary> {
    let objects = [
        "食品经营",
        "药品零售",
        "建筑施工",
        "道路运输",
        "排污",
        "危险化学品经营",
        "医疗机构执业",
        "民办学校办学",
        "出版物经营",
        "娱乐场所",
        "旅行社业务经营",
        "人力资源服务",
        "烟草专卖零售",
        "银行业金融机构",
        "重点排污单位",
        "长途客运",
        "音乐演出",
        "调味品生产",
        "乐器销售",
        "行政许可",
    ];
    let actions = [
        "许可证核发",
        "许可证变更",
        "许可证注销",
        "许可证延续",
        "登记",
        "备案",
        "许可证补领",
        "审批",
        "重新核定",
    ];
    let mut rng = Lcg(42);
    let halls = ["shizhi", "qiaocheng", "guoyang", "mengcheng", "lixin"];
    let mut items: Vec<ItemSummary> = catalog();
    let base = items.len();
    for i in 0..count {
        let name = format!("{}{}", rng.pick(&objects), rng.pick(&actions));
        let row: Row = (
            "",
            *rng.pick(&halls),
            "市场监督管理局",
            (rng.next() % 10_000) as u32,
            *rng.pick(&ItemKind::ALL),
            *rng.pick(&[P, O]),
            None,
            (rng.next() % 3) as u8,
            (1 + rng.next() % 4) as u8,
        );
        let mut item = item(base + i, &row);
        item.name = name;
        items.push(item);
    }
    items
}

#[test]
fn postings_agree_with_checking_every_name() {
    let index = SearchIndex::build(generated(1500));
    let queries = [
        "shenfenzheng",
        "sfz",
        "yyzz",
        "shenfenzhegn",
        "身分证",
        "身份证",
        "营业执照 变更",
        "jsz huanzheng",
        "shipinjingying",
        "spjyxkz",
        "yaopinlingshou",
        "xingzhengxuke",
        "yinhangye",
        "chongxinheding",
        "zhongdian",
        "changtu",
        "yinyue",
        "tiaoweipin",
        "leqi",
        "yueqi",
        "xukezhengbuling",
        "xkzbl",
        "shipin jingying",
        "社保卡",
        "驾照",
        "低保",
        "食品许可",
        "许可证 核发",
        "娱乐",
        "乐",
        "lvxingshe",
        "renliziyuan",
        "zhuxiao",
        "许可正",
        "正正",
        "证证证",
        "食品经营许可正",
        "登急",
        "公基金",
        "许可证和发",
        "身分zheng",
        "xukezhegn",
        "icp",
        "1",
        "登记",
        "dengji",
        "dj",
        "beian",
        "shenpi",
        "yanxu",
        "xukezehng",
        "shipinjinying",
        "paiwudanwei",
        "paiwudanwie",
        "weixianhuaxuepin",
        "weixainhuaxuepin",
        "身份zheng",
        "z",
        "zh",
        "a",
        "e",
        "o",
        "n",
    ];
    let mut checked = 0;
    for query in queries {
        let chars: Vec<char> = query.chars().collect();
        for end in 1..=chars.len() {
            let prefix: String = chars[..end].iter().collect();
            if prefix.trim().is_empty()
                || super::text::terms(&super::text::normalize(&prefix)).is_empty()
            {
                continue;
            }
            let variants: [fn(&mut SearchRequest); 3] = [
                |_| {},
                |r| r.preferred_hall = Some(hall_code("qiaocheng")),
                |r| {
                    r.preferred_hall = Some(hall_code("guoyang"));
                    r.audience = Some(O);
                    r.fully_online = true;
                },
            ];
            for (preferred, variant) in variants.iter().enumerate() {
                let request = with(&prefix, variant);
                let want = reference(&index, &request);
                assert_eq!(
                    all_codes(&index, &request),
                    want,
                    "{prefix:?} (preferred {preferred:?})"
                );
                // Small pages stop looking early; they must still be the same
                // slices, with the same total.
                for (offset, limit) in [(0, 5), (7, 3), (0, 1)] {
                    let mut page = request.clone();
                    page.offset = offset;
                    page.limit = Some(limit);
                    let results = index.search(&page);
                    let got: Vec<String> = results
                        .hits
                        .iter()
                        .map(|h| h.item.code.to_string())
                        .collect();
                    let end = (offset + limit).min(want.len() as u32) as usize;
                    let start = (offset as usize).min(end);
                    assert_eq!(got, want[start..end], "{prefix:?} page {offset}+{limit}");
                    assert_eq!(results.total as usize, want.len(), "{prefix:?} total");
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 500);
}
