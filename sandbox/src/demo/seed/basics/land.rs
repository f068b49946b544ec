//! 自然资源和规划局, 住房和城乡建设局, 城市管理局 and 人民防空办公室: real
//! estate, planning, construction permits, housing and city streets.

use banshi_api::catalog::ItemKind::*;
use banshi_api::catalog::Theme::*;

use super::super::model::Pop::*;
use super::super::model::Scope::*;
use super::super::model::Who::*;
use super::super::model::{Basic, ESTATE, FILE3, LIC2, LIC5, ONE, Role, b, form};

const ESTATE_LAW: &str = "《不动产登记暂行条例》";
const PLANNING: &str = "《中华人民共和国城乡规划法》";
const LAND: &str = "《中华人民共和国土地管理法》";
const BUILDING: &str = "《中华人民共和国建筑法》";
const FIRE: &str = "《中华人民共和国消防法》";
const ESTATE_MARKET: &str = "《中华人民共和国城市房地产管理法》";
const ROADS: &str = "《城市道路管理条例》";
const GREENING: &str = "《城市绿化条例》";
const CITY_LOOKS: &str = "《城市市容和环境卫生管理条例》";
const AIR_DEFENCE: &str = "《中华人民共和国人民防空法》";

#[rustfmt::skip]
pub(in super::super) const NATURAL_RESOURCES: &[Basic] = &[
    b("不动产", ESTATE, Confirmation, B, &[Housing], A, 30, Daily, ESTATE_LAW, "不动产权证书"),
    b("不动产登记资料查询", ONE, PublicService, B, &[Housing], A, 0, Daily, "《不动产登记资料查询暂行办法》", "不动产登记资料查询结果"),
    b("不动产权证书", &[form("补发", Role::Reissue), form("换发", Role::Renew)], Confirmation, B, &[Housing], A, 30, Common, ESTATE_LAW, "不动产权证书"),
    b("建设项目用地预审与选址意见书核发", ONE, Licensing, O, &[Construction], A, 20, Few, LAND, "建设项目用地预审与选址意见书"),
    b("建设用地规划许可证", LIC2, Licensing, O, &[Construction], A, 20, Few, PLANNING, "建设用地规划许可证"),
    b("建设工程规划许可证", &[form("核发", Role::Main), form("变更", Role::Change), form("延期", Role::Renew)], Licensing, O, &[Construction], A, 20, Common, PLANNING, "建设工程规划许可证"),
    b("乡村建设规划许可证核发", ONE, Licensing, B, &[Construction, Housing], D, 20, Few, PLANNING, "乡村建设规划许可证"),
    b("建设工程规划核实", ONE, Confirmation, O, &[Construction], A, 15, Few, PLANNING, "建设工程规划核实意见书"),
    b("临时用地审批", ONE, Licensing, O, &[Construction], A, 20, Few, LAND, "临时用地批复"),
    b("划拨国有建设用地使用权审批", ONE, Licensing, O, &[Construction], C, 20, Rare, LAND, "国有建设用地划拨决定书"),
    b("国有建设用地使用权分割转让批准", ONE, Licensing, O, &[Construction], C, 20, Rare, "《中华人民共和国城镇国有土地使用权出让和转让暂行条例》", "批准文件"),
    b("土地权属争议调处", ONE, Adjudication, B, &[], A, 30, Rare, LAND, "土地权属争议处理决定书"),
    b("采矿权新立登记（砂石土类）", ONE, Licensing, O, &[], C, 40, Rare, "《中华人民共和国矿产资源法》", "采矿许可证"),
    b("测量标志拆迁审批", ONE, Licensing, O, &[Construction], C, 20, Rare, "《中华人民共和国测绘法》", "审批决定书"),
    b("设施农业用地备案", ONE, Filing, B, &[], D, 0, Few, LAND, "备案回执"),
    b("国有建设用地使用权协议出让审批", ONE, Licensing, O, &[Construction], C, 20, Rare, LAND, "出让批复"),
    b("建设用地改变用途审批", ONE, Licensing, O, &[Construction], C, 20, Rare, LAND, "审批决定书"),
    b("基础测绘成果提供使用审批", ONE, Licensing, B, &[], C, 10, Rare, "《中华人民共和国测绘法》", "审批决定书"),
];

