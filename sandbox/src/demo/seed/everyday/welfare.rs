//! Guides for social security cards, pensions, jobs, health insurance, the
//! housing fund and real-estate registration.

use banshi_api::catalog::{MaterialSource, Medium, Processing};

use super::super::fees::ESTATE_REGISTRATION;
use super::{BASE, COPY, FORM, Guide, LIBRARY, Mat, Need, PAPER};

const INSURANCE_LAW: &str = "《中华人民共和国社会保险法》";
const ESTATE_LAWS: &[&str] = &[
    "《中华人民共和国民法典》第二百零九条",
    "《不动产登记暂行条例》",
    "《不动产登记暂行条例实施细则》",
];

const ID_CARD: Mat = Mat {
    name: "居民身份证",
    standard: "在有效期内，与申请人本人一致",
    ..LIBRARY
};

const BANK_ACCOUNT: Mat = Mat {
    name: "本人银行账户（一类借记卡）或者社会保障卡金融账户",
    medium: Medium::PaperOrElectronic,
    standard: "账户为申请人本人名下，状态正常",
    ..COPY
};

const SOCIAL_SECURITY_CARD: Guide = Guide {
    name: "社会保障卡申领",
    legal_basis: &["《中华人民共和国社会保险法》第五十八条"],
    conditions: &[
        "参加社会保险或者享受人力资源社会保障公共服务的人员",
        "首次申领，或者原卡已注销需要重新申领",
    ],
    statutory_days: 20,
    promised_days: 15,
    materials: &[
        ID_CARD,
        Mat {
            name: "近期免冠彩色证件照片",
            need: Need::Optional,
            medium: Medium::Electronic,
            notes: Some("可上传电子照片；公安部门照片库中已有合格照片的无需提交"),
            standard: "白底彩色正面免冠照片",
            ..PAPER
        },
        Mat {
            name: "监护人居民身份证",
            need: Need::If("未成年人由监护人代为申领的"),
            standard: "在有效期内，监护关系清楚",
            ..PAPER
        },
    ],
    ems_delivery: true,
    universal_scope: Some("跨省通办"),
    result: "中华人民共和国社会保障卡",
    faq: &[
        (
            "社保卡可以当场拿到吗？",
            "到具备即时制卡条件的合作银行网点申领，可当场制卡；网上申领的制卡后邮寄到家。",
        ),
        (
            "社保卡有什么用途？",
            "可用于就医购药结算、领取社会保险待遇和惠民惠农补贴，以及乘坐公交、借阅图书等居民服务。",
        ),
    ],
    popularity: 3_500,
    ..BASE
};

const RESIDENT_PENSION_ENROLMENT: Guide = Guide {
    name: "城乡居民养老保险参保登记",
    legal_basis: &[
        INSURANCE_LAW,
        "《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）",
    ],
    conditions: &[
        "年满十六周岁（不含在校学生）",
        "非国家机关和事业单位工作人员，且不属于职工基本养老保险覆盖范围",
        "在户籍所在地参保",
    ],
    processing: Processing::Immediate,
    statutory_days: 1,
    promised_days: 0,
    materials: &[
        ID_CARD,
        Mat {
            name: "《城乡居民基本养老保险参保登记表》",
            standard: "填写完整，由本人签字或者在线确认",
            ..FORM
        },
        Mat {
            name: "居民户口簿",
            need: Need::If("户籍信息无法通过共享核验的"),
            standard: "户籍地在本县（区）",
            ..PAPER
        },
    ],
    universal_scope: Some("全市通办"),
    result: "参保登记信息",
    faq: &[
        (
            "缴费档次怎么选？",
            "可在当年公布的缴费档次中自愿选择，多缴多得，政府按档次给予缴费补贴。",
        ),
        (
            "已经参加职工养老保险还能参加吗？",
            "不能重复参保，同一时间只能参加一种基本养老保险。",
        ),
    ],
    popularity: 2_200,
    ..BASE
};

const EMPLOYMENT_CARD: Guide = Guide {
    name: "就业创业证申领",
    legal_basis: &["《中华人民共和国就业促进法》", "《就业服务与就业管理规定》"],
    conditions: &[
        "法定劳动年龄内、有劳动能力的城乡劳动者",
        "已办理就业登记或者失业登记",
    ],
    processing: Processing::Immediate,
    statutory_days: 1,
    promised_days: 0,
    materials: &[
        ID_CARD,
        Mat {
            name: "近期免冠照片",
            need: Need::Optional,
            medium: Medium::Electronic,
            standard: "白底彩色正面免冠照片",
            ..PAPER
        },
    ],
    universal_scope: Some("全省通办"),
    result: "就业创业证",
    faq: &[
        (
            "就业创业证有什么用？",
            "是劳动者享受就业创业扶持政策的凭证，可用于申请创业担保贷款、职业培训补贴、社会保险补贴等。",
        ),
        (
            "可以网上申领电子证吗？",
            "可以，通过皖事通App或者安徽政务服务网在线申领，电子证与纸质证具有同等效力。",
        ),
    ],
    popularity: 1_600,
    ..BASE
};

