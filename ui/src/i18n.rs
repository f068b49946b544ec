//! Every word the interface shows, in Simplified Chinese (the default) and English.
//!
//! Components never hold text: they name a [`Msg`] and [`I18n::t`] renders it in
//! the current locale. Each language is one exhaustive `match`, so a message
//! missing in either language does not compile.

use banshi_api::ErrorCode;
use banshi_api::catalog::{Audience, ItemKind, Theme};
use leptos::prelude::*;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locale {
    ZhCn,
    En,
}

impl Locale {
    /// The BCP 47 tag, for `<html lang>` and for storage.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Self> {
        match tag {
            "zh-CN" => Some(Locale::ZhCn),
            "en" => Some(Locale::En),
            _ => None,
        }
    }
}

/// A message of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    AppName,
    CityName,
    TabHome,
    TabServices,
    TabBookings,
    TabMe,
    HallSwitcher,
    WholeCity,
    SearchPlaceholder,
    Search,
    HomeGreeting,
    HomeSubtitle,
    PopularItems,
    SeeAll,
    LifeEvents,
    BusinessEvents,
    HallsTitle,
    OpenNow,
    ClosedNow,
    WindowsCount(usize),
    ServicesTitle,
    ItemsTotal(u64),
    PageOf { page: u32, pages: u32 },
    PreviousPage,
    NextPage,
    NoItems,
    NoItemsHint,
    ClearFilters,
    Loading,
    Retry,
    Offline,
    OfflineHint,
    ErrorTitle,
    NotFound,
    FullyOnline,
    Visits(u8),
    Immediate,
    PromisedDays(u16),
    Free,
    Charged,
    EmsDelivery,
    Bookable,
    Address,
    Phone,
    Hours,
    Windows,
    MeTitle,
    Preferences,
    Language,
    LargeText,
    LargeTextHint,
    About,
    AboutText,
    Kind(ItemKind),
    Audience(Audience),
    Theme(Theme),
    Downloading(Option<u8>),
    OfflineCopy { month: u32, day: u32 },
    AnyAudience,
    AnyVisits,
    AnyKind,
    OnlyFullyOnline,
    VisitsFilter(u8),
    BlankForm,
    SampleForm,
    DocumentOpened,
    DocumentSaved,
    AddFavourite,
    RemoveFavourite,
    Favourites,
    NoFavourites,
    RecentlyViewed,
    Browse,
    ByDepartment,
    ByKind,
    ByAudience,
    ItemsCount(u32),
    PageNotFound,
    BackHome,
    Back,
    OnlineService,
    VisitsNeeded,
    ZeroVisits,
    OnlineDepth(u8),
    TimeLimit,
    PromisedVsStatutory { promised: u16, statutory: u16 },
    Fee,
    Delivery,
    EmsYes,
    EmsNo,
    Booking,
    BookingYes,
    BookingNo,
    Conditions,
    Materials,
    Required,
    Optional,
    Conditional,
    Original,
    Copy,
    Paper,
    Electronic,
    PaperOrElectronic,
    CopiesCount(u8),
    FromApplicant,
    FromDepartment,
    FromLicenceLibrary,
    AcceptanceStandard,
    Steps,
    Fees,
    Reductions,
    PlaceAndHours,
    Contact,
    ConsultPhone,
    ComplaintPhone,
    LegalBasis,
    Faq,
    Result,
    VisitReason,
    UniversalScope,
    LogIn,
    Register,
    LogOut,
    LoginTitle,
    LoginIntro,
    PasswordTab,
    SmsTab,
    MobileLabel,
    PasswordLabel,
    SmsCodeLabel,
    SendCode,
    CodeSent,
    NoAccountYet,
    RegisterNow,
    HaveAccount,
    RegisterTitle,
    RegisterIntro,
    NameLabel,
    ResidentIdLabel,
    PasswordRule,
    Working,
    SessionEnded,
    LoginToSee,
    HallStaff,
    ActingAs,
    ActingHint,
    Myself,
    Licences,
    NoLicences,
    ValidLongTerm,
    ValidUntil,
    RealNameLevel(u8),
    EnterPassword,
    EnterCode,
    Apply,
    ApplySteps,
    SectionDone,
    SectionToDo,
    SaveAndContinue,
    BackToSteps,
    CheckAnswers,
    Change,
    Remove,
    Yes,
    No,
    Prefilled,
    Saved,
    Saving,
    Drafts,
    NoDrafts,
    ContinueDraft,
    LoginToApply,
    DeliveryChoice,
    PickUp,
    ByEms,
    OptionalField,
    Province,
    CityLabel,
    District,
    StreetDetail,
    ChooseOne,
    AnswersNeedWork,
    NotAnswered,
    AddEntry,
    UseLicence,
    Outbox,
    MaterialsHint,
    AddPage,
    PreparingPhoto,
    Submit,
    Submitting,
    SubmittedTitle,
    ApplicationNumber,
    PromisedBy,
    WhatNext,
    MyApplications,
    NoApplications,
    StatusSubmitted,
    StatusAccepted,
    StatusCompleted,
    StatusRejected,
    ChooseDelivery,
    DraftProgress { done: u32, total: u32 },
    LastChanged,
    BookVisit,
    QueueTab,
    BookingsTab,
    MyBookings,
    NoBookings,
    BookHint,
    BookableItems,
    ChooseSlot,
    SlotsLeft(u32),
    SlotFull,
    SlotPast,
    ClosedWeekend,
    ClosedHoliday,
    DayClosed,
    NoSlotsLeft,
    ConfirmBooking,
    ConfirmReschedule,
    BringOriginals,
    NothingToBring,
    CheckInCode,
    CheckInHint,
    AddToCalendar,
    Reschedule,
    RescheduleTitle,
    RescheduleHint,
    CancelBooking,
    ConfirmCancel,
    KeepBooking,
    StatusBooked,
    StatusCancelled,
    LoginToBook,
    VisitTime,
    HallLabel,
    NowServing,
    Waiting(u32),
    TakeNumber,
    QueueOpen,
    QueueClosed,
    MyTickets,
    Ahead(u32),
    ExpectedWait(u32),
    CalledTo,
    TicketExpired,
    LiveUpdates,
    ChooseHall,
    UploadingMaterials(u32),
    FilledByHall,
    QuestionOf { at: usize, total: usize },
    PreviousQuestion,
    LeftToHall,
}

