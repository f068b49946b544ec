//! Guides for starting, changing and closing a business, and for the
//! permits most businesses need: food, drugs, public places, construction,
//! pollution, road haulage and tax registration.

use banshi_api::catalog::{MaterialSource, Medium, Processing};

use super::{BASE, COPY, FORM, Guide, LIBRARY, Mat, Need, PAPER};

const REGISTRATION_LAWS: &[&str] = &[
    "《中华人民共和国公司法》",
    "《中华人民共和国市场主体登记管理条例》",
    "《中华人民共和国市场主体登记管理条例实施细则》",
];

const COMPANY_FORM: Mat = Mat {
    name: "《公司登记（备案）申请书》",
    standard: "填写完整，由公司盖章、法定代表人签署",
    ..FORM
};

const BUSINESS_LICENCE: Mat = Mat {
    name: "营业执照",
    standard: "在有效期内，名称与申请书一致",
    ..LIBRARY
};

const LEGAL_REPRESENTATIVE_ID: Mat = Mat {
    name: "法定代表人（负责人）居民身份证",
    standard: "在有效期内",
    ..LIBRARY
};

const COMPANY_START: Guide = Guide {
    name: "企业设立登记",
    legal_basis: REGISTRATION_LAWS,
    conditions: &[
        "企业名称经自主申报符合《企业名称登记管理规定》",
        "有符合规定的住所（经营场所）",
        "股东、法定代表人及董事、监事、高级管理人员符合任职条件",
        "申请材料齐全、符合法定形式",
    ],
    statutory_days: 3,
    promised_days: 1,
    materials: &[
        COMPANY_FORM,
        Mat {
            name: "公司章程",
            standard: "全体股东签署，内容符合《中华人民共和国公司法》规定",
            ..PAPER
        },
        Mat {
            name: "股东的主体资格文件或者自然人身份证件",
            standard: "在有效期内，与章程记载一致",
            ..LIBRARY
        },
        Mat {
            name: "住所（经营场所）使用证明",
            notes: Some("可填写《住所（经营场所）申报承诺书》，以承诺代替证明"),
            standard: "地址真实，可以作为经营场所",
            ..COPY
        },
        Mat {
            name: "法定代表人、董事、监事和经理的任职文件",
            standard: "按章程规定的程序产生，签字齐全",
            ..PAPER
        },
        Mat {
            name: "前置审批文件或者许可证件",
            need: Need::If("经营范围含法律、行政法规规定须在登记前审批的项目的"),
            standard: "在有效期内",
            ..COPY
        },
    ],
    ems_delivery: true,
    universal_scope: Some("全省通办"),
    result: "营业执照",
    faq: &[
        (
            "开办企业要多长时间？",
            "通过“企业开办一网通办”一次提交营业执照、刻制印章、申领发票和社保登记，0.5个工作日内办结。",
        ),
        (
            "营业执照能邮寄吗？",
            "可以。申请时选择免费寄递，纸质营业执照和印章寄送到指定地址，也可下载电子营业执照。",
        ),
    ],
    popularity: 2_400,
    ..BASE
};

const COMPANY_CHANGE: Guide = Guide {
    name: "企业变更登记",
    legal_basis: REGISTRATION_LAWS,
    conditions: &[
        "变更事项已依法作出决议或者决定",
        "变更后的登记事项符合法律、行政法规规定",
        "自作出变更决议、决定或者法定变更事项发生之日起30日内申请",
    ],
    statutory_days: 3,
    promised_days: 1,
    materials: &[
        COMPANY_FORM,
        Mat {
            name: "变更决议或者决定",
            standard: "按章程规定作出，签字、盖章齐全",
            ..PAPER
        },
        Mat {
            name: "修改后的公司章程或者章程修正案",
            need: Need::If("变更事项涉及章程修改的"),
            standard: "由法定代表人签署",
            ..PAPER
        },
        Mat {
            name: "新住所（经营场所）使用证明",
            need: Need::If("变更住所的"),
            standard: "地址真实，可以作为经营场所",
            ..COPY
        },
        Mat {
            name: "新任法定代表人的任职文件及居民身份证",
            need: Need::If("变更法定代表人的"),
            standard: "任职程序符合章程规定",
            ..PAPER
        },
        Mat {
            name: "原营业执照正、副本",
            need: Need::If("申领纸质营业执照的"),
            standard: "与登记信息一致",
            ..PAPER
        },
    ],
    ems_delivery: true,
    universal_scope: Some("全省通办"),
    result: "营业执照",
    faq: &[
        (
            "变更后原营业执照怎么办？",
            "领取新执照时交回原营业执照正、副本，电子营业执照同步更新。",
        ),
        (
            "只变更董事、监事需要换执照吗？",
            "董事、监事、经理等不属于营业执照记载事项，办理备案即可，无需换发执照。",
        ),
    ],
    popularity: 1_800,
    ..BASE
};

