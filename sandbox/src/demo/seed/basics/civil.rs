//! 民政局, 残疾人联合会, 退役军人事务局 and 民族宗教事务局: marriage, social
//! assistance, social organisations, disability, veterans and religion.

use banshi_api::catalog::ItemKind::*;
use banshi_api::catalog::Theme::*;

use super::super::model::Pop::*;
use super::super::model::Scope::*;
use super::super::model::Who::*;
use super::super::model::{Basic, CERT2, FILE3, FOUND3, ONE, Role, b, form};

const MARRIAGE: &str = "《婚姻登记条例》";
const ASSISTANCE: &str = "《社会救助暂行办法》";
const DISABILITY: &str = "《中华人民共和国残疾人保障法》";
const VETERANS_LAW: &str = "《中华人民共和国退役军人保障法》";
const PENSIONS: &str = "《军人抚恤优待条例》";
const RELIGION: &str = "《宗教事务条例》";

#[rustfmt::skip]
pub(in super::super) const CIVIL_AFFAIRS: &[Basic] = &[
    b("结婚登记", ONE, Confirmation, P, &[Marriage], A, 1, Daily, MARRIAGE, "结婚证"),
    b("离婚登记", ONE, Confirmation, P, &[Marriage], A, 30, Common, MARRIAGE, "离婚证"),
    b("补领婚姻登记证", ONE, Confirmation, P, &[Marriage, Documents], A, 0, Common, MARRIAGE, "结婚证（离婚证）"),
    b("婚姻登记档案查询", ONE, PublicService, P, &[Marriage, Documents], A, 0, Common, MARRIAGE, "婚姻登记档案查询证明"),
    b("内地居民与港澳台居民、华侨、外国人结婚登记", ONE, Confirmation, P, &[Marriage], C, 1, Rare, MARRIAGE, "结婚证"),
    b("收养登记", ONE, Confirmation, P, &[Birth], A, 30, Few, "《中国公民收养子女登记办法》", "收养登记证"),
    b("解除收养关系登记", ONE, Confirmation, P, &[], A, 30, Rare, "《中国公民收养子女登记办法》", "解除收养关系证明"),
    b("最低生活保障申请", ONE, Benefit, P, &[SocialSecurity], A, 30, Daily, ASSISTANCE, "最低生活保障审核确认通知书"),
    b("特困人员救助供养申请", ONE, Benefit, P, &[SocialSecurity], A, 30, Common, ASSISTANCE, "特困人员救助供养证"),
    b("临时救助申请", ONE, Benefit, P, &[SocialSecurity], A, 15, Common, ASSISTANCE, "临时救助审批结果通知书"),
    b("居民家庭经济状况核对", ONE, PublicService, P, &[SocialSecurity], A, 10, Common, ASSISTANCE, "家庭经济状况核对报告"),
    b("高龄津贴申请", ONE, Benefit, P, &[Retirement], A, 20, Daily, "《中华人民共和国老年人权益保障法》", "高龄津贴发放通知"),
    b("困难残疾人生活补贴和重度残疾人护理补贴申请", ONE, Benefit, P, &[SocialSecurity], A, 20, Common, "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》", "补贴审核确认通知书"),
    b("孤儿基本生活保障金申请", ONE, Benefit, P, &[SocialSecurity], A, 30, Few, "《国务院办公厅关于加强孤儿保障工作的意见》", "孤儿基本生活保障金发放通知"),
    b("事实无人抚养儿童认定", ONE, Confirmation, P, &[SocialSecurity], A, 20, Few, "《民政部等12部门关于进一步加强事实无人抚养儿童保障工作的意见》", "认定结果通知书"),
    b("生活无着的流浪乞讨人员救助", ONE, PublicService, P, &[], A, 0, Few, "《城市生活无着的流浪乞讨人员救助管理办法》", "救助登记"),
    b("基本殡葬服务费用减免", ONE, Benefit, P, &[Bereavement], A, 10, Common, "《殡葬管理条例》", "费用减免确认单"),
    b("社会团体", FOUND3, Licensing, O, &[BusinessStart], A, 60, Few, "《社会团体登记管理条例》", "社会团体法人登记证书"),
    b("民办非企业单位", FOUND3, Licensing, O, &[BusinessStart], A, 30, Few, "《民办非企业单位登记管理暂行条例》", "民办非企业单位（法人）登记证书"),
    b("社会团体修改章程核准", ONE, Licensing, O, &[BusinessChange], C, 30, Rare, "《社会团体登记管理条例》", "章程核准通知书"),
    b("社会组织年度检查", ONE, OtherPower, O, &[], A, 30, Common, "《社会团体登记管理条例》", "年度检查结论"),
    b("慈善组织认定", ONE, Confirmation, O, &[], C, 20, Rare, "《中华人民共和国慈善法》", "慈善组织登记证书"),
    b("公开募捐资格审核", ONE, Licensing, O, &[], C, 20, Rare, "《中华人民共和国慈善法》", "公开募捐资格证书"),
    b("慈善信托备案", ONE, Filing, O, &[], C, 7, Rare, "《中华人民共和国慈善法》", "慈善信托备案回执"),
    b("养老机构", FILE3, Filing, O, &[BusinessStart], A, 0, Few, "《中华人民共和国老年人权益保障法》", "养老机构备案回执"),
    b("经营性公墓建设审核", ONE, ReviewAndReferral, O, &[Construction], C, 20, Rare, "《殡葬管理条例》", "审核意见"),
    b("殡仪馆、火葬场建设审批", ONE, Licensing, O, &[Construction], C, 20, Rare, "《殡葬管理条例》", "建设批复"),
    b("农村公益性墓地建设审批", ONE, Licensing, O, &[Construction], D, 20, Rare, "《殡葬管理条例》", "建设批复"),
    b("地名命名、更名审批", ONE, OtherPower, O, &[], A, 20, Rare, "《地名管理条例》", "地名命名（更名）批复"),
];