/// The current locale, shared through the context.
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    pub locale: RwSignal<Locale>,
}

impl I18n {
    /// `msg` in the current locale; reading it subscribes to locale changes.
    pub fn t(&self, msg: Msg) -> String {
        translate(self.locale.get(), msg)
    }

    /// Days of the week (1 = Monday) as people say them, e.g. 周一至周五.
    pub fn weekdays(&self, days: &[u8]) -> String {
        match self.locale.get() {
            Locale::ZhCn => weekdays_zh(days),
            Locale::En => weekdays_en(days),
        }
    }
}

/// The app's I18n from the context.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// `msg` in `locale`.
pub fn translate(locale: Locale, msg: Msg) -> String {
    match locale {
        Locale::ZhCn => zh(msg),
        Locale::En => en(msg),
    }
}

fn zh(msg: Msg) -> String {
    let text = match msg {
        Msg::AppName => "办事",
        Msg::CityName => "亳州市",
        Msg::TabHome => "首页",
        Msg::TabServices => "办事",
        Msg::TabBookings => "预约",
        Msg::TabMe => "我的",
        Msg::HallSwitcher => "办事大厅",
        Msg::WholeCity => "全市",
        Msg::SearchPlaceholder => "搜索事项，如：身份证、营业执照",
        Msg::Search => "搜索",
        Msg::HomeGreeting => "亳州市一网通办",
        Msg::HomeSubtitle => "查事项、看指南、找大厅，最多跑一次",
        Msg::PopularItems => "热门事项",
        Msg::SeeAll => "查看全部",
        Msg::LifeEvents => "个人办事",
        Msg::BusinessEvents => "法人办事",
        Msg::HallsTitle => "办事大厅",
        Msg::OpenNow => "办公中",
        Msg::ClosedNow => "已下班",
        Msg::WindowsCount(n) => return format!("{n} 个窗口"),
        Msg::ServicesTitle => "办事事项",
        Msg::ItemsTotal(n) => return format!("共 {n} 项"),
        Msg::PageOf { page, pages } => return format!("第 {page} / {pages} 页"),
        Msg::PreviousPage => "上一页",
        Msg::NextPage => "下一页",
        Msg::NoItems => "没有找到相关事项",
        Msg::NoItemsHint => "换个说法试试，或者清除筛选条件",
        Msg::ClearFilters => "清除筛选",
        Msg::Loading => "正在加载…",
        Msg::Retry => "重试",
        Msg::Offline => "网络不可用",
        Msg::OfflineHint => "无法连接办事大厅服务器，请检查网络后重试。",
        Msg::ErrorTitle => "出了点问题",
        Msg::NotFound => "没有找到",
        Msg::FullyOnline => "全程网办",
        Msg::Visits(n) => return format!("跑动 {n} 次"),
        Msg::Immediate => "即办",
        Msg::PromisedDays(n) => return format!("承诺 {n} 个工作日"),
        Msg::Free => "免费",
        Msg::Charged => "收费",
        Msg::EmsDelivery => "可邮寄",
        Msg::Bookable => "可预约",
        Msg::Address => "地址",
        Msg::Phone => "电话",
        Msg::Hours => "办公时间",
        Msg::Windows => "窗口",
        Msg::MeTitle => "我的",
        Msg::Preferences => "设置",
        Msg::Language => "语言",
        Msg::LargeText => "大字模式",
        Msg::LargeTextHint => "放大全部文字，看得更清楚",
        Msg::About => "关于",
        Msg::AboutText => "办事：亳州市网上办事大厅客户端。查事项、看指南、找大厅。",
        Msg::Kind(kind) => kind_zh(kind),
        Msg::Audience(Audience::Person) => "个人",
        Msg::Audience(Audience::Organisation) => "法人",
        Msg::Theme(theme) => theme_zh(theme),
        Msg::Downloading(Some(percent)) => return format!("正在下载办事目录… {percent}%"),
        Msg::Downloading(None) => "正在下载办事目录…",
        Msg::OfflineCopy { month, day } => {
            return format!("离线，显示的是 {month} 月 {day} 日的目录");
        }
        Msg::AnyAudience => "全部对象",
        Msg::AnyVisits => "跑动次数不限",
        Msg::AnyKind => "全部类型",
        Msg::OnlyFullyOnline => "只看全程网办",
        Msg::VisitsFilter(0) => "零跑动",
        Msg::VisitsFilter(n) => return format!("跑动 {n} 次"),
        Msg::BlankForm => "空白表格",
        Msg::SampleForm => "示例样表",
        Msg::DocumentOpened => "已打开",
        Msg::DocumentSaved => "已保存到本机：",
        Msg::AddFavourite => "收藏",
        Msg::RemoveFavourite => "已收藏",
        Msg::Favourites => "我的收藏",
        Msg::NoFavourites => "还没有收藏。在办事指南里点“收藏”，常办的事项就在这里。",
        Msg::RecentlyViewed => "最近浏览",
        Msg::Browse => "分类浏览",
        Msg::ByDepartment => "按部门",
        Msg::ByKind => "按事项类型",
        Msg::ByAudience => "按服务对象",
        Msg::ItemsCount(n) => return format!("{n} 项"),
        Msg::PageNotFound => "页面不存在",
        Msg::BackHome => "返回首页",
        Msg::Back => "返回",
        Msg::OnlineService => "网上办理",
        Msg::VisitsNeeded => "到现场次数",
        Msg::ZeroVisits => "零跑动",
        Msg::OnlineDepth(depth) => match depth {
            4.. => "全程网办",
            3 => "最多跑一次",
            2 => "网上申请",
            _ => "网上查询指南",
        },
        Msg::TimeLimit => "办理时限",
        Msg::PromisedVsStatutory {
            promised,
            statutory,
        } => {
            return format!("承诺 {promised} 个工作日（法定 {statutory} 个）");
        }
        Msg::Fee => "收费",
        Msg::Delivery => "结果送达",
        Msg::EmsYes => "支持邮寄",
        Msg::EmsNo => "现场领取",
        Msg::Booking => "预约",
        Msg::BookingYes => "支持预约",
        Msg::BookingNo => "无需预约",
        Msg::Conditions => "受理条件",
        Msg::Materials => "申请材料",
        Msg::Required => "必交",
        Msg::Optional => "选交",
        Msg::Conditional => "视情形提交",
        Msg::Original => "原件",
        Msg::Copy => "复印件",
        Msg::Paper => "纸质",
        Msg::Electronic => "电子",
        Msg::PaperOrElectronic => "纸质或电子",
        Msg::CopiesCount(n) => return format!("{n} 份"),
        Msg::FromApplicant => "申请人自备",
        Msg::FromDepartment => "政府部门核发",
        Msg::FromLicenceLibrary => "电子证照库调取，无需提交",
        Msg::AcceptanceStandard => "受理标准",
        Msg::Steps => "办理流程",
        Msg::Fees => "收费标准",
        Msg::Reductions => "减免",
        Msg::PlaceAndHours => "办理地点和时间",
        Msg::Contact => "咨询和投诉",
        Msg::ConsultPhone => "咨询电话",
        Msg::ComplaintPhone => "投诉电话",
        Msg::LegalBasis => "设定依据",
        Msg::Faq => "常见问题",
        Msg::Result => "办理结果",
        Msg::VisitReason => "需到现场的原因",
        Msg::UniversalScope => "通办范围",
        Msg::LogIn => "登录",
        Msg::Register => "注册",
        Msg::LogOut => "退出登录",
        Msg::LoginTitle => "登录办事大厅",
        Msg::LoginIntro => "用注册时的手机号码登录，申请、进度和预约随时可查",
        Msg::PasswordTab => "密码登录",
        Msg::SmsTab => "验证码登录",
        Msg::MobileLabel => "手机号码",
        Msg::PasswordLabel => "密码",
        Msg::SmsCodeLabel => "短信验证码",
        Msg::SendCode => "获取验证码",
        Msg::CodeSent => "验证码已发送，5 分钟内有效",
        Msg::NoAccountYet => "还没有账号？",
        Msg::RegisterNow => "实名注册",
        Msg::HaveAccount => "已有账号？",
        Msg::RegisterTitle => "实名注册",
        Msg::RegisterIntro => "请填写与居民身份证一致的信息。注册后即可在线办事。",
        Msg::NameLabel => "姓名",
        Msg::ResidentIdLabel => "居民身份证号码",
        Msg::PasswordRule => "至少 8 位，含大写字母、小写字母、数字、符号中的三种",
        Msg::Working => "请稍候…",
        Msg::SessionEnded => "登录已失效，请重新登录。您正在办理的内容已保留。",
        Msg::LoginToSee => "登录后可查看个人信息和电子证照，并可代表企业办事",
        Msg::HallStaff => "窗口工作人员",
        Msg::ActingAs => "办事身份",
        Msg::ActingHint => "以企业身份办事时，申请以企业名义提交，并在顶部显示",
        Msg::Myself => "本人",
        Msg::Licences => "我的电子证照",
        Msg::NoLicences => "暂无电子证照",
        Msg::ValidLongTerm => "长期有效",
        Msg::ValidUntil => "有效期至",
        Msg::RealNameLevel(level) => return format!("实名认证 {level} 级"),
        Msg::EnterPassword => "请填写密码",
        Msg::EnterCode => "请填写短信验证码",
        Msg::Apply => "在线申请",
        Msg::ApplySteps => "申请步骤",
        Msg::SectionDone => "已完成",
        Msg::SectionToDo => "待填写",
        Msg::SaveAndContinue => "保存并继续",
        Msg::BackToSteps => "返回申请步骤",
        Msg::CheckAnswers => "检查填写内容",
        Msg::Change => "修改",
        Msg::Remove => "删除",
        Msg::Yes => "是",
        Msg::No => "否",
        Msg::Prefilled => "已自动填写，可修改",
        Msg::Saved => "已保存到本机",
        Msg::Saving => "正在保存…",
        Msg::Drafts => "草稿",
        Msg::NoDrafts => "暂无草稿。网上申请时填写的内容会自动保存在这里。",
        Msg::ContinueDraft => "继续填写",
        Msg::LoginToApply => "网上申请需要先实名登录。登录后回到这里继续。",
        Msg::DeliveryChoice => "办理结果领取方式",
        Msg::PickUp => "到大厅窗口领取",
        Msg::ByEms => "EMS 邮寄到家",
        Msg::OptionalField => "选填",
        Msg::Province => "省",
        Msg::CityLabel => "市",
        Msg::District => "区县",
        Msg::StreetDetail => "街道、门牌号",
        Msg::ChooseOne => "请选择",
        Msg::AnswersNeedWork => "以下内容还需填写或修改",
        Msg::NotAnswered => "未填写",
        Msg::AddEntry => "添加",
        Msg::UseLicence => "使用电子证照：",
        Msg::Outbox => "待发送",
        Msg::MaterialsHint => {
            "手机上可直接拍照；电脑上可选择或拖入扫描件、照片或 PDF。照片会在本机转正、压缩并去除拍摄位置等信息。"
        }
        Msg::AddPage => "拍照或选择文件",
        Msg::PreparingPhoto => "正在处理照片…",
        Msg::Submit => "提交申请",
        Msg::Submitting => "正在提交…",
        Msg::SubmittedTitle => "申请已提交",
        Msg::ApplicationNumber => "办件编号",
        Msg::PromisedBy => "承诺办结日期",
        Msg::WhatNext => "部门将在承诺时限内审核。审核结果会在“我的办件”中显示，请留意短信通知。",
        Msg::MyApplications => "我的办件",
        Msg::NoApplications => "还没有办件。",
        Msg::StatusSubmitted => "已提交",
        Msg::StatusAccepted => "已受理",
        Msg::StatusCompleted => "已办结",
        Msg::StatusRejected => "不予受理",
        Msg::ChooseDelivery => "请选择办理结果领取方式",
        Msg::DraftProgress { done, total } => return format!("已完成 {done}/{total} 部分"),
        Msg::LastChanged => "最后修改",
        Msg::BookVisit => "预约办理",
        Msg::QueueTab => "取号排队",
        Msg::BookingsTab => "预约办理",
        Msg::MyBookings => "我的预约",
        Msg::NoBookings => "还没有预约",
        Msg::BookHint => "在事项指南里点“预约办理”，或从下面选一个需要到大厅办理的事项。",
        Msg::BookableItems => "可预约的热门事项",
        Msg::ChooseSlot => "选择时间",
        Msg::SlotsLeft(n) => return format!("余 {n}"),
        Msg::SlotFull => "已满",
        Msg::SlotPast => "已过",
        Msg::ClosedWeekend => "休息",
        Msg::ClosedHoliday => "节假日",
        Msg::DayClosed => "这一天大厅不办公，请选择其他日期。",
        Msg::NoSlotsLeft => "这一天的名额已约满或已过，请选择其他日期。",
        Msg::ConfirmBooking => "确认预约",
        Msg::ConfirmReschedule => "确认改约",
        Msg::BringOriginals => "请携带以下材料原件",
        Msg::NothingToBring => "无需携带纸质材料",
        Msg::CheckInCode => "签到码",
        Msg::CheckInHint => "到大厅后，在自助机上扫描二维码或输入签到码签到。",
        Msg::AddToCalendar => "添加到日历",
        Msg::Reschedule => "改约",
        Msg::RescheduleTitle => "改约：选择新的时间",
        Msg::RescheduleHint => "新时间约上之前，原来的预约保持不变。",
        Msg::CancelBooking => "取消预约",
        Msg::ConfirmCancel => "确定取消这个预约吗？名额会让给其他人。",
        Msg::KeepBooking => "不取消",
        Msg::StatusBooked => "已预约",
        Msg::StatusCancelled => "已取消",
        Msg::LoginToBook => "预约需要实名登录，登录后回到这里继续。",
        Msg::VisitTime => "时间",
        Msg::HallLabel => "大厅",
        Msg::NowServing => "正在叫号",
        Msg::Waiting(n) => return format!("{n} 人等候"),
        Msg::TakeNumber => "取号",
        Msg::QueueOpen => "大厅办公中，可以网上取号",
        Msg::QueueClosed => "大厅现在不办公，办公时间内可以网上取号",
        Msg::MyTickets => "我的取号",
        Msg::Ahead(n) => return format!("前面还有 {n} 人"),
        Msg::ExpectedWait(n) => return format!("预计等候约 {n} 分钟"),
        Msg::CalledTo => "已叫号，请到窗口：",
        Msg::TicketExpired => "已过号",
        Msg::LiveUpdates => "实时更新",
        Msg::ChooseHall => "选择大厅",
        Msg::UploadingMaterials(n) => return format!("正在上传材料…{n}%"),
        Msg::FilledByHall => "可不填写，大厅将按您的实名信息填写：",
        Msg::QuestionOf { at, total } => return format!("第 {at} / {total} 题"),
        Msg::PreviousQuestion => "上一题",
        Msg::LeftToHall => "由大厅按实名信息填写",
    };
    text.to_owned()
}

