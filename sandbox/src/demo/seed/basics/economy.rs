//! 税务局, 财政局, 统计局, 发展和改革委员会, 经济和信息化局 and 科学技术局:
//! taxes and invoices, public finance, statistics, investment projects and
//! technology.

use banshi_api::catalog::ItemKind::*;
use banshi_api::catalog::Theme::*;

use super::super::model::Pop::*;
use super::super::model::Scope::*;
use super::super::model::Who::*;
use super::super::model::{Basic, NEW3, ONE, Role, b, form};

const COLLECTION: &str = "《中华人民共和国税收征收管理法》";
const INVOICES: &str = "《中华人民共和国发票管理办法》";
const VAT: &str = "《中华人民共和国增值税法》";
const INCOME_TAX: &str = "《中华人民共和国个人所得税法》";
const ENTERPRISE_TAX: &str = "《中华人民共和国企业所得税法》";
const INSURANCE: &str = "《中华人民共和国社会保险法》";
const PROCUREMENT: &str = "《中华人民共和国政府采购法》";
const STATISTICS_LAW: &str = "《中华人民共和国统计法》";
const INVESTMENT: &str = "《企业投资项目核准和备案管理条例》";

#[rustfmt::skip]
pub(in super::super) const TAX: &[Basic] = &[
    b("税务登记", ONE, Confirmation, B, &[BusinessStart], A, 0, Common, COLLECTION, "税务登记证件"),
    b("一照一码户登记信息确认", ONE, Confirmation, O, &[BusinessStart], A, 0, Daily, COLLECTION, "登记信息确认结果"),
    b("一照一码户信息变更", ONE, Confirmation, O, &[BusinessChange], A, 0, Common, COLLECTION, "变更登记信息"),
    b("临时税务登记", ONE, Confirmation, B, &[], A, 0, Few, COLLECTION, "临时税务登记证件"),
    b("扣缴义务人登记", ONE, Confirmation, O, &[], A, 0, Few, COLLECTION, "扣缴税款登记证件"),
    b("清税申报", ONE, OtherPower, O, &[BusinessClosure], A, 0, Common, COLLECTION, "清税证明"),
    b("注销税务登记", ONE, Confirmation, B, &[BusinessClosure], A, 20, Common, COLLECTION, "税务事项通知书（注销税务登记通知）"),
    b("停业登记", ONE, PublicService, B, &[BusinessChange], A, 0, Few, COLLECTION, "核准停业通知书"),
    b("复业登记", ONE, PublicService, B, &[BusinessChange], A, 0, Few, COLLECTION, "复业登记通知"),
    b("存款账户账号报告", ONE, Filing, O, &[BusinessStart], A, 0, Common, COLLECTION, "报告回执"),
    b("财务会计制度及核算软件备案报告", ONE, Filing, O, &[BusinessStart], A, 0, Few, COLLECTION, "备案回执"),
    b("增值税一般纳税人登记", ONE, Confirmation, O, &[BusinessStart], A, 0, Common, VAT, "增值税一般纳税人登记信息"),
    b("跨区域涉税事项报告", ONE, Filing, O, &[OperatingPermit], A, 0, Common, COLLECTION, "跨区域涉税事项报告表"),
    b("跨区域涉税事项报验", ONE, Filing, O, &[OperatingPermit], A, 0, Common, COLLECTION, "报验回执"),
    b("发票票种核定", ONE, OtherPower, B, &[BusinessStart], A, 0, Common, INVOICES, "税务事项通知书"),
    b("增值税专用发票（增值税税控系统）最高开票限额审批", ONE, Licensing, O, &[BusinessStart], A, 10, Few, INVOICES, "准予税务行政许可决定书"),
    b("发票领用", ONE, PublicService, B, &[], A, 0, Daily, INVOICES, "发票"),
    b("代开增值税发票", ONE, PublicService, B, &[], A, 0, Daily, INVOICES, "增值税发票"),
    b("发票缴销", ONE, PublicService, B, &[BusinessClosure], A, 0, Few, INVOICES, "发票缴销登记"),
    b("发票遗失、损毁报告", ONE, Filing, B, &[], A, 0, Few, INVOICES, "报告回执"),
    b("增值税及附加税费申报", ONE, Levy, O, &[], A, 0, Daily, VAT, "申报回执"),
    b("企业所得税月（季）度预缴纳税申报", ONE, Levy, O, &[], A, 0, Daily, ENTERPRISE_TAX, "申报回执"),
    b("企业所得税年度纳税申报", ONE, Levy, O, &[], A, 0, Common, ENTERPRISE_TAX, "申报回执"),
    b("个人所得税综合所得汇算清缴", ONE, Levy, P, &[Work], A, 0, Daily, INCOME_TAX, "申报回执"),
    b("个人所得税经营所得纳税申报", ONE, Levy, P, &[], A, 0, Common, INCOME_TAX, "申报回执"),
    b("个人所得税专项附加扣除信息采集", ONE, PublicService, P, &[Work], A, 0, Daily, INCOME_TAX, "采集信息"),
    b("财产和行为税合并纳税申报", ONE, Levy, B, &[], A, 0, Common, COLLECTION, "申报回执"),
    b("契税申报", ONE, Levy, B, &[Housing], A, 0, Daily, "《中华人民共和国契税法》", "契税完税凭证"),
    b("存量房交易税费申报", ONE, Levy, P, &[Housing], A, 0, Common, COLLECTION, "完税凭证"),
    b("车辆购置税申报", ONE, Levy, B, &[], A, 0, Common, "《中华人民共和国车辆购置税法》", "车辆购置税完税证明"),
    b("土地增值税申报", ONE, Levy, O, &[], A, 0, Few, "《中华人民共和国土地增值税暂行条例》", "申报回执"),
    b("城乡居民基本养老保险费缴纳", ONE, Levy, P, &[SocialSecurity], A, 0, Daily, INSURANCE, "缴费凭证"),
    b("城乡居民基本医疗保险费缴纳", ONE, Levy, P, &[SocialSecurity], A, 0, Daily, INSURANCE, "缴费凭证"),
    b("灵活就业人员社会保险费缴纳", ONE, Levy, P, &[SocialSecurity, Work], A, 0, Common, INSURANCE, "缴费凭证"),
    b("单位社会保险费申报缴纳", ONE, Levy, O, &[], A, 0, Common, INSURANCE, "缴费凭证"),
    b("残疾人就业保障金申报", ONE, Levy, O, &[], A, 0, Common, "《残疾人就业保障金征收使用管理办法》", "申报回执"),
    b("开具税收完税证明", ONE, PublicService, B, &[], A, 0, Common, COLLECTION, "税收完税证明"),
    b("无欠税证明开具", ONE, PublicService, B, &[], A, 0, Few, COLLECTION, "无欠税证明"),
    b("中国税收居民身份证明开具", ONE, PublicService, B, &[], C, 10, Rare, COLLECTION, "中国税收居民身份证明"),
    b("纳税人涉税信息查询", ONE, PublicService, B, &[], A, 0, Common, COLLECTION, "涉税信息查询结果"),
    b("纳税信用复评", ONE, OtherPower, O, &[], C, 15, Rare, COLLECTION, "复评结果"),
    b("出口退（免）税备案", ONE, Filing, O, &[], C, 0, Few, "《出口货物劳务增值税和消费税管理办法》", "备案回执"),
    b("误收多缴退抵税", ONE, OtherPower, B, &[], A, 10, Few, COLLECTION, "税务事项通知书"),
    b("增值税留抵退税申请", ONE, OtherPower, O, &[], A, 10, Few, VAT, "税务事项通知书"),
    b("对纳税人延期申报核准", ONE, Licensing, B, &[], C, 10, Rare, COLLECTION, "准予税务行政许可决定书"),
    b("对纳税人延期缴纳税款核准审核", ONE, ReviewAndReferral, B, &[], C, 20, Rare, COLLECTION, "审核意见"),
    b("定期定额户核定", ONE, OtherPower, B, &[], A, 20, Few, COLLECTION, "核定定额通知书"),
    b("非居民企业所得税季度申报", ONE, Levy, O, &[], C, 0, Rare, ENTERPRISE_TAX, "申报回执"),
    b("跨境应税行为免征增值税报告", ONE, Filing, O, &[], C, 0, Rare, VAT, "报告回执"),
];

