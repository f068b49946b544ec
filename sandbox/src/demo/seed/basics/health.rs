//! 卫生健康委员会: births and childbearing, medical institutions and
//! professionals, public-place hygiene and care for the elderly.

use banshi_api::catalog::ItemKind::*;
use banshi_api::catalog::Theme::*;

use super::super::model::Pop::*;
use super::super::model::Scope::*;
use super::super::model::Who::*;
use super::super::model::{
    Basic, CERT2, FILE3, LIC4R, LIC5, NEW3, NEW4, ONE, PRACTICE4, Role, b, form,
};

const MATERNAL: &str = "《中华人民共和国母婴保健法》";
const POPULATION: &str = "《安徽省人口与计划生育条例》";
const INSTITUTIONS: &str = "《医疗机构管理条例》";

#[rustfmt::skip]
pub(in super::super) const HEALTH: &[Basic] = &[
    b("生育登记", ONE, PublicService, P, &[Childbearing], A, 0, Daily, "《中华人民共和国人口与计划生育法》", "生育登记服务回执"),
    b("育儿补贴申领", ONE, Benefit, P, &[Childbearing, Birth], A, 20, Daily, "《育儿补贴制度实施方案》", "育儿补贴发放通知"),
    b("出生医学证明", &[form("补发", Role::Reissue), form("换发", Role::Renew)], PublicService, P, &[Birth], A, 20, Common, MATERNAL, "出生医学证明"),
    b("预防接种证补发", ONE, PublicService, P, &[Birth, Schooling], A, 0, Common, "《中华人民共和国疫苗管理法》", "预防接种证"),
    b("农村部分计划生育家庭奖励扶助对象确认", ONE, Benefit, P, &[Retirement], A, 30, Common, POPULATION, "奖励扶助对象确认结果"),
    b("计划生育家庭特别扶助金申请", ONE, Benefit, P, &[Childbearing], A, 30, Few, POPULATION, "特别扶助审核结果"),
    b("独生子女父母光荣证", CERT2, PublicService, P, &[Childbearing], A, 10, Few, POPULATION, "独生子女父母光荣证"),
    b("病残儿医学鉴定", ONE, Confirmation, P, &[Childbearing], C, 30, Rare, POPULATION, "病残儿医学鉴定证明"),
    b("老年人优待证办理", ONE, PublicService, P, &[Retirement], A, 0, Common, "《中华人民共和国老年人权益保障法》", "安徽省老年人优待证"),
    b("医疗机构设置审批", ONE, Licensing, O, &[OperatingPermit, Construction], A, 30, Few, INSTITUTIONS, "设置医疗机构批准书"),
    b("医疗机构执业登记", NEW4, Licensing, O, &[OperatingPermit], A, 45, Few, INSTITUTIONS, "医疗机构执业许可证"),
    b("诊所", FILE3, Filing, B, &[OperatingPermit], A, 0, Few, INSTITUTIONS, "诊所备案凭证"),
    b("中医诊所", FILE3, Filing, B, &[OperatingPermit], A, 0, Few, "《中华人民共和国中医药法》", "中医诊所备案证"),
    b("医师执业注册", &[form("（首次注册）", Role::Main), form("（变更注册）", Role::Change), form("（注销注册）", Role::Cancel)], Licensing, P, &[Work], A, 20, Common, "《中华人民共和国医师法》", "医师执业证书"),
    b("护士执业注册", PRACTICE4, Licensing, P, &[Work], A, 20, Common, "《护士条例》", "护士执业证书"),
    b("乡村医生执业注册", ONE, Licensing, P, &[Work], D, 20, Few, "《乡村医生从业管理条例》", "乡村医生执业证书"),
    b("公共场所卫生许可证", LIC5, Licensing, O, &[OperatingPermit], A, 20, Common, "《公共场所卫生管理条例》", "公共场所卫生许可证"),
    b("饮用水供水单位卫生许可证", LIC4R, Licensing, O, &[OperatingPermit], C, 20, Few, "《中华人民共和国传染病防治法》", "卫生许可证"),
    b("放射诊疗许可", NEW4, Licensing, O, &[OperatingPermit], C, 20, Rare, "《放射诊疗管理规定》", "放射诊疗许可证"),
    b("母婴保健技术服务执业许可", NEW3, Licensing, O, &[OperatingPermit], C, 20, Rare, MATERNAL, "母婴保健技术服务执业许可证"),
    b("母婴保健服务人员资格认定", ONE, Licensing, P, &[Work], C, 20, Few, MATERNAL, "母婴保健技术考核合格证书"),
    b("职业健康检查机构备案", ONE, Filing, O, &[], C, 0, Rare, "《中华人民共和国职业病防治法》", "备案回执"),
    b("医疗广告审查证明核发", ONE, Licensing, O, &[], C, 20, Rare, "《医疗广告管理办法》", "医疗广告审查证明"),
    b("医疗机构放射性职业病危害建设项目预评价报告审核", ONE, Licensing, O, &[Construction], C, 20, Rare, "《中华人民共和国职业病防治法》", "审核同意书"),
    b("外国医师来华短期行医许可", ONE, Licensing, P, &[Work], C, 20, Rare, "《外国医师来华短期行医暂行管理办法》", "外国医师短期行医许可证"),
    b("港澳台医师在内地短期执业许可", ONE, Licensing, P, &[Work], C, 20, Rare, "《香港、澳门特别行政区医师在内地短期行医管理规定》", "短期执业许可证"),
    b("麻醉药品和第一类精神药品购用印鉴卡", &[form("核发", Role::Main), form("变更", Role::Change), form("换领", Role::Renew)], Licensing, O, &[OperatingPermit], C, 40, Rare, "《麻醉药品和精神药品管理条例》", "麻醉药品、第一类精神药品购用印鉴卡"),
    b("二级及以上医疗机构设置审批", ONE, Licensing, O, &[OperatingPermit, Construction], C, 30, Rare, INSTITUTIONS, "设置医疗机构批准书"),
];
