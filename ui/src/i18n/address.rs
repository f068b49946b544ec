//! The words of postal addresses: the province, city and district cascade that
//! forms and 我的 share, and the address on file.

/// A message about an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressMsg {
    AddressOnFile,
    AddressOnFileHint,
    NotGiven,
    AddAddress,
    SaveAddress,
    Province,
    CityLabel,
    District,
    StreetDetail,
    ChooseProvince,
    ChooseCity,
    ChooseDistrict,
}

impl AddressMsg {
    /// The message in Simplified Chinese.
    pub(super) fn zh(self) -> String {
        let text = match self {
            Self::AddressOnFile => "常住地址",
            Self::AddressOnFileHint => "填写申请表时自动填入，可随时修改",
            Self::NotGiven => "未填写",
            Self::AddAddress => "填写",
            Self::SaveAddress => "保存地址",
            Self::Province => "省",
            Self::CityLabel => "市",
            Self::District => "区县",
            Self::StreetDetail => "街道、门牌号",
            Self::ChooseProvince => "请选择省份",
            Self::ChooseCity => "请选择城市",
            Self::ChooseDistrict => "请选择区县",
        };
        text.to_owned()
    }

    /// The message in English.
    pub(super) fn en(self) -> String {
        let text = match self {
            Self::AddressOnFile => "Address on file",
            Self::AddressOnFileHint => "Filled into application forms for you; change it any time",
            Self::NotGiven => "Not given",
            Self::AddAddress => "Add",
            Self::SaveAddress => "Save address",
            Self::Province => "Province",
            Self::CityLabel => "City",
            Self::District => "District",
            Self::StreetDetail => "Street and number",
            Self::ChooseProvince => "Choose a province",
            Self::ChooseCity => "Choose a city",
            Self::ChooseDistrict => "Choose a district",
        };
        text.to_owned()
    }
}
