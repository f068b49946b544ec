//! The materials (申请材料) of generated guides: the application form, the
//! applicant's identity, an agent's mandate, and what the kind of item and
//! the business form call for.

use banshi_api::catalog::{ItemKind, Material, MaterialSource, Medium, Necessity, Theme};
use fastrand::Rng;

use super::departments::evidence_of;
use super::model::Role;
use super::spec::ItemSpec;

/// At most this many materials per item, as the provincial guides keep them.
const MAX_MATERIALS: usize = 6;

fn material(name: impl Into<String>, necessity: Necessity, standard: &str) -> Material {
    Material {
        name: name.into(),
        necessity,
        original: true,
        medium: Medium::Paper,
        copies: 1,
        source: MaterialSource::Applicant,
        blank_form: None,
        sample: None,
        notes: None,
        acceptance_standard: standard.to_owned(),
    }
}

fn conditional(condition: &str) -> Necessity {
    Necessity::Conditional {
        condition: condition.to_owned(),
    }
}

/// The form the applicant fills in, named as the guides name it.
fn application_form(spec: &ItemSpec<'_>) -> Option<Material> {
    let name = &spec.name;
    let title = match spec.kind {
        ItemKind::Levy if name.ends_with("申报") => format!("《{name}表》"),
        ItemKind::Levy => return None,
        ItemKind::Adjudication => format!("《{name}申请书》"),
        ItemKind::ReviewAndReferral => format!("《{name}申报表》"),
        _ if name.ends_with("备案") || name.ends_with("申请") => format!("《{name}表》"),
        _ => format!("《{name}申请表》"),
    };
    Some(Material {
        medium: Medium::PaperOrElectronic,
        notes: Some(
            "可在窗口领取，或在安徽政务服务网亳州分厅下载；网上申请的在线填写，无需另交纸质表"
                .to_owned(),
        ),
        ..material(
            title,
            Necessity::Required,
            "内容填写完整、准确，申请人签字或者加盖单位公章",
        )
    })
}

/// Whether the item founds the organisation, so it has no licence yet to show.
fn founds_organisation(spec: &ItemSpec<'_>) -> bool {
    spec.role() == Role::Main
        && spec.basic.themes.contains(&Theme::BusinessStart)
        && spec.name.ends_with("登记")
        && spec.kind == ItemKind::Licensing
}

fn identity(spec: &ItemSpec<'_>) -> Material {
    let from_library = |name: &str, standard: &str| Material {
        medium: Medium::Electronic,
        source: MaterialSource::LicenceLibrary,
        notes: Some("已归集电子证照的，窗口通过电子证照库调取，无需提交纸质材料".to_owned()),
        ..material(name, Necessity::Required, standard)
    };
    if founds_organisation(spec) {
        let founders = if spec.name.ends_with("成立登记") {
            "发起人（举办者）和拟任负责人的身份证明"
        } else {
            "全体投资人（股东、成员）的主体资格证明或者自然人身份证件"
        };
        return Material {
            medium: Medium::PaperOrElectronic,
            source: MaterialSource::Applicant,
            ..material(
                founders,
                Necessity::Required,
                "证件在有效期内，姓名或者名称与申请书一致",
            )
        };
    }
    match (spec.audiences().len(), spec.serves_organisations()) {
        (1, false) => from_library("申请人居民身份证", "在有效期内，与申请人本人一致"),
        (1, true) => from_library(
            "营业执照（或者事业单位法人证书、社会组织登记证书）",
            "在有效期内，名称与申请书一致",
        ),
        _ => from_library(
            "申请人身份证明（自然人提交居民身份证，单位提交营业执照）",
            "证件在有效期内，与申请人一致",
        ),
    }
}

fn agent() -> Material {
    Material {
        notes: Some("授权委托书应写明委托事项、权限和期限".to_owned()),
        ..material(
            "授权委托书及受托人居民身份证",
            conditional("委托他人代为办理的"),
            "委托书由委托人签字或者盖章，受托人身份证件在有效期内",
        )
    }
}