#[rustfmt::skip]
pub(in super::super) const DISABLED_PERSONS: &[Basic] = &[
    b("残疾人证", &[form("申领", Role::Main), form("换领", Role::Renew), form("补领", Role::Reissue), form("迁移", Role::Change), form("残疾类别等级变更", Role::Change), form("注销", Role::Cancel)], PublicService, P, &[Documents], A, 20, Daily, DISABILITY, "中华人民共和国残疾人证"),
    b("残疾人辅助器具适配补贴申请", ONE, Benefit, P, &[SocialSecurity], A, 20, Common, DISABILITY, "补贴审核结果"),
    b("残疾儿童康复救助申请", ONE, Benefit, P, &[Birth, SocialSecurity], A, 20, Common, "《国务院关于建立残疾儿童康复救助制度的意见》", "康复救助审核结果"),
    b("残疾人机动轮椅车燃油补贴申请", ONE, Benefit, P, &[], A, 20, Few, DISABILITY, "补贴审核结果"),
    b("残疾人自主创业扶持补贴申请", ONE, Benefit, P, &[Work], A, 20, Few, "《残疾人就业条例》", "补贴审核结果"),
    b("残疾大学生及残疾人家庭子女入学资助申请", ONE, Benefit, P, &[Schooling], A, 20, Few, DISABILITY, "资助审核结果"),
    b("残疾人托养服务补贴申请", ONE, Benefit, P, &[SocialSecurity], A, 20, Few, DISABILITY, "补贴审核结果"),
    b("用人单位按比例安排残疾人就业情况审核", ONE, OtherPower, O, &[], A, 20, Common, "《残疾人就业条例》", "审核意见"),
];

#[rustfmt::skip]
pub(in super::super) const VETERANS: &[Basic] = &[
    b("退役士兵自主就业地方一次性经济补助金给付", ONE, Benefit, P, &[Work], A, 20, Common, VETERANS_LAW, "补助金发放通知"),
    b("退役士兵报到", ONE, PublicService, P, &[Work], A, 0, Common, VETERANS_LAW, "报到登记回执"),
    b("退役军人优待证", CERT2, PublicService, P, &[Documents], A, 20, Common, VETERANS_LAW, "退役军人优待证"),
    b("光荣牌悬挂", ONE, PublicService, P, &[], A, 0, Common, VETERANS_LAW, "光荣牌"),
    b("义务兵家庭优待金给付", ONE, Benefit, P, &[], A, 20, Common, PENSIONS, "优待金发放通知"),
    b("伤残人员抚恤关系转移", ONE, PublicService, P, &[], A, 20, Few, PENSIONS, "抚恤关系转移证明"),
    b("残疾等级评定审核", ONE, ReviewAndReferral, P, &[], A, 60, Few, PENSIONS, "审核意见"),
    b("在乡复员军人定期生活补助给付", ONE, Benefit, P, &[], A, 20, Few, PENSIONS, "补助发放通知"),
    b("带病回乡退伍军人认定", ONE, Confirmation, P, &[], A, 20, Few, PENSIONS, "认定结果通知书"),
    b("参战参试退役人员身份认定", ONE, Confirmation, P, &[], A, 20, Few, PENSIONS, "认定结果通知书"),
    b("烈士褒扬金给付", ONE, Benefit, P, &[Bereavement], A, 20, Rare, "《烈士褒扬条例》", "褒扬金发放通知"),
    b("烈士遗属定期抚恤金给付", ONE, Benefit, P, &[Bereavement], A, 20, Rare, "《烈士褒扬条例》", "抚恤金发放通知"),
    b("退役军人创业贷款贴息申请", ONE, Benefit, P, &[Work], A, 30, Few, VETERANS_LAW, "贴息审核结果"),
    b("退役士兵安排工作", ONE, OtherPower, P, &[Work], A, 30, Few, "《退役军人安置条例》", "安置通知书"),
    b("军队离休退休干部接收安置", ONE, OtherPower, P, &[Retirement], C, 30, Rare, VETERANS_LAW, "接收安置通知"),
];

#[rustfmt::skip]
pub(in super::super) const ETHNIC_RELIGIOUS: &[Basic] = &[
    b("宗教活动场所筹备设立审核", ONE, ReviewAndReferral, O, &[], C, 30, Rare, RELIGION, "审核意见"),
    b("宗教活动场所", &[form("登记", Role::Main), form("变更登记", Role::Change), form("注销登记", Role::Cancel)], Licensing, O, &[], A, 30, Rare, RELIGION, "宗教活动场所登记证"),
    b("宗教教职人员", FILE3, Filing, P, &[], C, 20, Rare, RELIGION, "备案回执"),
    b("宗教活动场所内改建或者新建建筑物审批", ONE, Licensing, O, &[Construction], C, 20, Rare, RELIGION, "审批决定书"),
    b("宗教临时活动地点审批", ONE, Licensing, O, &[], A, 20, Rare, RELIGION, "审批决定书"),
    b("大型宗教活动审批", ONE, Licensing, O, &[], C, 20, Rare, RELIGION, "审批决定书"),
    b("民族成份变更审核", ONE, Confirmation, P, &[Documents], C, 30, Rare, "《中国公民民族成份登记管理办法》", "审核意见"),
];
