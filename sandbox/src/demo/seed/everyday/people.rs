//! Guides for identity documents, household registration, travel documents,
//! marriage, births, disability, schooling and old-age allowances.

use banshi_api::catalog::{MaterialSource, Medium, Processing};

use super::super::fees::{FeeSpec, ID_CARD_BASIS, ID_CARD_REDUCTION, TRAVEL_BASIS};
use super::{BASE, COPY, FORM, Guide, LIBRARY, Mat, Need, PAPER};

const ID_CARD_LAW: &str = "《中华人民共和国居民身份证法》";

const ID_CARD_FEE: FeeSpec = FeeSpec {
    name: "居民身份证工本费",
    standard: "每证20元",
    basis: ID_CARD_BASIS,
    reductions: Some(ID_CARD_REDUCTION),
};

const ID_CARD_PHOTO: Mat = Mat {
    name: "居民身份证相片",
    need: Need::Optional,
    medium: Medium::Electronic,
    notes: Some("受理现场免费采集；也可到照相馆拍摄符合标准的数码相片，凭相片回执办理"),
    standard: "近期免冠正面白底彩色数码相片，符合居民身份证相片标准",
    ..PAPER
};

const HOUSEHOLD_BOOKLET: Mat = Mat {
    name: "居民户口簿",
    standard: "户口簿记载信息与申请人一致",
    ..PAPER
};

const ID_CARD_STEPS: &[(&str, &str, Option<u16>)] = &[
    (
        "申请",
        "申请人持相关证件到户政窗口或者居民身份证受理点提出申请，填写《居民身份证申领登记表》",
        None,
    ),
    (
        "受理",
        "民警核验身份信息，现场采集人像和指纹，收取工本费",
        Some(0),
    ),
    ("审核", "公安机关审核申请人户籍和身份信息", Some(5)),
    ("决定", "审核通过后签发，由制证中心制作居民身份证", Some(10)),
    (
        "送达",
        "申请人凭领证回执到窗口领取，也可选择EMS邮寄到家",
        Some(3),
    ),
];

const ID_CARD_APPLICATION: Guide = Guide {
    name: "居民身份证申领",
    legal_basis: &[
        ID_CARD_LAW,
        "《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）",
    ],
    conditions: &[
        "居住在中华人民共和国境内、具有本地常住户口的中国公民",
        "年满十六周岁的应当申领，未满十六周岁的可以由监护人代为申领",
        "首次申领的在常住户口所在地公安机关办理",
    ],
    statutory_days: 60,
    promised_days: 15,
    visits: 1,
    online_depth: 3,
    materials: &[
        HOUSEHOLD_BOOKLET,
        Mat {
            name: "监护人居民身份证",
            need: Need::If("未满十六周岁的，由监护人陪同办理"),
            standard: "在有效期内，与户口簿记载的监护关系一致",
            ..PAPER
        },
        ID_CARD_PHOTO,
    ],
    steps: ID_CARD_STEPS,
    fees: &[ID_CARD_FEE],
    online_payment: true,
    ems_delivery: true,
    booking: true,
    visit_reason: Some("需现场采集人像和指纹信息并核验身份"),
    result: "中华人民共和国居民身份证",
    faq: &[
        (
            "孩子多大可以办理居民身份证？",
            "未满十六周岁的公民可以由监护人陪同申领，年满十六周岁的应当申领。十六周岁以下的居民身份证有效期为五年。",
        ),
        (
            "身份证办好后可以邮寄吗？",
            "可以。受理时选择EMS邮寄送达，证件制作完成后寄到指定地址，邮费由寄递企业按标准收取。",
        ),
    ],
    popularity: 3_600,
    ..BASE
};

