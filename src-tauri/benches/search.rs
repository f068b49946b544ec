//! Benchmark of the on-device catalog search (`banshi::catalog::search`) over a
//! generated 50,000-item catalog: index build time and memory, per-keystroke
//! latency (p50/p99 over every prefix of every query in the set), top-5
//! relevance of each full query — and the same latency and relevance for an
//! off-the-shelf fuzzy matcher, `nucleo-matcher`, scanning every item's name +
//! full pinyin + initials on each keystroke.
//!
//! Run: `cargo bench --bench search`. The custom report is printed first, then
//! criterion's groups (`build`, `query`).

use banshi_api::ids::{HallCode, ItemCode};
use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use banshi::catalog::search::SearchIndex;
use banshi_api::catalog::{Audience, ItemKind, ItemSummary, Theme};
use banshi_api::search::SearchRequest;
use criterion::Criterion;
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};
use pinyin::ToPinyin;

// ---------------------------------------------------------------------------
// Memory: a global allocator that counts live heap bytes.

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to the system allocator unchanged; only a
// counter is updated on the side.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_add(new_size, Ordering::Relaxed);
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn live() -> usize {
    LIVE.load(Ordering::Relaxed)
}

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

// ---------------------------------------------------------------------------
// The catalog.

const ITEMS: usize = 50_000;

const HALLS: [(&str, &str); 16] = [
    ("shizhi", "市"),
    ("qiaocheng", "谯城区"),
    ("guoyang", "涡阳县"),
    ("mengcheng", "蒙城县"),
    ("lixin", "利辛县"),
    ("yaohai", "瑶海区"),
    ("luyang", "庐阳区"),
    ("shushan", "蜀山区"),
    ("baohe", "包河区"),
    ("changfeng", "长丰县"),
    ("feidong", "肥东县"),
    ("feixi", "肥西县"),
    ("lujiang", "庐江县"),
    ("chaohu", "巢湖市"),
    ("jinzhai", "金寨县"),
    ("huoshan", "霍山县"),
];

