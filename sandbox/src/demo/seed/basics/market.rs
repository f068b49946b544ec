//! 市场监督管理局, 商务局 and 烟草专卖局: registering businesses, food, drug
//! and device permits, special equipment, trade filings and tobacco retail.

use banshi_api::catalog::ItemKind::*;
use banshi_api::catalog::Theme::*;

use super::super::model::Pop::*;
use super::super::model::Scope::*;
use super::super::model::Who::*;
use super::super::model::{
    Basic, FILE2, FILE3, LIC4, LIC4R, LIC5, NEW3, NEW4, ONE, REG3, REG4, Role, b, form,
};

const REGISTRATION: &str = "《中华人民共和国市场主体登记管理条例》";
const FOOD: &str = "《中华人民共和国食品安全法》";
const DRUGS: &str = "《中华人民共和国药品管理法》";
const DEVICES: &str = "《医疗器械监督管理条例》";
const EQUIPMENT: &str = "《中华人民共和国特种设备安全法》";
const TOBACCO_LAW: &str = "《中华人民共和国烟草专卖法》";

#[rustfmt::skip]
pub(in super::super) const MARKET_REGULATION: &[Basic] = &[
    b("企业", REG4, Licensing, O, &[BusinessStart], A, 3, Daily, REGISTRATION, "营业执照"),
    b("个体工商户", &[form("登记", Role::Main), form("变更登记", Role::Change), form("注销登记", Role::Cancel)], Licensing, B, &[BusinessStart], A, 0, Daily, "《促进个体工商户发展条例》", "营业执照"),
    b("农民专业合作社", REG3, Licensing, B, &[BusinessStart], A, 3, Common, "《中华人民共和国农民专业合作社法》", "营业执照"),
    b("分公司", REG3, Licensing, O, &[BusinessStart], A, 3, Common, "《中华人民共和国公司法》", "营业执照"),
    b("个人独资企业", REG3, Licensing, P, &[BusinessStart], A, 3, Common, "《中华人民共和国个人独资企业法》", "营业执照"),
    b("合伙企业", REG3, Licensing, B, &[BusinessStart], A, 3, Few, "《中华人民共和国合伙企业法》", "营业执照"),
    b("外商投资企业", REG3, Licensing, O, &[BusinessStart], C, 3, Few, "《中华人民共和国外商投资法》", "营业执照"),
    b("外国（地区）企业在中国境内从事生产经营活动登记", ONE, Licensing, O, &[BusinessStart], C, 15, Rare, REGISTRATION, "营业执照"),
    b("企业简易注销登记", ONE, Licensing, O, &[BusinessClosure], A, 3, Common, REGISTRATION, "准予简易注销登记通知书"),
    b("企业迁移登记", ONE, Licensing, O, &[BusinessChange], A, 3, Few, REGISTRATION, "营业执照"),
    b("个体工商户转型为企业", ONE, Licensing, B, &[BusinessChange], A, 3, Few, "《促进个体工商户发展条例》", "营业执照"),
    b("市场主体歇业备案", ONE, Filing, B, &[BusinessChange], A, 0, Few, REGISTRATION, "歇业备案通知书"),
    b("营业执照补领、换发", ONE, Licensing, B, &[Documents], A, 0, Common, REGISTRATION, "营业执照"),
    b("股权出质", REG3, Confirmation, O, &[BusinessChange], C, 3, Few, "《股权出质登记办法》", "股权出质登记通知书"),
    b("列入经营异常名录企业移出申请", ONE, OtherPower, O, &[], A, 5, Common, "《企业信息公示暂行条例》", "移出经营异常名录决定书"),
    b("企业名称争议裁决", ONE, Adjudication, O, &[], C, 30, Rare, "《企业名称登记管理规定》", "企业名称争议行政裁决书"),
    b("食品经营许可证", LIC5, Licensing, B, &[OperatingPermit], A, 10, Daily, FOOD, "食品经营许可证"),
    b("仅销售预包装食品", FILE3, Filing, B, &[OperatingPermit], A, 0, Common, FOOD, "备案回执"),
    b("食品生产许可证", LIC5, Licensing, O, &[OperatingPermit], C, 10, Few, FOOD, "食品生产许可证"),
    b("食品小作坊登记证", LIC4, Licensing, B, &[OperatingPermit], A, 10, Few, "《安徽省食品安全条例》", "食品小作坊登记证"),
    b("网络餐饮服务第三方平台分支机构备案", ONE, Filing, O, &[OperatingPermit], C, 0, Rare, "《网络餐饮服务食品安全监督管理办法》", "备案回执"),
    b("药品经营许可证", LIC5, Licensing, O, &[OperatingPermit], A, 20, Common, DRUGS, "药品经营许可证"),
    b("第二类精神药品零售业务审批", ONE, Licensing, O, &[OperatingPermit], C, 20, Rare, "《麻醉药品和精神药品管理条例》", "审批决定书"),
    b("第二类医疗器械经营", FILE3, Filing, O, &[OperatingPermit], C, 0, Common, DEVICES, "第二类医疗器械经营备案凭证"),
    b("第三类医疗器械经营许可证", LIC4R, Licensing, O, &[OperatingPermit], C, 20, Few, DEVICES, "医疗器械经营许可证"),
    b("第一类医疗器械生产", FILE2, Filing, O, &[OperatingPermit], C, 0, Rare, DEVICES, "第一类医疗器械生产备案凭证"),
    b("特种设备使用", &[form("登记", Role::Main), form("登记变更", Role::Change), form("登记注销", Role::Cancel)], Licensing, O, &[OperatingPermit], C, 15, Common, EQUIPMENT, "特种设备使用登记证"),
    b("特种设备安全管理和作业人员资格认定", &[form("（取证）", Role::Main), form("（复审）", Role::Renew)], Licensing, P, &[Work], C, 20, Common, EQUIPMENT, "特种设备安全管理和作业人员证"),
    b("计量标准器具核准", ONE, Licensing, O, &[], C, 20, Rare, "《中华人民共和国计量法》", "计量标准考核证书"),
    b("计量器具强制检定", ONE, PublicService, O, &[], C, 20, Common, "《中华人民共和国计量法》", "检定证书"),
    b("专利侵权纠纷行政裁决", ONE, Adjudication, B, &[], C, 60, Rare, "《中华人民共和国专利法》", "专利侵权纠纷行政裁决书"),
    b("专利资助和奖励申请", ONE, Reward, B, &[], C, 30, Few, "《中华人民共和国专利法》", "奖励资金拨付通知"),
    b("市场监管领域重大违法行为举报奖励", ONE, Reward, B, &[], A, 30, Rare, "《市场监管领域重大违法行为举报奖励暂行办法》", "举报奖励决定书"),
    b("承担国家法定计量检定机构任务授权", ONE, Licensing, O, &[], C, 20, Rare, "《中华人民共和国计量法》", "计量授权证书"),
    b("地理标志专用标志使用申请审核", ONE, ReviewAndReferral, B, &[], C, 20, Few, "《地理标志专用标志使用管理办法（试行）》", "审核意见"),
    b("医疗器械网络销售", FILE2, Filing, O, &[OperatingPermit], C, 0, Rare, DEVICES, "医疗器械网络销售备案凭证"),
    b("市长质量奖评审", ONE, Reward, O, &[], C, 60, Rare, "《中华人民共和国产品质量法》", "表彰决定"),
];

