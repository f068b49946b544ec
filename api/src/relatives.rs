//! Acting for a relative (亲友代办): a person (often an elder) authorizes a
//! relative, found by mobile, to handle named matters or all of them until a
//! day; the relative confirms, then acts for the person as a clerk acts for
//! an enterprise, with the person's own data filling the forms. Either side
//! may end it at any time.

use serde::{Deserialize, Serialize};

use crate::accounts::Licence;
use crate::authority::Scope;
use crate::forms::Address;
use crate::ids::AuthorityId;

/// `POST /me/relatives`: authorize a relative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RelativeInvitation {
    /// The mobile number the relative registered with.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::mobile))]
    pub mobile: String,
    /// The items the relative may handle (empty: all) and the last day,
    /// which a relative's authority must have. Halls are not limited.
    pub scope: Scope,
}

/// Where an authority stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AuthorityState {
    /// Given, waiting for the relative to confirm.
    Pending,
    /// Confirmed and within its days: the relative may act.
    Active,
    /// Past its last day.
    Expired,
    /// Withdrawn by the person, or declined or given up by the relative.
    Withdrawn,
}

/// Which side of an authority the caller is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The caller gave it (委托人).
    Principal,
    /// The caller was given it (代办人).
    Relative,
}

/// One side of an authority, as the other sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Party {
    /// A real name, masked.
    pub name: String,
    /// A mobile number, masked.
    pub mobile: String,
}

/// What fills the forms of a relative acting for the person: theirs, not the
/// relative's. Only an active authority's relative is given it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PrincipalData {
    /// The person's real name, in full.
    pub name: String,
    /// The person's resident ID, masked; the hall fills the full number in.
    pub resident_id: String,
    /// The person's mobile number, masked; the hall fills it in.
    pub mobile: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    pub licences: Vec<Licence>,
}

/// An authorization of a relative, as either side lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RelativeAuthority {
    pub id: AuthorityId,
    /// The caller's side of it.
    pub side: Side,
    /// The person who gave it.
    pub principal: Party,
    /// The relative who may act.
    pub relative: Party,
    pub scope: Scope,
    pub state: AuthorityState,
    /// Unix seconds.
    pub given_at: i64,
    /// Unix seconds, once the relative has confirmed.
    #[serde(default)]
    pub confirmed_at: Option<i64>,
    /// The person's data, for the relative of an active authority only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal_data: Option<PrincipalData>,
}