const ID_CARD_RENEWAL: Guide = Guide {
    name: "居民身份证换领",
    legal_basis: &[
        ID_CARD_LAW,
        "《公安部关于建立居民身份证异地受理挂失申报和丢失招领制度的意见》",
    ],
    conditions: &[
        "居民身份证有效期满、登记项目变更或者证件损坏不能辨认",
        "有效期满前三个月内可以申请换领",
        "可在户籍所在地办理，也可在现居住地居民身份证异地受理点办理",
    ],
    statutory_days: 60,
    promised_days: 15,
    visits: 1,
    online_depth: 3,
    materials: &[
        Mat {
            name: "原居民身份证",
            notes: Some("证件损坏的交回损坏的证件"),
            standard: "为申请人本人的证件",
            ..PAPER
        },
        Mat {
            need: Need::If("在户籍所在地办理且需要核对户籍信息的"),
            ..HOUSEHOLD_BOOKLET
        },
        ID_CARD_PHOTO,
    ],
    steps: ID_CARD_STEPS,
    fees: &[FeeSpec {
        standard: "有效期满换领每证20元；损坏换领每证40元",
        ..ID_CARD_FEE
    }],
    online_payment: true,
    ems_delivery: true,
    booking: true,
    visit_reason: Some("需现场采集人像和指纹信息并核验身份"),
    universal_scope: Some("跨省通办"),
    result: "中华人民共和国居民身份证",
    faq: &[
        (
            "不在户籍地可以换领身份证吗？",
            "可以。居民身份证换领已实现跨省通办，在现居住地的居民身份证异地受理点即可申请，无需开具证明。",
        ),
        (
            "身份证快到期了，什么时候可以去换？",
            "有效期满前三个月内即可申请换领；过期后仍可换领，但过期期间证件不能正常使用。",
        ),
    ],
    popularity: 4_200,
    ..BASE
};

const ID_CARD_REISSUE: Guide = Guide {
    name: "居民身份证补领",
    legal_basis: &[
        ID_CARD_LAW,
        "《公安部关于建立居民身份证异地受理挂失申报和丢失招领制度的意见》",
    ],
    conditions: &[
        "居民身份证丢失",
        "可在户籍所在地或者现居住地居民身份证异地受理点办理",
    ],
    statutory_days: 60,
    promised_days: 15,
    visits: 1,
    online_depth: 3,
    materials: &[
        Mat {
            need: Need::If("在户籍所在地办理的"),
            ..HOUSEHOLD_BOOKLET
        },
        ID_CARD_PHOTO,
    ],
    steps: ID_CARD_STEPS,
    fees: &[FeeSpec {
        standard: "丢失补领每证40元",
        reductions: None,
        ..ID_CARD_FEE
    }],
    online_payment: true,
    ems_delivery: true,
    booking: true,
    visit_reason: Some("需现场采集人像和指纹信息并核验身份"),
    universal_scope: Some("跨省通办"),
    result: "中华人民共和国居民身份证",
    faq: &[
        (
            "身份证丢了要先挂失吗？",
            "可以拨打110或者到派出所申报挂失，也可在补领时一并办理；补领期间急需使用的，可以同时申领临时居民身份证。",
        ),
        (
            "补领身份证需要登报声明吗？",
            "不需要登报，公安机关受理补领后原证件即作废。",
        ),
    ],
    popularity: 2_600,
    ..BASE
};

