//! The tables built once from the catalog: every distinct name as character ids
//! (the same item offered by many halls shares one), each character's pinyin
//! readings, and the posting lists that find candidates without scanning all
//! items — characters, character pairs, whole syllables, syllable prefixes,
//! pairs of neighbouring initials (sf of 身份), first characters, name lengths,
//! and the browse filters.
//!
//! Item ids are positions in the catalog sorted by popularity (most popular first)
//! then code, so every id-ordered walk is already in ranking order.

use std::collections::HashMap;

use banshi_api::catalog::{Audience, ItemKind, ItemSummary, Theme};

use super::postings::Posting;
use super::syllables::{self, SylId, Syllables};
use super::text;

/// A character of the query that no name contains.
pub(super) const NO_CHAR: u32 = u32::MAX;

/// Names are indexed by length up to this many characters (longer ones with it).
pub(super) const MAX_LEN: usize = 64;

/// What the index knows of one distinct character of the names.
pub(super) struct CharInfo {
    read_start: u32,
    read_len: u32,
    /// Letters a pinyin piece (or, for a Latin letter, the letter itself) at this
    /// character can start with; bit 0 is a.
    pub(super) letters: u32,
    /// Whether the character has pinyin readings (a Chinese character).
    pub(super) han: bool,
}

pub(super) struct Tables {
    /// Number of items.
    pub(super) n: usize,
    pub(super) syl: Syllables,
    pub(super) char_ids: HashMap<char, u32>,
    pub(super) chars: Vec<CharInfo>,
    readings: Vec<SylId>,
    /// By name id: where its characters start in `name_chars` (one more entry
    /// at the end).
    name_start: Vec<u32>,
    name_chars: Vec<u32>,
    /// By item: its name id.
    item_name: Vec<u32>,
    /// By character id: items whose name holds the character.
    pub(super) char_post: Vec<Posting>,
    /// By syllable id: items with a character read so.
    pub(super) full_post: Vec<Posting>,
    prefix_ids: HashMap<u64, u32>,
    /// By prefix id: items with a character whose reading starts so.
    prefix_post: Vec<Posting>,
    /// By `26 * a + b`: items with neighbouring characters whose pieces may start
    /// with letters a then b.
    pair_post: Vec<Posting>,
    /// By `a << 32 | b` (character ids): items whose name holds a then b.
    bigram_post: HashMap<u64, Posting>,
    /// By character id: items whose name starts with the character.
    pub(super) first_char_post: Vec<Posting>,
    /// By syllable id: items whose name's first character has the reading.
    pub(super) first_syl_post: Vec<Posting>,
    /// By length (in matched characters, 64 for 64 and more): items whose name is so long.
    pub(super) len_post: Vec<Posting>,
    hall_ids: HashMap<String, u32>,
    /// By item: its hall's id.
    pub(super) hall_of: Vec<u32>,
    pub(super) hall_post: Vec<Posting>,
    pub(super) dept_post: HashMap<String, Posting>,
    pub(super) kind_post: Vec<Posting>,
    pub(super) audience_post: Vec<Posting>,
    pub(super) theme_post: HashMap<Theme, Posting>,
    pub(super) visits_post: HashMap<u8, Posting>,
    pub(super) online_post: Posting,
}

/// A syllable prefix (at most 8 letters) as a map key.
fn prefix_key(s: &[u8]) -> Option<u64> {
    if s.is_empty() || s.len() > 8 {
        return None;
    }
    Some(s.iter().fold(0u64, |k, &b| (k << 8) | u64::from(b)))
}

fn sorted_unique(v: &mut Vec<u32>) {
    v.sort_unstable();
    v.dedup();
}

pub(super) fn kind_index(kind: ItemKind) -> usize {
    ItemKind::ALL.iter().position(|&k| k == kind).unwrap_or(0)
}

pub(super) fn audience_index(audience: Audience) -> usize {
    match audience {
        Audience::Person => 0,
        Audience::Organisation => 1,
    }
}

impl Tables {
    /// Builds the tables of `items`, already in id order.
    pub(super) fn build(items: &[ItemSummary]) -> Tables {
        let n = items.len();
        let id_of = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);