#[rustfmt::skip]
pub(in super::super) const HOUSING_CONSTRUCTION: &[Basic] = &[
    b("建筑工程施工许可证", &[form("核发", Role::Main), form("变更", Role::Change), form("延期", Role::Renew)], Licensing, O, &[Construction], A, 7, Common, BUILDING, "建筑工程施工许可证"),
    b("建筑业企业资质", &[form("核定（首次申请）", Role::Main), form("核定（增项）", Role::Main), form("延续", Role::Renew), form("变更", Role::Change), form("注销", Role::Cancel)], Licensing, O, &[OperatingPermit], C, 20, Few, BUILDING, "建筑业企业资质证书"),
    b("房地产开发企业资质", &[form("核定（首次申请）", Role::Main), form("延续", Role::Renew), form("变更", Role::Change), form("注销", Role::Cancel)], Licensing, O, &[OperatingPermit], C, 20, Few, "《城市房地产开发经营管理条例》", "房地产开发企业资质证书"),
    b("商品房预售许可", ONE, Licensing, O, &[Construction, Housing], A, 10, Few, "《城市商品房预售管理办法》", "商品房预售许可证"),
    b("商品房买卖合同网签备案", ONE, Filing, B, &[Housing], A, 0, Daily, ESTATE_MARKET, "网签备案证明"),
    b("存量房交易资金监管", ONE, PublicService, P, &[Housing], A, 0, Common, ESTATE_MARKET, "资金监管协议"),
    b("房屋租赁登记", FILE3, Filing, B, &[Housing], A, 0, Common, "《商品房屋租赁管理办法》", "房屋租赁登记备案证明"),
    b("房地产经纪机构", FILE3, Filing, O, &[OperatingPermit], C, 0, Few, "《房地产经纪管理办法》", "备案证明"),
    b("公共租赁住房申请", ONE, PublicService, P, &[Housing], A, 30, Common, "《公共租赁住房管理办法》", "公共租赁住房配租确认书"),
    b("城镇住房保障家庭租赁补贴申请", ONE, Benefit, P, &[Housing], A, 30, Few, "《公共租赁住房管理办法》", "租赁补贴审核结果"),
    b("住宅专项维修资金使用审核", ONE, PublicService, B, &[Housing], A, 10, Few, "《住宅专项维修资金管理办法》", "使用审核意见"),
    b("物业承接查验备案", ONE, Filing, O, &[Housing], C, 0, Few, "《物业管理条例》", "备案回执"),
    b("建设工程消防设计审查", ONE, Licensing, O, &[Construction], A, 15, Few, FIRE, "特殊建设工程消防设计审查意见书"),
    b("建设工程消防验收", ONE, Licensing, O, &[Construction], A, 15, Few, FIRE, "特殊建设工程消防验收意见书"),
    b("建设工程消防验收备案", ONE, Filing, O, &[Construction], A, 0, Few, FIRE, "消防验收备案凭证"),
    b("建设工程竣工验收备案", ONE, Filing, O, &[Construction], A, 0, Few, "《建设工程质量管理条例》", "竣工验收备案证明书"),
    b("施工图设计文件审查备案", ONE, Filing, O, &[Construction], C, 0, Few, "《建设工程勘察设计管理条例》", "备案回执"),
    b("依法必须进行招标项目的招标投标情况书面报告备案", ONE, Filing, O, &[Construction], A, 0, Few, "《中华人民共和国招标投标法》", "备案回执"),
    b("建设工程档案预验收", ONE, OtherPower, O, &[Construction], C, 10, Few, "《城市建设档案管理规定》", "档案预验收意见书"),
    b("建筑起重机械使用登记", ONE, Licensing, O, &[Construction], C, 7, Few, "《建筑起重机械安全监督管理规定》", "建筑起重机械使用登记证明"),
    b("建筑起重机械产权备案", ONE, Filing, O, &[Construction], C, 7, Few, "《建筑起重机械安全监督管理规定》", "备案证明"),
    b("建筑施工夜间作业证明", ONE, Licensing, O, &[Construction], A, 3, Common, "《中华人民共和国噪声污染防治法》", "夜间施工证明"),
    b("燃气经营许可证", LIC5, Licensing, O, &[OperatingPermit], C, 20, Rare, "《城镇燃气管理条例》", "燃气经营许可证"),
    b("超限高层建筑工程抗震设防审批", ONE, Licensing, O, &[Construction], C, 20, Rare, "《建设工程抗震管理条例》", "抗震设防审批意见"),
    b("历史建筑外部修缮装饰审批", ONE, Licensing, B, &[Construction], C, 20, Rare, "《历史文化名城名镇名村保护条例》", "审批决定书"),
    b("商品房现售备案", ONE, Filing, O, &[Housing], C, 0, Rare, ESTATE_MARKET, "备案证明"),
    b("房屋安全鉴定", ONE, PublicService, B, &[Housing], C, 15, Few, "《城市危险房屋管理规定》", "房屋安全鉴定报告"),
];