fn en(msg: Msg) -> String {
    let text = match msg {
        Msg::AppName => "Banshi",
        Msg::CityName => "Bozhou",
        Msg::TabHome => "Home",
        Msg::TabServices => "Services",
        Msg::TabBookings => "Bookings",
        Msg::TabMe => "Me",
        Msg::HallSwitcher => "Service hall",
        Msg::WholeCity => "Whole city",
        Msg::SearchPlaceholder => "Search services, e.g. ID card, business licence",
        Msg::Search => "Search",
        Msg::HomeGreeting => "Bozhou Government Services",
        Msg::HomeSubtitle => "Find a service, read its guide, locate a hall — one trip at most",
        Msg::PopularItems => "Popular services",
        Msg::SeeAll => "See all",
        Msg::LifeEvents => "For citizens",
        Msg::BusinessEvents => "For businesses",
        Msg::HallsTitle => "Service halls",
        Msg::OpenNow => "Open",
        Msg::ClosedNow => "Closed",
        Msg::WindowsCount(n) => return format!("{n} windows"),
        Msg::ServicesTitle => "Services",
        Msg::ItemsTotal(n) => return format!("{n} services"),
        Msg::PageOf { page, pages } => return format!("Page {page} of {pages}"),
        Msg::PreviousPage => "Previous",
        Msg::NextPage => "Next",
        Msg::NoItems => "No matching services",
        Msg::NoItemsHint => "Try other words, or clear the filters",
        Msg::ClearFilters => "Clear filters",
        Msg::Loading => "Loading…",
        Msg::Retry => "Try again",
        Msg::Offline => "No connection",
        Msg::OfflineHint => "The service hall cannot be reached. Check your network and try again.",
        Msg::ErrorTitle => "Something went wrong",
        Msg::NotFound => "Not found",
        Msg::FullyOnline => "Fully online",
        Msg::Visits(1) => "1 visit",
        Msg::Visits(n) => return format!("{n} visits"),
        Msg::Immediate => "Same day",
        Msg::PromisedDays(1) => "1 working day",
        Msg::PromisedDays(n) => return format!("{n} working days"),
        Msg::Free => "Free",
        Msg::Charged => "Fee",
        Msg::EmsDelivery => "Mailed by EMS",
        Msg::Bookable => "Bookable",
        Msg::Address => "Address",
        Msg::Phone => "Phone",
        Msg::Hours => "Opening hours",
        Msg::Windows => "Windows",
        Msg::MeTitle => "Me",
        Msg::Preferences => "Settings",
        Msg::Language => "Language",
        Msg::LargeText => "Large text",
        Msg::LargeTextHint => "Make all text bigger and easier to read",
        Msg::About => "About",
        Msg::AboutText => {
            "Banshi: the client of Bozhou's online service hall. Find services, read their guides, locate a hall."
        }
        Msg::Kind(kind) => kind_en(kind),
        Msg::Audience(Audience::Person) => "Citizens",
        Msg::Audience(Audience::Organisation) => "Businesses",
        Msg::Theme(theme) => theme_en(theme),
        Msg::Downloading(Some(percent)) => {
            return format!("Downloading the services catalog… {percent}%");
        }
        Msg::Downloading(None) => "Downloading the services catalog…",
        Msg::OfflineCopy { month, day } => {
            const MONTHS: [&str; 12] = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ];
            let name = MONTHS[(month.clamp(1, 12) - 1) as usize];
            return format!("Offline: showing the catalog of {day} {name}");
        }
        Msg::AnyAudience => "Everyone",
        Msg::AnyVisits => "Any number of visits",
        Msg::AnyKind => "All kinds",
        Msg::OnlyFullyOnline => "Fully online only",
        Msg::VisitsFilter(0) => "No visit",
        Msg::VisitsFilter(1) => "1 visit",
        Msg::VisitsFilter(n) => return format!("{n} visits"),
        Msg::BlankForm => "Blank form",
        Msg::SampleForm => "Filled sample",
        Msg::DocumentOpened => "Opened",
        Msg::DocumentSaved => "Saved on this device: ",
        Msg::AddFavourite => "Save",
        Msg::RemoveFavourite => "Saved",
        Msg::Favourites => "Saved services",
        Msg::NoFavourites => "Nothing saved yet. Tap “Save” on a guide to keep it here.",
        Msg::RecentlyViewed => "Recently viewed",
        Msg::Browse => "Browse",
        Msg::ByDepartment => "By department",
        Msg::ByKind => "By kind",
        Msg::ByAudience => "By who it is for",
        Msg::ItemsCount(n) => return format!("{n} services"),
        Msg::PageNotFound => "Page not found",
        Msg::BackHome => "Back to home",
        Msg::Back => "Back",
        Msg::OnlineService => "Online service",
        Msg::VisitsNeeded => "Visits to the hall",
        Msg::ZeroVisits => "No visit",
        Msg::OnlineDepth(depth) => match depth {
            4.. => "Fully online",
            3 => "One visit at most",
            2 => "Apply online",
            _ => "Guide online",
        },
        Msg::TimeLimit => "Time limit",
        Msg::PromisedVsStatutory {
            promised,
            statutory,
        } => {
            return format!("{promised} working days promised ({statutory} by law)");
        }
        Msg::Fee => "Fee",
        Msg::Delivery => "Result",
        Msg::EmsYes => "Mailed by EMS",
        Msg::EmsNo => "Collect at the hall",
        Msg::Booking => "Booking",
        Msg::BookingYes => "Can be booked",
        Msg::BookingNo => "No booking needed",
        Msg::Conditions => "Who can apply",
        Msg::Materials => "What to bring",
        Msg::Required => "Required",
        Msg::Optional => "Optional",
        Msg::Conditional => "If it applies",
        Msg::Original => "Original",
        Msg::Copy => "Copy",
        Msg::Paper => "Paper",
        Msg::Electronic => "Electronic",
        Msg::PaperOrElectronic => "Paper or electronic",
        Msg::CopiesCount(1) => "1 copy",
        Msg::CopiesCount(n) => return format!("{n} copies"),
        Msg::FromApplicant => "You provide it",
        Msg::FromDepartment => "Issued by a government department",
        Msg::FromLicenceLibrary => "Fetched from the e-licence library: nothing to bring",
        Msg::AcceptanceStandard => "Accepted when",
        Msg::Steps => "How it works",
        Msg::Fees => "Fees",
        Msg::Reductions => "Reductions",
        Msg::PlaceAndHours => "Where and when",
        Msg::Contact => "Questions and complaints",
        Msg::ConsultPhone => "Enquiries",
        Msg::ComplaintPhone => "Complaints",
        Msg::LegalBasis => "Legal basis",
        Msg::Faq => "Questions people ask",
        Msg::Result => "What you receive",
        Msg::VisitReason => "Why a visit is needed",
        Msg::UniversalScope => "Also available",
        Msg::LogIn => "Log in",
        Msg::Register => "Register",
        Msg::LogOut => "Log out",
        Msg::LoginTitle => "Log in to the service hall",
        Msg::LoginIntro => {
            "Log in with the mobile number you registered: applications, progress and bookings in one place"
        }
        Msg::PasswordTab => "Password",
        Msg::SmsTab => "SMS code",
        Msg::MobileLabel => "Mobile number",
        Msg::PasswordLabel => "Password",
        Msg::SmsCodeLabel => "SMS code",
        Msg::SendCode => "Send code",
        Msg::CodeSent => "Code sent; valid for 5 minutes",
        Msg::NoAccountYet => "No account yet?",
        Msg::RegisterNow => "Register",
        Msg::HaveAccount => "Already registered?",
        Msg::RegisterTitle => "Register with your real name",
        Msg::RegisterIntro => {
            "Enter your details exactly as on your resident ID card. Once registered you can apply online."
        }
        Msg::NameLabel => "Name",
        Msg::ResidentIdLabel => "Resident ID number",
        Msg::PasswordRule => {
            "At least 8 characters, with three of: capitals, small letters, digits, symbols"
        }
        Msg::Working => "Please wait…",
        Msg::SessionEnded => {
            "Your session has ended. Please log in again; what you were doing is kept."
        }
        Msg::LoginToSee => "Log in to see your profile and e-licences and to act for your company",
        Msg::HallStaff => "Hall staff",
        Msg::ActingAs => "Acting as",
        Msg::ActingHint => {
            "When you act for a company, applications are made in its name, as shown at the top"
        }
        Msg::Myself => "Myself",
        Msg::Licences => "My e-licences",
        Msg::NoLicences => "No e-licences on file",
        Msg::ValidLongTerm => "No expiry",
        Msg::ValidUntil => "Valid until",
        Msg::RealNameLevel(level) => return format!("Real-name level {level}"),
        Msg::EnterPassword => "Please enter your password",
        Msg::EnterCode => "Please enter the code from the SMS",
        Msg::Apply => "Apply online",
        Msg::ApplySteps => "Steps",
        Msg::SectionDone => "Done",
        Msg::SectionToDo => "To do",
        Msg::SaveAndContinue => "Save and continue",
        Msg::BackToSteps => "Back to the steps",
        Msg::CheckAnswers => "Check your answers",
        Msg::Change => "Change",
        Msg::Remove => "Remove",
        Msg::Yes => "Yes",
        Msg::No => "No",
        Msg::Prefilled => "Filled in for you; you can change it",
        Msg::Saved => "Saved on this device",
        Msg::Saving => "Saving…",
        Msg::Drafts => "Drafts",
        Msg::NoDrafts => {
            "No drafts. What you fill in when applying online is saved here as you type."
        }
        Msg::ContinueDraft => "Continue",
        Msg::LoginToApply => {
            "Applying online needs a real-name login. You will come back here afterwards."
        }
        Msg::DeliveryChoice => "How to receive the result",
        Msg::PickUp => "Collect at the hall",
        Msg::ByEms => "Mailed by EMS",
        Msg::OptionalField => "Optional",
        Msg::Province => "Province",
        Msg::CityLabel => "City",
        Msg::District => "District",
        Msg::StreetDetail => "Street and number",
        Msg::ChooseOne => "Choose",
        Msg::AnswersNeedWork => "These still need an answer or a change",
        Msg::NotAnswered => "Not answered",
        Msg::AddEntry => "Add",
        Msg::UseLicence => "Use my e-licence: ",
        Msg::Outbox => "Waiting to send",
        Msg::MaterialsHint => {
            "On a phone, take a photo; on a computer, choose or drop a scan, photo or PDF. Photos are turned upright, made smaller and stripped of location data on this device."
        }
        Msg::AddPage => "Take a photo or choose a file",
        Msg::PreparingPhoto => "Preparing the photo…",
        Msg::Submit => "Submit",
        Msg::Submitting => "Submitting…",
        Msg::SubmittedTitle => "Application submitted",
        Msg::ApplicationNumber => "Application number",
        Msg::PromisedBy => "Promised by",
        Msg::WhatNext => {
            "The department reviews it within the promised time. The result appears under My applications; watch for an SMS."
        }
        Msg::MyApplications => "My applications",
        Msg::NoApplications => "No applications yet.",
        Msg::StatusSubmitted => "Submitted",
        Msg::StatusAccepted => "Accepted",
        Msg::StatusCompleted => "Completed",
        Msg::StatusRejected => "Rejected",
        Msg::ChooseDelivery => "Please choose how to receive the result",
        Msg::DraftProgress { done, total } => return format!("{done} of {total} parts done"),
        Msg::LastChanged => "Last changed",
        Msg::BookVisit => "Book a visit",
        Msg::QueueTab => "Take a number",
        Msg::BookingsTab => "Bookings",
        Msg::MyBookings => "My bookings",
        Msg::NoBookings => "No bookings yet",
        Msg::BookHint => {
            "Choose “Book a visit” on a guide, or pick an item below that needs a visit."
        }
        Msg::BookableItems => "Popular items you can book",
        Msg::ChooseSlot => "Choose a time",
        Msg::SlotsLeft(n) => return format!("{n} left"),
        Msg::SlotFull => "Full",
        Msg::SlotPast => "Past",
        Msg::ClosedWeekend => "Closed",
        Msg::ClosedHoliday => "Holiday",
        Msg::DayClosed => "The hall is closed that day; choose another day.",
        Msg::NoSlotsLeft => "No places left that day; choose another day.",
        Msg::ConfirmBooking => "Confirm booking",
        Msg::ConfirmReschedule => "Confirm new time",
        Msg::BringOriginals => "Bring these originals",
        Msg::NothingToBring => "No paper materials needed",
        Msg::CheckInCode => "Check-in code",
        Msg::CheckInHint => "At the hall, scan the QR code at a kiosk or enter the check-in code.",
        Msg::AddToCalendar => "Add to calendar",
        Msg::Reschedule => "Change time",
        Msg::RescheduleTitle => "Choose a new time",
        Msg::RescheduleHint => "Your booking stays as it is until the new time is confirmed.",
        Msg::CancelBooking => "Cancel booking",
        Msg::ConfirmCancel => "Cancel this booking? The place goes to someone else.",
        Msg::KeepBooking => "Keep it",
        Msg::StatusBooked => "Booked",
        Msg::StatusCancelled => "Cancelled",
        Msg::LoginToBook => "Bookings are made under your real name: log in and come back here.",
        Msg::VisitTime => "Time",
        Msg::HallLabel => "Hall",
        Msg::NowServing => "Now serving",
        Msg::Waiting(n) => return format!("{n} waiting"),
        Msg::TakeNumber => "Take a number",
        Msg::QueueOpen => "The hall is open: take a number from here",
        Msg::QueueClosed => "The hall is closed; numbers can be taken during opening hours",
        Msg::MyTickets => "My numbers",
        Msg::Ahead(n) => return format!("{n} ahead of you"),
        Msg::ExpectedWait(n) => return format!("About {n} min to wait"),
        Msg::CalledTo => "Called: please go to window ",
        Msg::TicketExpired => "Expired",
        Msg::LiveUpdates => "Live",
        Msg::ChooseHall => "Choose a hall",
        Msg::UploadingMaterials(n) => return format!("Uploading materials… {n}%"),
        Msg::FilledByHall => {
            "You may leave this blank: the hall fills it from your verified identity: "
        }
        Msg::LeftToHall => "Filled in by the hall from your verified identity",
        Msg::QuestionOf { at, total } => return format!("Question {at} of {total}"),
        Msg::PreviousQuestion => "Previous question",
    };
    text.to_owned()
}

