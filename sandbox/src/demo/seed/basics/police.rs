//! 公安局: household registration, identity cards, entry and exit, traffic
//! administration and the permits of public order.

use banshi_api::catalog::ItemKind::*;
use banshi_api::catalog::Theme::*;

use super::super::model::Pop::*;
use super::super::model::Scope::*;
use super::super::model::Who::*;
use super::super::model::{Basic, CERT3, DRIVING, LIC3, ONE, Role, TRAVEL3, VEHICLE, b, form};

const HUKOU: &str = "《中华人民共和国户口登记条例》";
const TRAFFIC: &str = "《中华人民共和国道路交通安全法》";
const EXIT_ENTRY: &str = "《中华人民共和国出境入境管理法》";

#[rustfmt::skip]
pub(in super::super) const ITEMS: &[Basic] = &[
    b("居民身份证", CERT3, PublicService, P, &[Documents], A, 60, Daily, "《中华人民共和国居民身份证法》", "中华人民共和国居民身份证"),
    b("临时居民身份证申领", ONE, PublicService, P, &[Documents], A, 0, Common, "《中华人民共和国临时居民身份证管理办法》", "临时居民身份证"),
    b("户口迁移", ONE, Confirmation, P, &[Housing, Documents], A, 20, Daily, HUKOU, "户口迁移证明"),
    b("出生登记", ONE, Confirmation, P, &[Birth], A, 20, Daily, HUKOU, "居民户口簿"),
    b("死亡人员户口注销", ONE, Confirmation, P, &[Bereavement], A, 0, Common, HUKOU, "户口注销证明"),
    b("户口登记项目变更更正", ONE, Confirmation, P, &[Documents], A, 20, Common, HUKOU, "居民户口簿"),
    b("公民姓名变更登记", ONE, Confirmation, P, &[Documents], A, 20, Few, "《中华人民共和国民法典》", "居民户口簿"),
    b("居民户口簿", &[form("补领", Role::Reissue), form("换领", Role::Renew)], PublicService, P, &[Documents], A, 0, Common, HUKOU, "居民户口簿"),
    b("分户登记", ONE, Confirmation, P, &[Housing], A, 20, Common, HUKOU, "居民户口簿"),
    b("收养子女落户", ONE, Confirmation, P, &[Birth], A, 20, Few, "《中华人民共和国民法典》", "居民户口簿"),
    b("人才引进落户", ONE, Confirmation, P, &[Work], A, 20, Common, HUKOU, "居民户口簿"),
    b("投靠亲属落户", ONE, Confirmation, P, &[Marriage, Housing], A, 20, Common, HUKOU, "居民户口簿"),
    b("大中专院校录取新生户口迁出", ONE, Confirmation, P, &[Schooling], A, 0, Common, HUKOU, "户口迁移证明"),
    b("退出现役人员落户", ONE, Confirmation, P, &[Work], A, 0, Few, HUKOU, "居民户口簿"),
    b("居住证", &[form("申领", Role::Main), form("签注", Role::Renew)], PublicService, P, &[Documents, Housing], A, 15, Common, "《居住证暂行条例》", "居住证"),
    b("户籍证明开具", ONE, PublicService, P, &[Documents], A, 0, Common, HUKOU, "户籍证明"),
    b("无犯罪记录证明开具", ONE, PublicService, P, &[Work], A, 3, Common, "《公安机关办理犯罪记录查询工作规定》", "无犯罪记录证明"),
    b("机动车驾驶证", DRIVING, Licensing, P, &[Documents], A, 0, Daily, TRAFFIC, "中华人民共和国机动车驾驶证"),
    b("机动车", VEHICLE, Licensing, B, &[Documents], C, 2, Common, TRAFFIC, "机动车登记证书"),
    b("机动车检验合格标志核发", ONE, Licensing, B, &[Documents], A, 0, Common, TRAFFIC, "机动车检验合格标志"),
    b("机动车号牌补领", ONE, Licensing, B, &[Documents], A, 0, Few, TRAFFIC, "机动车号牌"),
    b("机动车行驶证补领", ONE, Licensing, B, &[Documents], A, 0, Few, TRAFFIC, "机动车行驶证"),
    b("机动车临时通行牌证核发", ONE, Licensing, B, &[Documents], A, 0, Common, TRAFFIC, "机动车临时行驶车号牌"),
    b("非机动车（电动自行车）注册登记", ONE, OtherPower, P, &[Documents], A, 0, Daily, TRAFFIC, "电动自行车号牌"),
    b("校车驾驶资格许可", ONE, Licensing, P, &[Work], C, 5, Rare, "《校车安全管理条例》", "机动车驾驶证（签注准许驾驶校车类型）"),
    b("校车标牌核发", ONE, Licensing, O, &[OperatingPermit], A, 3, Rare, "《校车安全管理条例》", "校车标牌"),
    b("道路交通事故损害赔偿调解", ONE, OtherPower, B, &[], A, 10, Common, TRAFFIC, "道路交通事故损害赔偿调解书"),
    b("护照", TRAVEL3, Licensing, P, &[Documents], A, 15, Daily, "《中华人民共和国护照法》", "中华人民共和国普通护照"),
    b("往来港澳通行证", TRAVEL3, Licensing, P, &[Documents], A, 15, Daily, "《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》", "往来港澳通行证"),
    b("往来港澳通行证签注", ONE, Licensing, P, &[Documents], A, 15, Common, "《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》", "往来港澳通行证签注"),
    b("往来台湾通行证", TRAVEL3, Licensing, P, &[Documents], C, 15, Common, "《中国公民往来台湾地区管理办法》", "往来台湾通行证"),
    b("往来台湾通行证签注", ONE, Licensing, P, &[Documents], C, 15, Few, "《中国公民往来台湾地区管理办法》", "往来台湾通行证签注"),
    b("出入境记录查询", ONE, PublicService, P, &[Documents], C, 0, Few, EXIT_ENTRY, "出入境记录查询结果"),
    b("港澳台居民居住证申领", ONE, PublicService, P, &[Documents], C, 20, Rare, "《港澳台居民居住证申领发放办法》", "港澳台居民居住证"),
    b("外国人居留许可签发", ONE, Licensing, P, &[Work], C, 15, Rare, EXIT_ENTRY, "外国人居留许可证件"),
    b("外国人签证延期", ONE, Licensing, P, &[Documents], C, 7, Rare, EXIT_ENTRY, "外国人签证"),
    b("旅馆业特种行业许可证", LIC3, Licensing, O, &[OperatingPermit], A, 20, Few, "《旅馆业治安管理办法》", "特种行业许可证"),
    b("公章刻制业特种行业许可证", LIC3, Licensing, O, &[OperatingPermit], C, 20, Rare, "《国务院对确需保留的行政审批项目设定行政许可的决定》", "特种行业许可证"),
    b("印章刻制备案", ONE, Filing, O, &[BusinessStart], A, 0, Common, "《印铸刻字业暂行管理规则》", "印章备案回执"),
    b("大型群众性活动安全许可", ONE, Licensing, O, &[], C, 7, Few, "《大型群众性活动安全管理条例》", "大型群众性活动安全许可决定书"),
    b("焰火晚会烟花爆竹燃放许可", ONE, Licensing, O, &[], C, 20, Rare, "《烟花爆竹安全管理条例》", "焰火燃放许可证"),
    b("烟花爆竹道路运输许可证核发", ONE, Licensing, O, &[OperatingPermit], A, 3, Few, "《烟花爆竹安全管理条例》", "烟花爆竹道路运输许可证"),
    b("民用爆炸物品购买许可证核发", ONE, Licensing, O, &[OperatingPermit], A, 5, Rare, "《民用爆炸物品安全管理条例》", "民用爆炸物品购买许可证"),
    b("民用爆炸物品运输许可证核发", ONE, Licensing, O, &[OperatingPermit], A, 3, Rare, "《民用爆炸物品安全管理条例》", "民用爆炸物品运输许可证"),
    b("剧毒化学品购买许可证核发", ONE, Licensing, O, &[OperatingPermit], A, 3, Rare, "《危险化学品安全管理条例》", "剧毒化学品购买许可证"),
    b("第三类易制毒化学品购买备案证明核发", ONE, Filing, O, &[OperatingPermit], A, 0, Few, "《易制毒化学品管理条例》", "第三类易制毒化学品购买备案证明"),
    b("易制毒化学品运输许可证核发", ONE, Licensing, O, &[OperatingPermit], C, 10, Rare, "《易制毒化学品管理条例》", "易制毒化学品运输许可证"),
    b("互联网上网服务营业场所信息网络安全审核", ONE, Licensing, O, &[OperatingPermit], C, 20, Rare, "《互联网上网服务营业场所管理条例》", "信息网络安全审核意见书"),
    b("自行招用保安员单位备案", ONE, Filing, O, &[], C, 0, Rare, "《保安服务管理条例》", "备案回执"),
    b("保安员证核发", ONE, Licensing, P, &[Work], C, 15, Few, "《保安服务管理条例》", "保安员证"),
    b("金融机构营业场所和金库安全防范设施建设方案审批", ONE, Licensing, O, &[Construction], C, 20, Rare, "《国务院对确需保留的行政审批项目设定行政许可的决定》", "审批意见书"),
    b("举报毒品违法犯罪线索奖励", ONE, Reward, P, &[], A, 30, Rare, "《中华人民共和国禁毒法》", "奖励决定书"),
    b("道路交通事故认定复核", ONE, Confirmation, B, &[], C, 30, Few, TRAFFIC, "道路交通事故认定复核结论"),
    b("外国人签证证件补发", ONE, Licensing, P, &[Documents], C, 7, Rare, EXIT_ENTRY, "外国人签证证件"),
    b("外国人停留证件签发", ONE, Licensing, P, &[Documents], C, 7, Rare, EXIT_ENTRY, "外国人停留证件"),
];