const COMPANY_CLOSURE: Guide = Guide {
    name: "企业注销登记",
    legal_basis: REGISTRATION_LAWS,
    conditions: &[
        "企业解散并依法完成清算",
        "已办理清税手续",
        "不存在被查封、冻结股权等不得注销的情形",
    ],
    statutory_days: 3,
    promised_days: 1,
    materials: &[
        Mat {
            name: "《公司注销登记申请书》",
            standard: "由清算组负责人签署并加盖公司公章",
            ..FORM
        },
        Mat {
            name: "依法作出解散的决议或者决定",
            standard: "按章程规定作出",
            ..PAPER
        },
        Mat {
            name: "经确认的清算报告",
            standard: "由股东会或者有关机关确认",
            ..PAPER
        },
        Mat {
            name: "清税证明",
            notes: Some("税务部门通过信息共享推送的，无需提交"),
            standard: "税务部门出具，税款已结清",
            ..LIBRARY
        },
        Mat {
            name: "营业执照正、副本",
            standard: "原件交回",
            ..PAPER
        },
    ],
    universal_scope: Some("全省通办"),
    result: "准予注销登记通知书",
    faq: &[
        (
            "什么情况下可以简易注销？",
            "未发生债权债务或者已将债权债务清偿完结的企业，经全体投资人承诺，可以申请简易注销，公示期20日。",
        ),
        (
            "注销前要先办税务注销吗？",
            "需要先办理清税，清税信息共享后再申请注销登记，可通过企业注销“一网通办”一次提交。",
        ),
    ],
    popularity: 900,
    ..BASE
};

const SOLE_TRADER: Guide = Guide {
    name: "个体工商户登记",
    legal_basis: &[
        "《促进个体工商户发展条例》",
        "《中华人民共和国市场主体登记管理条例》",
    ],
    conditions: &[
        "有经营能力的自然人，可以个人经营或者家庭经营",
        "有固定的经营场所",
        "经营范围不属于法律、行政法规禁止的项目",
    ],
    processing: Processing::Immediate,
    statutory_days: 3,
    promised_days: 0,
    materials: &[
        Mat {
            name: "《个体工商户登记（备案）申请书》",
            standard: "填写完整，经营者签字",
            ..FORM
        },
        Mat {
            name: "经营者居民身份证",
            standard: "在有效期内",
            ..LIBRARY
        },
        Mat {
            name: "经营场所使用证明",
            notes: Some("可填写承诺书，以承诺代替证明"),
            standard: "地址真实，可以作为经营场所",
            ..COPY
        },
        Mat {
            name: "家庭成员关系证明（居民户口簿或者结婚证）",
            need: Need::If("以家庭经营方式登记的"),
            standard: "能够证明家庭成员关系",
            ..COPY
        },
    ],
    ems_delivery: true,
    universal_scope: Some("全市通办"),
    result: "营业执照",
    faq: &[
        (
            "个体户一定要起名称吗？",
            "可以使用名称，也可以不使用；没有名称的，营业执照名称栏显示“*”。",
        ),
        (
            "个体户还需要单独办税务登记吗？",
            "不需要，营业执照即具有税务登记证件的作用，首次办理涉税事宜时在电子税务局确认信息即可。",
        ),
    ],
    popularity: 3_200,
    ..BASE
};