/// The message for an error the UI shows, chosen by its code.
pub fn error_message(code: ErrorCode) -> Msg {
    match code {
        ErrorCode::Unavailable => Msg::OfflineHint,
        ErrorCode::NotFound => Msg::NotFound,
        ErrorCode::BadRequest
        | ErrorCode::Unauthorized
        | ErrorCode::Forbidden
        | ErrorCode::Conflict
        | ErrorCode::Locked
        | ErrorCode::TooManyRequests
        | ErrorCode::KeyReused
        | ErrorCode::TooLarge
        | ErrorCode::UnsupportedType
        | ErrorCode::ChecksumMismatch
        | ErrorCode::Internal => Msg::ErrorTitle,
    }
}

fn kind_zh(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Licensing => "行政许可",
        ItemKind::Confirmation => "行政确认",
        ItemKind::Benefit => "行政给付",
        ItemKind::Levy => "行政征收",
        ItemKind::Reward => "行政奖励",
        ItemKind::Adjudication => "行政裁决",
        ItemKind::Filing => "行政备案",
        ItemKind::ReviewAndReferral => "审核转报",
        ItemKind::OtherPower => "其他行政权力",
        ItemKind::PublicService => "公共服务",
    }
}

fn kind_en(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Licensing => "Licensing",
        ItemKind::Confirmation => "Confirmation",
        ItemKind::Benefit => "Benefit",
        ItemKind::Levy => "Levy",
        ItemKind::Reward => "Reward",
        ItemKind::Adjudication => "Adjudication",
        ItemKind::Filing => "Filing",
        ItemKind::ReviewAndReferral => "Review and referral",
        ItemKind::OtherPower => "Other power",
        ItemKind::PublicService => "Public service",
    }
}

