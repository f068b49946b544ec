//! 人力资源和社会保障局, 医疗保障局 and 住房公积金管理中心: pensions, jobs,
//! work injury, health insurance and the housing fund.

use banshi_api::catalog::ItemKind::*;
use banshi_api::catalog::Theme::*;

use super::super::model::Pop::*;
use super::super::model::Scope::*;
use super::super::model::Who::*;
use super::super::model::{Basic, FILE2, NEW3, NEW4, ONE, Role, b, form};

const INSURANCE: &str = "《中华人民共和国社会保险法》";
const PENSION: &str = "《国务院关于建立统一的城乡居民基本养老保险制度的意见》";
const INJURY: &str = "《工伤保险条例》";
const UNEMPLOYMENT: &str = "《失业保险条例》";
const EMPLOYMENT: &str = "《中华人民共和国就业促进法》";
const FILES: &str = "《流动人员人事档案管理服务规定》";
const LABOUR: &str = "《中华人民共和国劳动法》";
const FUND: &str = "《住房公积金管理条例》";

#[rustfmt::skip]
pub(in super::super) const HUMAN_RESOURCES: &[Basic] = &[
    b("社会保障卡", &[form("申领", Role::Main), form("补领", Role::Reissue), form("换领", Role::Renew), form("挂失", Role::Cancel)], PublicService, P, &[SocialSecurity, Documents], A, 20, Daily, INSURANCE, "中华人民共和国社会保障卡"),
    b("城乡居民养老保险参保登记", ONE, PublicService, P, &[SocialSecurity], A, 0, Daily, PENSION, "参保登记信息"),
    b("城乡居民养老保险参保信息变更登记", ONE, PublicService, P, &[SocialSecurity], A, 0, Common, PENSION, "变更登记信息"),
    b("城乡居民养老保险待遇申领", ONE, Benefit, P, &[Retirement], A, 20, Common, PENSION, "待遇核定结果"),
    b("城乡居民养老保险关系转移接续", ONE, PublicService, P, &[SocialSecurity], A, 15, Common, PENSION, "转移接续结果"),
    b("城乡居民养老保险注销登记", ONE, PublicService, P, &[Bereavement], A, 0, Few, PENSION, "注销登记结果"),
    b("职工参保登记", ONE, PublicService, B, &[Work, SocialSecurity], A, 0, Daily, INSURANCE, "参保登记信息"),
    b("单位参保登记", ONE, PublicService, O, &[BusinessStart], A, 0, Common, INSURANCE, "社会保险登记信息"),
    b("单位参保信息变更登记", ONE, PublicService, O, &[BusinessChange], A, 0, Common, INSURANCE, "变更登记信息"),
    b("单位社会保险注销登记", ONE, PublicService, O, &[BusinessClosure], A, 0, Few, INSURANCE, "注销登记信息"),
    b("机关事业单位养老保险参保登记", ONE, PublicService, O, &[SocialSecurity], A, 0, Few, "《国务院关于机关事业单位工作人员养老保险制度改革的决定》", "参保登记信息"),
    b("职工正常退休（职）申请", ONE, Benefit, P, &[Retirement], A, 20, Common, INSURANCE, "退休审批结果"),
    b("企业职工基本养老保险待遇申领", ONE, Benefit, P, &[Retirement], A, 20, Common, INSURANCE, "待遇核定结果"),
    b("基本养老保险关系转移接续申请", ONE, PublicService, P, &[SocialSecurity, Work], A, 15, Common, "《城镇企业职工基本养老保险关系转移接续暂行办法》", "转移接续结果"),
    b("基本养老保险个人账户一次性待遇申领", ONE, Benefit, P, &[Bereavement], A, 20, Few, INSURANCE, "待遇核定结果"),
    b("丧葬补助金、抚恤金申领", ONE, Benefit, P, &[Bereavement], A, 20, Common, INSURANCE, "待遇核定结果"),
    b("病残津贴申领", ONE, Benefit, P, &[Retirement], A, 20, Rare, INSURANCE, "待遇核定结果"),
    b("领取养老金人员待遇资格认证", ONE, PublicService, P, &[Retirement], A, 0, Daily, INSURANCE, "认证结果"),
    b("特殊工种提前退休核准", ONE, Confirmation, P, &[Retirement], C, 20, Few, INSURANCE, "核准结果"),
    b("因病或非因工致残完全丧失劳动能力提前退休核准", ONE, Confirmation, P, &[Retirement], C, 20, Rare, INSURANCE, "核准结果"),
    b("失业保险金申领", ONE, Benefit, P, &[Work], A, 10, Daily, UNEMPLOYMENT, "失业保险待遇核定结果"),
    b("失业保险关系转移接续", ONE, PublicService, P, &[Work], A, 15, Few, UNEMPLOYMENT, "转移接续结果"),
    b("失业保险稳岗返还", ONE, Benefit, O, &[], A, 20, Common, UNEMPLOYMENT, "返还资金拨付通知"),
    b("技能提升补贴申领", ONE, Benefit, P, &[Work], A, 20, Common, UNEMPLOYMENT, "补贴发放通知"),
    b("失业人员丧葬补助金和抚恤金申领", ONE, Benefit, P, &[Bereavement], A, 20, Few, UNEMPLOYMENT, "待遇核定结果"),
    b("工伤认定申请", ONE, Confirmation, B, &[Work], C, 60, Common, INJURY, "认定工伤决定书"),
    b("劳动能力鉴定申请", ONE, Confirmation, P, &[Work], C, 60, Common, INJURY, "劳动能力鉴定结论书"),
    b("工伤医疗费用报销", ONE, Benefit, P, &[Work], C, 20, Common, INJURY, "待遇核定结果"),
    b("一次性工伤医疗补助金申领", ONE, Benefit, P, &[Work], C, 20, Few, INJURY, "待遇核定结果"),
    b("伤残待遇申领", ONE, Benefit, P, &[Work], C, 20, Few, INJURY, "待遇核定结果"),
    b("工亡待遇申领", ONE, Benefit, P, &[Bereavement], C, 20, Rare, INJURY, "待遇核定结果"),
    b("工伤职工转诊转院备案", ONE, Filing, P, &[Work], C, 0, Few, INJURY, "备案结果"),
    b("就业创业证申领", ONE, PublicService, P, &[Work], A, 0, Daily, EMPLOYMENT, "就业创业证"),
    b("就业登记", ONE, PublicService, B, &[Work], A, 0, Common, EMPLOYMENT, "就业登记信息"),
    b("失业登记", ONE, PublicService, P, &[Work], A, 0, Common, EMPLOYMENT, "失业登记信息"),
    b("创业担保贷款申请", ONE, PublicService, P, &[Work, BusinessStart], A, 15, Common, EMPLOYMENT, "贷款审核意见"),
    b("灵活就业人员社会保险补贴申领", ONE, Benefit, P, &[Work], A, 20, Common, EMPLOYMENT, "补贴发放通知"),
    b("一次性创业补贴申领", ONE, Benefit, P, &[Work, BusinessStart], A, 20, Few, EMPLOYMENT, "补贴发放通知"),
    b("就业见习补贴申领", ONE, Benefit, O, &[Work], A, 20, Few, EMPLOYMENT, "补贴发放通知"),
    b("职业培训补贴申领", ONE, Benefit, B, &[Work], A, 20, Common, EMPLOYMENT, "补贴发放通知"),
    b("求职创业补贴申领", ONE, Benefit, P, &[Work, Schooling], A, 20, Few, EMPLOYMENT, "补贴发放通知"),
    b("一次性吸纳就业补贴申领", ONE, Benefit, O, &[], A, 20, Few, EMPLOYMENT, "补贴发放通知"),
    b("经营性人力资源服务机构从事职业中介活动许可", NEW3, Licensing, O, &[OperatingPermit], C, 20, Few, "《人力资源市场暂行条例》", "人力资源服务许可证"),
    b("人力资源服务机构业务", FILE2, Filing, O, &[OperatingPermit], C, 0, Few, "《人力资源市场暂行条例》", "备案回执"),
    b("劳务派遣经营许可", NEW4, Licensing, O, &[OperatingPermit], C, 20, Few, "《中华人民共和国劳动合同法》", "劳务派遣经营许可证"),
    b("企业实行不定时工作制和综合计算工时工作制审批", ONE, Licensing, O, &[], C, 20, Few, LABOUR, "审批决定书"),
    b("劳动人事争议仲裁", ONE, Adjudication, B, &[Work], A, 45, Common, "《中华人民共和国劳动争议调解仲裁法》", "仲裁裁决书"),
    b("专业技术职务任职资格评审申报", ONE, ReviewAndReferral, P, &[Work], C, 30, Few, "《职称评审管理暂行规定》", "审核意见"),
    b("技工学校设立、变更及终止审批", ONE, Licensing, O, &[Schooling], C, 30, Rare, "《中华人民共和国职业教育法》", "审批决定书"),
    b("民办职业培训学校设立、分立、合并、变更及终止审批", ONE, Licensing, O, &[], C, 30, Rare, "《中华人民共和国民办教育促进法》", "民办学校办学许可证"),
    b("流动人员人事档案接收", ONE, PublicService, P, &[Work], A, 0, Common, FILES, "档案接收回执"),
    b("流动人员人事档案转递", ONE, PublicService, P, &[Work], A, 0, Common, FILES, "档案转递通知单"),
    b("流动人员人事档案查（借）阅", ONE, PublicService, B, &[Work], A, 0, Few, FILES, "查阅登记"),
    b("依据流动人员人事档案记载出具相关证明", ONE, PublicService, P, &[Work], A, 0, Few, FILES, "档案证明"),
    b("高校毕业生报到", ONE, PublicService, P, &[Work, Schooling], A, 0, Common, EMPLOYMENT, "报到登记回执"),
    b("社会保险个人权益记录查询打印", ONE, PublicService, P, &[SocialSecurity], A, 0, Daily, INSURANCE, "个人权益记录单"),
    b("被征地农民基本养老保障资格确认", ONE, Confirmation, P, &[SocialSecurity], A, 20, Few, INSURANCE, "资格确认结果"),
    b("企业年金方案备案", ONE, Filing, O, &[], C, 15, Rare, "《企业年金办法》", "备案复函"),
    b("集体合同审查", ONE, OtherPower, O, &[], A, 15, Few, LABOUR, "集体合同审查意见书"),
    b("经济性裁员报告", ONE, Filing, O, &[BusinessClosure], A, 0, Rare, "《中华人民共和国劳动合同法》", "报告回执"),
    b("职业技能等级认定机构备案", ONE, Filing, O, &[Work], C, 10, Few, "《中华人民共和国职业教育法》", "备案回执"),
    b("高层次人才认定", ONE, Confirmation, P, &[Work], C, 20, Few, EMPLOYMENT, "人才认定证书"),
    b("博士后科研工作站设站申报", ONE, ReviewAndReferral, O, &[], C, 30, Rare, "《博士后管理工作规定》", "审核意见"),
    b("劳动保障监察投诉受理", ONE, OtherPower, B, &[Work], C, 60, Common, "《劳动保障监察条例》", "投诉处理结果告知书"),
    b("企业职工基本养老保险视同缴费年限认定", ONE, Confirmation, P, &[Retirement], C, 20, Few, INSURANCE, "视同缴费年限认定结果"),
];

