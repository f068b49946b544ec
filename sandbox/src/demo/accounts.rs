//! The demo people the README lists — a citizen, an enterprise's legal
//! representative with two staff, and a hall staff member — created on a new
//! database through the same queries registration uses, so they log in like
//! anyone else. All share [`DEMO_PASSWORD`].

use banshi_api::accounts::ResidentId;
use banshi_api::authority::Scope;
use banshi_api::enterprises::{MemberState, StaffRole};
use banshi_api::forms::Address;

use crate::clock::Clock;
use crate::domain::credentials::{self, CredentialsError};
use crate::store::{NewUser, Standing, Store, StoreError};

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "Banshi2026";

/// A demo person and what the hall knows of them.
pub struct DemoPerson {
    pub name: &'static str,
    pub resident_id: &'static str,
    pub mobile: &'static str,
    pub real_name_level: u8,
    /// The hall whose windows they staff.
    pub staff_hall: Option<&'static str>,
    /// E-licences beyond the ID card: kind, number as shown, valid until.
    pub licences: &'static [(&'static str, &'static str, &'static str)],
    /// The address on file: district code and street, if the hall has one.
    pub address: Option<(&'static str, &'static str)>,
}

/// The demo enterprise, represented by [`PEOPLE`]`[1]` with two staff.
pub struct DemoEnterprise {
    pub uscc: &'static str,
    pub name: &'static str,
    pub representative: &'static str,
    /// Mobile number and role of each member.
    pub staff: &'static [(&'static str, StaffRole)],
    /// 经营范围, as registered.
    pub business_scope: &'static str,
    pub licences: &'static [(&'static str, &'static str, &'static str)],
    /// The registered address (住所): district code and street.
    pub address: (&'static str, &'static str),
}

pub const PEOPLE: [DemoPerson; 5] = [
    DemoPerson {
        name: "张晓明",
        resident_id: "341602198503120217",
        mobile: "13900000001",
        real_name_level: 2,
        staff_hall: None,
        licences: &[
            ("居民户口簿", "3416020****0217", "长期"),
            ("机动车驾驶证", "3****************7", "2031-03-12"),
            ("结婚证", "J341602-2012-00****", "长期"),
        ],
        address: Some(("341602", "芍花路 1 号")),
    },
    DemoPerson {
        name: "李建国",
        resident_id: "341602197809201533",
        mobile: "13900000002",
        real_name_level: 3,
        staff_hall: None,
        licences: &[],
        address: Some(("341602", "魏武大道 288 号")),
    },
    DemoPerson {
        name: "王芳",
        resident_id: "341602199204170462",
        mobile: "13900000003",
        real_name_level: 2,
        staff_hall: None,
        licences: &[],
        address: Some(("341602", "光明路 66 号")),
    },
    DemoPerson {
        name: "赵磊",
        resident_id: "341602199608050715",
        mobile: "13900000004",
        real_name_level: 1,
        staff_hall: None,
        licences: &[],
        address: None,
    },
    DemoPerson {
        name: "陈静",
        resident_id: "341602198801260824",
        mobile: "13900000009",
        real_name_level: 3,
        staff_hall: Some("shizhi"),
        licences: &[],
        address: None,
    },
];

pub const ENTERPRISE: DemoEnterprise = DemoEnterprise {
    uscc: "91341602MA2T8K3Q04",
    name: "亳州市晓光药业科技有限公司",
    representative: "13900000002",
    staff: &[
        ("13900000003", StaffRole::Clerk),
        ("13900000004", StaffRole::Viewer),
    ],
    business_scope: "许可项目：药品批发；药品零售；食品销售。一般项目：中药材种植；\
        初级农产品收购；技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；\
        货物进出口（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
    licences: &[("食品经营许可证", "JY13416020012345", "2029-06-30")],
    address: ("341602", "亳州高新区药都路 18 号"),
};

