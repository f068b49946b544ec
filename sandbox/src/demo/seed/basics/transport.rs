//! 交通运输局, 应急管理局 and 消防救援机构: road transport, highways, safety
//! permits for hazardous goods, and fire safety checks.

use banshi_api::catalog::ItemKind::*;
use banshi_api::catalog::Theme::*;

use super::super::model::Pop::*;
use super::super::model::Scope::*;
use super::super::model::Who::*;
use super::super::model::{Basic, FILE3, LIC3, LIC4R, LIC5, NEW3, NEW4, ONE, Role, b, form};

const ROAD_TRANSPORT: &str = "《中华人民共和国道路运输条例》";
const HIGHWAYS: &str = "《中华人民共和国公路法》";
const HIGHWAY_SAFETY: &str = "《公路安全保护条例》";
const RIDE_HAILING: &str = "《网络预约出租汽车经营服务管理暂行办法》";
const SAFETY: &str = "《中华人民共和国安全生产法》";
const CHEMICALS: &str = "《危险化学品安全管理条例》";
const FIREWORKS: &str = "《烟花爆竹安全管理条例》";
const FIRE: &str = "《中华人民共和国消防法》";

#[rustfmt::skip]
pub(in super::super) const TRANSPORT: &[Basic] = &[
    b("道路运输经营许可", &[form("（普通货物运输）", Role::Main), form("（道路旅客运输）", Role::Main), form("证变更", Role::Change), form("证注销", Role::Cancel), form("证补办", Role::Reissue)], Licensing, O, &[OperatingPermit], A, 20, Common, ROAD_TRANSPORT, "道路运输经营许可证"),
    b("道路危险货物运输经营许可", NEW3, Licensing, O, &[OperatingPermit], C, 20, Rare, "《道路危险货物运输管理规定》", "道路运输经营许可证"),
    b("道路运输证", &[form("配发", Role::Main), form("换发", Role::Renew), form("补发", Role::Reissue), form("注销", Role::Cancel)], Licensing, B, &[OperatingPermit], A, 0, Daily, ROAD_TRANSPORT, "道路运输证"),
    b("道路运输从业人员从业资格证", &[form("核发", Role::Main), form("换发", Role::Renew), form("补发", Role::Reissue), form("注销", Role::Cancel)], Licensing, P, &[Work], C, 10, Common, "《道路运输从业人员管理规定》", "道路运输从业人员从业资格证"),
    b("道路旅客运输站经营许可", NEW3, Licensing, O, &[OperatingPermit], C, 20, Rare, ROAD_TRANSPORT, "道路运输经营许可证"),
    b("道路货物运输站（场）经营备案", ONE, Filing, O, &[OperatingPermit], C, 0, Rare, ROAD_TRANSPORT, "备案回执"),
    b("机动车维修经营", FILE3, Filing, B, &[OperatingPermit], A, 0, Common, "《机动车维修管理规定》", "备案回执"),
    b("机动车驾驶员培训经营", FILE3, Filing, O, &[OperatingPermit], C, 0, Few, "《机动车驾驶员培训管理规定》", "备案回执"),
    b("小微型客车租赁经营", FILE3, Filing, O, &[OperatingPermit], C, 0, Few, "《小微型客车租赁经营服务管理办法》", "备案回执"),
    b("巡游出租汽车经营许可", NEW3, Licensing, B, &[OperatingPermit], C, 20, Few, "《巡游出租汽车经营服务管理规定》", "巡游出租汽车经营许可证"),
    b("网络预约出租汽车经营许可", NEW3, Licensing, O, &[OperatingPermit], C, 20, Rare, RIDE_HAILING, "网络预约出租汽车经营许可证"),
    b("网络预约出租汽车运输证", LIC3, Licensing, B, &[OperatingPermit], C, 10, Common, RIDE_HAILING, "网络预约出租汽车运输证"),
    b("网络预约出租汽车驾驶员证", &[form("核发", Role::Main), form("注销", Role::Cancel)], Licensing, P, &[Work], C, 10, Common, RIDE_HAILING, "网络预约出租汽车驾驶员证"),
    b("巡游出租汽车驾驶员从业资格证核发", ONE, Licensing, P, &[Work], C, 10, Common, "《出租汽车驾驶员从业资格管理规定》", "巡游出租汽车驾驶员从业资格证"),
    b("超限运输车辆行驶公路许可", ONE, Licensing, O, &[], C, 5, Common, HIGHWAY_SAFETY, "超限运输车辆通行证"),
    b("占用、挖掘公路、公路用地或者使公路改线审批", ONE, Licensing, O, &[Construction], A, 20, Few, HIGHWAYS, "审批决定书"),
    b("在公路用地范围内设置非公路标志审批", ONE, Licensing, B, &[], C, 20, Few, HIGHWAYS, "审批决定书"),
    b("在公路上增设或者改造平面交叉道口审批", ONE, Licensing, O, &[Construction], C, 20, Rare, HIGHWAYS, "审批决定书"),
    b("跨越、穿越公路修建桥梁、渡槽或者架设、埋设管道、电缆等设施审批", ONE, Licensing, O, &[Construction], C, 20, Rare, HIGHWAYS, "审批决定书"),
    b("更新采伐护路林审批", ONE, Licensing, O, &[], C, 20, Rare, HIGHWAY_SAFETY, "审批决定书"),
    b("公路建设项目施工许可", ONE, Licensing, O, &[Construction], C, 20, Rare, "《公路建设市场管理办法》", "施工许可决定书"),
    b("公路建设项目竣工验收", ONE, OtherPower, O, &[Construction], C, 30, Rare, HIGHWAYS, "竣工验收鉴定书"),
    b("港口经营许可", NEW4, Licensing, O, &[OperatingPermit], C, 30, Rare, "《中华人民共和国港口法》", "港口经营许可证"),
    b("巡游出租汽车车辆运营证", LIC3, Licensing, B, &[OperatingPermit], C, 10, Few, "《巡游出租汽车经营服务管理规定》", "巡游出租汽车车辆运营证"),
    b("城市公共汽电车线路运营权许可", ONE, Licensing, O, &[OperatingPermit], C, 20, Rare, "《城市公共汽车和电车客运管理规定》", "线路运营权协议"),
    b("国内水路运输辅助业务备案", ONE, Filing, O, &[OperatingPermit], C, 0, Rare, "《国内水路运输辅助业管理规定》", "备案证明"),
];