const FOOD_BUSINESS: Guide = Guide {
    name: "食品经营许可证核发",
    legal_basis: &[
        "《中华人民共和国食品安全法》第三十五条",
        "《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）",
        "《中华人民共和国行政许可法》",
    ],
    conditions: &[
        "已取得营业执照等合法主体资格",
        "具有与经营的食品品种、数量相适应的经营场所和设施设备",
        "有专职或者兼职的食品安全管理人员和保证食品安全的规章制度",
        "具有合理的设备布局和工艺流程",
    ],
    statutory_days: 10,
    promised_days: 5,
    materials: &[
        Mat {
            name: "《食品经营许可申请书》",
            standard: "填写完整，申请人签字或者盖章",
            ..FORM
        },
        BUSINESS_LICENCE,
        LEGAL_REPRESENTATIVE_ID,
        Mat {
            name: "与食品经营相适应的经营设施空间布局和操作流程的文件",
            standard: "布局合理，标明各功能区域",
            ..COPY
        },
        Mat {
            name: "食品安全自查、从业人员健康管理、进货查验记录等食品安全管理制度目录",
            standard: "制度齐全，责任人明确",
            ..COPY
        },
        Mat {
            name: "自动售货设备的产品合格证明、具体放置地点和经营者联系方式",
            need: Need::If("利用自动设备从事食品经营的"),
            standard: "放置地点清楚，公示信息完整",
            ..COPY
        },
    ],
    ems_delivery: true,
    result: "食品经营许可证",
    faq: &[
        (
            "只卖预包装食品需要办许可证吗？",
            "仅销售预包装食品的，办理备案即可，无需取得食品经营许可证。",
        ),
        (
            "许可证有效期多久？",
            "食品经营许可证有效期为5年；需要延续的，应当在有效期届满前90个工作日至15个工作日期间提出申请。",
        ),
    ],
    popularity: 2_000,
    ..BASE
};

const DRUG_RETAIL: Guide = Guide {
    name: "药品经营许可证核发",
    legal_basis: &[
        "《中华人民共和国药品管理法》第五十一条、第五十二条",
        "《药品经营和使用质量监督管理办法》（国家市场监督管理总局令第84号）",
        "《中华人民共和国行政许可法》",
    ],
    conditions: &[
        "有依法经过资格认定的药师或者其他药学技术人员",
        "有与所经营药品相适应的营业场所、设备、仓储设施和卫生环境",
        "有与所经营药品相适应的质量管理机构或者人员",
        "有保证药品质量的规章制度，并符合药品经营质量管理规范要求",
    ],
    statutory_days: 20,
    promised_days: 10,
    materials: &[
        Mat {
            name: "《药品经营许可证申请表》",
            standard: "填写完整，申请人盖章",
            ..FORM
        },
        BUSINESS_LICENCE,
        Mat {
            name: "执业药师注册证或者药学技术人员资格证书",
            standard: "在有效期内，注册单位与申请企业一致",
            ..COPY
        },
        Mat {
            name: "经营场所、仓库平面布置图及产权或者使用权证明",
            standard: "面积、布局符合药品经营质量管理规范",
            ..COPY
        },
        Mat {
            name: "质量管理文件目录和计算机系统情况说明",
            standard: "文件齐全，系统能够实现药品追溯",
            ..COPY
        },
    ],
    ems_delivery: true,
    result: "药品经营许可证",
    faq: &[
        (
            "开药店需要执业药师吗？",
            "零售药店应当按规定配备执业药师，负责处方审核和合理用药指导。",
        ),
        (
            "现场检查什么时候安排？",
            "受理后由市场监管部门按照药品经营质量管理规范组织现场检查，检查时间提前告知。",
        ),
    ],
    popularity: 260,
    ..BASE
};

const PUBLIC_PLACE_HYGIENE: Guide = Guide {
    name: "公共场所卫生许可证核发",
    legal_basis: &[
        "《公共场所卫生管理条例》第八条",
        "《公共场所卫生管理条例实施细则》",
        "《中华人民共和国行政许可法》",
    ],
    conditions: &[
        "属于依法需要取得卫生许可的住宿、游泳等公共场所",
        "场所选址、布局和卫生设施符合卫生标准和要求",
        "有健全的卫生管理制度和经培训合格的卫生管理人员",
        "从业人员取得有效的健康合格证明",
    ],
    statutory_days: 20,
    promised_days: 5,
    materials: &[
        Mat {
            name: "《公共场所卫生许可申请表》",
            standard: "填写完整，申请人签字或者盖章",
            ..FORM
        },
        BUSINESS_LICENCE,
        Mat {
            name: "公共场所地址方位示意图、平面图和卫生设施平面布局图",
            standard: "标明场所位置、功能分区和卫生设施",
            ..COPY
        },
        Mat {
            name: "公共场所卫生检测或者评价报告",
            need: Need::If("未选择告知承诺方式办理的"),
            standard: "由具备资质的检测机构出具，结论合格",
            ..PAPER
        },
        Mat {
            name: "卫生管理制度",
            standard: "制度齐全，与经营项目相适应",
            ..COPY
        },
        Mat {
            name: "从业人员健康合格证明",
            standard: "在有效期内",
            ..COPY
        },
    ],
    ems_delivery: true,
    result: "公共场所卫生许可证",
    faq: &[
        (
            "饭馆、茶座需要办公共场所卫生许可证吗？",
            "饭馆、咖啡馆、酒吧、茶座已不再需要办理；住宿、游泳等场所仍需办理，具体以卫生健康部门公布的目录为准。",
        ),
        (
            "许可证有效期是多久？",
            "公共场所卫生许可证有效期为4年，需要延续的应当在有效期届满30日前申请。",
        ),
    ],
    popularity: 700,
    ..BASE
};

