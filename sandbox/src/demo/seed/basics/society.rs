//! 教育局, 文化和旅游局, 体育局, 司法局, 档案馆 and 数据资源管理局: school
//! places, culture and tourism permits, legal aid, archives and the
//! one-thing services (一件事) the hall runs itself.

use banshi_api::catalog::ItemKind::*;
use banshi_api::catalog::Theme::*;

use super::super::model::Pop::*;
use super::super::model::Scope::*;
use super::super::model::Who::*;
use super::super::model::{Basic, LIC5, NEW3, NEW4, ONE, Role, b, form};

const SCHOOLING_LAW: &str = "《中华人民共和国义务教育法》";
const PRIVATE_SCHOOLS: &str = "《中华人民共和国民办教育促进法》";
const TEACHERS: &str = "《教师资格条例》";
const RELICS: &str = "《中华人民共和国文物保护法》";
const PERFORMANCE: &str = "《营业性演出管理条例》";
const TRAVEL_AGENCIES: &str = "《旅行社条例》";
const LAWYERS: &str = "《中华人民共和国律师法》";
const ARCHIVES_LAW: &str = "《中华人民共和国档案法》";
const ONE_THING: &str =
    "《国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见》";

#[rustfmt::skip]
pub(in super::super) const EDUCATION: &[Basic] = &[
    b("义务教育入学", ONE, PublicService, P, &[Schooling], A, 30, Daily, SCHOOLING_LAW, "入学通知书"),
    b("义务教育阶段转学", ONE, PublicService, P, &[Schooling], A, 10, Common, SCHOOLING_LAW, "转学联系单"),
    b("适龄儿童、少年因身体状况需要延缓入学或者休学审批", ONE, Licensing, P, &[Schooling], A, 10, Rare, SCHOOLING_LAW, "审批决定书"),
    b("教师资格认定", ONE, Licensing, P, &[Work], A, 30, Common, TEACHERS, "教师资格证书"),
    b("教师资格证书补发换发", ONE, Licensing, P, &[Work], A, 20, Few, TEACHERS, "教师资格证书"),
    b("中小学教师资格定期注册", ONE, Confirmation, P, &[Work], A, 30, Few, "《中小学教师资格定期注册暂行办法》", "定期注册结果"),
    b("民办学校", &[form("设立审批", Role::Main), form("变更审批", Role::Change), form("终止审批", Role::Cancel)], Licensing, O, &[Schooling], A, 30, Rare, PRIVATE_SCHOOLS, "民办学校办学许可证"),
    b("非学科类校外培训机构设立审批", ONE, Licensing, O, &[OperatingPermit], A, 30, Few, PRIVATE_SCHOOLS, "民办学校办学许可证"),
    b("家庭经济困难学生资助申请", ONE, Benefit, P, &[Schooling], A, 20, Common, "《学生资助资金管理办法》", "资助审核结果"),
    b("生源地信用助学贷款申请", ONE, PublicService, P, &[Schooling], A, 20, Common, "《关于进一步完善国家助学贷款政策的通知》", "贷款合同"),
    b("普通高中学历证明出具", ONE, PublicService, P, &[Schooling, Work], A, 5, Few, "《中华人民共和国教育法》", "学历证明书"),
    b("普通话水平测试等级证书补发", ONE, PublicService, P, &[Work], A, 10, Few, "《普通话水平测试管理规定》", "普通话水平测试等级证书"),
    b("高级中学教师资格认定", ONE, Licensing, P, &[Work], C, 30, Few, TEACHERS, "教师资格证书"),
];