        // Names as character ids; each new character's readings.
        let mut syl = Syllables::default();
        let mut char_ids: HashMap<char, u32> = HashMap::new();
        let mut chars: Vec<CharInfo> = Vec::new();
        let mut readings: Vec<SylId> = Vec::new();
        let mut name_start = vec![0u32];
        let mut name_chars = Vec::new();
        let mut name_ids: HashMap<Vec<u32>, u32> = HashMap::new();
        let mut item_name = Vec::with_capacity(n);
        let mut this_name: Vec<u32> = Vec::new();
        for item in items {
            this_name.clear();
            for (c, _) in text::name_chars(&item.name) {
                let id = match char_ids.get(&c) {
                    Some(&id) => id,
                    None => {
                        let id = id_of(chars.len());
                        let read_start = id_of(readings.len());
                        let mut letters = 0u32;
                        for r in syllables::readings(c) {
                            if let Some(s) = syl.intern(&r) {
                                readings.push(s);
                                letters |= 1 << syl.first(s);
                            }
                        }
                        let read_len = id_of(readings.len()) - read_start;
                        if c.is_ascii_lowercase() {
                            letters |= 1 << (c as u8 - b'a');
                        }
                        chars.push(CharInfo {
                            read_start,
                            read_len,
                            letters,
                            han: read_len > 0,
                        });
                        char_ids.insert(c, id);
                        id
                    }
                };
                this_name.push(id);
            }
            // The same item offered by many halls has one name, stored once.
            let next = id_of(name_ids.len());
            let name_id = *name_ids.entry(this_name.clone()).or_insert(next);
            if name_id == next {
                name_chars.extend_from_slice(&this_name);
                name_start.push(id_of(name_chars.len()));
            }
            item_name.push(name_id);
        }

        // Prefix ids of every syllable.
        let mut prefix_ids: HashMap<u64, u32> = HashMap::new();
        let syl_prefixes: Vec<Vec<u32>> = (0..syl.count())
            .map(|s| {
                let s = SylId::try_from(s).unwrap_or(SylId::MAX);
                let text = syl.text(s);
                (1..=text.len())
                    .filter_map(|l| prefix_key(&text[..l]))
                    .map(|key| {
                        let next = id_of(prefix_ids.len());
                        *prefix_ids.entry(key).or_insert(next)
                    })
                    .collect()
            })
            .collect();

        let mut char_lists: Vec<Vec<u32>> = vec![Vec::new(); chars.len()];
        let mut full_lists: Vec<Vec<u32>> = vec![Vec::new(); syl.count()];
        let mut prefix_lists: Vec<Vec<u32>> = vec![Vec::new(); prefix_ids.len()];
        let mut pair_lists: Vec<Vec<u32>> = vec![Vec::new(); 26 * 26];
        let mut first_char_lists: Vec<Vec<u32>> = vec![Vec::new(); chars.len()];
        let mut first_syl_lists: Vec<Vec<u32>> = vec![Vec::new(); syl.count()];
        let mut len_lists: Vec<Vec<u32>> = vec![Vec::new(); MAX_LEN + 1];
        let mut bigram_lists: HashMap<u64, Vec<u32>> = HashMap::new();
        let mut bigrams: Vec<u64> = Vec::new();
        let (mut cs, mut ss, mut ps, mut pairs) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (i, &name_id) in item_name.iter().enumerate() {
            let id = id_of(i);
            let name_id = name_id as usize;
            let name = &name_chars[name_start[name_id] as usize..name_start[name_id + 1] as usize];
            len_lists[name.len().min(MAX_LEN)].push(id);
            bigrams.clear();
            bigrams.extend(
                name.windows(2)
                    .map(|w| u64::from(w[0]) << 32 | u64::from(w[1])),
            );
            bigrams.sort_unstable();
            bigrams.dedup();
            for &b in &bigrams {
                bigram_lists.entry(b).or_default().push(id);
            }
            if let Some(&first) = name.first() {
                first_char_lists[first as usize].push(id);
                let info = &chars[first as usize];
                let range = info.read_start as usize..(info.read_start + info.read_len) as usize;
                let mut firsts: Vec<SylId> = readings[range].to_vec();
                firsts.sort_unstable();
                firsts.dedup();
                for s in firsts {
                    first_syl_lists[usize::from(s)].push(id);
                }
            }
            cs.clear();
            cs.extend_from_slice(name);
            sorted_unique(&mut cs);
            ss.clear();
            for &c in &cs {
                let info = &chars[c as usize];
                let range = info.read_start as usize..(info.read_start + info.read_len) as usize;
                ss.extend(readings[range].iter().map(|&s| u32::from(s)));
                char_lists[c as usize].push(id);
            }
            sorted_unique(&mut ss);
            ps.clear();
            for &s in &ss {
                full_lists[s as usize].push(id);
                ps.extend_from_slice(&syl_prefixes[s as usize]);
            }
            sorted_unique(&mut ps);
            for &p in &ps {
                prefix_lists[p as usize].push(id);
            }
            pairs.clear();
            for w in name.windows(2) {
                let (a, b) = (chars[w[0] as usize].letters, chars[w[1] as usize].letters);
                for la in (0..26u32).filter(|l| a >> l & 1 == 1) {
                    for lb in (0..26u32).filter(|l| b >> l & 1 == 1) {
                        pairs.push(la * 26 + lb);
                    }
                }
            }
            sorted_unique(&mut pairs);
            for &p in &pairs {
                pair_lists[p as usize].push(id);
            }
        }
        let post = |lists: Vec<Vec<u32>>| -> Vec<Posting> {
            lists
                .into_iter()
                .map(|l| Posting::from_sorted(l, n))
                .collect()
        };