#[rustfmt::skip]
pub(in super::super) const FINANCE: &[Basic] = &[
    b("代理记账资格审批", NEW3, Licensing, O, &[OperatingPermit], C, 10, Few, "《中华人民共和国会计法》", "代理记账许可证书"),
    b("会计人员信息采集", ONE, PublicService, P, &[Work], A, 0, Common, "《会计人员管理办法》", "信息采集结果"),
    b("会计专业技术资格证书领取", ONE, PublicService, P, &[Work], A, 0, Common, "《会计专业技术人员继续教育规定》", "会计专业技术资格证书"),
    b("政府采购投诉处理", ONE, Adjudication, O, &[], C, 30, Rare, PROCUREMENT, "投诉处理决定书"),
    b("政府采购变更采购方式审批", ONE, Licensing, O, &[], C, 10, Rare, PROCUREMENT, "审批决定书"),
    b("政府采购进口产品审核", ONE, OtherPower, O, &[], C, 10, Rare, PROCUREMENT, "审核意见"),
    b("行政事业单位国有资产处置审批", ONE, OtherPower, O, &[], C, 20, Few, "《行政事业性国有资产管理条例》", "处置批复"),
    b("财政票据领购", ONE, PublicService, O, &[], A, 0, Few, "《财政票据管理办法》", "财政票据"),
];

