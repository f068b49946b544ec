//! The six service halls of 亳州市: where they are, when they open, and the
//! windows each department staffs there.

use banshi_api::halls::{Hall, HallCode, OpeningHours, Period, Window};

use super::departments::DEPARTMENTS;
use super::spec::{Department, HallSpec};

/// The halls in the order the city lists them: the city hall first.
pub(super) const HALLS: &[HallSpec] = &[
    HallSpec {
        code: "shizhi",
        district: "市直",
        district_full: "亳州市",
        place_short: "市直",
        name: "亳州市政务服务中心",
        district_en: "Municipal",
        address: "亳州市谯城区希夷大道与魏武大道交叉口市政务服务中心",
        phone: "0558-5518345",
        region: "341600",
        phone_prefix: "55",
        saturday: true,
        size: 1.0,
    },
    HallSpec {
        code: "qiaocheng",
        district: "谯城区",
        district_full: "谯城区",
        place_short: "谯城",
        name: "谯城区政务服务中心",
        district_en: "Qiaocheng District",
        address: "亳州市谯城区汤王大道与亳宋路交叉口谯城区政务服务中心",
        phone: "0558-5612345",
        region: "341602",
        phone_prefix: "56",
        saturday: false,
        size: 0.85,
    },
    HallSpec {
        code: "guoyang",
        district: "涡阳县",
        district_full: "涡阳县",
        place_short: "涡阳",
        name: "涡阳县政务服务中心",
        district_en: "Guoyang County",
        address: "涡阳县城关街道紫光大道与星园路交叉口涡阳县政务服务中心",
        phone: "0558-7212345",
        region: "341621",
        phone_prefix: "72",
        saturday: false,
        size: 0.8,
    },
    HallSpec {
        code: "mengcheng",
        district: "蒙城县",
        district_full: "蒙城县",
        place_short: "蒙城",
        name: "蒙城县政务服务中心",
        district_en: "Mengcheng County",
        address: "蒙城县漆园街道庄周大道与周元路交叉口蒙城县政务服务中心",
        phone: "0558-7612345",
        region: "341622",
        phone_prefix: "76",
        saturday: false,
        size: 0.75,
    },
    HallSpec {
        code: "lixin",
        district: "利辛县",
        district_full: "利辛县",
        place_short: "利辛",
        name: "利辛县政务服务中心",
        district_en: "Lixin County",
        address: "利辛县城关镇人民中路与文帝路交叉口利辛县政务服务中心",
        phone: "0558-8812345",
        region: "341623",
        phone_prefix: "88",
        saturday: false,
        size: 0.8,
    },
    HallSpec {
        code: "jingkai",
        district: "经开区",
        district_full: "亳州经济开发区",
        place_short: "经开区",
        name: "亳州经济开发区政务服务中心",
        district_en: "Economic Development Zone",
        address: "亳州经济开发区亳芜大道与谯陵路交叉口经开区政务服务中心",
        phone: "0558-5366345",
        region: "341600",
        phone_prefix: "53",
        saturday: false,
        size: 0.3,
    },
];

/// A window with the department that staffs it, before it becomes an API type.
#[derive(Debug, Clone)]
pub(super) struct WindowSpec {
    pub(super) number: String,
    pub(super) department_index: usize,
    pub(super) service: &'static str,
}

/// The zone letter of a department's windows: 综合受理 A, 公安 B, social
/// affairs C, market entry D, construction and land E.
fn zone_of(department: &Department) -> char {
    match department.short {
        "数据资源管理局" => 'A',
        "公安局" => 'B',
        "民政局"
        | "人力资源和社会保障局"
        | "医疗保障局"
        | "住房公积金管理中心"
        | "卫生健康委员会"
        | "残疾人联合会"
        | "司法局" => 'C',
        "市场监督管理局" | "税务局" | "烟草专卖局" | "文化和旅游局" | "农业农村局" => {
            'D'
        }
        _ => 'E',
    }
}

/// The windows of a hall: the city hall opens every window a department
/// has, a district hall its first one and two comprehensive windows.
pub(super) fn windows_of(hall: &HallSpec) -> Vec<WindowSpec> {
    let mut windows = Vec::new();
    for zone in ['A', 'B', 'C', 'D', 'E'] {
        let mut serial = 0;
        for (department_index, department) in DEPARTMENTS.iter().enumerate() {
            if zone_of(department) != zone || !department.serves(hall) {
                continue;
            }
            let wanted = if hall.is_city() {
                department.windows.len()
            } else if zone == 'A' {
                2
            } else {
                1
            };
            for service in department.windows.iter().take(wanted) {
                serial += 1;
                windows.push(WindowSpec {
                    number: format!("{zone}{serial:02}"),
                    department_index,
                    service,
                });
            }
        }
    }
    windows
}

fn period(opens: &str, closes: &str) -> Period {
    Period {
        opens: opens.to_owned(),
        closes: closes.to_owned(),
    }
}

fn opening_hours(hall: &HallSpec) -> Vec<OpeningHours> {
    let mut hours = vec![OpeningHours {
        weekdays: vec![1, 2, 3, 4, 5],
        periods: vec![period("09:00", "12:00"), period("13:30", "17:30")],
    }];
    if hall.saturday {
        hours.push(OpeningHours {
            weekdays: vec![6],
            periods: vec![period("09:00", "12:00")],
        });
    }
    hours
}

/// The hall as the API shows it.
pub(super) fn build_hall(hall: &HallSpec) -> Hall {
    let windows = windows_of(hall)
        .into_iter()
        .map(|window| Window {
            number: window.number,
            department: DEPARTMENTS[window.department_index].name_in(hall),
            service: window.service.to_owned(),
        })
        .collect();
    Hall {
        code: HallCode::parse(hall.code).expect("the seed's hall codes are hall codes"),
        district: hall.district.to_owned(),
        name: hall.name.to_owned(),
        district_en: hall.district_en.to_owned(),
        address: hall.address.to_owned(),
        phone: hall.phone.to_owned(),
        hours: opening_hours(hall),
        windows,
    }
}