/// Everyday items, offered by every hall and much used.
const EVERYDAY: &[(&str, &str, ItemKind, Audience, Theme)] = &[
    (
        "居民身份证申领",
        "公安局",
        ItemKind::Confirmation,
        Audience::Person,
        Theme::Documents,
    ),
    (
        "居民身份证换领",
        "公安局",
        ItemKind::Confirmation,
        Audience::Person,
        Theme::Documents,
    ),
    (
        "居民身份证补领",
        "公安局",
        ItemKind::Confirmation,
        Audience::Person,
        Theme::Documents,
    ),
    (
        "社会保障卡申领",
        "人力资源和社会保障局",
        ItemKind::PublicService,
        Audience::Person,
        Theme::SocialSecurity,
    ),
    (
        "社会保障卡挂失",
        "人力资源和社会保障局",
        ItemKind::PublicService,
        Audience::Person,
        Theme::SocialSecurity,
    ),
    (
        "住房公积金提取",
        "住房公积金管理中心",
        ItemKind::Benefit,
        Audience::Person,
        Theme::Housing,
    ),
    (
        "住房公积金贷款",
        "住房公积金管理中心",
        ItemKind::Benefit,
        Audience::Person,
        Theme::Housing,
    ),
    (
        "企业设立登记",
        "市场监督管理局",
        ItemKind::Licensing,
        Audience::Organisation,
        Theme::BusinessStart,
    ),
    (
        "企业变更登记",
        "市场监督管理局",
        ItemKind::Licensing,
        Audience::Organisation,
        Theme::BusinessChange,
    ),
    (
        "企业注销登记",
        "市场监督管理局",
        ItemKind::Licensing,
        Audience::Organisation,
        Theme::BusinessClosure,
    ),
    (
        "营业执照补领、换发",
        "市场监督管理局",
        ItemKind::Licensing,
        Audience::Organisation,
        Theme::BusinessChange,
    ),
    (
        "个体工商户变更登记",
        "市场监督管理局",
        ItemKind::Licensing,
        Audience::Person,
        Theme::BusinessChange,
    ),
    (
        "食品经营许可证核发",
        "市场监督管理局",
        ItemKind::Licensing,
        Audience::Organisation,
        Theme::OperatingPermit,
    ),
    (
        "结婚登记",
        "民政局",
        ItemKind::Confirmation,
        Audience::Person,
        Theme::Marriage,
    ),
    (
        "离婚登记",
        "民政局",
        ItemKind::Confirmation,
        Audience::Person,
        Theme::Marriage,
    ),
    (
        "出生登记",
        "公安局",
        ItemKind::Confirmation,
        Audience::Person,
        Theme::Birth,
    ),
    (
        "出生医学证明办理",
        "卫生健康委员会",
        ItemKind::PublicService,
        Audience::Person,
        Theme::Birth,
    ),
    (
        "机动车驾驶证换证",
        "公安局交通警察支队",
        ItemKind::PublicService,
        Audience::Person,
        Theme::Documents,
    ),
    (
        "机动车驾驶证补证",
        "公安局交通警察支队",
        ItemKind::PublicService,
        Audience::Person,
        Theme::Documents,
    ),
    (
        "往来港澳通行证申领",
        "公安局出入境管理支队",
        ItemKind::Licensing,
        Audience::Person,
        Theme::Documents,
    ),
    (
        "普通护照签发",
        "公安局出入境管理支队",
        ItemKind::Licensing,
        Audience::Person,
        Theme::Documents,
    ),
    (
        "最低生活保障申请",
        "民政局",
        ItemKind::Benefit,
        Audience::Person,
        Theme::Retirement,
    ),
    (
        "城乡居民养老保险待遇申领",
        "社会保险服务中心",
        ItemKind::Benefit,
        Audience::Person,
        Theme::Retirement,
    ),
    (
        "调整城乡居民养老保险缴费档次",
        "社会保险服务中心",
        ItemKind::PublicService,
        Audience::Person,
        Theme::Retirement,
    ),
    (
        "失业保险金申领",
        "社会保险服务中心",
        ItemKind::Benefit,
        Audience::Person,
        Theme::Work,
    ),
    (
        "医疗保障参保登记",
        "医疗保障局",
        ItemKind::PublicService,
        Audience::Person,
        Theme::SocialSecurity,
    ),
    (
        "生育登记",
        "卫生健康委员会",
        ItemKind::PublicService,
        Audience::Person,
        Theme::Childbearing,
    ),
    (
        "残疾人证核发",
        "残疾人联合会",
        ItemKind::Confirmation,
        Audience::Person,
        Theme::Documents,
    ),
    (
        "户籍迁移",
        "公安局",
        ItemKind::Confirmation,
        Audience::Person,
        Theme::Documents,
    ),
    (
        "居住证申领",
        "公安局",
        ItemKind::PublicService,
        Audience::Person,
        Theme::Documents,
    ),
    (
        "银行业金融机构设立审批",
        "地方金融监督管理局",
        ItemKind::Licensing,
        Audience::Organisation,
        Theme::BusinessStart,
    ),
    (
        "重新核发排污许可证",
        "生态环境局",
        ItemKind::Licensing,
        Audience::Organisation,
        Theme::OperatingPermit,
    ),
    (
        "行政复议申请",
        "司法局",
        ItemKind::Adjudication,
        Audience::Person,
        Theme::Documents,
    ),
    (
        "不动产首次登记",
        "不动产登记中心",
        ItemKind::Confirmation,
        Audience::Person,
        Theme::Housing,
    ),
    (
        "无犯罪记录证明开具",
        "公安局",
        ItemKind::PublicService,
        Audience::Person,
        Theme::Documents,
    ),
    (
        "工伤认定申请",
        "人力资源和社会保障局",
        ItemKind::Confirmation,
        Audience::Person,
        Theme::Work,
    ),
];

