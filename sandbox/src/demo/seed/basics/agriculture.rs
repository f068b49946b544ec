//! 农业农村局: farm inputs, animal health, farm machinery, fisheries,
//! rural homesteads and farm subsidies.

use banshi_api::catalog::ItemKind::*;
use banshi_api::catalog::Theme::*;

use super::super::model::Pop::*;
use super::super::model::Scope::*;
use super::super::model::Who::*;
use super::super::model::{Basic, DRIVING, FILE3, LIC4, LIC4R, LIC5, ONE, VEHICLE, b};

const SEEDS: &str = "《中华人民共和国种子法》";
const ANIMALS: &str = "《中华人民共和国动物防疫法》";
const MACHINERY: &str = "《农业机械安全监督管理条例》";
const FISHERY: &str = "《中华人民共和国渔业法》";
const LIVESTOCK: &str = "《中华人民共和国畜牧法》";
const FARMING: &str = "《中华人民共和国农业法》";

#[rustfmt::skip]
pub(in super::super) const AGRICULTURE: &[Basic] = &[
    b("农药经营许可证", LIC5, Licensing, B, &[OperatingPermit], A, 20, Common, "《农药管理条例》", "农药经营许可证"),
    b("兽药经营许可证", LIC5, Licensing, B, &[OperatingPermit], A, 20, Few, "《兽药管理条例》", "兽药经营许可证"),
    b("农作物种子生产经营许可证", LIC4R, Licensing, B, &[OperatingPermit], A, 20, Few, SEEDS, "农作物种子生产经营许可证"),
    b("食用菌菌种生产经营许可证", LIC4R, Licensing, B, &[OperatingPermit], C, 20, Rare, SEEDS, "食用菌菌种生产经营许可证"),
    b("动物防疫条件合格证", LIC4, Licensing, B, &[OperatingPermit], A, 20, Few, ANIMALS, "动物防疫条件合格证"),
    b("动物诊疗许可证", LIC4, Licensing, B, &[OperatingPermit], A, 20, Few, "《动物诊疗机构管理办法》", "动物诊疗许可证"),
    b("动物检疫合格证明核发", ONE, Licensing, B, &[], A, 1, Common, ANIMALS, "动物检疫合格证明"),
    b("执业兽医备案", ONE, Filing, P, &[Work], A, 0, Few, "《执业兽医和乡村兽医管理办法》", "备案回执"),
    b("乡村兽医登记", ONE, Confirmation, P, &[Work], D, 20, Rare, "《执业兽医和乡村兽医管理办法》", "乡村兽医登记证"),
    b("生鲜乳收购许可证", LIC4R, Licensing, B, &[OperatingPermit], C, 20, Rare, "《乳品质量安全监督管理条例》", "生鲜乳收购许可证"),
    b("生鲜乳准运证明核发", ONE, Licensing, B, &[], C, 20, Rare, "《乳品质量安全监督管理条例》", "生鲜乳准运证明"),
    b("种畜禽生产经营许可证", LIC4R, Licensing, B, &[OperatingPermit], C, 20, Rare, LIVESTOCK, "种畜禽生产经营许可证"),
    b("畜禽养殖场", FILE3, Filing, B, &[OperatingPermit], A, 0, Few, LIVESTOCK, "畜禽养殖场备案回执"),
    b("病死畜禽无害化处理补助申请", ONE, Benefit, B, &[], A, 30, Few, ANIMALS, "补助资金发放通知"),
    b("农业植物检疫证书核发", ONE, Licensing, B, &[], A, 3, Common, "《植物检疫条例》", "植物检疫证书"),
    b("使用低于国家或者地方规定标准的农作物种子审批", ONE, Licensing, O, &[], C, 20, Rare, SEEDS, "审批决定书"),
    b("拖拉机和联合收割机", VEHICLE, Licensing, B, &[Documents], A, 2, Few, MACHINERY, "拖拉机和联合收割机登记证书"),
    b("拖拉机和联合收割机驾驶证", DRIVING, Licensing, P, &[Documents], A, 0, Few, MACHINERY, "拖拉机和联合收割机驾驶证"),
    b("农机购置与应用补贴申请", ONE, Benefit, B, &[], A, 20, Common, "《中华人民共和国农业机械化促进法》", "补贴资金兑付通知"),
    b("耕地地力保护补贴发放", ONE, Benefit, P, &[], D, 30, Common, FARMING, "补贴发放通知"),
    b("农村宅基地用地审批", ONE, Licensing, P, &[Housing], D, 20, Common, "《中华人民共和国土地管理法》", "农村宅基地批准书"),
    b("农村土地经营权流转合同备案", ONE, Filing, B, &[], D, 0, Few, "《中华人民共和国农村土地承包法》", "备案回执"),
    b("家庭农场认定", ONE, Confirmation, P, &[], D, 20, Few, FARMING, "家庭农场认定结果"),
    b("农民专业合作社示范社认定", ONE, Reward, O, &[], C, 30, Few, "《中华人民共和国农民专业合作社法》", "示范社认定文件"),
    b("渔业捕捞许可证", LIC4R, Licensing, B, &[OperatingPermit], A, 20, Few, FISHERY, "渔业捕捞许可证"),
    b("水域滩涂养殖证核发", ONE, Licensing, B, &[OperatingPermit], A, 20, Rare, FISHERY, "水域滩涂养殖证"),
    b("水产苗种生产许可证", LIC4R, Licensing, B, &[OperatingPermit], C, 20, Rare, FISHERY, "水产苗种生产许可证"),
];