const UNEMPLOYMENT_BENEFIT: Guide = Guide {
    name: "失业保险金申领",
    legal_basis: &[
        "《中华人民共和国社会保险法》第四十五条",
        "《失业保险条例》第十四条",
        "《失业保险金申领发放办法》",
    ],
    conditions: &[
        "失业前用人单位和本人已经缴纳失业保险费满一年",
        "非因本人意愿中断就业",
        "已经进行失业登记，并有求职要求",
    ],
    statutory_days: 10,
    promised_days: 3,
    materials: &[
        Mat {
            name: "居民身份证或者社会保障卡",
            standard: "在有效期内",
            ..LIBRARY
        },
        Mat {
            name: "解除或者终止劳动关系的证明",
            need: Need::If("系统无法查询劳动关系解除信息的"),
            standard: "由原用人单位出具并盖章",
            ..COPY
        },
        BANK_ACCOUNT,
    ],
    universal_scope: Some("全市通办"),
    result: "失业保险待遇核定结果",
    faq: &[
        (
            "失业保险金能领多久？",
            "累计缴费满1年不足5年的，最长领取12个月；满5年不足10年的，最长18个月；10年以上的，最长24个月。",
        ),
        (
            "领取失业保险金期间医保怎么办？",
            "领取失业保险金期间的基本医疗保险费由失业保险基金代缴，个人不缴纳。",
        ),
    ],
    popularity: 1_200,
    ..BASE
};

const MEDICAL_FILING: Guide = Guide {
    name: "医保异地就医备案",
    legal_basis: &[
        INSURANCE_LAW,
        "《国家医疗保障局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）",
    ],
    conditions: &[
        "参加亳州市基本医疗保险且处于正常参保状态",
        "属于异地长期居住人员、临时外出就医人员或者转诊转院人员",
    ],
    processing: Processing::Immediate,
    statutory_days: 1,
    promised_days: 0,
    materials: &[
        Mat {
            name: "医保电子凭证或者居民身份证",
            standard: "参保状态正常",
            ..LIBRARY
        },
        Mat {
            name: "《基本医疗保险参保人员异地就医备案表》",
            standard: "填写完整，备案地、备案期限明确",
            ..FORM
        },
        Mat {
            name: "个人承诺书",
            need: Need::If("异地长期居住人员以承诺制备案的"),
            medium: Medium::Electronic,
            standard: "在线签署",
            ..PAPER
        },
        Mat {
            name: "转诊转院证明",
            need: Need::If("转诊转院就医的"),
            source: MaterialSource::IssuingDepartment,
            standard: "由参保地定点医疗机构出具",
            ..PAPER
        },
    ],
    universal_scope: Some("跨省通办"),
    result: "异地就医备案信息",
    faq: &[
        (
            "备案后多久生效？",
            "备案即时生效，可在备案地的跨省联网定点医疗机构直接结算。",
        ),
        (
            "临时外出就医没有提前备案怎么办？",
            "可在出院结算前补办备案，也可回参保地按规定申请零星医疗费用报销。",
        ),
    ],
    popularity: 3_000,
    ..BASE
};

const HOUSING_FUND_WITHDRAWAL: Guide = Guide {
    name: "住房公积金提取",
    legal_basis: &["《住房公积金管理条例》第二十四条"],
    conditions: &[
        "购买、建造、翻建、大修自住住房的",
        "偿还购房贷款本息的",
        "租赁自住住房，房租超出家庭工资收入规定比例的",
        "离休、退休，完全丧失劳动能力并与单位终止劳动关系，或者出境定居的",
    ],
    statutory_days: 3,
    promised_days: 1,
    materials: &[
        ID_CARD,
        BANK_ACCOUNT,
        Mat {
            name: "购房合同或者不动产权证书",
            need: Need::If("购买自住住房提取的"),
            notes: Some("网签备案和不动产登记信息可共享核验的无需提交"),
            standard: "房屋权利人为职工本人或者配偶",
            ..LIBRARY
        },
        Mat {
            name: "房屋租赁合同",
            need: Need::If("租房提取且租赁信息无法共享核验的"),
            standard: "租赁房屋位于本市，合同在有效期内",
            ..COPY
        },
        Mat {
            name: "退休证明",
            need: Need::If("离退休提取的"),
            standard: "社保退休信息可核验的无需提交",
            ..LIBRARY
        },
    ],
    universal_scope: Some("跨省通办"),
    result: "住房公积金提取到账",
    faq: &[
        (
            "租房提取每年能提多少？",
            "按亳州市公布的租房提取额度执行，可按月或者按年提取，额度以公积金中心当年公布为准。",
        ),
        (
            "提取后多久到账？",
            "网上提取审核通过后，一般1个工作日内转入本人银行账户。",
        ),
    ],
    popularity: 6_000,
    ..BASE
};

