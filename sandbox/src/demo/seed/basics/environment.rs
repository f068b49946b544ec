//! 生态环境局, 水务局, 林业局 and 气象局: pollution permits, water use, forests
//! and lightning protection.

use banshi_api::catalog::ItemKind::*;
use banshi_api::catalog::Theme::*;

use super::super::model::Pop::*;
use super::super::model::Scope::*;
use super::super::model::Who::*;
use super::super::model::{Basic, LIC4R, LIC5, NEW4, ONE, b};

const POLLUTION_PERMITS: &str = "《排污许可管理条例》";
const IMPACT: &str = "《中华人民共和国环境影响评价法》";
const WATER_LAW: &str = "《中华人民共和国水法》";
const FLOODS: &str = "《中华人民共和国防洪法》";
const DRAINAGE: &str = "《城镇排水与污水处理条例》";
const FORESTS: &str = "《中华人民共和国森林法》";
const WEATHER: &str = "《气象灾害防御条例》";

#[rustfmt::skip]
pub(in super::super) const ECOLOGY: &[Basic] = &[
    b("排污许可证", LIC5, Licensing, O, &[OperatingPermit], C, 20, Common, POLLUTION_PERMITS, "排污许可证"),
    b("固定污染源排污登记", ONE, Filing, O, &[OperatingPermit], A, 0, Common, POLLUTION_PERMITS, "固定污染源排污登记回执"),
    b("建设项目环境影响报告书审批", ONE, Licensing, O, &[Construction], C, 60, Few, IMPACT, "环境影响报告书批复"),
    b("建设项目环境影响报告表审批", ONE, Licensing, O, &[Construction], C, 30, Common, IMPACT, "环境影响报告表批复"),
    b("建设项目环境影响登记表备案", ONE, Filing, O, &[Construction], A, 0, Common, IMPACT, "备案回执"),
    b("辐射安全许可证", LIC4R, Licensing, O, &[OperatingPermit], C, 20, Rare, "《放射性同位素与射线装置安全和防护条例》", "辐射安全许可证"),
    b("入河排污口设置审批", ONE, Licensing, O, &[Construction], C, 20, Rare, WATER_LAW, "入河排污口设置审批决定书"),
    b("生态环境违法行为举报奖励", ONE, Reward, B, &[], A, 30, Rare, "《中华人民共和国环境保护法》", "举报奖励决定书"),
    b("危险废物收集经营许可证", LIC4R, Licensing, O, &[OperatingPermit], C, 20, Rare, "《危险废物经营许可证管理办法》", "危险废物经营许可证"),
];

#[rustfmt::skip]
pub(in super::super) const WATER: &[Basic] = &[
    b("取水许可", NEW4, Licensing, B, &[OperatingPermit], C, 45, Few, "《取水许可和水资源费征收管理条例》", "取水许可证"),
    b("城镇污水排入排水管网许可证", LIC4R, Licensing, O, &[OperatingPermit], C, 20, Few, DRAINAGE, "城镇污水排入排水管网许可证"),
    b("拆除、改动城镇排水与污水处理设施审批", ONE, Licensing, O, &[Construction], C, 20, Rare, DRAINAGE, "审批决定书"),
    b("河道管理范围内建设项目工程建设方案审批", ONE, Licensing, O, &[Construction], A, 20, Few, FLOODS, "审批决定书"),
    b("生产建设项目水土保持方案审批", ONE, Licensing, O, &[Construction], A, 20, Few, "《中华人民共和国水土保持法》", "水土保持方案批复"),
    b("水土保持补偿费征收", ONE, Levy, O, &[Construction], A, 5, Few, "《中华人民共和国水土保持法》", "缴费通知书"),
    b("洪水影响评价类审批", ONE, Licensing, O, &[Construction], C, 20, Rare, FLOODS, "审批决定书"),
    b("农村集体经济组织修建水库审批", ONE, Licensing, O, &[Construction], D, 20, Rare, WATER_LAW, "审批决定书"),
    b("占用农业灌溉水源、灌排工程设施审批", ONE, Licensing, O, &[], C, 20, Rare, WATER_LAW, "审批决定书"),
    b("河道采砂许可", ONE, Licensing, O, &[], C, 20, Rare, "《中华人民共和国河道管理条例》", "河道采砂许可证"),
    b("水工程建设规划同意书审核", ONE, Licensing, O, &[Construction], C, 20, Rare, WATER_LAW, "水工程建设规划同意书"),
    b("城镇污水处理费征收", ONE, Levy, B, &[], A, 0, Common, DRAINAGE, "缴费凭证"),
];

#[rustfmt::skip]
pub(in super::super) const FORESTRY: &[Basic] = &[
    b("林木采伐许可证核发", ONE, Licensing, B, &[], A, 20, Common, FORESTS, "林木采伐许可证"),
    b("使用林地审核审批", ONE, Licensing, O, &[Construction], A, 20, Few, FORESTS, "使用林地审核同意书"),
    b("临时使用林地审批", ONE, Licensing, O, &[Construction], A, 20, Few, FORESTS, "临时使用林地批复"),
    b("林草种子生产经营许可证", LIC4R, Licensing, B, &[OperatingPermit], C, 20, Rare, "《中华人民共和国种子法》", "林草种子生产经营许可证"),
    b("林业植物检疫证书核发", ONE, Licensing, B, &[], A, 3, Common, "《植物检疫条例》", "植物检疫证书"),
    b("陆生野生动物人工繁育许可证核发", ONE, Licensing, B, &[OperatingPermit], C, 20, Rare, "《中华人民共和国野生动物保护法》", "人工繁育许可证"),
    b("林木林地权属争议裁决", ONE, Adjudication, B, &[], A, 30, Rare, FORESTS, "林木林地权属争议处理决定书"),
    b("森林防火期内在森林防火区野外用火审批", ONE, Licensing, B, &[], A, 5, Rare, "《森林防火条例》", "野外用火审批决定书"),
    b("陆生野生动物造成人身财产损失补偿", ONE, Benefit, P, &[], A, 30, Rare, "《中华人民共和国野生动物保护法》", "补偿决定书"),
    b("公益林生态效益补偿金发放", ONE, Benefit, B, &[], A, 30, Few, FORESTS, "补偿金发放通知"),
];

#[rustfmt::skip]
pub(in super::super) const METEOROLOGY: &[Basic] = &[
    b("雷电防护装置设计审核", ONE, Licensing, O, &[Construction], A, 10, Few, WEATHER, "雷电防护装置设计核准意见书"),
    b("雷电防护装置竣工验收", ONE, Licensing, O, &[Construction], A, 5, Few, WEATHER, "雷电防护装置验收意见书"),
    b("升放无人驾驶自由气球或者系留气球活动审批", ONE, Licensing, O, &[], C, 5, Rare, "《施放气球管理办法》", "施放气球活动批准文件"),
    b("新建、扩建、改建建设工程避免危害气象探测环境审批", ONE, Licensing, O, &[Construction], C, 20, Rare, "《中华人民共和国气象法》", "审批决定书"),
    b("气象信息服务单位备案", ONE, Filing, O, &[], C, 0, Rare, "《气象信息服务管理办法》", "备案回执"),
    b("气象证明出具", ONE, PublicService, B, &[], A, 3, Few, "《中华人民共和国气象法》", "气象证明"),
];
