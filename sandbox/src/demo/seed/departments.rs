//! The departments (实施主体) that decide items: their names in each hall, their
//! windows, the law of their field, and the basic items each one lists.

use super::basics;
use super::spec::{Department, Naming};

const fn dept(
    short: &'static str,
    naming: Naming,
    category: &'static str,
    windows: &'static [&'static str],
    online_percent: u8,
) -> Department {
    Department {
        short,
        naming,
        category,
        windows,
        online_percent,
        law: "",
        visit_reason: "需现场核验申请材料原件并由申请人签字确认",
        evidence: &[],
        in_zone: true,
        items: &[],
    }
}

const GENERIC_EVIDENCE: &[(&str, &str)] = &[
    (
        "与申请事项相适应的场所使用证明",
        "产权证明或租赁合同在有效期内，地址与申请书一致",
    ),
    ("相关管理制度文本", "制度齐全，与申请事项相适应"),
];

/// Every department, in the order the hall lists them.
pub(super) const DEPARTMENTS: &[Department] = &[
    Department {
        law: "《中华人民共和国户口登记条例》",
        visit_reason: "需现场采集人像、指纹信息并核验申请人身份",
        evidence: &[
            (
                "经营场所平面图及安全防范设施情况说明",
                "图示清楚，标明出入口、监控和消防设施位置",
            ),
            ("治安保卫制度和从业人员名单", "制度齐全，人员身份信息真实"),
        ],
        items: basics::police::ITEMS,
        ..dept(
            "公安局",
            Naming::ZoneBranch,
            "11",
            &["户政业务", "出入境业务", "交管业务"],
            45,
        )
    },
    Department {
        law: "《中华人民共和国民法典》",
        visit_reason: "需申请人本人到场核验身份并签署声明",
        evidence: &[
            ("服务场所产权证明或租赁协议", "产权清晰，租期不少于一年"),
            (
                "拟任负责人及管理人员身份证明和资格证明",
                "人员符合任职条件，证明真实有效",
            ),
        ],
        items: basics::civil::CIVIL_AFFAIRS,
        ..dept("民政局", Naming::Local, "11", &["婚姻登记", "社会救助"], 60)
    },
    Department {
        law: "《中华人民共和国社会保险法》",
        visit_reason: "需现场核验原件并由本人签字确认",
        evidence: &[
            ("单位营业执照或登记证书", "在有效期内，名称与申请书一致"),
            (
                "相关人员劳动合同及社会保险缴费记录",
                "缴费记录与申请人员一一对应",
            ),
        ],
        items: basics::labour::HUMAN_RESOURCES,
        ..dept(
            "人力资源和社会保障局",
            Naming::Local,
            "11",
            &["社会保障", "就业服务"],
            85,
        )
    },
    Department {
        law: "《中华人民共和国社会保险法》",
        visit_reason: "需核验就医票据原件",
        evidence: &[
            ("医疗机构执业许可证", "在有效期内，诊疗科目与申请范围一致"),
            (
                "医保管理制度及信息系统建设情况说明",
                "制度齐全，信息系统符合医保接口要求",
            ),
        ],
        items: basics::labour::MEDICAL_INSURANCE,
        ..dept("医疗保障局", Naming::Local, "11", &["医疗保障"], 85)
    },
    Department {
        law: "《住房公积金管理条例》",
        visit_reason: "需核验原件并现场签订相关协议",
        items: basics::labour::HOUSING_FUND,
        ..dept(
            "住房公积金管理中心",
            Naming::Fund,
            "12",
            &["住房公积金"],
            90,
        )
    },
    Department {
        law: "《不动产登记暂行条例》",
        visit_reason: "需各方当事人到场核验身份并签署登记申请",
        evidence: &[
            ("权属来源证明材料", "来源清楚、合法，与申请登记内容一致"),
            ("不动产权籍调查成果", "界址清楚，面积准确"),
        ],
        items: basics::land::NATURAL_RESOURCES,
        ..dept(
            "自然资源和规划局",
            Naming::ZoneBranch,
            "11",
            &["不动产登记", "规划用地"],
            40,
        )
    },
    Department {
        law: "《中华人民共和国市场主体登记管理条例》",
        evidence: &[
            (
                "经营场所使用证明",
                "产权证明或租赁合同在有效期内，地址与申请书一致",
            ),
            (
                "主要设备设施布局及操作流程说明",
                "布局合理，设备与经营项目相适应",
            ),
            ("质量安全管理制度", "制度齐全，责任人明确"),
        ],
        items: basics::market::MARKET_REGULATION,
        ..dept(
            "市场监督管理局",
            Naming::ZoneBranch,
            "11",
            &["市场主体登记", "食品药品许可"],
            90,
        )
    },
    Department {
        law: "《中华人民共和国基本医疗卫生与健康促进法》",
        visit_reason: "需本人到场核验身份并现场确认",
        evidence: &[
            (
                "卫生管理制度及卫生设施设备清单",
                "制度齐全，设施设备与经营规模相适应",
            ),
            ("从业人员健康合格证明", "在有效期内，人员与名单一致"),
        ],
        items: basics::health::HEALTH,
        ..dept("卫生健康委员会", Naming::Local, "11", &["卫生健康"], 75)
    },
    Department {
        law: "《中华人民共和国环境保护法》",
        evidence: &[
            ("环境影响评价文件或排污登记材料", "与建设内容一致，结论明确"),
            ("污染防治设施建设及运行情况说明", "设施与排放要求相适应"),
        ],
        items: basics::environment::ECOLOGY,
        ..dept("生态环境局", Naming::Branch, "11", &["生态环境"], 85)
    },
    Department {
        law: "《中华人民共和国道路运输条例》",
        visit_reason: "需现场核验车辆及从业人员证件原件",
        evidence: &[
            (
                "车辆行驶证及车辆技术等级评定证明",
                "车辆技术等级达到二级以上",
            ),
            ("驾驶人员从业资格证", "在有效期内，类别与经营范围一致"),
            ("安全生产管理制度", "制度齐全，安全责任落实到人"),
        ],
        items: basics::transport::TRANSPORT,
        ..dept("交通运输局", Naming::Local, "11", &["交通运输"], 75)
    },
    Department {
        law: "《中华人民共和国建筑法》",
        evidence: &[
            ("建设工程规划许可证", "在有效期内，建设内容与申请一致"),
            (
                "企业技术负责人及专业技术人员证明材料",
                "人员资格与申请类别相符",
            ),
        ],
        items: basics::land::HOUSING_CONSTRUCTION,
        ..dept(
            "住房和城乡建设局",
            Naming::Local,
            "11",
            &["工程建设", "房产交易"],
            85,
        )
    },
    Department {
        law: "《中华人民共和国教育法》",
        evidence: &[
            (
                "办学场所产权证明或租赁合同",
                "租期不少于三年，面积符合设置标准",
            ),
            ("拟任校长（负责人）及教师资格证明", "资格证书真实有效"),
        ],
        items: basics::society::EDUCATION,
        ..dept("教育局", Naming::Local, "11", &[], 70)
    },
    Department {
        law: "《中华人民共和国税收征收管理法》",
        visit_reason: "需现场核验身份并采集实名信息",
        evidence: &[("财务会计制度或财务处理办法", "制度完整，与实际经营相符")],
        items: basics::economy::TAX,
        ..dept("税务局", Naming::Tax, "11", &["办税服务", "发票业务"], 95)
    },
    Department {
        law: "《中华人民共和国残疾人保障法》",
        visit_reason: "需本人到指定医疗机构进行残疾评定",
        items: basics::civil::DISABLED_PERSONS,
        ..dept("残疾人联合会", Naming::Local, "13", &["残疾人服务"], 55)
    },
    Department {
        law: "《中华人民共和国农业法》",
        evidence: &[
            (
                "生产经营场所及设施设备证明",
                "场所、设施与生产经营规模相适应",
            ),
            ("专业技术人员资格证明", "人员数量和资格符合规定"),
        ],
        in_zone: false,
        items: basics::agriculture::AGRICULTURE,
        ..dept("农业农村局", Naming::Local, "11", &["农业农村"], 70)
    },
    Department {
        law: "《中华人民共和国公共文化服务保障法》",
        evidence: &[
            (
                "营业场所产权证明或租赁合同",
                "地址与申请书一致，符合消防安全要求",
            ),
            ("从业人员名单及安全管理制度", "制度齐全，人员信息真实"),
        ],
        items: basics::society::CULTURE_TOURISM,
        ..dept("文化和旅游局", Naming::Local, "11", &["文化旅游"], 80)
    },
    Department {
        law: "《中华人民共和国安全生产法》",
        evidence: &[
            ("安全生产管理制度和岗位操作规程", "制度覆盖全部岗位"),
            (
                "主要负责人和安全管理人员安全生产知识和管理能力考核合格证明",
                "证明在有效期内",
            ),
            ("安全评价报告", "由具备资质的机构出具，结论明确"),
        ],
        items: basics::transport::EMERGENCY,
        ..dept("应急管理局", Naming::Local, "11", &["安全生产"], 75)
    },
    Department {
        law: "《中华人民共和国对外贸易法》",
        evidence: &[("经营场所证明", "地址与营业执照一致")],
        items: basics::market::COMMERCE,
        ..dept("商务局", Naming::Local, "11", &[], 90)
    },
    Department {
        law: "《中华人民共和国水法》",
        evidence: &[
            (
                "建设项目水资源论证报告或取水影响说明",
                "由具备能力的单位编制，结论明确",
            ),
            (
                "工程建设方案及对防洪、供水影响的评价",
                "方案可行，影响评价充分",
            ),
        ],
        items: basics::environment::WATER,
        ..dept("水务局", Naming::Local, "11", &["水务"], 75)
    },
    Department {
        law: "《中华人民共和国森林法》",
        evidence: &[
            ("林权证或不动产权证书（林地）", "权属清楚，四至与申请一致"),
            ("伐区调查设计或作业设计", "由具备能力的单位编制"),
        ],
        in_zone: false,
        items: basics::environment::FORESTRY,
        ..dept("林业局", Naming::Local, "11", &[], 60)
    },
    Department {
        law: "《中华人民共和国退役军人保障法》",
        visit_reason: "需本人到场核验身份及退役证件原件",
        items: basics::civil::VETERANS,
        ..dept("退役军人事务局", Naming::Local, "11", &[], 60)
    },
    Department {
        law: "《城市市容和环境卫生管理条例》",
        evidence: &[
            ("设置位置平面图及效果图", "标明位置、尺寸，与周边环境协调"),
            ("场地使用权证明或相关权利人同意的证明", "权利人签章齐全"),
        ],
        items: basics::land::URBAN_MANAGEMENT,
        ..dept("城市管理局", Naming::Local, "11", &[], 80)
    },
    Department {
        law: "《中华人民共和国法律援助法》",
        items: basics::society::JUSTICE,
        ..dept("司法局", Naming::Local, "11", &["公共法律服务"], 65)
    },
    Department {
        law: "《中华人民共和国预算法》",
        items: basics::economy::FINANCE,
        ..dept("财政局", Naming::Local, "11", &[], 90)
    },
    Department {
        law: "《中华人民共和国统计法》",
        items: basics::economy::STATISTICS,
        ..dept("统计局", Naming::Local, "11", &[], 95)
    },
    Department {
        law: "《中华人民共和国档案法》",
        visit_reason: "需现场核验身份后查阅档案原件",
        in_zone: false,
        items: basics::society::ARCHIVES,
        ..dept("档案馆", Naming::Local, "12", &[], 50)
    },
    Department {
        law: "《中华人民共和国气象法》",
        evidence: &[("雷电防护装置设计技术评价报告", "由具备资质的机构出具")],
        in_zone: false,
        items: basics::environment::METEOROLOGY,
        ..dept("气象局", Naming::Local, "12", &[], 85)
    },
    Department {
        law: "《安徽省政务数据资源管理办法》",
        items: basics::society::DATA_RESOURCES,
        ..dept(
            "数据资源管理局",
            Naming::Local,
            "11",
            &["综合受理", "综合受理", "综合受理"],
            90,
        )
    },
    Department {
        law: "《中华人民共和国体育法》",
        evidence: &[
            ("经营场所和设施设备符合国家标准的说明", "设施设备经检验合格"),
            (
                "社会体育指导人员和救助人员的职业资格证明",
                "人员数量符合规定",
            ),
        ],
        in_zone: false,
        items: basics::society::SPORTS,
        ..dept("体育局", Naming::Local, "11", &[], 80)
    },
    Department {
        law: "《宗教事务条例》",
        in_zone: false,
        items: basics::civil::ETHNIC_RELIGIOUS,
        ..dept("民族宗教事务局", Naming::Local, "11", &[], 40)
    },
    Department {
        law: "《中华人民共和国人民防空法》",
        evidence: &[(
            "人防工程施工图设计文件审查合格书",
            "审查意见明确，防护等级符合要求",
        )],
        in_zone: false,
        items: basics::land::CIVIL_AIR_DEFENCE,
        ..dept("人民防空办公室", Naming::Local, "11", &[], 85)
    },
    Department {
        law: "《中华人民共和国烟草专卖法》",
        evidence: &[("经营场所使用证明", "地址与营业执照一致，符合合理布局要求")],
        in_zone: false,
        items: basics::market::TOBACCO,
        ..dept("烟草专卖局", Naming::Local, "12", &["烟草专卖许可"], 85)
    },
    Department {
        law: "《企业投资项目核准和备案管理条例》",
        evidence: &[
            ("项目申请报告或可行性研究报告", "内容完整，符合产业政策"),
            ("项目用地预审与选址意见书", "用地规模与项目相符"),
        ],
        items: basics::economy::DEVELOPMENT,
        ..dept("发展和改革委员会", Naming::Local, "11", &[], 90)
    },
    Department {
        law: "《中华人民共和国中小企业促进法》",
        items: basics::economy::INDUSTRY,
        ..dept("经济和信息化局", Naming::Local, "11", &[], 90)
    },
    Department {
        law: "《中华人民共和国科学技术进步法》",
        items: basics::economy::SCIENCE,
        ..dept("科学技术局", Naming::Local, "11", &[], 95)
    },
    Department {
        law: "《中华人民共和国消防法》",
        visit_reason: "需现场核验消防设施并签署承诺书",
        evidence: &[
            ("消防安全制度和灭火、应急疏散预案", "预案可行，责任人明确"),
            (
                "场所平面布置图及消防设施平面图",
                "标明疏散通道、安全出口和消防设施位置",
            ),
        ],
        items: basics::transport::FIRE_RESCUE,
        ..dept("消防救援支队", Naming::Fire, "11", &[], 70)
    },
];

/// The department's evidence materials, or general ones when it lists none.
pub(super) fn evidence_of(department: &Department) -> &'static [(&'static str, &'static str)] {
    if department.evidence.is_empty() {
        GENERIC_EVIDENCE
    } else {
        department.evidence
    }
}