fn theme_zh(theme: Theme) -> &'static str {
    match theme {
        Theme::Birth => "出生",
        Theme::Schooling => "上学",
        Theme::Work => "工作",
        Theme::Marriage => "结婚",
        Theme::Childbearing => "生育",
        Theme::Housing => "住房",
        Theme::Documents => "证件",
        Theme::SocialSecurity => "社保医保",
        Theme::Retirement => "退休",
        Theme::Bereavement => "身后事",
        Theme::BusinessStart => "开办企业",
        Theme::BusinessChange => "企业变更",
        Theme::OperatingPermit => "经营许可",
        Theme::Construction => "工程建设",
        Theme::BusinessClosure => "企业注销",
    }
}

fn theme_en(theme: Theme) -> &'static str {
    match theme {
        Theme::Birth => "Birth",
        Theme::Schooling => "School",
        Theme::Work => "Work",
        Theme::Marriage => "Marriage",
        Theme::Childbearing => "Children",
        Theme::Housing => "Housing",
        Theme::Documents => "ID & papers",
        Theme::SocialSecurity => "Social insurance",
        Theme::Retirement => "Retirement",
        Theme::Bereavement => "Bereavement",
        Theme::BusinessStart => "Starting up",
        Theme::BusinessChange => "Changes",
        Theme::OperatingPermit => "Permits",
        Theme::Construction => "Construction",
        Theme::BusinessClosure => "Closing down",
    }
}