const ESTATE_APPLICATION_FORM: Mat = Mat {
    name: "《不动产登记申请书》",
    standard: "填写完整，申请人签字或者盖章",
    ..FORM
};

const ESTATE_FIRST: Guide = Guide {
    name: "不动产首次登记",
    legal_basis: ESTATE_LAWS,
    conditions: &[
        "申请人为不动产权利人",
        "不动产权属来源合法，界址清楚、面积准确",
        "房屋已竣工并通过规划核实和竣工验收",
    ],
    statutory_days: 30,
    promised_days: 5,
    visits: 1,
    online_depth: 3,
    materials: &[
        ESTATE_APPLICATION_FORM,
        Mat {
            name: "申请人身份证明",
            standard: "自然人提交居民身份证，单位提交营业执照",
            ..LIBRARY
        },
        Mat {
            name: "土地权属来源证明（不动产权证书或者国有建设用地使用权出让合同及价款缴纳凭证）",
            standard: "权利人与申请人一致，价款已缴清",
            ..PAPER
        },
        Mat {
            name: "建设工程规划核实意见和竣工验收备案材料",
            source: MaterialSource::IssuingDepartment,
            notes: Some("通过工程建设项目审批管理系统共享的无需提交"),
            standard: "规划核实合格，竣工验收已备案",
            ..COPY
        },
        Mat {
            name: "不动产权籍调查成果（房屋测绘报告）",
            standard: "由具备资质的测绘单位出具，界址、面积清楚",
            ..PAPER
        },
    ],
    fees: &[ESTATE_REGISTRATION],
    online_payment: true,
    ems_delivery: true,
    booking: true,
    visit_reason: Some("需核验权属来源原件并现场签署登记申请"),
    result: "不动产权证书",
    faq: &[
        (
            "首次登记需要多长时间？",
            "法定时限为30个工作日，本中心承诺5个工作日内办结。",
        ),
        (
            "新建商品房由谁申请首次登记？",
            "由房地产开发企业申请房屋所有权首次登记，购房人再申请转移登记。",
        ),
    ],
    popularity: 900,
    ..BASE
};

const ESTATE_TRANSFER: Guide = Guide {
    name: "不动产转移登记",
    legal_basis: ESTATE_LAWS,
    conditions: &[
        "买卖、赠与、继承等导致不动产权利转移",
        "买卖双方已签订房屋买卖合同并完成网签备案",
        "已依法缴纳契税等相关税费，不动产未被查封",
    ],
    statutory_days: 30,
    promised_days: 3,
    visits: 1,
    online_depth: 3,
    materials: &[
        ESTATE_APPLICATION_FORM,
        Mat {
            name: "买卖双方居民身份证",
            standard: "在有效期内",
            ..LIBRARY
        },
        Mat {
            name: "原不动产权证书",
            standard: "权利人与出卖人一致",
            ..PAPER
        },
        Mat {
            name: "房屋买卖合同（网签备案）",
            notes: Some("网签备案信息可共享核验"),
            standard: "已完成网签备案，信息与申请一致",
            ..LIBRARY
        },
        Mat {
            name: "完税凭证",
            source: MaterialSource::IssuingDepartment,
            medium: Medium::Electronic,
            notes: Some("在不动产登记窗口一窗缴税的，通过部门共享获取"),
            standard: "契税、个人所得税等已缴清",
            ..PAPER
        },
        Mat {
            name: "出卖人配偶同意出售的书面意见",
            need: Need::If("出卖的房屋为夫妻共有的"),
            standard: "由配偶本人签字",
            ..PAPER
        },
    ],
    fees: &[ESTATE_REGISTRATION],
    online_payment: true,
    ems_delivery: true,
    booking: true,
    visit_reason: Some("需买卖双方到场核验身份并签署登记申请"),
    universal_scope: Some("全市通办"),
    result: "不动产权证书",
    faq: &[
        (
            "二手房过户和缴税能一次办吗？",
            "可以。交易、缴税和登记在不动产登记窗口一窗受理、一次办结。",
        ),
        (
            "卖方在外地不能到场怎么办？",
            "可以委托他人办理，受托人持经公证的授权委托书和本人身份证件办理。",
        ),
    ],
    popularity: 4_500,
    ..BASE
};

pub(super) const GUIDES: &[Guide] = &[
    SOCIAL_SECURITY_CARD,
    RESIDENT_PENSION_ENROLMENT,
    EMPLOYMENT_CARD,
    UNEMPLOYMENT_BENEFIT,
    MEDICAL_FILING,
    HOUSING_FUND_WITHDRAWAL,
    ESTATE_FIRST,
    ESTATE_TRANSFER,
];