const HOUSEHOLD_MOVE: Guide = Guide {
    name: "户口迁移",
    legal_basis: &[
        "《中华人民共和国户口登记条例》第十条",
        "《国务院关于进一步推进户籍制度改革的意见》（国发〔2014〕25号）",
    ],
    conditions: &[
        "在迁入地有合法稳定住所，或者符合投靠亲属、人才引进、大中专院校毕业生等落户条件",
        "迁移人本人申请，未成年人由监护人申请",
        "省内迁移和工作调动、夫妻投靠、父母投靠子女、大中专院校毕业生等跨省迁移，在迁入地一站式办理",
    ],
    statutory_days: 20,
    promised_days: 5,
    visits: 1,
    online_depth: 3,
    materials: &[
        Mat {
            name: "迁移人居民身份证",
            standard: "在有效期内，与迁移人一致",
            ..LIBRARY
        },
        Mat {
            name: "迁出地居民户口簿",
            standard: "户口簿记载信息与迁移人一致",
            ..PAPER
        },
        Mat {
            name: "合法稳定住所证明（不动产权证书或者房屋租赁合同）",
            need: Need::If("以合法稳定住所落户的"),
            medium: Medium::PaperOrElectronic,
            notes: Some("不动产权证书可通过电子证照库调取"),
            standard: "住所位于迁入地，权利人与迁移人或者其近亲属一致",
            ..PAPER
        },
        Mat {
            name: "亲属关系证明（结婚证、出生医学证明等）",
            need: Need::If("投靠亲属落户的"),
            standard: "能够证明迁移人与被投靠人的亲属关系",
            ..PAPER
        },
        Mat {
            name: "劳动合同或者毕业证书",
            need: Need::If("人才引进或者大中专院校毕业生落户的"),
            standard: "劳动合同在履行期内，毕业证书可在学信网核验",
            ..COPY
        },
    ],
    booking: true,
    visit_reason: Some("需迁移人到场核验身份并交回原户口簿内页"),
    universal_scope: Some("跨省通办"),
    result: "居民户口簿",
    faq: &[
        (
            "户口迁移还需要回原籍开迁移证吗？",
            "省内迁移和符合跨省通办条件的迁移，在迁入地公安机关一站式办理，无需回迁出地开具迁移证。",
        ),
        (
            "在亳州租房可以落户吗？",
            "在城区有合法稳定住所（含租赁）的，可按当地户籍政策申请落户，具体以迁入地派出所审核为准。",
        ),
    ],
    popularity: 2_800,
    ..BASE
};

const BIRTH_REGISTRATION: Guide = Guide {
    name: "出生登记",
    legal_basis: &[
        "《中华人民共和国户口登记条例》第七条",
        "《国务院办公厅关于解决无户口人员登记户口问题的意见》（国办发〔2015〕96号）",
    ],
    conditions: &[
        "婴儿出生后一个月以内，由父母或者监护人向常住户口所在地户口登记机关申报；超过一个月的也可申报",
        "可以随父亲或者母亲落户",
    ],
    processing: Processing::Immediate,
    statutory_days: 1,
    promised_days: 0,
    materials: &[
        Mat {
            name: "出生医学证明",
            standard: "由助产机构签发，信息与申报内容一致",
            notes: Some("已签发电子出生医学证明的，通过电子证照库调取"),
            ..LIBRARY
        },
        Mat {
            name: "父母双方居民身份证",
            standard: "在有效期内",
            ..LIBRARY
        },
        Mat {
            name: "落户方居民户口簿",
            standard: "户主或者本人页信息完整",
            ..PAPER
        },
        Mat {
            name: "父母结婚证",
            need: Need::If("父母已办理结婚登记的"),
            standard: "结婚证真实有效",
            ..LIBRARY
        },
    ],
    ems_delivery: true,
    universal_scope: Some("全市通办"),
    result: "居民户口簿",
    faq: &[
        (
            "新生儿出生登记可以网上办吗？",
            "可以。通过皖事通App“新生儿出生一件事”一次申请出生医学证明、户口登记、医保参保和社会保障卡，户口簿可邮寄到家。",
        ),
        (
            "超过一个月没有申报出生登记怎么办？",
            "可以补办，携带相同材料到户籍窗口申报即可，不影响落户。",
        ),
    ],
    popularity: 1_800,
    ..BASE
};