/// `[1, 2, 3, 4, 5]` → 周一至周五; other sets are listed.
fn weekdays_zh(days: &[u8]) -> String {
    const NAMES: [&str; 7] = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];
    weekday_span(days, &NAMES, "至", "、")
}

fn weekdays_en(days: &[u8]) -> String {
    const NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    weekday_span(days, &NAMES, "–", ", ")
}

/// Names a run of consecutive days as "first–last", anything else as a list.
fn weekday_span(days: &[u8], names: &[&str; 7], to: &str, and: &str) -> String {
    let name = |day: u8| names[usize::from(day.clamp(1, 7) - 1)];
    let consecutive = days.windows(2).all(|pair| pair[1] == pair[0] + 1);
    match days {
        [] => String::new(),
        [only] => name(*only).to_owned(),
        [first, .., last] if consecutive => format!("{}{to}{}", name(*first), name(*last)),
        _ => days.iter().map(|d| name(*d)).collect::<Vec<_>>().join(and),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_read_naturally() {
        assert_eq!(weekdays_zh(&[1, 2, 3, 4, 5]), "周一至周五");
        assert_eq!(weekdays_en(&[6]), "Sat");
        assert_eq!(weekdays_zh(&[1, 3]), "周一、周三", "a gap is not a span");
    }

    #[test]
    fn locales_round_trip_through_their_tags() {
        for locale in [Locale::ZhCn, Locale::En] {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
    }
}