const BUILDING_PERMIT: Guide = Guide {
    name: "建筑工程施工许可证核发",
    legal_basis: &[
        "《中华人民共和国建筑法》第七条、第八条",
        "《建筑工程施工许可管理办法》（住房和城乡建设部令第18号）",
        "《中华人民共和国行政许可法》",
    ],
    conditions: &[
        "已经办理该建筑工程用地批准手续",
        "依法应当办理建设工程规划许可证的，已经取得建设工程规划许可证",
        "已经确定建筑施工企业",
        "有满足施工需要的资金安排、施工图纸及技术资料",
        "有保证工程质量和安全的具体措施",
    ],
    statutory_days: 7,
    promised_days: 3,
    materials: &[
        Mat {
            name: "《建筑工程施工许可申请表》",
            standard: "在工程建设项目审批管理系统在线填报，建设单位盖章",
            ..FORM
        },
        Mat {
            name: "建设工程规划许可证",
            source: MaterialSource::IssuingDepartment,
            standard: "在有效期内，建设内容与申请一致",
            ..LIBRARY
        },
        Mat {
            name: "中标通知书或者直接发包批准手续及施工合同",
            standard: "施工企业具备相应资质",
            ..COPY
        },
        Mat {
            name: "建设资金已经落实承诺书",
            standard: "由建设单位法定代表人签字并盖章",
            ..PAPER
        },
        Mat {
            name: "施工图设计文件审查合格书",
            need: Need::If("按规定需要进行施工图审查的"),
            source: MaterialSource::IssuingDepartment,
            medium: Medium::Electronic,
            standard: "审查结论为合格",
            ..PAPER
        },
        Mat {
            name: "保证工程质量和安全的具体措施",
            standard: "措施具体，由施工企业编制",
            ..COPY
        },
    ],
    ems_delivery: true,
    result: "建筑工程施工许可证",
    faq: &[
        (
            "多大的工程不需要办施工许可证？",
            "工程投资额在30万元以下或者建筑面积在300平方米以下的建筑工程，可以不申请办理施工许可证。",
        ),
        (
            "领证后多久必须开工？",
            "应当自领取施工许可证之日起三个月内开工；不能按期开工的可申请延期，延期以两次为限，每次不超过三个月。",
        ),
    ],
    popularity: 350,
    ..BASE
};

const POLLUTION_PERMIT: Guide = Guide {
    name: "排污许可证核发",
    legal_basis: &[
        "《中华人民共和国环境保护法》第四十五条",
        "《排污许可管理条例》（国务院令第736号）",
        "《中华人民共和国行政许可法》",
    ],
    conditions: &[
        "依法取得建设项目环境影响评价文件审批意见，或者按规定完成环境影响登记表备案",
        "污染物排放符合国家和地方排放标准及重点污染物排放总量控制要求",
        "采用的污染防治设施或者措施有能力达到许可排放浓度要求",
        "自行监测方案符合相关技术规范",
    ],
    statutory_days: 20,
    promised_days: 10,
    materials: &[
        Mat {
            name: "排污许可证申请表",
            medium: Medium::Electronic,
            notes: Some("在全国排污许可证管理信息平台在线填报"),
            standard: "填报内容完整，与实际排污情况一致",
            ..FORM
        },
        Mat {
            name: "自行监测方案",
            medium: Medium::Electronic,
            standard: "监测点位、指标、频次符合技术规范",
            ..PAPER
        },
        Mat {
            name: "由法定代表人或者主要负责人签字的承诺书",
            standard: "承诺对申请材料真实性负责",
            ..PAPER
        },
        Mat {
            name: "建设项目环境影响评价审批文件或者备案材料",
            need: Need::If("属于应当进行环境影响评价的建设项目的"),
            standard: "审批或者备案内容与申请一致",
            ..COPY
        },
        Mat {
            name: "污染防治设施、污染物排放口位置和数量示意图",
            standard: "图示清楚，与现场一致",
            ..COPY
        },
    ],
    ems_delivery: true,
    result: "排污许可证",
    faq: &[
        (
            "排污许可证有效期多长？",
            "排污许可证有效期为5年；需要延续的，应当在有效期届满60日前提出申请。",
        ),
        (
            "哪些单位要办排污许可证？",
            "纳入固定污染源排污许可分类管理名录的排污单位，实行重点管理和简化管理的申请排污许可证，实行登记管理的填报排污登记表。",
        ),
    ],
    popularity: 300,
    ..BASE
};