const DRIVING_LICENCE_RENEWAL: Guide = Guide {
    name: "机动车驾驶证换证",
    legal_basis: &[
        "《中华人民共和国道路交通安全法》第十九条",
        "《机动车驾驶证申领和使用规定》（公安部令第162号）",
    ],
    conditions: &[
        "机动车驾驶证有效期满前九十日内申请换证",
        "身体条件符合申领相应准驾车型的要求",
        "驾驶证未被吊销、注销，且无未处理完毕的交通违法行为和交通事故",
    ],
    processing: Processing::Immediate,
    statutory_days: 1,
    promised_days: 0,
    materials: &[
        Mat {
            name: "机动车驾驶人居民身份证",
            standard: "在有效期内",
            ..LIBRARY
        },
        Mat {
            name: "原机动车驾驶证",
            standard: "为本人证件，在有效期满前九十日内",
            ..PAPER
        },
        Mat {
            name: "机动车驾驶人身体条件证明",
            medium: Medium::Electronic,
            source: MaterialSource::IssuingDepartment,
            notes: Some("在具备条件的医疗机构体检，体检结果由医疗机构上传，无需提交纸质证明"),
            standard: "体检日期在六个月内，结论为合格",
            ..PAPER
        },
        Mat {
            name: "近期一寸白底彩色免冠照片",
            need: Need::Optional,
            medium: Medium::Electronic,
            notes: Some("体检时已采集电子照片的无需提交"),
            standard: "符合机动车驾驶证照片标准",
            ..PAPER
        },
    ],
    fees: &[FeeSpec {
        name: "机动车驾驶证工本费",
        standard: "每证10元",
        basis: "《国家发展改革委 财政部关于公安部门收取机动车号牌工本费等收费标准的通知》（发改价格〔2004〕2831号）",
        reductions: None,
    }],
    online_payment: true,
    ems_delivery: true,
    booking: true,
    universal_scope: Some("跨省通办"),
    result: "中华人民共和国机动车驾驶证",
    faq: &[
        (
            "驾驶证到期了可以在网上换证吗？",
            "可以。通过“交管12123”App申请期满换证，上传体检证明和照片后选择邮寄，新证寄到家，无需到窗口。",
        ),
        (
            "驾驶证过期了还能换吗？",
            "超过有效期一年以上未换证的，驾驶证将被注销；注销后两年内可申请恢复驾驶资格，需参加道路交通安全法律、法规和相关知识考试。",
        ),
    ],
    popularity: 3_000,
    ..BASE
};

const TRAVEL_FORM: Mat = Mat {
    name: "《中国公民出入境证件申请表》",
    notes: Some("可在受理现场填写，也可通过“移民局”App预约时在线填写"),
    standard: "填写完整，由申请人本人签字",
    ..FORM
};

const TRAVEL_PHOTO: Mat = Mat {
    name: "近期彩色证件照片",
    need: Need::Optional,
    medium: Medium::Electronic,
    notes: Some("受理现场免费采集，无需自带"),
    standard: "符合出入境证件相片标准",
    ..PAPER
};

const MINOR_GUARDIAN: Mat = Mat {
    name: "监护人居民身份证及监护关系证明（出生医学证明或者户口簿）",
    need: Need::If("未满十六周岁的，由监护人陪同申请"),
    standard: "监护关系清楚，监护人证件在有效期内",
    ..PAPER
};

const STATE_EMPLOYEE: Mat = Mat {
    name: "所在单位出具的同意出境意见",
    need: Need::If("登记备案的国家工作人员"),
    standard: "按人事管理权限审批，加盖单位公章",
    ..PAPER
};