#[rustfmt::skip]
pub(in super::super) const STATISTICS: &[Basic] = &[
    b("统计调查项目审批", ONE, Licensing, O, &[], C, 20, Rare, STATISTICS_LAW, "审批决定书"),
    b("部门统计调查项目备案", ONE, Filing, O, &[], C, 0, Rare, STATISTICS_LAW, "备案回执"),
    b("规模以上企业入库申报", ONE, OtherPower, O, &[], A, 20, Few, STATISTICS_LAW, "入库审核结果"),
    b("统计资料查询", ONE, PublicService, B, &[], A, 5, Few, STATISTICS_LAW, "统计资料"),
    b("统计工作先进集体和先进个人表彰", ONE, Reward, B, &[], C, 30, Rare, STATISTICS_LAW, "表彰决定"),
];

#[rustfmt::skip]
pub(in super::super) const DEVELOPMENT: &[Basic] = &[
    b("企业投资项目核准", ONE, Licensing, O, &[Construction], C, 20, Few, INVESTMENT, "项目核准批复"),
    b("企业投资项目备案", &[form("", Role::Main), form("变更", Role::Change)], Filing, O, &[Construction], A, 0, Common, INVESTMENT, "项目备案证明"),
    b("政府投资项目审批", ONE, OtherPower, O, &[Construction], A, 20, Few, "《政府投资条例》", "项目批复"),
    b("固定资产投资项目节能审查", ONE, Licensing, O, &[Construction], C, 20, Few, "《固定资产投资项目节能审查办法》", "节能审查意见"),
    b("依法必须招标项目招标范围、招标方式、招标组织形式核准", ONE, Licensing, O, &[Construction], C, 10, Few, "《中华人民共和国招标投标法实施条例》", "核准意见"),
    b("粮食收购企业备案", ONE, Filing, O, &[OperatingPermit], A, 0, Few, "《粮食流通管理条例》", "备案回执"),
    b("外商投资项目核准", ONE, Licensing, O, &[Construction], C, 20, Rare, "《外商投资项目核准和备案管理办法》", "项目核准批复"),
    b("公共信用信息修复", ONE, PublicService, B, &[], A, 5, Common, "《失信行为纠正后的信用信息修复管理办法（试行）》", "信用修复结果"),
    b("价格认定", ONE, PublicService, B, &[], C, 15, Few, "《价格认定规定》", "价格认定结论书"),
];

#[rustfmt::skip]
pub(in super::super) const INDUSTRY: &[Basic] = &[
    b("企业技术改造项目备案", ONE, Filing, O, &[Construction], A, 0, Few, INVESTMENT, "项目备案证明"),
    b("电力设施保护区内施工作业审批", ONE, Licensing, O, &[Construction], C, 20, Rare, "《电力设施保护条例》", "审批决定书"),
    b("专精特新中小企业认定审核", ONE, ReviewAndReferral, O, &[], C, 30, Few, "《中华人民共和国中小企业促进法》", "审核意见"),
    b("省级企业技术中心认定审核", ONE, ReviewAndReferral, O, &[], C, 30, Rare, "《中华人民共和国中小企业促进法》", "审核意见"),
];

#[rustfmt::skip]
pub(in super::super) const SCIENCE: &[Basic] = &[
    b("外国人来华工作许可", &[form("（新办）", Role::Main), form("（延期）", Role::Renew), form("（变更）", Role::Change), form("（注销）", Role::Cancel)], Licensing, P, &[Work], C, 10, Rare, "《外国人在中国就业管理规定》", "外国人工作许可证"),
    b("高新技术企业认定审核", ONE, ReviewAndReferral, O, &[], C, 30, Few, "《高新技术企业认定管理办法》", "审核意见"),
    b("科技型中小企业评价", ONE, ReviewAndReferral, O, &[], A, 20, Common, "《科技型中小企业评价办法》", "入库登记编号"),
    b("技术合同认定登记", ONE, Confirmation, B, &[], C, 7, Few, "《技术合同认定登记管理办法》", "技术合同登记证明"),
    b("市科学技术奖评审", ONE, Reward, B, &[], C, 60, Rare, "《国家科学技术奖励条例》", "奖励决定"),
    b("科技成果登记", ONE, Confirmation, B, &[], C, 10, Few, "《中华人民共和国促进科技成果转化法》", "科技成果登记证书"),
    b("市级科技企业孵化器认定", ONE, Reward, O, &[], C, 30, Rare, "《中华人民共和国科学技术进步法》", "认定文件"),
    b("技术先进型服务企业认定审核", ONE, ReviewAndReferral, O, &[], C, 30, Rare, "《中华人民共和国科学技术进步法》", "审核意见"),
];