const ROAD_HAULAGE: Guide = Guide {
    name: "道路运输经营许可（普通货物运输）",
    legal_basis: &[
        "《中华人民共和国道路运输条例》第二十一条、第二十四条",
        "《道路货物运输及站场管理规定》",
        "《中华人民共和国行政许可法》",
    ],
    conditions: &[
        "有与其经营业务相适应并经检测合格的车辆",
        "有符合规定条件、取得相应从业资格证的驾驶人员",
        "有健全的安全生产管理制度",
    ],
    statutory_days: 20,
    promised_days: 5,
    materials: &[
        Mat {
            name: "《道路货物运输经营申请表》",
            standard: "填写完整，申请人签字或者盖章",
            ..FORM
        },
        BUSINESS_LICENCE,
        LEGAL_REPRESENTATIVE_ID,
        Mat {
            name: "拟投入车辆承诺书",
            standard: "写明车辆数量、类型、技术性能和外廓尺寸",
            ..PAPER
        },
        Mat {
            name: "驾驶人员从业资格证",
            standard: "在有效期内，类别为道路货物运输",
            ..COPY
        },
        Mat {
            name: "安全生产管理制度文本",
            standard: "包括安全生产责任制、操作规程和车辆技术管理制度",
            ..COPY
        },
    ],
    ems_delivery: true,
    result: "道路运输经营许可证",
    faq: &[
        (
            "4.5吨以下的货车需要办许可吗？",
            "使用总质量4500千克及以下普通货运车辆从事普通货运经营的，无需办理道路运输经营许可和道路运输证。",
        ),
        (
            "取得许可后车辆怎么办证？",
            "车辆投入运营前，凭许可决定为每辆车申请配发道路运输证。",
        ),
    ],
    popularity: 500,
    ..BASE
};

const TAX_REGISTRATION: Guide = Guide {
    name: "税务登记",
    legal_basis: &[
        "《中华人民共和国税收征收管理法》第十五条",
        "《税务登记管理办法》",
    ],
    conditions: &[
        "事业单位、社会组织、境外企业常驻代表机构等未领取“多证合一”营业执照的纳税人，自批准设立或者领取登记证书之日起30日内申报",
        "领取“多证合一”营业执照的纳税人无需另行办理，首次办理涉税事宜时确认登记信息",
    ],
    processing: Processing::Immediate,
    statutory_days: 1,
    promised_days: 0,
    materials: &[
        Mat {
            name: "《税务登记表》",
            standard: "填写完整，加盖单位公章",
            ..FORM
        },
        Mat {
            name: "登记证书（事业单位法人证书、社会组织登记证书等）",
            standard: "在有效期内",
            ..COPY
        },
        LEGAL_REPRESENTATIVE_ID,
        Mat {
            name: "经营场所证明",
            need: Need::If("经营场所与登记证书住所不一致的"),
            standard: "产权证明或者租赁合同在有效期内",
            ..COPY
        },
    ],
    result: "税务登记证件",
    faq: &[
        (
            "领了营业执照还要办税务登记吗？",
            "不需要。“多证合一”营业执照具有税务登记证件的作用，首次办理涉税事宜时在电子税务局确认登记信息即可。",
        ),
        (
            "税务登记可以在网上办吗？",
            "可以，通过安徽省电子税务局在线提交，信息确认后即时办结。",
        ),
    ],
    popularity: 400,
    ..BASE
};

pub(super) const GUIDES: &[Guide] = &[
    COMPANY_START,
    COMPANY_CHANGE,
    COMPANY_CLOSURE,
    SOLE_TRADER,
    FOOD_BUSINESS,
    DRUG_RETAIL,
    PUBLIC_PLACE_HYGIENE,
    BUILDING_PERMIT,
    POLLUTION_PERMIT,
    ROAD_HAULAGE,
    TAX_REGISTRATION,
];