const PASSPORT_APPLICATION: Guide = Guide {
    name: "护照申领",
    legal_basis: &[
        "《中华人民共和国护照法》",
        "《中华人民共和国出境入境管理法》",
    ],
    conditions: &[
        "申请人为中国公民，因前往外国定居、探亲、学习、就业、旅行、从事商务活动等非公务原因出国",
        "不存在《中华人民共和国护照法》第十三条规定的不予签发情形",
    ],
    statutory_days: 15,
    promised_days: 7,
    visits: 1,
    online_depth: 3,
    materials: &[
        Mat {
            name: "居民身份证",
            standard: "在有效期内，临时居民身份证同样有效",
            ..PAPER
        },
        TRAVEL_FORM,
        TRAVEL_PHOTO,
        MINOR_GUARDIAN,
        STATE_EMPLOYEE,
    ],
    fees: &[FeeSpec {
        name: "普通护照工本费",
        standard: "每本120元",
        basis: TRAVEL_BASIS,
        reductions: None,
    }],
    online_payment: true,
    ems_delivery: true,
    booking: true,
    visit_reason: Some("需现场采集指纹、人像并核验身份"),
    universal_scope: Some("跨省通办"),
    result: "中华人民共和国普通护照",
    faq: &[
        (
            "户口不在亳州，可以在这里办护照吗？",
            "可以。内地居民可在全国任一出入境管理机构申请普通护照，无需提交居住证明。",
        ),
        (
            "护照多久能拿到？",
            "自受理之日起7个工作日内签发，可选择EMS邮寄或者到窗口领取。",
        ),
    ],
    popularity: 1_800,
    ..BASE
};

const HONG_KONG_MACAU_PERMIT: Guide = Guide {
    name: "往来港澳通行证申领",
    legal_basis: &[
        "《中华人民共和国出境入境管理法》",
        "《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》",
    ],
    conditions: &[
        "内地居民因私前往香港、澳门旅游、探亲、商务、学习等",
        "不存在法律法规规定的不准出境情形",
    ],
    statutory_days: 15,
    promised_days: 7,
    visits: 1,
    online_depth: 3,
    materials: &[
        Mat {
            name: "居民身份证",
            standard: "在有效期内",
            ..PAPER
        },
        TRAVEL_FORM,
        TRAVEL_PHOTO,
        MINOR_GUARDIAN,
        STATE_EMPLOYEE,
    ],
    fees: &[
        FeeSpec {
            name: "往来港澳通行证工本费",
            standard: "电子往来港澳通行证每证60元",
            basis: TRAVEL_BASIS,
            reductions: None,
        },
        FeeSpec {
            name: "往来港澳通行证签注费",
            standard: "个人旅游签注一次有效每件15元，二次有效每件30元",
            basis: TRAVEL_BASIS,
            reductions: None,
        },
    ],
    online_payment: true,
    ems_delivery: true,
    booking: true,
    visit_reason: Some("需现场采集指纹、人像并核验身份"),
    universal_scope: Some("跨省通办"),
    result: "往来港澳通行证",
    faq: &[
        (
            "办证时可以同时办理签注吗？",
            "可以。申请通行证时可一并申请个人旅游、探亲等签注，签注与证件同时签发。",
        ),
        (
            "签注用完了需要重新办证吗？",
            "不需要。证件在有效期内的，可在出入境自助签注机或者窗口再次申请签注。",
        ),
    ],
    popularity: 2_200,
    ..BASE
};