#[derive(Debug, thiserror::Error)]
pub enum DemoAccountsError {
    #[error(transparent)]
    Db(#[from] StoreError),
    #[error("failed to hash the demo password")]
    Credentials(#[from] CredentialsError),
    #[error("the demo account {0} is already taken")]
    Taken(&'static str),
}

/// Creates the demo people and enterprise unless someone has registered already.
pub async fn seed_if_new(store: &dyn Store, clock: &Clock) -> Result<(), DemoAccountsError> {
    if !store.has_no_users().await? {
        return Ok(());
    }
    let now = clock.now();
    let mut ids = Vec::with_capacity(PEOPLE.len());
    for person in &PEOPLE {
        // One hash per person, as registration would: equal passwords, distinct salts.
        let password_hash = credentials::hash_password(DEMO_PASSWORD.to_owned()).await?;
        let user = NewUser {
            name: person.name,
            resident_id: person.resident_id,
            mobile: person.mobile,
            password_hash: &password_hash,
            now,
        };
        let id = store
            .create_user(&user)
            .await?
            .map_err(|_| DemoAccountsError::Taken(person.mobile))?;
        store
            .set_standing(id, person.real_name_level, person.staff_hall)
            .await?;
        let masked_id = ResidentId::parse(person.resident_id)
            .map(|id| id.masked())
            .unwrap_or_default();
        store
            .add_licence(Ok(id), "居民身份证", &masked_id, "2035-12-31")
            .await?;
        for (kind, number, valid_until) in person.licences {
            store.add_licence(Ok(id), kind, number, valid_until).await?;
        }
        if let Some(address) = person.address {
            store.set_address(Ok(id), &on_file(address)).await?;
        }
        ids.push((person.mobile, id));
    }
    let id_of = |mobile: &str| ids.iter().find(|(m, _)| *m == mobile).map(|&(_, id)| id);
    let representative = id_of(ENTERPRISE.representative)
        .ok_or(DemoAccountsError::Taken(ENTERPRISE.representative))?;
    if !store
        .create_enterprise(ENTERPRISE.uscc, ENTERPRISE.name, representative, now)
        .await?
    {
        return Err(DemoAccountsError::Taken(ENTERPRISE.uscc));
    }
    store
        .add_licence(Err(ENTERPRISE.uscc), "营业执照", ENTERPRISE.uscc, "长期")
        .await?;
    for (kind, number, valid_until) in ENTERPRISE.licences {
        store
            .add_licence(Err(ENTERPRISE.uscc), kind, number, valid_until)
            .await?;
    }
    store
        .set_address(Err(ENTERPRISE.uscc), &on_file(ENTERPRISE.address))
        .await?;
    store
        .set_business_scope(ENTERPRISE.uscc, ENTERPRISE.business_scope)
        .await?;
    for &(mobile, role) in ENTERPRISE.staff {
        let member = id_of(mobile).ok_or(DemoAccountsError::Taken(mobile))?;
        let standing = Standing {
            role,
            scope: Scope::default(),
            state: MemberState::Active,
        };
        let detail = format!("添加为“{}”", role.label());
        store
            .add_staff(
                ENTERPRISE.uscc,
                member,
                &standing,
                representative,
                now,
                &detail,
            )
            .await?;
    }
    Ok(())
}

/// A demo address, `(district code, street)`, as an `Address`.
fn on_file((district, detail): (&str, &str)) -> Address {
    Address {
        province: district[..2].to_owned(),
        city: district[..4].to_owned(),
        district: district.to_owned(),
        detail: detail.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use banshi_api::accounts::{CreditCode, Mobile, Password};

    #[test]
    fn every_demo_value_is_valid() {
        for person in &PEOPLE {
            let mobile = Mobile::parse(person.mobile).expect("a valid demo mobile");
            ResidentId::parse(person.resident_id).expect("a valid demo resident ID");
            Password::parse(DEMO_PASSWORD, Some(&mobile))
                .expect("the demo password follows the rule");
            assert!(banshi_api::accounts::parse_real_name(person.name).is_ok());
        }
        let addresses = PEOPLE.iter().filter_map(|person| person.address);
        for address in addresses.chain([ENTERPRISE.address]) {
            assert!(on_file(address).divisions().is_some(), "{address:?}");
        }
        CreditCode::parse(ENTERPRISE.uscc).expect("a valid demo credit code");
        assert!(banshi_api::accounts::parse_enterprise_name(ENTERPRISE.name).is_ok());
    }
}