/// The certificate the applicant already holds, for changes, renewals and cancellations.
fn held_certificate(result: &str, role: Role) -> Option<Material> {
    let (name, notes) = match role {
        Role::Change | Role::Renew => (format!("原{result}"), "正、副本一并交回"),
        Role::Cancel => (
            format!("原{result}正、副本"),
            "原证件遗失的，提交书面遗失声明",
        ),
        Role::Main | Role::Reissue => return None,
    };
    Some(Material {
        notes: Some(notes.to_owned()),
        ..material(name, Necessity::Required, "证件真实有效，与登记信息一致")
    })
}

/// Materials the kind and the business form call for.
fn specific(
    spec: &ItemSpec<'_>,
    result: &str,
    issues_licence: bool,
    rng: &mut Rng,
) -> Vec<Material> {
    let mut materials = Vec::new();
    let role = spec.role();
    if issues_licence {
        materials.extend(held_certificate(result, role));
    }
    if let Some(named) = particular_by_name(spec) {
        materials.extend(named);
        return materials;
    }
    match role {
        Role::Change => materials.push(Material {
            original: false,
            medium: Medium::PaperOrElectronic,
            ..material(
                "变更事项的相关证明材料",
                Necessity::Required,
                "能够证明变更内容，与申请变更事项一致",
            )
        }),
        Role::Cancel if spec.serves_organisations() => materials.push(material(
            "注销决议或者决定",
            conditional("单位申请注销的"),
            "按章程规定作出，签字、盖章齐全",
        )),
        Role::Reissue => materials.push(Material {
            notes: Some("证件损毁的，交回损毁的原证件".to_owned()),
            ..material(
                "证件遗失声明或者损毁的原证件",
                Necessity::Required,
                "声明由申请人签字（盖章），写明遗失证件名称和编号",
            )
        }),
        Role::Main | Role::Renew | Role::Cancel => {}
    }
    if role == Role::Main || role == Role::Renew {
        materials.extend(kind_materials(spec, rng));
    }
    materials
}

