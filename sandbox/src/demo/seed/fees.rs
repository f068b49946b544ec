//! The fees that really are charged (工本费, 登记费); every other item is free.

use banshi_api::catalog::Fee;

/// A fee as the tables write it.
#[derive(Debug, Clone, Copy)]
pub(super) struct FeeSpec {
    pub(super) name: &'static str,
    pub(super) standard: &'static str,
    pub(super) basis: &'static str,
    pub(super) reductions: Option<&'static str>,
}

impl FeeSpec {
    pub(super) fn to_fee(self) -> Fee {
        Fee {
            name: self.name.to_owned(),
            standard: self.standard.to_owned(),
            basis: self.basis.to_owned(),
            reductions: self.reductions.map(str::to_owned),
        }
    }
}

pub(super) const ID_CARD_BASIS: &str = "《中华人民共和国居民身份证法》第二十条；《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）";
pub(super) const ID_CARD_REDUCTION: &str = "城市中领取最低生活保障金的居民、农村中有特殊生活困难的居民，在其初次申请领取和换领居民身份证时，免收工本费";
pub(super) const TRAVEL_BASIS: &str =
    "《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）";
const TRAFFIC_BASIS: &str = "《国家发展改革委 财政部关于公安部门收取机动车号牌工本费等收费标准的通知》（发改价格〔2004〕2831号）";
pub(super) const ESTATE_BASIS: &str = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）；《财政部 国家发展改革委关于不动产登记收费有关政策问题的通知》（财税〔2016〕79号）";
pub(super) const ESTATE_REDUCTION: &str = "小微企业（含个体工商户）申请不动产登记的，免收不动产登记费；申请廉租住房、公共租赁住房、经济适用住房不动产登记的，免收不动产登记费";

pub(super) const ESTATE_REGISTRATION: FeeSpec = FeeSpec {
    name: "不动产登记费",
    standard: "住宅类每件80元，非住宅类每件550元（含第一本不动产权属证书工本费）；每增加一本证书加收证书工本费10元",
    basis: ESTATE_BASIS,
    reductions: Some(ESTATE_REDUCTION),
};

const LICENCE_PLATES: FeeSpec = FeeSpec {
    name: "机动车号牌、行驶证、登记证书工本费",
    standard: "汽车号牌每副100元，摩托车号牌每副35元；行驶证每本10元；机动车登记证书每本10元",
    basis: TRAFFIC_BASIS,
    reductions: None,
};

const DRIVING_LICENCE: FeeSpec = FeeSpec {
    name: "机动车驾驶证工本费",
    standard: "每证10元",
    basis: TRAFFIC_BASIS,
    reductions: None,
};

const PASSPORT: FeeSpec = FeeSpec {
    name: "普通护照工本费",
    standard: "每本120元",
    basis: TRAVEL_BASIS,
    reductions: None,
};

const HONG_KONG_MACAU_PERMIT: FeeSpec = FeeSpec {
    name: "往来港澳通行证工本费",
    standard: "电子往来港澳通行证每证60元",
    basis: TRAVEL_BASIS,
    reductions: None,
};

const HONG_KONG_MACAU_ENDORSEMENT: FeeSpec = FeeSpec {
    name: "往来港澳通行证签注费",
    standard: "个人旅游签注一次有效每件15元，二次有效每件30元",
    basis: TRAVEL_BASIS,
    reductions: None,
};

const TEMPORARY_ID_CARD: FeeSpec = FeeSpec {
    name: "临时居民身份证工本费",
    standard: "每证10元",
    basis: ID_CARD_BASIS,
    reductions: None,
};

const ESTATE_CERTIFICATE: FeeSpec = FeeSpec {
    name: "不动产权属证书工本费",
    standard: "每本10元",
    basis: ESTATE_BASIS,
    reductions: None,
};

/// Fees of generated items, by item name.
const FEES: &[(&str, FeeSpec)] = &[
    ("临时居民身份证申领", TEMPORARY_ID_CARD),
    ("机动车驾驶证初次申领", DRIVING_LICENCE),
    ("机动车驾驶证补领", DRIVING_LICENCE),
    ("机动车驾驶证延期换证", DRIVING_LICENCE),
    ("机动车注册登记", LICENCE_PLATES),
    ("机动车转移登记", LICENCE_PLATES),
    ("机动车号牌补领", LICENCE_PLATES),
    ("机动车行驶证补领", LICENCE_PLATES),
    ("护照换发", PASSPORT),
    ("护照补发", PASSPORT),
    ("往来港澳通行证换发", HONG_KONG_MACAU_PERMIT),
    ("往来港澳通行证补发", HONG_KONG_MACAU_PERMIT),
    ("往来港澳通行证签注", HONG_KONG_MACAU_ENDORSEMENT),
    ("不动产变更登记", ESTATE_REGISTRATION),
    ("不动产抵押登记", ESTATE_REGISTRATION),
    ("不动产权证书补发", ESTATE_CERTIFICATE),
    ("不动产权证书换发", ESTATE_CERTIFICATE),
];

/// The fees of a generated item; empty when it is free.
pub(super) fn fees_of(name: &str) -> Vec<FeeSpec> {
    FEES.iter()
        .filter(|(item, _)| *item == name)
        .map(|(_, fee)| *fee)
        .collect()
}