        // Browse filters.
        let mut hall_ids: HashMap<String, u32> = HashMap::new();
        let mut hall_of = Vec::with_capacity(n);
        let mut hall_lists: Vec<Vec<u32>> = Vec::new();
        let mut dept_lists: HashMap<String, Vec<u32>> = HashMap::new();
        let mut kind_lists: Vec<Vec<u32>> = vec![Vec::new(); ItemKind::ALL.len()];
        let mut audience_lists: Vec<Vec<u32>> = vec![Vec::new(); 2];
        let mut theme_lists: HashMap<Theme, Vec<u32>> = HashMap::new();
        let mut visits_lists: HashMap<u8, Vec<u32>> = HashMap::new();
        let mut online = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let id = id_of(i);
            let next = id_of(hall_ids.len());
            let hall = *hall_ids.entry(item.hall.to_string()).or_insert(next);
            if hall == next {
                hall_lists.push(Vec::new());
            }
            hall_of.push(hall);
            if let Some(list) = hall_lists.get_mut(hall as usize) {
                list.push(id);
            }
            dept_lists
                .entry(item.department.clone())
                .or_default()
                .push(id);
            kind_lists[kind_index(item.kind)].push(id);
            for &a in &item.audiences {
                let list = &mut audience_lists[audience_index(a)];
                if list.last() != Some(&id) {
                    list.push(id);
                }
            }
            for &theme in &item.themes {
                let list = theme_lists.entry(theme).or_default();
                if list.last() != Some(&id) {
                    list.push(id);
                }
            }
            visits_lists.entry(item.visits).or_default().push(id);
            if item.online_depth == 4 {
                online.push(id);
            }
        }

        Tables {
            n,
            syl,
            char_ids,
            chars,
            readings,
            name_start,
            name_chars,
            item_name,
            char_post: post(char_lists),
            full_post: post(full_lists),
            prefix_ids,
            prefix_post: post(prefix_lists),
            pair_post: post(pair_lists),
            bigram_post: bigram_lists
                .into_iter()
                .map(|(k, l)| (k, Posting::from_sorted(l, n)))
                .collect(),
            first_char_post: post(first_char_lists),
            first_syl_post: post(first_syl_lists),
            len_post: post(len_lists),
            hall_ids,
            hall_of,
            hall_post: post(hall_lists),
            dept_post: dept_lists
                .into_iter()
                .map(|(k, l)| (k, Posting::from_sorted(l, n)))
                .collect(),
            kind_post: post(kind_lists),
            audience_post: post(audience_lists),
            theme_post: theme_lists
                .into_iter()
                .map(|(k, l)| (k, Posting::from_sorted(l, n)))
                .collect(),
            visits_post: visits_lists
                .into_iter()
                .map(|(k, l)| (k, Posting::from_sorted(l, n)))
                .collect(),
            online_post: Posting::from_sorted(online, n),
        }
    }

    /// The number of distinct names.
    pub(super) fn names(&self) -> usize {
        self.name_start.len() - 1
    }

    /// The name id of item `id`: items with the same name match alike.
    pub(super) fn name_id(&self, id: u32) -> u32 {
        self.item_name.get(id as usize).copied().unwrap_or(0)
    }

    /// The name of item `id` as character ids (punctuation left out).
    pub(super) fn name(&self, id: u32) -> &[u32] {
        let i = self.name_id(id) as usize;
        match (self.name_start.get(i), self.name_start.get(i + 1)) {
            (Some(&a), Some(&b)) => self.name_chars.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The readings of character `cid`.
    pub(super) fn readings_of(&self, cid: u32) -> &[SylId] {
        match self.chars.get(cid as usize) {
            Some(info) => {
                let start = info.read_start as usize;
                self.readings
                    .get(start..start + info.read_len as usize)
                    .unwrap_or(&[])
            }
            None => &[],
        }
    }

    /// Items with a character whose reading starts with `letters`.
    pub(super) fn prefix(&self, letters: &[u8]) -> Option<&Posting> {
        let id = self.prefix_ids.get(&prefix_key(letters)?)?;
        self.prefix_post.get(*id as usize)
    }

    /// Items whose name holds character `a` right before character `b`.
    pub(super) fn bigram(&self, a: u32, b: u32) -> Option<&Posting> {
        self.bigram_post.get(&(u64::from(a) << 32 | u64::from(b)))
    }

    /// Items with neighbouring characters whose pieces may start with letters `a`, `b` (0 = a).
    pub(super) fn pair(&self, a: u8, b: u8) -> Option<&Posting> {
        self.pair_post.get(usize::from(a) * 26 + usize::from(b))
    }

    pub(super) fn hall_id(&self, code: &str) -> Option<u32> {
        self.hall_ids.get(code).copied()
    }
}