/// Objects of generated items, by department.
const OBJECTS: &[(&str, &[&str])] = &[
    (
        "市场监督管理局",
        &[
            "食品经营",
            "食品生产",
            "食品小作坊",
            "药品零售",
            "药品批发",
            "医疗器械经营",
            "化妆品生产",
            "特种设备使用",
            "工业产品生产",
            "计量器具型式",
            "广告发布",
            "调味品生产",
            "乐器销售",
        ],
    ),
    (
        "卫生健康委员会",
        &[
            "医疗机构执业",
            "医师执业",
            "护士执业",
            "放射诊疗",
            "公共场所卫生",
            "生活饮用水供水单位卫生",
            "母婴保健技术服务",
            "消毒产品生产企业卫生",
        ],
    ),
    (
        "交通运输局",
        &[
            "道路运输经营",
            "道路货物运输",
            "出租汽车经营",
            "机动车维修经营",
            "机动车驾驶员培训",
            "船舶营业运输",
            "港口经营",
            "公路超限运输",
            "长途客运班线",
        ],
    ),
    (
        "生态环境局",
        &[
            "排污",
            "辐射安全",
            "危险废物经营",
            "建设项目环境影响评价",
            "重点排污单位",
        ],
    ),
    (
        "应急管理局",
        &[
            "危险化学品经营",
            "烟花爆竹经营",
            "非药品类易制毒化学品生产",
            "安全生产",
        ],
    ),
    (
        "住房和城乡建设局",
        &[
            "建筑工程施工",
            "商品房预售",
            "房地产开发企业资质",
            "建筑业企业资质",
            "燃气经营",
            "城市建筑垃圾处置",
            "工程监理企业资质",
        ],
    ),
    (
        "文化和旅游局",
        &[
            "娱乐场所",
            "营业性演出",
            "互联网上网服务营业场所",
            "出版物零售",
            "印刷经营",
            "旅行社业务经营",
            "文物保护单位修缮",
            "音乐类艺术考级机构",
        ],
    ),
    (
        "教育体育局",
        &["民办学校办学", "幼儿园设立", "教师资格", "校外培训机构"],
    ),
    (
        "人力资源和社会保障局",
        &["人力资源服务", "劳务派遣经营", "职业技能培训机构"],
    ),
    (
        "农业农村局",
        &[
            "种子生产经营",
            "农药经营",
            "兽药经营",
            "饲料生产企业",
            "动物防疫条件",
            "渔业捕捞",
            "生鲜乳收购站",
            "拖拉机驾驶证",
        ],
    ),
    (
        "林业局",
        &["林木采伐", "野生动物驯养繁殖", "林草种子生产经营"],
    ),
    ("水利局", &["取水", "河道采砂", "水土保持方案"]),
    (
        "自然资源和规划局",
        &["建设用地规划", "建设工程规划", "乡村建设规划", "采矿权"],
    ),
    (
        "民政局",
        &["社会团体", "民办非企业单位", "养老机构", "殡葬服务"],
    ),
    (
        "公安局",
        &[
            "保安服务",
            "典当业特种行业",
            "旅馆业特种行业",
            "公章刻制业",
            "剧毒化学品购买",
            "烟花爆竹燃放",
            "大型群众性活动安全",
        ],
    ),
    (
        "税务局",
        &["发票领用", "增值税一般纳税人", "跨区域涉税事项"],
    ),
    (
        "城市管理局",
        &[
            "户外广告设置",
            "城市道路挖掘",
            "临时占用城市道路",
            "城市绿地占用",
        ],
    ),
    ("气象局", &["雷电防护装置设计", "升放无人驾驶自由气球"]),
];

const ACTIONS: &[(&str, ItemKind)] = &[
    ("许可证核发", ItemKind::Licensing),
    ("许可证变更", ItemKind::Licensing),
    ("许可证延续", ItemKind::Licensing),
    ("许可证注销", ItemKind::Licensing),
    ("许可证补领", ItemKind::Licensing),
    ("许可证换发", ItemKind::Licensing),
    ("登记", ItemKind::Confirmation),
    ("变更登记", ItemKind::Confirmation),
    ("注销登记", ItemKind::Confirmation),
    ("备案", ItemKind::Filing),
    ("审批", ItemKind::Licensing),
    ("资格认定", ItemKind::Confirmation),
    ("核准", ItemKind::Licensing),
    ("证明开具", ItemKind::PublicService),
    ("重新核定", ItemKind::OtherPower),
];

const QUALIFIERS: &[&str] = &[
    "",
    "",
    "",
    "",
    "",
    "（新办）",
    "（延续）",
    "（跨省通办）",
    "（告知承诺制）",
    "（一件事）",
];

/// A deterministic pseudo-random generator.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        self.next() as usize % n
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// What differs between generated items.
struct Spec<'a> {
    code: String,
    name: String,
    hall: usize,
    department: &'a str,
    kind: ItemKind,
    audience: Audience,
    theme: Option<Theme>,
    popularity: u32,
}

fn summary(spec: Spec<'_>, rng: &mut Lcg) -> ItemSummary {
    let Spec {
        code,
        name,
        hall,
        department,
        kind,
        audience,
        theme,
        popularity,
    } = spec;
    let (hall_code, district) = HALLS[hall];
    ItemSummary {
        basic_code: format!("{:012}", rng.next() % 1_000_000_000_000),
        code: ItemCode::parse(&code).expect("an implementation code's shape"),
        name,
        kind,
        audiences: vec![audience],
        department: format!("{district}{department}"),
        hall: HallCode::parse(hall_code).expect("a hall code"),
        themes: theme.into_iter().collect(),
        visits: rng.below(3) as u8,
        online_depth: 1 + rng.below(4) as u8,
        promised_days: rng.below(20) as u16,
        statutory_days: 20,
        charged: rng.below(4) == 0,
        ems_delivery: rng.below(2) == 0,
        booking: rng.below(2) == 0,
        popularity,
    }
}

