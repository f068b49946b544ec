//! The basic items (基本目录) each department lists, one module per field.
//! Names follow the provincial implementation lists; a row expands into one
//! item per business form (核发, 变更, 注销 …) in every hall that has the
//! department and the power.

pub(super) mod agriculture;
pub(super) mod civil;
pub(super) mod economy;
pub(super) mod environment;
pub(super) mod health;
pub(super) mod labour;
pub(super) mod land;
pub(super) mod market;
pub(super) mod police;
pub(super) mod society;
pub(super) mod transport;