const MARRIAGE_REGISTRATION: Guide = Guide {
    name: "结婚登记",
    legal_basis: &[
        "《中华人民共和国民法典》第一千零四十九条",
        "《婚姻登记条例》",
    ],
    conditions: &[
        "男女双方完全自愿",
        "男方年满二十二周岁，女方年满二十周岁",
        "双方均无配偶",
        "双方没有直系血亲和三代以内旁系血亲关系",
        "男女双方共同亲自到婚姻登记机关申请",
    ],
    processing: Processing::Immediate,
    statutory_days: 1,
    promised_days: 0,
    visits: 1,
    online_depth: 3,
    materials: &[
        Mat {
            name: "双方居民身份证",
            standard: "在有效期内，为申请人本人证件",
            ..PAPER
        },
        Mat {
            name: "双方居民户口簿",
            standard: "户口簿记载的婚姻状况与申请一致",
            ..PAPER
        },
        Mat {
            name: "三张2寸近期半身免冠合影照片",
            copies: 3,
            notes: Some("双方合影，红色背景"),
            standard: "照片清晰，与本人相貌一致",
            ..PAPER
        },
        Mat {
            name: "本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明",
            notes: Some("在婚姻登记机关现场填写《申请结婚登记声明书》，双方当场签字"),
            standard: "由双方在登记员面前签字",
            ..PAPER
        },
        Mat {
            name: "离婚证或者人民法院生效的离婚判决书、调解书",
            need: Need::If("离过婚的"),
            standard: "证件真实有效",
            ..PAPER
        },
    ],
    steps: &[
        (
            "申请",
            "男女双方持证件共同到婚姻登记处提出申请，现场填写《申请结婚登记声明书》",
            None,
        ),
        ("受理", "登记员核验双方证件，询问结婚意愿", Some(0)),
        (
            "审核",
            "审查双方是否符合结婚条件，双方在登记员面前签署声明",
            Some(0),
        ),
        (
            "决定",
            "符合条件的予以登记，双方在《结婚登记审查处理表》上签名",
            Some(0),
        ),
        ("送达", "当场颁发结婚证，可自愿参加颁证仪式", Some(0)),
    ],
    booking: true,
    visit_reason: Some("男女双方须共同到场，当面确认结婚意愿并签署声明"),
    result: "结婚证",
    faq: &[
        (
            "结婚登记需要提前预约吗？",
            "可以通过皖事通App预约办理时间，也可现场取号；遇特殊纪念日建议提前预约。",
        ),
        (
            "在哪里办理结婚登记？",
            "男女一方常住户口所在地的婚姻登记机关均可办理，登记免费。",
        ),
    ],
    popularity: 2_600,
    ..BASE
};

const MINIMUM_LIVING: Guide = Guide {
    name: "最低生活保障申请",
    legal_basis: &[
        "《社会救助暂行办法》（国务院令第649号）",
        "《最低生活保障审核确认办法》（民发〔2021〕57号）",
    ],
    conditions: &[
        "共同生活的家庭成员人均收入低于当地最低生活保障标准",
        "家庭财产状况符合当地规定",
        "具有本地户籍，或者在经常居住地符合申办条件",
    ],
    statutory_days: 30,
    promised_days: 20,
    materials: &[
        Mat {
            name: "《最低生活保障申请书》",
            standard: "由申请人签字，写明申请理由和家庭情况",
            ..FORM
        },
        Mat {
            name: "家庭成员居民身份证和居民户口簿",
            standard: "与申请家庭成员一致",
            ..LIBRARY
        },
        Mat {
            name: "《家庭经济状况核对授权书》",
            standard: "共同生活的成年家庭成员均签字",
            ..PAPER
        },
        Mat {
            name: "残疾人证或者重病诊断证明",
            need: Need::If("家庭成员有重病、重度残疾的"),
            standard: "由医疗机构出具或者电子证照可查",
            ..COPY
        },
    ],
    steps: &[
        (
            "申请",
            "向户籍所在地或者经常居住地乡镇人民政府（街道办事处）提出申请，也可通过皖事通App在线申请",
            None,
        ),
        ("受理", "乡镇（街道）对材料齐全的申请予以受理", Some(1)),
        (
            "审核",
            "开展家庭经济状况信息核对和入户调查，提出审核意见并在村（居）公示",
            Some(14),
        ),
        (
            "决定",
            "县级民政部门审核确认，符合条件的确认享受最低生活保障",
            Some(5),
        ),
        (
            "送达",
            "书面通知申请人，自确认之月起按月发放保障金",
            Some(5),
        ),
    ],
    result: "最低生活保障审核确认通知书",
    faq: &[
        (
            "低保在哪里申请？",
            "向户籍所在地或者经常居住地的乡镇人民政府（街道办事处）申请，也可以通过皖事通App在线申请。",
        ),
        (
            "申请低保会核查哪些情况？",
            "民政部门通过家庭经济状况核对平台核查家庭成员的存款、车辆、房产、社保缴费等情况，并入户调查。",
        ),
    ],
    popularity: 1_500,
    ..BASE
};