#[rustfmt::skip]
pub(in super::super) const COMMERCE: &[Basic] = &[
    b("单用途商业预付卡发卡企业", FILE3, Filing, O, &[OperatingPermit], C, 0, Few, "《单用途商业预付卡管理办法（试行）》", "备案回执"),
    b("二手车交易市场经营者和二手车经营主体", FILE2, Filing, O, &[OperatingPermit], C, 0, Few, "《二手车流通管理办法》", "备案回执"),
    b("再生资源回收经营者", FILE3, Filing, B, &[OperatingPermit], A, 0, Few, "《再生资源回收管理办法》", "备案回执"),
    b("美容美发经营者备案", ONE, Filing, B, &[OperatingPermit], A, 0, Few, "《美容美发业管理暂行办法》", "备案回执"),
    b("成品油零售经营资格审批", NEW4, Licensing, O, &[OperatingPermit], C, 20, Rare, "《国务院关于取消和下放一批行政许可事项的决定》", "成品油零售经营批准证书"),
    b("报废机动车回收拆解企业资质认定审核", ONE, ReviewAndReferral, O, &[OperatingPermit], C, 20, Rare, "《报废机动车回收管理办法》", "审核意见"),
    b("拍卖企业设立审核", ONE, ReviewAndReferral, O, &[BusinessStart], C, 20, Rare, "《中华人民共和国拍卖法》", "审核意见"),
    b("企业境外投资备案审核", ONE, ReviewAndReferral, O, &[], C, 3, Rare, "《境外投资管理办法》", "审核意见"),
    b("汽车以旧换新补贴申领", ONE, Benefit, P, &[], C, 20, Common, "《汽车以旧换新补贴实施细则》", "补贴审核结果"),
    b("对外劳务合作经营资格核准", NEW3, Licensing, O, &[OperatingPermit], C, 20, Rare, "《对外劳务合作管理条例》", "对外劳务合作经营资格证书"),
];

#[rustfmt::skip]
pub(in super::super) const TOBACCO: &[Basic] = &[
    b("烟草专卖零售许可证", &[form("核发", Role::Main), form("变更", Role::Change), form("延续", Role::Renew), form("停业", Role::Change), form("恢复营业", Role::Change), form("歇业", Role::Cancel), form("补办", Role::Reissue)], Licensing, B, &[OperatingPermit], A, 20, Common, TOBACCO_LAW, "烟草专卖零售许可证"),
    b("烟草专卖品准运证核发", ONE, Licensing, O, &[], C, 3, Rare, TOBACCO_LAW, "烟草专卖品准运证"),
];
