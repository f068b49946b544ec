//! Codes of the catalog: the departments' unified social credit codes (GB 32100,
//! with a GB 11714 organisation code inside), the basic codes shared by the same
//! item in every hall, and the implementation codes unique to one hall.

use banshi_api::catalog::ItemKind;
use banshi_api::ids::ItemCode;

/// The characters of a credit code, in the order of their values.
const CREDIT_ALPHABET: &[u8] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];
const ORGANISATION_WEIGHTS: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];

/// A stable 64-bit FNV-1a hash, so that codes and jitter never depend on the
/// process or the platform.
pub(super) fn stable_hash(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

fn digit_value(character: char) -> u32 {
    character.to_digit(36).unwrap_or(0)
}

/// The organisation code (组织机构代码) of a body: eight digits from its name
/// and the GB 11714 check character.
fn organisation_code(name: &str) -> String {
    let body = format!("00{:06}", stable_hash(name) % 1_000_000);
    let sum: u32 = body
        .chars()
        .zip(ORGANISATION_WEIGHTS)
        .map(|(character, weight)| digit_value(character) * weight)
        .sum();
    let check = match 11 - sum % 11 {
        10 => 'X',
        11 => '0',
        value => char::from_digit(value, 10).unwrap_or('0'),
    };
    format!("{body}{check}")
}

/// The GB 32100 check character of the first 17 characters of a credit code.
fn credit_check(first17: &str) -> char {
    let sum: u32 = first17
        .bytes()
        .zip(CREDIT_WEIGHTS)
        .map(|(byte, weight)| {
            let value = CREDIT_ALPHABET.iter().position(|&c| c == byte).unwrap_or(0);
            u32::try_from(value).unwrap_or(0) * weight
        })
        .sum();
    let index = (31 - sum % 31) % 31;
    char::from(CREDIT_ALPHABET[index as usize])
}

/// The unified social credit code of a government body: category (11 机关,
/// 12 事业单位, 13 群团), region, organisation code, check character.
pub(super) fn credit_code(category: &str, region: &str, name: &str) -> String {
    let first17 = format!("{category}{region}{}", organisation_code(name));
    let check = credit_check(&first17);
    format!("{first17}{check}")
}

/// The two-digit kind part of a basic code.
fn kind_code(kind: ItemKind) -> u8 {
    match kind {
        ItemKind::Licensing => 1,
        ItemKind::Levy => 4,
        ItemKind::Benefit => 5,
        ItemKind::Confirmation => 7,
        ItemKind::Reward => 8,
        ItemKind::Adjudication => 9,
        ItemKind::OtherPower => 10,
        ItemKind::Filing => 11,
        ItemKind::ReviewAndReferral => 12,
        ItemKind::PublicService => 20,
    }
}

/// The basic code (基本编码) of one business form: kind, department, basic
/// item, form and three reserved zeros; the same in every hall.
pub(super) fn basic_code(
    kind: ItemKind,
    department_index: usize,
    item_index: usize,
    form_index: usize,
) -> String {
    format!(
        "{:02}{:02}{:03}{:02}000",
        kind_code(kind),
        department_index + 1,
        item_index + 1,
        form_index + 1
    )
}

/// The implementation code (实施编码): the deciding body's credit code, the
/// basic code and the hall's serial, unique across the catalog.
pub(super) fn implementation_code(credit: &str, basic: &str, hall_index: usize) -> ItemCode {
    ItemCode::parse(&format!("{credit}{basic}{:03}", hall_index + 1))
        .expect("a credit code, a basic code and a serial make an implementation code")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credit_check_matches_the_standard_example() {
        assert_eq!(
            credit_check("91350100M000100Y4"),
            '3',
            "the GB 32100 example 91350100M000100Y43 must validate"
        );
    }

    #[test]
    fn credit_codes_are_eighteen_characters_of_the_alphabet() {
        let code = credit_code("11", "341600", "亳州市公安局");
        assert_eq!(code.len(), 18, "a credit code has 18 characters");
        assert!(
            code.bytes().all(|byte| CREDIT_ALPHABET.contains(&byte)),
            "only the GB 32100 alphabet may appear: {code}"
        );
        assert_eq!(
            credit_check(&code[..17]),
            code.chars().last().unwrap_or(' '),
            "the last character is the check character"
        );
    }
}