/// 50,000 items: the everyday items in every hall, then items built from
/// department objects, actions and qualifiers, spread over the halls.
fn catalog() -> Vec<ItemSummary> {
    let mut rng = Lcg(2024);
    let mut items = Vec::with_capacity(ITEMS);
    for (hall, _) in HALLS.iter().enumerate() {
        for &(name, department, kind, audience, theme) in EVERYDAY {
            let code = format!("11341600BENCH0000E{hall:02}{:013}", items.len());
            let popularity = 2_000 + rng.below(48_000) as u32;
            let spec = Spec {
                code,
                name: name.into(),
                hall,
                department,
                kind,
                audience,
                theme: Some(theme),
                popularity,
            };
            items.push(summary(spec, &mut rng));
        }
    }
    while items.len() < ITEMS {
        let (department, objects) = rng.pick(OBJECTS);
        let object = rng.pick(objects);
        let (action, kind) = rng.pick(ACTIONS);
        let qualifier = rng.pick(QUALIFIERS);
        let hall = rng.below(HALLS.len());
        let audience = if rng.below(3) == 0 {
            Audience::Person
        } else {
            Audience::Organisation
        };
        // Skewed popularity: most items are rarely used.
        let r = rng.below(1000) as u32;
        let popularity = r * r / 100;
        let code = format!("11341600BENCH0000G{hall:02}{:013}", items.len());
        let name = format!("{object}{action}{qualifier}");
        let spec = Spec {
            code,
            name,
            hall,
            department,
            kind: *kind,
            audience,
            theme: None,
            popularity,
        };
        items.push(summary(spec, &mut rng));
    }
    items
}

// ---------------------------------------------------------------------------
// Queries.

/// (what the user types, kind, the item it is meant to find)
const QUERIES: &[(&str, &str, &str)] = &[
    ("身份证", "chinese", "居民身份证申领"),
    ("shenfenzheng", "pinyin", "居民身份证申领"),
    ("sfz", "initials", "居民身份证申领"),
    ("shenfenzhegn", "typo", "居民身份证申领"),
    ("身分证", "homophone", "居民身份证申领"),
    ("社保卡", "abbreviation", "社会保障卡申领"),
    ("shehuibaozhangka", "pinyin", "社会保障卡申领"),
    ("gongjijin tiqu", "pinyin, 2 words", "住房公积金提取"),
    ("zfgjjtq", "initials", "住房公积金提取"),
    ("公积金 tq", "mixed", "住房公积金提取"),
    ("营业执照 变更", "chinese, 2 words", "企业变更登记"),
    ("yyzz", "initials", "营业执照补领、换发"),
    ("食品经营许可证", "chinese", "食品经营许可证核发"),
    ("shipinjingyingxukezheng", "pinyin", "食品经营许可证核发"),
    ("spjyxkz", "initials", "食品经营许可证核发"),
    ("shipinjingyign", "typo", "食品经营许可证核发"),
    ("jiehundengji", "pinyin", "结婚登记"),
    ("驾照换证", "abbreviation", "机动车驾驶证换证"),
    (
        "jiashizheng huanzheng",
        "pinyin, 2 words",
        "机动车驾驶证换证",
    ),
    ("低保", "abbreviation", "最低生活保障申请"),
    ("yinhang", "pinyin, polyphone", "银行业金融机构设立审批"),
    ("港澳通行证", "abbreviation", "往来港澳通行证申领"),
    ("chusheng dengji", "pinyin, 2 words", "出生登记"),
    (
        "yanglao daiyu",
        "pinyin, 2 words",
        "城乡居民养老保险待遇申领",
    ),
    ("zhufanggongjijin", "pinyin", "住房公积金提取"),
    ("wfzjlzm", "initials", "无犯罪记录证明开具"),
    ("残疾证", "abbreviation", "残疾人证核发"),
    (
        "chongxin hefa paiwu",
        "pinyin, polyphone",
        "重新核发排污许可证",
    ),
    ("bdc dengji", "mixed, 2 words", "不动产首次登记"),
    ("bdcdj", "initials, gap", "不动产首次登记"),
    ("户口 qianyi", "mixed", "户籍迁移"),
];

