//! China's administrative divisions (行政区划) for the address cascade: the
//! provinces, their cities and their districts and counties, by the codes of the
//! National Bureau of Statistics (统计用区划代码, as of 2023-06-30). An address
//! holds codes, so it names a real place, and the UI, the shell and the hall check
//! it against the same table.
//!
//! The table (`data/divisions.tsv`, one `code<TAB>name` per line, sorted by code)
//! has 2-digit province, 4-digit city and 6-digit district codes, each level's
//! code starting with its parent's. It comes from the `china-division` package
//! 2.7.0 (modood/Administrative-divisions-of-China, WTFPL).

use std::sync::OnceLock;

/// One province, city, or district or county.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Division {
    /// 2 digits for a province, 4 for a city, 6 for a district or county.
    pub code: &'static str,
    /// The official name, e.g. `浙江省`, `杭州市`, `西湖区`.
    pub name: &'static str,
}

/// City-level entries that are not a city but a way of grouping the counties
/// below a province: left out when a place is named in one line.
const GROUPINGS: [&str; 4] = [
    "市辖区",
    "县",
    "省直辖县级行政区划",
    "自治区直辖县级行政区划",
];

const TABLE: &str = include_str!("../data/divisions.tsv");

/// Every division, sorted by code, so a division's descendants follow it.
fn all() -> &'static [Division] {
    static ALL: OnceLock<Vec<Division>> = OnceLock::new();
    ALL.get_or_init(|| {
        TABLE
            .lines()
            .filter_map(|line| line.split_once('\t'))
            .map(|(code, name)| Division { code, name })
            .collect()
    })
}

/// The provinces, by code.
pub fn provinces() -> Vec<Division> {
    children("")
}

/// The divisions one level below `parent` (a province's cities, a city's
/// districts), by code; none for an unknown code or a district.
pub fn children(parent: &str) -> Vec<Division> {
    let all = all();
    let start = all.partition_point(|division| division.code <= parent);
    all[start..]
        .iter()
        .take_while(|division| division.code.starts_with(parent))
        .filter(|division| division.code.len() == parent.len() + 2)
        .copied()
        .collect()
}

/// The division with `code`, if there is one.
pub fn get(code: &str) -> Option<Division> {
    let all = all();
    all.binary_search_by(|division| division.code.cmp(code))
        .ok()
        .map(|index| all[index])
}

/// The province, city and district with these codes, when they are one chain:
/// the city in the province, the district in the city.
pub fn chain(province: &str, city: &str, district: &str) -> Option<[Division; 3]> {
    let in_parent =
        |code: &str, parent: &str| code.len() == parent.len() + 2 && code.starts_with(parent);
    if !(province.len() == 2 && in_parent(city, province) && in_parent(district, city)) {
        return None;
    }
    Some([get(province)?, get(city)?, get(district)?])
}

/// The place a chain names in one line, as on an envelope: `浙江省杭州市西湖区`,
/// `北京市东城区` (no `市辖区`), `广东省东莞市` (not `东莞市东莞市`).
pub fn place_name(chain: &[Division; 3]) -> String {
    let [province, city, district] = chain;
    let mut place = province.name.to_owned();
    if !GROUPINGS.contains(&city.name) {
        place.push_str(city.name);
    }
    if district.name != city.name {
        place.push_str(district.name);
    }
    place
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_has_every_mainland_province_and_each_level_under_its_parent() {
        let provinces = provinces();
        assert_eq!(provinces.len(), 31);
        assert_eq!(provinces[0].name, "北京市");
        for division in all() {
            let parent = &division.code[..division.code.len() - 2];
            assert!(
                parent.is_empty() || get(parent).is_some(),
                "{} has no parent",
                division.code
            );
        }
        // Every city has at least one district or county to choose.
        for province in &provinces {
            for city in children(province.code) {
                assert!(!children(city.code).is_empty(), "{} is empty", city.name);
            }
        }
    }

    #[test]
    fn children_are_one_level_down_and_only_of_their_parent() {
        let cities: Vec<_> = children("33").into_iter().map(|c| c.name).collect();
        assert_eq!(cities.len(), 11);
        assert!(cities.contains(&"杭州市") && !cities.contains(&"西湖区"));
        let districts = children("3301");
        assert!(
            districts
                .iter()
                .any(|d| d.code == "330106" && d.name == "西湖区")
        );
        assert!(districts.iter().all(|d| d.code.starts_with("3301")));
        assert!(children("330106").is_empty());
        assert!(children("99").is_empty());
    }

    #[test]
    fn a_chain_must_nest() {
        assert!(chain("33", "3301", "330106").is_some());
        // 朝阳区 of Beijing is not in Changchun, nor Changchun in Zhejiang.
        assert!(chain("22", "2201", "110105").is_none());
        assert!(chain("33", "2201", "220104").is_none());
        assert!(chain("33", "3301", "330199").is_none());
        assert!(chain("", "", "").is_none());
        assert!(chain("浙江省", "杭州市", "西湖区").is_none());
    }

    #[test]
    fn a_place_reads_as_on_an_envelope() {
        let name = |p, c, d| place_name(&chain(p, c, d).expect("a chain"));
        assert_eq!(name("33", "3301", "330106"), "浙江省杭州市西湖区");
        assert_eq!(name("11", "1101", "110101"), "北京市东城区");
        assert_eq!(name("44", "4419", "441900"), "广东省东莞市");
        assert_eq!(name("50", "5002", "500229"), "重庆市城口县");
    }
}