const MEDICAL: &str = "《中华人民共和国社会保险法》";

#[rustfmt::skip]
pub(in super::super) const MEDICAL_INSURANCE: &[Basic] = &[
    b("医保异地就医备案", ONE, Filing, P, &[SocialSecurity], A, 0, Daily, "《国家医疗保障局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》", "异地就医备案信息"),
    b("城乡居民基本医疗保险参保登记", ONE, PublicService, P, &[SocialSecurity, Birth], A, 0, Daily, MEDICAL, "参保登记信息"),
    b("职工基本医疗保险参保登记", ONE, PublicService, B, &[SocialSecurity, Work], A, 0, Common, MEDICAL, "参保登记信息"),
    b("用人单位医疗保险参保登记", ONE, PublicService, O, &[BusinessStart], A, 0, Common, MEDICAL, "参保登记信息"),
    b("基本医疗保险参保信息变更登记", ONE, PublicService, B, &[SocialSecurity], A, 0, Common, MEDICAL, "变更登记信息"),
    b("基本医疗保险关系转移接续", ONE, PublicService, P, &[SocialSecurity, Work], A, 10, Common, "《基本医疗保险关系转移接续暂行办法》", "转移接续结果"),
    b("零星医疗费用报销", ONE, Benefit, P, &[SocialSecurity], A, 20, Common, MEDICAL, "待遇核定结果"),
    b("门诊慢特病病种待遇认定", ONE, Confirmation, P, &[SocialSecurity], A, 15, Common, MEDICAL, "待遇认定结果"),
    b("生育保险待遇核定与支付", ONE, Benefit, P, &[Childbearing], A, 20, Common, MEDICAL, "待遇核定结果"),
    b("医疗救助申请", ONE, Benefit, P, &[SocialSecurity], A, 20, Common, "《社会救助暂行办法》", "医疗救助审批结果"),
    b("医疗机构申请医保定点", ONE, PublicService, O, &[OperatingPermit], A, 30, Few, "《医疗机构医疗保障定点管理暂行办法》", "医保服务协议"),
    b("零售药店申请医保定点", ONE, PublicService, O, &[OperatingPermit], A, 30, Few, "《零售药店医疗保障定点管理暂行办法》", "医保服务协议"),
    b("基本医疗保险参保凭证打印", ONE, PublicService, P, &[SocialSecurity], A, 0, Common, MEDICAL, "参保凭证"),
    b("职工医保个人账户家庭共济绑定", ONE, PublicService, P, &[SocialSecurity], A, 0, Common, MEDICAL, "共济绑定信息"),
];