#[rustfmt::skip]
pub(in super::super) const URBAN_MANAGEMENT: &[Basic] = &[
    b("城市建筑垃圾处置核准", ONE, Licensing, O, &[Construction], A, 20, Few, "《城市建筑垃圾管理规定》", "城市建筑垃圾处置核准文件"),
    b("设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批", ONE, Licensing, B, &[OperatingPermit], A, 20, Common, CITY_LOOKS, "审批决定书"),
    b("挖掘城市道路审批", ONE, Licensing, O, &[Construction], A, 20, Few, ROADS, "挖掘城市道路许可证"),
    b("占用城市道路审批", ONE, Licensing, B, &[], A, 20, Common, ROADS, "占用城市道路许可证"),
    b("依附于城市道路建设各种管线、杆线等设施审批", ONE, Licensing, O, &[Construction], C, 20, Rare, ROADS, "审批决定书"),
    b("城市桥梁上架设各类市政管线审批", ONE, Licensing, O, &[Construction], C, 20, Rare, ROADS, "审批决定书"),
    b("特殊车辆在城市道路上行驶审批", ONE, Licensing, O, &[], C, 20, Few, ROADS, "特殊车辆通行证"),
    b("临时占用城市绿化用地审批", ONE, Licensing, O, &[Construction], A, 20, Few, GREENING, "审批决定书"),
    b("砍伐城市树木审批", ONE, Licensing, B, &[], A, 20, Few, GREENING, "审批决定书"),
    b("迁移古树名木审批", ONE, Licensing, B, &[], C, 20, Rare, GREENING, "审批决定书"),
    b("改变绿化规划、绿化用地使用性质审批", ONE, Licensing, O, &[Construction], C, 20, Rare, GREENING, "审批决定书"),
    b("从事城市生活垃圾经营性清扫、收集、运输、处理服务审批", ONE, Licensing, O, &[OperatingPermit], C, 20, Few, "《城市生活垃圾管理办法》", "城市生活垃圾经营性服务许可证"),
    b("关闭、闲置、拆除城市环境卫生设施审批", ONE, Licensing, O, &[], C, 20, Rare, CITY_LOOKS, "审批决定书"),
];

#[rustfmt::skip]
pub(in super::super) const CIVIL_AIR_DEFENCE: &[Basic] = &[
    b("应建防空地下室的民用建筑项目报建审批", ONE, Licensing, O, &[Construction], A, 20, Few, AIR_DEFENCE, "人防审批意见书"),
    b("防空地下室易地建设审批", ONE, Licensing, O, &[Construction], A, 20, Few, AIR_DEFENCE, "易地建设审批意见书"),
    b("防空地下室易地建设费征收", ONE, Levy, O, &[Construction], A, 5, Few, AIR_DEFENCE, "缴费通知书"),
    b("人防工程竣工验收备案", ONE, Filing, O, &[Construction], A, 0, Few, AIR_DEFENCE, "竣工验收备案证明"),
    b("人民防空工程平时使用", FILE3, Filing, O, &[], C, 0, Rare, AIR_DEFENCE, "备案证明"),
    b("拆除人民防空工程审批", ONE, Licensing, O, &[Construction], C, 20, Rare, AIR_DEFENCE, "审批决定书"),
    b("人民防空警报设施拆除审批", ONE, Licensing, O, &[Construction], C, 20, Rare, AIR_DEFENCE, "审批决定书"),
    b("改造人民防空工程审批", ONE, Licensing, O, &[Construction], C, 20, Rare, AIR_DEFENCE, "审批决定书"),
];