/// Every prefix of `query`, one per typed character.
fn prefixes(query: &str) -> Vec<String> {
    let chars: Vec<char> = query.chars().collect();
    (1..=chars.len())
        .map(|end| chars[..end].iter().collect())
        .collect()
}

fn request(text: &str) -> SearchRequest {
    SearchRequest {
        text: text.into(),
        ..SearchRequest::default()
    }
}

// ---------------------------------------------------------------------------
// The off-the-shelf comparison: nucleo-matcher over name + pinyin + initials.

struct Nucleo {
    haystacks: Vec<Utf32String>,
    names: Vec<String>,
    popularity: Vec<u32>,
}

impl Nucleo {
    fn new(items: &[ItemSummary]) -> Nucleo {
        let mut haystacks = Vec::with_capacity(items.len());
        for item in items {
            let (mut full, mut initials) = (String::new(), String::new());
            for p in item.name.as_str().to_pinyin().flatten() {
                full.push_str(p.plain());
                initials.push_str(p.first_letter());
            }
            haystacks.push(Utf32String::from(
                format!("{} {full} {initials}", item.name).as_str(),
            ));
        }
        Nucleo {
            haystacks,
            names: items.iter().map(|i| i.name.clone()).collect(),
            popularity: items.iter().map(|i| i.popularity).collect(),
        }
    }

    /// The top `k` items for `query`: best score, then most popular.
    fn search(&self, matcher: &mut Matcher, query: &str, k: usize) -> Vec<usize> {
        let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
        let mut scored: Vec<(u32, u32, usize)> = Vec::new();
        for (i, haystack) in self.haystacks.iter().enumerate() {
            if let Some(score) = pattern.score(haystack.slice(..), matcher) {
                scored.push((score, self.popularity[i], i));
            }
        }
        let k = k.min(scored.len());
        if k > 0 {
            scored.select_nth_unstable_by(k - 1, |a, b| (b.0, b.1).cmp(&(a.0, a.1)));
            scored.truncate(k);
            scored.sort_unstable_by_key(|&(score, popularity, i)| {
                (std::cmp::Reverse((score, popularity)), i)
            });
        }
        scored.into_iter().map(|(_, _, i)| i).collect()
    }
}

// ---------------------------------------------------------------------------
// The report.

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn micros(d: Duration) -> String {
    format!("{:>9.1} µs", d.as_secs_f64() * 1e6)
}

fn latency_row(engine: &str, samples: &mut [Duration]) {
    samples.sort_unstable();
    println!(
        "{engine:<28} {:>7} {} {} {} {} {}",
        samples.len(),
        micros(percentile(samples, 50.0)),
        micros(percentile(samples, 90.0)),
        micros(percentile(samples, 99.0)),
        micros(percentile(samples, 100.0)),
        micros(samples.iter().sum::<Duration>() / samples.len().max(1) as u32),
    );
}

fn pad(s: &str, width: usize) -> String {
    // Chinese characters take two columns in a terminal.
    let cols: usize = s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
    format!("{s}{}", " ".repeat(width.saturating_sub(cols)))
}