#[rustfmt::skip]
pub(in super::super) const HOUSING_FUND: &[Basic] = &[
    b("住房公积金提取", ONE, PublicService, P, &[Housing], A, 3, Daily, FUND, "住房公积金提取到账"),
    b("离退休提取住房公积金", ONE, PublicService, P, &[Retirement, Housing], A, 3, Common, FUND, "住房公积金提取到账"),
    b("偿还住房公积金贷款本息提取", ONE, PublicService, P, &[Housing], A, 3, Common, FUND, "住房公积金提取到账"),
    b("住房公积金个人住房贷款申请", ONE, PublicService, P, &[Housing], A, 15, Common, FUND, "住房公积金借款合同"),
    b("住房公积金贷款提前还款", ONE, PublicService, P, &[Housing], A, 0, Common, FUND, "还款凭证"),
    b("住房公积金单位缴存登记", ONE, PublicService, O, &[BusinessStart], A, 0, Common, FUND, "单位缴存登记信息"),
    b("住房公积金单位缴存信息变更", ONE, PublicService, O, &[BusinessChange], A, 0, Few, FUND, "变更登记信息"),
    b("住房公积金单位缴存注销", ONE, PublicService, O, &[BusinessClosure], A, 0, Few, FUND, "注销登记信息"),
    b("住房公积金个人账户设立", ONE, PublicService, B, &[Work, Housing], A, 0, Common, FUND, "个人账户信息"),
    b("住房公积金异地转移接续", ONE, PublicService, P, &[Work, Housing], A, 0, Common, FUND, "转移接续结果"),
    b("灵活就业人员住房公积金缴存", ONE, PublicService, P, &[Work, Housing], A, 0, Few, FUND, "缴存登记信息"),
    b("住房公积金缴存基数和比例调整", ONE, PublicService, O, &[], A, 0, Common, FUND, "调整结果"),
    b("降低住房公积金缴存比例或者缓缴审批", ONE, OtherPower, O, &[], A, 10, Rare, FUND, "审批意见"),
    b("住房公积金缴存使用证明出具", ONE, PublicService, P, &[Housing], A, 0, Common, FUND, "缴存使用证明"),
];