#[rustfmt::skip]
pub(in super::super) const CULTURE_TOURISM: &[Basic] = &[
    b("娱乐场所经营许可证", LIC5, Licensing, B, &[OperatingPermit], A, 20, Few, "《娱乐场所管理条例》", "娱乐场所经营许可证"),
    b("互联网上网服务营业场所经营单位设立审批", ONE, Licensing, B, &[OperatingPermit], A, 20, Few, "《互联网上网服务营业场所管理条例》", "网络文化经营许可证"),
    b("互联网上网服务营业场所经营单位变更审批", ONE, Licensing, B, &[BusinessChange], A, 20, Few, "《互联网上网服务营业场所管理条例》", "网络文化经营许可证"),
    b("营业性演出审批", ONE, Licensing, B, &[], A, 3, Few, PERFORMANCE, "营业性演出批准文件"),
    b("文艺表演团体设立审批", ONE, Licensing, O, &[OperatingPermit], C, 20, Rare, PERFORMANCE, "营业性演出许可证"),
    b("演出场所经营单位备案", ONE, Filing, O, &[OperatingPermit], C, 0, Rare, PERFORMANCE, "备案证明"),
    b("出版物零售业务经营许可", NEW3, Licensing, B, &[OperatingPermit], A, 20, Few, "《出版管理条例》", "出版物经营许可证"),
    b("从事包装装潢印刷品和其他印刷品印刷经营活动企业的设立、变更审批", ONE, Licensing, O, &[OperatingPermit], C, 20, Rare, "《印刷业管理条例》", "印刷经营许可证"),
    b("电影放映单位设立审批", ONE, Licensing, O, &[OperatingPermit], C, 20, Rare, "《中华人民共和国电影产业促进法》", "电影放映经营许可证"),
    b("旅行社业务经营许可", NEW3, Licensing, O, &[OperatingPermit], C, 20, Few, TRAVEL_AGENCIES, "旅行社业务经营许可证"),
    b("旅行社分社备案", ONE, Filing, O, &[OperatingPermit], C, 0, Rare, TRAVEL_AGENCIES, "旅行社分社备案登记证明"),
    b("旅行社服务网点备案", ONE, Filing, O, &[OperatingPermit], A, 0, Few, TRAVEL_AGENCIES, "旅行社服务网点备案登记证明"),
    b("在文物保护单位保护范围内进行其他建设工程或者爆破、钻探、挖掘等作业审批", ONE, Licensing, O, &[Construction], C, 20, Rare, RELICS, "审批决定书"),
    b("县级文物保护单位修缮审批", ONE, Licensing, O, &[Construction], A, 20, Rare, RELICS, "审批决定书"),
    b("A级旅游景区评定审核", ONE, ReviewAndReferral, O, &[], C, 30, Rare, "《旅游景区质量等级管理办法》", "审核意见"),
    b("非物质文化遗产代表性传承人认定申报", ONE, ReviewAndReferral, P, &[], C, 30, Rare, "《中华人民共和国非物质文化遗产法》", "审核意见"),
    b("设置卫星电视广播地面接收设施审批", ONE, Licensing, O, &[], C, 20, Rare, "《卫星电视广播地面接收设施管理规定》", "卫星地面接收设施接收外国卫星电视节目许可证"),
    b("卫星电视广播地面接收设施安装许可", ONE, Licensing, O, &[OperatingPermit], C, 20, Rare, "《卫星电视广播地面接收设施管理规定》", "卫星地面接收设施安装服务许可证"),
    b("市级非物质文化遗产代表性项目申报", ONE, ReviewAndReferral, B, &[], C, 30, Rare, "《中华人民共和国非物质文化遗产法》", "审核意见"),
    b("建设工程文物考古调查勘探", ONE, PublicService, O, &[Construction], C, 30, Few, RELICS, "考古调查勘探报告"),
];

#[rustfmt::skip]
pub(in super::super) const SPORTS: &[Basic] = &[
    b("经营高危险性体育项目许可", NEW4, Licensing, B, &[OperatingPermit], A, 30, Few, "《全民健身条例》", "高危险性体育项目经营许可证"),
    b("临时占用公共体育设施审批", ONE, Licensing, O, &[], C, 20, Rare, "《公共文化体育设施条例》", "审批决定书"),
    b("举办健身气功活动及设立站点审批", ONE, Licensing, O, &[], C, 20, Rare, "《健身气功管理办法》", "审批决定书"),
    b("运动员技术等级称号授予", ONE, Confirmation, P, &[], A, 20, Few, "《运动员技术等级管理办法》", "运动员技术等级证书"),
];

