//! The command of the halls noun.

use super::command;
use crate::halls::Hall;

command! {
    /// The city's halls, the city hall first.
    HallsList = "halls_list": () => Vec<Hall>
}
