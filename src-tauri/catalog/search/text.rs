//! Text normalisation shared by the index and the queries: full-width forms and
//! the ideographic space folded to half-width, lower case, ü written as v (as
//! pinyin is typed), and which characters take part in matching (letters, digits
//! and Chinese characters; everything else separates words).

use banshi_api::search::SearchRequest;

/// Folds one character to the form both names and queries are compared in.
pub(super) fn canon(c: char) -> char {
    let c = match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    let c = if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        // One character in, one out, so positions in a name stay positions.
        c.to_lowercase().next().unwrap_or(c)
    };
    if c == 'ü' { 'v' } else { c }
}

/// Whether `c` (already folded) is matched; any other character separates words.
pub(super) fn is_term_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The query text folded, trimmed and cut to [`SearchRequest::MAX_TEXT_CHARS`].
pub(super) fn normalize(text: &str) -> String {
    let folded: String = text.chars().map(canon).collect();
    folded
        .trim()
        .chars()
        .take(SearchRequest::MAX_TEXT_CHARS)
        .collect()
}

/// The words of normalised text: runs of matched characters. White space splits
/// words as the contract says; so do punctuation, symbols and emoji, which never
/// match anything themselves.
pub(super) fn terms(normalized: &str) -> Vec<Vec<char>> {
    normalized
        .split(|c: char| !is_term_char(c))
        .filter(|word| !word.is_empty())
        .map(|word| word.chars().collect())
        .collect()
}

/// The matched characters of an item name, folded, each with its position (in
/// characters) in the original name. Punctuation is skipped, so 补领换发 matches
/// 补领、换发.
pub(super) fn name_chars(name: &str) -> Vec<(char, u32)> {
    name.chars()
        .enumerate()
        .filter_map(|(i, c)| {
            let c = canon(c);
            is_term_char(c).then_some((c, u32::try_from(i).unwrap_or(u32::MAX)))
        })
        .collect()
}