/// Materials particular to a basic item or one business form, by name or stem:
/// (material, what the hall checks).
const PARTICULAR: &[(&str, &[(&str, &str)])] = &[
    (
        "机动车",
        &[
            (
                "机动车来历证明（购车发票等）",
                "来历合法，车辆识别代号与实车一致",
            ),
            ("整车出厂合格证明或者进口凭证", "与车辆一致"),
            (
                "机动车交通事故责任强制保险凭证",
                "在保险期内，可通过部门共享核验",
            ),
        ],
    ),
    (
        "拖拉机和联合收割机",
        &[
            ("拖拉机和联合收割机来历证明", "来历合法，与机身号码一致"),
            ("出厂合格证明或者进口凭证", "与机具一致"),
        ],
    ),
    (
        "机动车驾驶证",
        &[(
            "机动车驾驶人身体条件证明",
            "由具备条件的医疗机构出具，在六个月内",
        )],
    ),
    (
        "拖拉机和联合收割机驾驶证",
        &[("驾驶人身体条件证明", "由具备条件的医疗机构出具")],
    ),
    (
        "死亡人员户口注销",
        &[("死亡医学证明书或者火化证明", "由医疗机构或者殡仪馆出具")],
    ),
    (
        "户口登记项目变更更正",
        &[(
            "变更更正项目的证明材料（出生医学证明、学历证明等）",
            "能够证明应当变更更正的内容",
        )],
    ),
    (
        "公民姓名变更登记",
        &[(
            "姓名变更原因说明及相关证明",
            "理由符合《中华人民共和国民法典》规定",
        )],
    ),
    ("分户登记", &[("合法稳定住所证明", "住所位于本户籍辖区")]),
    (
        "收养子女落户",
        &[("收养登记证", "由民政部门颁发，真实有效")],
    ),
    (
        "人才引进落户",
        &[("劳动合同或者人才认定证明", "劳动合同在履行期内")],
    ),
    (
        "投靠亲属落户",
        &[(
            "亲属关系证明（结婚证、出生医学证明等）",
            "能够证明与被投靠人的亲属关系",
        )],
    ),
    (
        "大中专院校录取新生户口迁出",
        &[("录取通知书", "与录取学校信息一致")],
    ),
    (
        "退出现役人员落户",
        &[("退役证件及安置地接收证明", "由退役军人事务部门出具")],
    ),
    (
        "居住证",
        &[(
            "居住地住址证明（房屋租赁合同、房屋产权证明等）",
            "住址位于本市，连续居住半年以上",
        )],
    ),
    (
        "离婚登记",
        &[
            ("结婚证", "为双方的结婚证"),
            (
                "双方共同签署的离婚协议书",
                "载明自愿离婚的意思表示及子女抚养、财产和债务处理等事项",
            ),
        ],
    ),
    (
        "补领婚姻登记证",
        &[(
            "近期2寸半身免冠照片",
            "结婚证补领提交双方合影照片，离婚证补领提交本人照片",
        )],
    ),
    (
        "收养登记",
        &[("被收养人的出生证明和收养人的体检证明", "由医疗机构出具")],
    ),
    (
        "不动产抵押登记",
        &[
            ("不动产权证书", "权利人与抵押人一致"),
            ("抵押合同和主债权合同", "合同签字、盖章齐全"),
        ],
    ),
    (
        "不动产变更登记",
        &[(
            "变更的证明材料（姓名、名称、用途或者面积变更的证明等）",
            "与申请变更的内容一致",
        )],
    ),
    (
        "不动产注销登记",
        &[("不动产权证书或者不动产登记证明", "与登记簿记载一致")],
    ),
    (
        "不动产预告登记",
        &[("已备案的商品房预售合同", "已完成网签备案")],
    ),
    (
        "医师执业注册",
        &[
            ("医师资格证书", "真实有效"),
            ("拟执业医疗机构的聘用证明", "医疗机构盖章"),
        ],
    ),
    (
        "护士执业注册",
        &[
            ("护士执业资格考试成绩合格证明", "考试合格"),
            ("拟执业医疗卫生机构的聘用证明", "医疗卫生机构盖章"),
        ],
    ),
    (
        "教师资格认定",
        &[
            ("学历证书", "符合申请学段的学历要求"),
            ("普通话水平测试等级证书", "达到规定等级"),
        ],
    ),
    (
        "高级中学教师资格认定",
        &[
            ("学历证书", "本科及以上学历"),
            ("普通话水平测试等级证书", "达到规定等级"),
        ],
    ),
    (
        "林木采伐许可证核发",
        &[
            ("林木权属证明", "权属清楚"),
            ("采伐作业设计或者采伐地点、面积、树种等说明", "内容完整"),
        ],
    ),
];

fn particular_materials(found: Option<&(&str, &[(&str, &str)])>) -> Option<Vec<Material>> {
    found.map(|(_, materials)| {
        materials
            .iter()
            .map(|(name, standard)| material(*name, Necessity::Required, standard))
            .collect()
    })
}

/// Materials listed for exactly this business form, whatever its role.
fn particular_by_name(spec: &ItemSpec<'_>) -> Option<Vec<Material>> {
    particular_materials(PARTICULAR.iter().find(|(key, _)| *key == spec.name))
}

/// Materials listed for the basic item, for its first application and renewals.
fn particular_by_stem(spec: &ItemSpec<'_>) -> Option<Vec<Material>> {
    particular_materials(PARTICULAR.iter().find(|(key, _)| *key == spec.basic.stem))
}

/// Whether the department's business evidence (site, equipment, rules) fits:
/// permits to run a business or to build.
fn needs_business_evidence(spec: &ItemSpec<'_>) -> bool {
    spec.serves_organisations()
        && spec
            .basic
            .themes
            .iter()
            .any(|theme| matches!(theme, Theme::OperatingPermit | Theme::Construction))
}