#[rustfmt::skip]
pub(in super::super) const JUSTICE: &[Basic] = &[
    b("法律援助申请", ONE, PublicService, P, &[], A, 7, Common, "《中华人民共和国法律援助法》", "给予法律援助决定书"),
    b("人民调解申请", ONE, PublicService, B, &[], A, 30, Common, "《中华人民共和国人民调解法》", "人民调解协议书"),
    b("基层法律服务工作者执业核准审核", ONE, ReviewAndReferral, P, &[Work], C, 20, Rare, "《基层法律服务工作者管理办法》", "审核意见"),
    b("律师执业许可审核", ONE, ReviewAndReferral, P, &[Work], C, 20, Few, LAWYERS, "审核意见"),
    b("律师事务所设立许可审核", ONE, ReviewAndReferral, O, &[BusinessStart], C, 20, Rare, LAWYERS, "审核意见"),
    b("公证员执业审核", ONE, ReviewAndReferral, P, &[Work], C, 20, Rare, "《中华人民共和国公证法》", "审核意见"),
    b("国家统一法律职业资格证书申领审核", ONE, ReviewAndReferral, P, &[Work], C, 20, Few, "《国家统一法律职业资格考试实施办法》", "审核意见"),
    b("司法鉴定人执业审核", ONE, ReviewAndReferral, P, &[Work], C, 20, Rare, "《司法鉴定人登记管理办法》", "审核意见"),
    b("公证机构设立审核", ONE, ReviewAndReferral, O, &[], C, 20, Rare, "《中华人民共和国公证法》", "审核意见"),
];

#[rustfmt::skip]
pub(in super::super) const ARCHIVES: &[Basic] = &[
    b("馆藏档案查阅利用", ONE, PublicService, B, &[Documents], A, 0, Common, ARCHIVES_LAW, "档案查阅利用登记"),
    b("档案复制件证明出具", ONE, PublicService, B, &[Documents], A, 3, Few, ARCHIVES_LAW, "档案证明"),
    b("档案工作先进集体和先进个人奖励", ONE, Reward, B, &[], C, 30, Rare, ARCHIVES_LAW, "奖励决定"),
    b("重大建设项目档案验收", ONE, OtherPower, O, &[Construction], C, 20, Rare, ARCHIVES_LAW, "档案验收意见"),
];

#[rustfmt::skip]
pub(in super::super) const DATA_RESOURCES: &[Basic] = &[
    b("新生儿出生一件事", ONE, PublicService, P, &[Birth], A, 5, Common, ONE_THING, "联办结果"),
    b("教育入学一件事", ONE, PublicService, P, &[Schooling], A, 20, Common, ONE_THING, "联办结果"),
    b("退休一件事", ONE, PublicService, P, &[Retirement], A, 20, Common, ONE_THING, "联办结果"),
    b("身后一件事", ONE, PublicService, P, &[Bereavement], A, 10, Common, ONE_THING, "联办结果"),
    b("企业开办一件事", ONE, PublicService, O, &[BusinessStart], A, 1, Common, ONE_THING, "营业执照、印章及发票等"),
    b("企业信息变更一件事", ONE, PublicService, O, &[BusinessChange], A, 3, Few, ONE_THING, "联办结果"),
    b("企业注销一件事", ONE, PublicService, O, &[BusinessClosure], A, 10, Few, ONE_THING, "联办结果"),
    b("开办餐饮店一件事", ONE, PublicService, B, &[OperatingPermit, BusinessStart], A, 10, Common, ONE_THING, "营业执照、食品经营许可证等"),
    b("二手房转移登记及水电气网联动过户一件事", ONE, PublicService, P, &[Housing], A, 5, Common, ONE_THING, "不动产权证书及过户结果"),
    b("工程建设项目全流程代办服务", ONE, PublicService, O, &[Construction], A, 0, Few, ONE_THING, "代办服务记录"),
    b("政务服务投诉处理", ONE, PublicService, B, &[], A, 5, Common, "《优化营商环境条例》", "投诉处理结果告知书"),
    b("公共数据开放申请", ONE, PublicService, B, &[], C, 10, Rare, "《安徽省政务数据资源管理办法》", "数据开放答复书"),
];
