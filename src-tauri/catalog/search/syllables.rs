//! Pinyin syllables: the toneless readings of a character (every heteronym the
//! `pinyin` crate knows, ü written v), interned as small ids with what matching
//! needs to know of each (first letter, zh/ch/sh initial), and the restricted
//! Damerau (OSA) edit distance used for typos.

use std::collections::HashMap;

use pinyin::ToPinyinMulti;

/// A syllable's id in the table of the index.
pub(super) type SylId = u16;

/// The longest syllable (zhuang, chuang, shuang).
pub(super) const MAX_SYL_LEN: usize = 6;

/// What matching needs to know of a syllable.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct SylMeta {
    pub(super) len: u8,
    /// The first letter, 0 = a.
    pub(super) first: u8,
    /// 1 for zh, 2 for ch, 3 for sh, 0 for any other start.
    pub(super) class2: u8,
}

/// The syllables that occur in the catalog's names.
#[derive(Default)]
pub(super) struct Syllables {
    text: Vec<Box<[u8]>>,
    meta: Vec<SylMeta>,
    ids: HashMap<Box<[u8]>, SylId>,
    by_first: [Vec<SylId>; 26],
}

impl Syllables {
    /// The id of `s` (1..=6 ASCII lower-case letters), added if new; `None` when
    /// `s` is not such a string or the table is full.
    pub(super) fn intern(&mut self, s: &[u8]) -> Option<SylId> {
        if let Some(&id) = self.ids.get(s) {
            return Some(id);
        }
        if s.is_empty() || s.len() > MAX_SYL_LEN || !s.iter().all(u8::is_ascii_lowercase) {
            return None;
        }
        let id = SylId::try_from(self.text.len()).ok()?;
        let first = s[0] - b'a';
        self.text.push(s.into());
        self.meta.push(SylMeta {
            len: s.len() as u8,
            first,
            class2: initial_class(s),
        });
        self.ids.insert(s.into(), id);
        self.by_first[usize::from(first)].push(id);
        Some(id)
    }

    pub(super) fn id(&self, s: &[u8]) -> Option<SylId> {
        self.ids.get(s).copied()
    }

    pub(super) fn count(&self) -> usize {
        self.text.len()
    }

    pub(super) fn text(&self, id: SylId) -> &[u8] {
        &self.text[usize::from(id)]
    }

    pub(super) fn meta(&self, id: SylId) -> SylMeta {
        self.meta.get(usize::from(id)).copied().unwrap_or_default()
    }

    pub(super) fn len_of(&self, id: SylId) -> usize {
        usize::from(self.meta(id).len)
    }

    /// The first letter of the syllable, 0 = a.
    pub(super) fn first(&self, id: SylId) -> u8 {
        self.meta(id).first
    }

    /// Syllables starting with `letter` (0 = a).
    pub(super) fn starting_with(&self, letter: u8) -> &[SylId] {
        self.by_first
            .get(usize::from(letter))
            .map_or(&[], Vec::as_slice)
    }
}

/// 1 for zh, 2 for ch, 3 for sh (two-letter initials typed as one), 0 otherwise.
pub(super) fn initial_class(s: &[u8]) -> u8 {
    match s {
        [b'z', b'h', ..] => 1,
        [b'c', b'h', ..] => 2,
        [b's', b'h', ..] => 3,
        _ => 0,
    }
}

/// Every toneless reading of `c`, deduplicated; empty when `c` has no pinyin.
pub(super) fn readings(c: char) -> Vec<Vec<u8>> {
    let Some(multi) = c.to_pinyin_multi() else {
        return Vec::new();
    };
    let mut out: Vec<Vec<u8>> = Vec::new();
    for reading in multi {
        let s: Vec<u8> = reading
            .plain()
            .chars()
            .map(|c| if c == 'ü' { 'v' } else { c })
            .filter(char::is_ascii_lowercase)
            .map(|c| c as u8)
            .collect();
        if !s.is_empty() && s.len() <= MAX_SYL_LEN && !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// The restricted Damerau–Levenshtein (optimal string alignment) table of `a`
/// against `b`: `d[i][j]` is the distance of `a[..i]` to `b[..j]`, where an
/// insertion, a deletion, a substitution or a swap of two neighbours costs 1.
/// Both strings are cut to 7 bytes.
pub(super) fn osa_table(a: &[u8], b: &[u8]) -> [[u8; 8]; 8] {
    let a = &a[..a.len().min(7)];
    let b = &b[..b.len().min(7)];
    let mut d = [[0u8; 8]; 8];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i as u8;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j as u8;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let substitution = u8::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + substitution);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d
}