/// Prints the latency and relevance tables. With `quick` (a test run, not
/// `cargo bench`), nucleo's latency loop (a full scan per keystroke) is left out.
fn report(index: &SearchIndex, nucleo: &Nucleo, quick: bool) {
    const REPEAT: usize = 5;
    let all_prefixes: Vec<(String, &str)> = QUERIES
        .iter()
        .flat_map(|(q, kind, _)| prefixes(q).into_iter().map(move |p| (p, *kind)))
        .collect();

    // Ours: every prefix, warmed once, then timed REPEAT times.
    let mut ours = Vec::new();
    let mut slowest: Vec<(Duration, String)> = Vec::new();
    for (prefix, _) in &all_prefixes {
        let req = request(prefix);
        black_box(index.search(&req));
        let mut worst = Duration::ZERO;
        for _ in 0..REPEAT {
            let start = Instant::now();
            let results = index.search(black_box(&req));
            let took = start.elapsed();
            black_box(results);
            ours.push(took);
            worst = worst.max(took);
        }
        slowest.push((worst, prefix.clone()));
    }
    // nucleo: every prefix once (each is a full scan).
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut theirs = Vec::new();
    for (prefix, _) in all_prefixes.iter().filter(|_| !quick) {
        let start = Instant::now();
        let top = nucleo.search(&mut matcher, prefix, 20);
        theirs.push(start.elapsed());
        black_box(top);
    }

    println!();
    println!(
        "Per-keystroke latency: every prefix of {} queries ({} prefixes), {} items",
        QUERIES.len(),
        all_prefixes.len(),
        index.len()
    );
    println!(
        "{:<28} {:>7} {:>12} {:>12} {:>12} {:>12} {:>12}",
        "engine", "samples", "p50", "p90", "p99", "max", "mean"
    );
    latency_row("banshi SearchIndex", &mut ours);
    if !quick {
        latency_row("nucleo-matcher (full scan)", &mut theirs);
    }
    slowest.sort_unstable_by_key(|(took, _)| std::cmp::Reverse(*took));
    println!(
        "slowest prefixes (banshi, worst of {REPEAT}): {}",
        slowest
            .iter()
            .take(8)
            .map(|(d, p)| format!("{p:?} {:.0} µs", d.as_secs_f64() * 1e6))
            .collect::<Vec<_>>()
            .join(", ")
    );

    // Relevance of the full queries.
    println!();
    println!("Top-5 relevance (the intended item among the first 5 hits):");
    println!(
        "{} {} {} {:<14} {:<14}",
        pad("query", 26),
        pad("kind", 19),
        pad("intended", 30),
        "banshi",
        "nucleo"
    );
    let (mut ours_pass, mut theirs_pass) = (0, 0);
    for (query, kind, intended) in QUERIES {
        let results = index.search(&request(query));
        let ours_rank = results
            .hits
            .iter()
            .take(5)
            .position(|h| h.item.name == *intended);
        let top = nucleo.search(&mut matcher, query, 5);
        let theirs_rank = top.iter().position(|&i| nucleo.names[i] == *intended);
        let verdict = |rank: Option<usize>| match rank {
            Some(r) => format!("PASS #{}", r + 1),
            None => "FAIL".to_string(),
        };
        ours_pass += usize::from(ours_rank.is_some());
        theirs_pass += usize::from(theirs_rank.is_some());
        println!(
            "{} {} {} {:<14} {:<14} (banshi total {})",
            pad(&format!("{query:?}"), 26),
            pad(kind, 19),
            pad(intended, 30),
            verdict(ours_rank),
            verdict(theirs_rank),
            results.total
        );
    }
    println!(
        "top-5 pass: banshi {ours_pass}/{n}, nucleo-matcher {theirs_pass}/{n}",
        n = QUERIES.len()
    );
    println!();
}

fn main() {
    let before = live();
    let items = catalog();
    let items_bytes = live() - before;
    let nucleo = Nucleo::new(&items);

    let before = live();
    let start = Instant::now();
    let index = SearchIndex::build(items.clone());
    let build = start.elapsed();
    let index_bytes = live().saturating_sub(before);

    println!();
    let distinct: std::collections::HashSet<&str> = items.iter().map(|i| i.name.as_str()).collect();
    println!(
        "Catalog: {} items in {} halls, {} distinct names",
        index.len(),
        HALLS.len(),
        distinct.len()
    );

    println!("Index build: {:.1} ms", build.as_secs_f64() * 1e3);
    println!(
        "Index memory: {:.1} MiB live after build, of which the owned items {:.1} MiB and the index structures {:.1} MiB",
        mib(index_bytes),
        mib(items_bytes),
        mib(index_bytes.saturating_sub(items_bytes))
    );
    // `cargo bench` passes --bench; `cargo test --benches` does not.
    let quick = !std::env::args().any(|a| a == "--bench");
    report(&index, &nucleo, quick);

    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    {
        let mut group = c.benchmark_group("build");
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(15));
        group.bench_function("50k items", |b| {
            b.iter_batched(
                || items.clone(),
                SearchIndex::build,
                criterion::BatchSize::LargeInput,
            )
        });
        group.finish();
    }
    {
        let mut group = c.benchmark_group("query");
        for text in [
            "",
            "s",
            "sfz",
            "shenfenzheng",
            "shenfenzhegn",
            "身分证",
            "营业执照 变更",
            "spjyxkz",
            "食品经营许可证",
        ] {
            let req = request(text);
            group.bench_function(format!("banshi {text:?}"), |b| {
                b.iter(|| index.search(black_box(&req)))
            });
        }
        let mut matcher = Matcher::new(Config::DEFAULT);
        for text in ["sfz", "shenfenzheng"] {
            group.bench_function(format!("nucleo {text:?}"), |b| {
                b.iter(|| nucleo.search(&mut matcher, black_box(text), 20))
            });
        }
        group.finish();
    }
    c.final_summary();
}