const OLD_AGE_ALLOWANCE: Guide = Guide {
    name: "高龄津贴申请",
    legal_basis: &["《中华人民共和国老年人权益保障法》"],
    conditions: &[
        "具有本地户籍、年满八十周岁的老年人",
        "本人或者家属、委托人代为申请",
    ],
    statutory_days: 20,
    promised_days: 10,
    materials: &[
        Mat {
            name: "老年人居民身份证",
            standard: "在有效期内",
            ..LIBRARY
        },
        Mat {
            name: "本人社会保障卡或者银行账户",
            standard: "账户为老年人本人名下",
            ..COPY
        },
        Mat {
            name: "代办人居民身份证",
            need: Need::If("家属或者委托人代为申请的"),
            standard: "在有效期内",
            ..PAPER
        },
    ],
    universal_scope: Some("全市通办"),
    result: "高龄津贴发放通知",
    faq: &[
        (
            "满八十周岁后需要每年申请吗？",
            "首次申请核定后按月发放，无需每年重复申请；民政部门会定期开展待遇资格认证。",
        ),
        (
            "高龄津贴可以网上申请吗？",
            "可以，家属可通过皖事通App为老人在线申请，不需要老人到现场。",
        ),
    ],
    popularity: 2_000,
    ..BASE
};

const CHILDBEARING_REGISTRATION: Guide = Guide {
    name: "生育登记",
    legal_basis: &[
        "《中华人民共和国人口与计划生育法》",
        "《安徽省人口与计划生育条例》",
    ],
    conditions: &[
        "夫妻双方至少一方为本省户籍或者在本省居住",
        "生育子女前后均可登记",
    ],
    processing: Processing::Immediate,
    statutory_days: 1,
    promised_days: 0,
    materials: &[
        Mat {
            name: "夫妻双方居民身份证",
            standard: "在有效期内",
            ..LIBRARY
        },
        Mat {
            name: "结婚证",
            need: Need::If("已办理结婚登记的"),
            standard: "证件真实有效",
            ..LIBRARY
        },
    ],
    universal_scope: Some("全省通办"),
    result: "生育登记服务回执",
    faq: &[
        (
            "生育登记有什么用？",
            "生育登记是提供孕产期保健、住院分娩等服务的依据，登记后可在线打印回执。",
        ),
        (
            "怀孕前可以登记吗？",
            "可以在怀孕前、怀孕后或者子女出生后办理，登记时提供双方身份信息即可。",
        ),
    ],
    popularity: 1_900,
    ..BASE
};

const DISABILITY_CARD: Guide = Guide {
    name: "残疾人证申领",
    legal_basis: &[
        "《中华人民共和国残疾人保障法》",
        "《中华人民共和国残疾人证管理办法》",
    ],
    conditions: &[
        "视力、听力、言语、肢体、智力、精神残疾或者多重残疾",
        "经县级残联指定的评定机构评定，符合残疾标准",
        "户籍或者居住证登记地在本县（区）",
    ],
    statutory_days: 20,
    promised_days: 10,
    visits: 1,
    online_depth: 3,
    materials: &[
        Mat {
            name: "《中华人民共和国残疾人证申请表》",
            standard: "填写完整，由申请人或者监护人签字",
            ..FORM
        },
        Mat {
            name: "居民身份证或者居民户口簿",
            standard: "在有效期内",
            ..LIBRARY
        },
        Mat {
            name: "近期2寸免冠白底彩色照片",
            copies: 3,
            standard: "照片清晰，与本人相貌一致",
            ..PAPER
        },
        Mat {
            name: "残疾评定结果",
            source: MaterialSource::IssuingDepartment,
            medium: Medium::PaperOrElectronic,
            notes: Some("由指定评定机构评定后直接推送，无需申请人转交"),
            standard: "由指定评定机构出具，结论明确",
            ..PAPER
        },
    ],
    ems_delivery: true,
    booking: true,
    visit_reason: Some("需本人到指定评定机构接受残疾评定"),
    universal_scope: Some("跨省通办"),
    result: "中华人民共和国残疾人证",
    faq: &[
        (
            "残疾评定到哪里做？",
            "持申请表到县级残联指定的评定机构进行评定，行动不便的可申请上门评定。",
        ),
        (
            "办了残疾人证能享受哪些政策？",
            "可按规定享受困难残疾人生活补贴、重度残疾人护理补贴、康复救助、辅助器具适配等扶持政策。",
        ),
    ],
    popularity: 900,
    ..BASE
};