#[rustfmt::skip]
pub(in super::super) const EMERGENCY: &[Basic] = &[
    b("危险化学品经营许可证", LIC5, Licensing, O, &[OperatingPermit], A, 30, Few, CHEMICALS, "危险化学品经营许可证"),
    b("烟花爆竹经营（零售）许可证", LIC5, Licensing, B, &[OperatingPermit], A, 20, Few, FIREWORKS, "烟花爆竹经营（零售）许可证"),
    b("烟花爆竹经营（批发）许可证", LIC4R, Licensing, O, &[OperatingPermit], C, 30, Rare, FIREWORKS, "烟花爆竹经营（批发）许可证"),
    b("生产安全事故应急预案备案", ONE, Filing, O, &[], A, 0, Common, "《生产安全事故应急预案管理办法》", "应急预案备案登记表"),
    b("危险化学品重大危险源备案", ONE, Filing, O, &[], C, 0, Rare, "《危险化学品重大危险源监督管理暂行规定》", "备案回执"),
    b("第三类非药品类易制毒化学品生产、经营备案", ONE, Filing, O, &[OperatingPermit], A, 0, Rare, "《易制毒化学品管理条例》", "备案证明"),
    b("危险化学品建设项目安全条件审查", ONE, Licensing, O, &[Construction], C, 45, Rare, CHEMICALS, "安全条件审查意见书"),
    b("危险化学品建设项目安全设施设计审查", ONE, Licensing, O, &[Construction], C, 20, Rare, CHEMICALS, "安全设施设计审查意见书"),
    b("金属冶炼建设项目安全设施设计审查", ONE, Licensing, O, &[Construction], C, 20, Rare, SAFETY, "安全设施设计审查意见书"),
    b("生产经营单位主要负责人和安全生产管理人员安全生产知识和管理能力考核", ONE, OtherPower, P, &[Work], A, 20, Common, SAFETY, "考核合格证明"),
    b("特种作业操作证", &[form("申领", Role::Main), form("复审", Role::Renew), form("延期换证", Role::Renew), form("补发", Role::Reissue)], Licensing, P, &[Work], C, 20, Common, "《特种作业人员安全技术培训考核管理规定》", "中华人民共和国特种作业操作证"),
    b("安全生产领域举报奖励", ONE, Reward, B, &[], A, 30, Rare, SAFETY, "举报奖励决定书"),
    b("受灾人员冬春生活救助", ONE, Benefit, P, &[], A, 20, Few, "《自然灾害救助条例》", "救助审批结果"),
    b("因灾倒损民房恢复重建补助", ONE, Benefit, P, &[Housing], A, 30, Rare, "《自然灾害救助条例》", "补助审批结果"),
    b("第二类非药品类易制毒化学品生产、经营备案", ONE, Filing, O, &[OperatingPermit], C, 0, Rare, "《易制毒化学品管理条例》", "备案证明"),
];

#[rustfmt::skip]
pub(in super::super) const FIRE_RESCUE: &[Basic] = &[
    b("公众聚集场所投入使用、营业前消防安全检查", ONE, Licensing, O, &[OperatingPermit], A, 10, Common, FIRE, "公众聚集场所投入使用、营业前消防安全检查合格证"),
    b("火灾事故认定", ONE, Confirmation, B, &[], A, 30, Few, "《火灾事故调查规定》", "火灾事故认定书"),
    b("火灾事故认定复核", ONE, Confirmation, B, &[], C, 30, Rare, "《火灾事故调查规定》", "火灾事故认定复核决定书"),
];