fn kind_materials(spec: &ItemSpec<'_>, rng: &mut Rng) -> Vec<Material> {
    if let Some(materials) = particular_by_stem(spec) {
        return materials;
    }
    let evidence = |rng: &mut Rng, how_many: usize| -> Vec<Material> {
        let pool = evidence_of(spec.department);
        let start = rng.usize(0..pool.len());
        (0..how_many.min(pool.len()))
            .map(|offset| {
                let (name, standard) = pool[(start + offset) % pool.len()];
                Material {
                    original: false,
                    ..material(name, Necessity::Required, standard)
                }
            })
            .collect()
    };
    let supporting = || {
        vec![Material {
            original: false,
            ..material(
                "与申请事项相关的证明材料",
                Necessity::Required,
                "材料真实有效，能够证明申请事项",
            )
        }]
    };
    match spec.kind {
        ItemKind::Licensing if needs_business_evidence(spec) => evidence(rng, 2),
        ItemKind::Confirmation | ItemKind::Filing | ItemKind::OtherPower
            if needs_business_evidence(spec) =>
        {
            evidence(rng, 1)
        }
        ItemKind::Licensing | ItemKind::Confirmation | ItemKind::Filing | ItemKind::OtherPower => {
            supporting()
        }
        ItemKind::Benefit => vec![
            Material {
                original: false,
                medium: Medium::PaperOrElectronic,
                notes: Some("已申领社会保障卡的，可使用社会保障卡金融账户".to_owned()),
                ..material(
                    "本人银行账户信息",
                    Necessity::Required,
                    "账户为申请人本人名下的一类借记账户",
                )
            },
            material(
                "符合申请条件的相关证明材料",
                conditional("电子证照库或者部门共享数据无法核验的"),
                "证明材料真实有效，与申请事项相关",
            ),
        ],
        ItemKind::Adjudication => vec![
            Material {
                original: false,
                ..material(
                    "证据材料及证据清单",
                    Necessity::Required,
                    "证据与争议事项相关，复印件注明“与原件一致”",
                )
            },
            material(
                "被申请人的基本情况",
                Necessity::Required,
                "写明被申请人姓名或者名称、住所和联系方式",
            ),
        ],
        ItemKind::Reward => vec![material(
            "举报或者事迹的相关证明材料",
            Necessity::Required,
            "线索或者事迹经查证属实",
        )],
        ItemKind::ReviewAndReferral => vec![Material {
            original: false,
            medium: Medium::PaperOrElectronic,
            ..material(
                "申报材料及相关佐证材料",
                Necessity::Required,
                "符合上级部门申报通知要求，内容真实完整",
            )
        }],
        ItemKind::Levy => vec![Material {
            medium: Medium::Electronic,
            ..material(
                "涉税（费）资料",
                conditional("按规定需要报送财务会计报表或者合同等资料的"),
                "资料真实、完整",
            )
        }],
        ItemKind::PublicService => vec![material(
            "与办理事项相关的证明材料",
            conditional("部门共享数据无法核验的"),
            "材料真实有效",
        )],
    }
}

/// The materials of a generated guide: between two and six.
pub(super) fn materials_for(
    spec: &ItemSpec<'_>,
    result: &str,
    issues_licence: bool,
    rng: &mut Rng,
) -> Vec<Material> {
    let mut materials: Vec<Material> = application_form(spec).into_iter().collect();
    materials.push(identity(spec));
    materials.extend(specific(spec, result, issues_licence, rng));
    // Marriage matters are done in person by the parties themselves, never by an agent.
    let personal = spec.name.contains("婚");
    materials.truncate(if personal {
        MAX_MATERIALS
    } else {
        MAX_MATERIALS - 1
    });
    if !personal {
        materials.push(agent());
    }
    materials
}