const SCHOOL_ENROLMENT: Guide = Guide {
    name: "义务教育入学",
    legal_basis: &["《中华人民共和国义务教育法》第十二条"],
    conditions: &[
        "年满六周岁的适龄儿童入小学，小学毕业生升入初中",
        "按照划定的学区就近入学",
        "进城务工人员随迁子女在居住地按规定入学",
    ],
    statutory_days: 30,
    promised_days: 20,
    materials: &[
        Mat {
            name: "儿童居民户口簿",
            standard: "户籍地址与报名学区一致",
            ..PAPER
        },
        Mat {
            name: "监护人居民身份证",
            standard: "在有效期内",
            ..LIBRARY
        },
        Mat {
            name: "房屋产权证明（不动产权证书或者购房合同）",
            need: Need::If("以学区内房产报名的"),
            standard: "产权人为儿童父母或者法定监护人",
            ..LIBRARY
        },
        Mat {
            name: "居住证及父母务工、经商证明",
            need: Need::If("进城务工人员随迁子女入学的"),
            standard: "居住证在有效期内",
            ..COPY
        },
        Mat {
            name: "预防接种证查验证明",
            notes: Some("在户籍或者居住地接种单位查验后出具"),
            standard: "按规定完成国家免疫规划疫苗接种查验",
            ..PAPER
        },
    ],
    steps: &[
        (
            "申请",
            "按教育局招生公告在亳州市义务教育招生报名平台网上报名",
            None,
        ),
        ("受理", "学校对报名信息进行初审", Some(3)),
        (
            "审核",
            "教育、公安、住建等部门共享核验户籍、房产和居住证信息",
            Some(10),
        ),
        ("决定", "按入学顺序确定录取名单并公示", Some(7)),
        (
            "送达",
            "发布录取结果，家长在平台查看或者到校领取入学通知书",
            Some(5),
        ),
    ],
    result: "入学通知书",
    faq: &[
        (
            "什么时候报名？",
            "一般在每年6月至7月网上报名，具体时间以教育局当年发布的招生公告为准。",
        ),
        (
            "户口和房产不在同一学区怎么办？",
            "按照当年招生政策确定的入学顺序安排，具体可咨询教育局招生办公室。",
        ),
    ],
    popularity: 5_000,
    ..BASE
};

pub(super) const GUIDES: &[Guide] = &[
    ID_CARD_APPLICATION,
    ID_CARD_RENEWAL,
    ID_CARD_REISSUE,
    HOUSEHOLD_MOVE,
    BIRTH_REGISTRATION,
    DRIVING_LICENCE_RENEWAL,
    PASSPORT_APPLICATION,
    HONG_KONG_MACAU_PERMIT,
    MARRIAGE_REGISTRATION,
    MINIMUM_LIVING,
    OLD_AGE_ALLOWANCE,
    CHILDBEARING_REGISTRATION,
    DISABILITY_CARD,
    SCHOOL_ENROLMENT,
];
