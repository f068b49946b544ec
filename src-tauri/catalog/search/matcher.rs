//! Matching one query word against item names.
//!
//! A word is searched as itself and as each synonym form (see `synonyms`). Each
//! form is a *pattern*: a sequence of positions, each a Chinese character
//! (matched literally, or by a shared reading when homophones are searched), a
//! Latin letter (matched by pinyin or literally) or another character (literally).
//! Pinyin is read piece by piece, one piece per character of the name: a whole
//! syllable (shen), an initial (s, or zh/ch/sh), the start of a syllable for the
//! last piece (shenf|en), or — when typos are searched — a syllable with one edit
//! that keeps its first letter (zhegn). Every reading of every character counts,
//! so 银行 is yinhang and 行政 xingzheng; readings are never combined into strings.
//!
//! Three passes use the same rules:
//! * `candidates`: a dynamic programme over the pattern's positions whose values
//!   are *sets of items* (posting lists of characters, character pairs,
//!   syllables, syllable prefixes and neighbouring initials). It does not know
//!   where in a name each piece falls, so it finds a superset of the matches
//!   without looking at any name.
//! * `verify`: the exact check of one name, a dynamic programme over the name's
//!   characters with the pattern positions still open as a bit mask, keeping the
//!   cheapest way to reach each position (and whether one starts the name).
//! * `matches`: the same automaton run bit-parallel without costs, to count hits.
//!
//! A pattern made of one syllable prefix (s, she) or of one character is answered
//! by a posting list alone (`direct`); only the items the other readings of the
//! pattern could add go through `verify`.

use super::index::{NO_CHAR, Tables};
use super::postings::{DocSet, Posting};
use super::syllables::{self, MAX_SYL_LEN, SylId};
use super::synonyms;

/// The last syllable typed only in part (she for shen).
pub(super) const COST_PARTIAL: u32 = 1;
/// A syllable typed by its initial (s for shen).
pub(super) const COST_INITIAL: u32 = 2;
/// The word matched through a synonym.
pub(super) const COST_SYNONYM: u32 = 4;
/// A Chinese character matched by its sound only (分 for 份).
pub(super) const COST_HOMOPHONE: u32 = 1 << 10;
/// One typo. Larger than all other costs of a word together (homophones are at
/// most 2), so fewer typos always rank first.
pub(super) const COST_EDIT: u32 = 1 << 16;

const NO_LETTER: u8 = u8::MAX;
/// Fuzzy steps are at most 2 typos and 2 homophones: 5 layers of `matches`.
const MAX_LAYERS: usize = 5;
const INF: u32 = u32::MAX;

// Per-syllable transition masks of a pattern (bit j: from pattern position j).
const FULL: usize = 0;
const END_EQ: usize = 1;
const END_PART: usize = 2;
/// 3, 4, 5: a syllable with one edit, typed one letter shorter, as long, one longer.
const TYPO: usize = 3;
const TYPO_END: usize = 6;
const SLOTS: usize = 7;

/// Edits allowed in a word of `letters` Latin letters when typos are searched.
pub(super) fn edit_budget(letters: usize) -> u32 {
    match letters {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Homophones allowed in a word of `han` Chinese characters when they are searched.
pub(super) fn homophone_budget(han: usize) -> u32 {
    match han {
        0..=1 => 0,
        2..=5 => 1,
        _ => 2,
    }
}

/// Typos and homophones used by a match of cost `cost`.
fn fuzzy_steps(cost: u32) -> u32 {
    cost / COST_EDIT + (cost % COST_EDIT) / COST_HOMOPHONE
}

/// Whether searching typos and homophones could find what the exact search missed.
pub(super) fn fuzzy_helps(word: &[char]) -> bool {
    let letters = word.iter().filter(|c| c.is_ascii_lowercase()).count();
    let han = word
        .iter()
        .filter(|&&c| !c.is_ascii() && !syllables::readings(c).is_empty())
        .count();
    edit_budget(letters) > 0 || han >= 2
}

/// How a word matched one name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TermHit {
    /// The cheapest match's cost (see the `COST_` constants).
    pub(super) cost: u32,
    /// The cheapest match, as a range of the name's matched characters (only
    /// filled by `verify`).
    pub(super) start: u32,
    pub(super) end: u32,
    /// Some match starts at the name's first character.
    pub(super) anchored: bool,
    /// A match of cost 0 covers the whole name.
    pub(super) exact: bool,
}

impl TermHit {
    fn merge(a: Option<TermHit>, b: Option<TermHit>) -> Option<TermHit> {
        match (a, b) {
            (None, x) | (x, None) => x,
            (Some(a), Some(b)) => {
                let mut best = if (b.cost, b.start) < (a.cost, a.start) {
                    b
                } else {
                    a
                };
                best.anchored = a.anchored || b.anchored;
                best.exact = a.exact || b.exact;
                Some(best)
            }
        }
    }
}

/// Reusable state of `verify`.
pub(super) struct Scratch {
    frontiers: [Frontier; 2],
}

struct Frontier {
    active: u64,
    cost: [u32; 64],
    start: [u32; 64],
    anchored: [u32; 64],
}

impl Scratch {
    pub(super) fn new() -> Box<Scratch> {
        let frontier = || Frontier {
            active: 0,
            cost: [INF; 64],
            start: [0; 64],
            anchored: [INF; 64],
        };
        Box::new(Scratch {
            frontiers: [frontier(), frontier()],
        })
    }
}

/// The best match found so far by `verify`.
struct Found {
    best: Option<(u32, u32, u32)>,
    anchored: bool,
    exact: bool,
}

/// Where one step of `verify` comes from.
#[derive(Clone, Copy)]
struct From {
    cost: u32,
    start: u32,
    anchored: u32,
    /// The name position after the character being read.
    end: u32,
    /// Whether that character is the name's last.
    last: bool,
}

#[inline]
fn relax(next: &mut Frontier, found: &mut Found, len: usize, to: usize, add: u32, from: From) {
    let cost = from.cost.saturating_add(add);
    let anchored = from.anchored.saturating_add(add);
    if to >= len {
        match found.best {
            Some((c, s, _)) if (c, s) <= (cost, from.start) => {}
            _ => found.best = Some((cost, from.start, from.end)),
        }
        if from.anchored != INF {
            found.anchored = true;
            if from.last && anchored == 0 {
                found.exact = true;
            }
        }
        return;
    }
    let bit = 1u64 << to;
    if next.active & bit == 0 {
        next.active |= bit;
        next.cost[to] = cost;
        next.start[to] = from.start;
        next.anchored[to] = anchored;
    } else {
        if (cost, from.start) < (next.cost[to], next.start[to]) {
            next.cost[to] = cost;
            next.start[to] = from.start;
        }
        if anchored < next.anchored[to] {
            next.anchored[to] = anchored;
        }
    }
}

/// Where `needle` first occurs in `name`.
fn find_literal(name: &[u32], needle: &[u32]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let last_start = name.len().checked_sub(needle.len())?;
    (0..=last_start)
        .find(|&i| name[i] == first && name[i + 1..].iter().zip(rest).all(|(a, b)| a == b))
}

fn has_syl(bits: &[u64], s: SylId) -> bool {
    let s = usize::from(s);
    bits.get(s / 64).is_some_and(|w| w >> (s % 64) & 1 == 1)
}

enum Direct {
    None,
    /// The pattern is all letters and a prefix of syllables: `starts` marks those
    /// syllables, `exact` is the pattern's own syllable if it is one.
    Prefix {
        exact: Option<SylId>,
        starts: Vec<u64>,
    },
    /// The pattern is this one character.
    Char(u32),
}

struct Pattern<'a> {
    len: usize,
    /// Catalog character id of each position, or `NO_CHAR`.
    qid: Vec<u32>,
    /// Letter (0 = a) of each position, or `NO_LETTER`.
    letter: Vec<u8>,
    bytes: Vec<u8>,
    /// For each letter position, where its run of letters ends.
    run_end: Vec<usize>,
    /// For Chinese positions, when homophones are searched: its readings.
    homo: Vec<Option<Vec<u64>>>,
    offset: u32,
    original: bool,
    budget: u32,
    /// By syllable id: the `SLOTS` transition masks.
    tabs: Vec<[u64; SLOTS]>,
    /// By letter: positions where an initial piece of that letter may stand.
    init1: [u64; 26],
    /// By zh/ch/sh class: positions where that two-letter initial may stand.
    init2: [u64; 4],
    direct: Direct,
    direct_set: Option<&'a Posting>,
    /// Items that may match other than through `direct`; they are verified.
    multi: DocSet,
    /// Every item of `multi` matches (two letters: the neighbouring-initials
    /// posting is exact), so counting needs no check.
    multi_exact: bool,
    /// Positions from which the rest of the pattern may be read as the start of
    /// one syllable (the last piece).
    ends: u64,
    /// Letters of the pattern (bit 0 = a).
    letters_mask: u32,
    /// For Chinese positions: the first letters of the character's readings.
    han_letters: Vec<u32>,
    /// Positions where a homophone may stand.
    homo_positions: u64,
    /// By letter: the positions holding it.
    letter_positions: [u64; 26],
    /// The pattern is only characters of the catalog, matched literally.
    literal_only: bool,
    /// Each distinct catalog character of the pattern with its positions.
    literal: Vec<(u32, u64)>,
    /// The cheapest any match can cost.
    lb_any: u32,
    /// The cheapest a match other than the `direct` one can cost.
    lb_multi: u32,
}

impl<'a> Pattern<'a> {
    fn new(t: &'a Tables, word: &[char], offset: u32, original: bool, fuzzy: bool) -> Self {
        let word = &word[..word.len().min(64)];
        let len = word.len();
        let qid: Vec<u32> = word
            .iter()
            .map(|c| t.char_ids.get(c).copied().unwrap_or(NO_CHAR))
            .collect();
        let letter: Vec<u8> = word
            .iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c as u8 - b'a'
                } else {
                    NO_LETTER
                }
            })
            .collect();
        let bytes: Vec<u8> = word
            .iter()
            .map(|&c| if c.is_ascii_lowercase() { c as u8 } else { 0 })
            .collect();
        let mut run_end = vec![0; len];
        let mut end = len;
        for j in (0..len).rev() {
            if letter[j] == NO_LETTER {
                end = j;
            }
            run_end[j] = end;
        }
        let letters = letter.iter().filter(|&&l| l != NO_LETTER).count();

        let readings: Vec<Vec<Vec<u8>>> = word
            .iter()
            .map(|&c| {
                if c.is_ascii() {
                    Vec::new()
                } else {
                    syllables::readings(c)
                }
            })
            .collect();
        let han = readings.iter().filter(|r| !r.is_empty()).count();
        let homophones = fuzzy && han >= 2;
        // Typos and homophones share one budget: each is one fuzzy step.
        let budget = if fuzzy {
            edit_budget(letters) + homophone_budget(han)
        } else {
            0
        };
        let han_letters: Vec<u32> = readings
            .iter()
            .map(|rs| {
                rs.iter()
                    .filter_map(|r| r.first())
                    .filter(|b| b.is_ascii_lowercase())
                    .fold(0u32, |m, &b| m | 1 << (b - b'a'))
            })
            .collect();
        let syl_words = t.syl.count().div_ceil(64);
        let homo: Vec<Option<Vec<u64>>> = readings
            .iter()
            .map(|rs| {
                if !homophones || rs.is_empty() {
                    return None;
                }
                let mut bits = vec![0u64; syl_words];
                let mut any = false;
                for s in rs.iter().filter_map(|r| t.syl.id(r)) {
                    bits[usize::from(s) / 64] |= 1 << (usize::from(s) % 64);
                    any = true;
                }
                any.then_some(bits)
            })
            .collect();

        let mut tabs = if letters > 0 {
            vec![[0u64; SLOTS]; t.syl.count()]
        } else {
            Vec::new()
        };
        let mut init1 = [0u64; 26];
        let mut init2 = [0u64; 4];
        for j in 0..len {
            let l = letter[j];
            if l == NO_LETTER {
                continue;
            }
            let bit = 1u64 << j;
            let q = &bytes[j..run_end[j]];
            let to_end = run_end[j] == len;
            if j + 1 < len {
                init1[usize::from(l)] |= bit;
            }
            if j + 2 < len {
                let class = syllables::initial_class(q);
                if class != 0 {
                    init2[usize::from(class)] |= bit;
                }
            }
            // After z, c or s, an h starts no piece longer than one letter:
            // zhu is zh-u, never z + hu (which would find 证核 for zhu).
            let after_digraph_start =
                l == b'h' - b'a' && j > 0 && matches!(bytes[j - 1], b'z' | b'c' | b's');
            for &s in t.syl.starting_with(l) {
                let text = t.syl.text(s);
                let sl = text.len();
                let m = q.iter().zip(text).take_while(|(a, b)| a == b).count();
                if after_digraph_start && q.len() > 1 {
                    continue;
                }
                let Some(tab) = tabs.get_mut(usize::from(s)) else {
                    continue;
                };
                if m == sl {
                    tab[if j + sl == len { END_EQ } else { FULL }] |= bit;
                } else if m == q.len() && to_end {
                    tab[END_PART] |= bit;
                }
                if budget > 0 && sl >= 3 {
                    let a = &q[..q.len().min(sl + 1)];
                    let d = syllables::osa_table(a, text);
                    for k in 0..3 {
                        let lq = sl + k - 1;
                        if lq >= 2 && lq <= a.len() && j + lq < len && d[lq][sl] == 1 {
                            tab[TYPO + k] |= bit;
                        }
                    }
                    let tail = q.len();
                    if to_end
                        && tail >= 3
                        && tail <= a.len()
                        && m < tail
                        && (1..=sl).any(|b| d[tail][b] <= 1)
                    {
                        tab[TYPO_END] |= bit;
                    }
                }
            }
        }

        let mut direct = Direct::None;
        let mut direct_set = None;
        if original && len > 0 && letters == len && len <= MAX_SYL_LEN {
            if let Some(set) = t.prefix(&bytes) {
                let mut starts = vec![0u64; syl_words];
                for &s in t.syl.starting_with(letter[0]) {
                    if t.syl.text(s).starts_with(&bytes) {
                        starts[usize::from(s) / 64] |= 1 << (usize::from(s) % 64);
                    }
                }
                direct = Direct::Prefix {
                    exact: t.syl.id(&bytes),
                    starts,
                };
                direct_set = Some(set);
            }
        } else if original && len == 1 && qid[0] != NO_CHAR {
            direct = Direct::Char(qid[0]);
            direct_set = t.char_post.get(qid[0] as usize);
        }

        let letters_mask = letter
            .iter()
            .filter(|&&l| l != NO_LETTER)
            .fold(0u32, |m, &l| m | 1 << l);
        let mut literal: Vec<(u32, u64)> = Vec::new();
        for (j, &id) in qid.iter().enumerate() {
            if id == NO_CHAR {
                continue;
            }
            match literal.iter_mut().find(|(c, _)| *c == id) {
                Some((_, mask)) => *mask |= 1 << j,
                None => literal.push((id, 1 << j)),
            }
        }
        let mut letter_positions = [0u64; 26];
        for (j, &l) in letter.iter().enumerate() {
            if let Some(mask) = letter_positions.get_mut(usize::from(l)) {
                *mask |= 1 << j;
            }
        }
        let literal_only = letters == 0
            && len > 0
            && homo.iter().all(Option::is_none)
            && qid.iter().all(|&id| id != NO_CHAR);
        let homo_positions = homo
            .iter()
            .enumerate()
            .filter(|(_, h)| h.is_some())
            .fold(0u64, |m, (j, _)| m | 1 << j);
        let ends = tabs
            .iter()
            .fold(0u64, |m, tab| m | tab[END_EQ] | tab[END_PART]);
        let mut pattern = Pattern {
            len,
            qid,
            letter,
            bytes,
            run_end,
            homo,
            offset,
            original,
            budget,
            tabs,
            init1,
            init2,
            direct,
            direct_set,
            multi: DocSet::empty(),
            multi_exact: budget == 0 && len == 2 && (letters == 2 || literal_only),
            ends,
            letters_mask,
            homo_positions,
            han_letters,
            letter_positions,
            literal_only,
            literal,
            lb_any: 0,
            lb_multi: 0,
        };
        pattern.multi = pattern.candidates(t);
        (pattern.lb_any, pattern.lb_multi) = pattern.bounds(t);
        pattern
    }

    /// The cheapest cost of any match, and of any match other than the `direct`
    /// one, from the pattern alone (a lower bound for every name).
    fn bounds(&self, t: &Tables) -> (u32, u32) {
        let len = self.len;
        let mut best = vec![INF; len + 1];
        let (mut end_multi, mut end_direct) = (INF, INF);
        if len == 0 {
            return (INF, INF);
        }
        best[0] = 0;
        let prefix_direct = matches!(self.direct, Direct::Prefix { .. });
        let char_direct = matches!(self.direct, Direct::Char(_));
        for j in 0..len {
            let c = best[j];
            if c == INF {
                continue;
            }
            let mut go = |to: usize, add: u32, direct: bool| {
                let cost = c.saturating_add(add);
                if to >= len {
                    if direct {
                        end_direct = end_direct.min(cost);
                    } else {
                        end_multi = end_multi.min(cost);
                    }
                } else if best[to] > cost {
                    best[to] = cost;
                }
            };
            if self.qid[j] != NO_CHAR {
                go(j + 1, 0, char_direct && j == 0 && len == 1);
            }
            if self.homo[j].is_some() {
                go(j + 1, COST_HOMOPHONE, false);
            }
            let l = self.letter[j];
            if l == NO_LETTER {
                continue;
            }
            let bit = 1u64 << j;
            let tail_direct = prefix_direct && j == 0;
            for &s in t.syl.starting_with(l) {
                let Some(tab) = self.tabs.get(usize::from(s)) else {
                    continue;
                };
                let sl = t.syl.len_of(s);
                if tab[END_EQ] & bit != 0 {
                    go(len, 0, tail_direct);
                }
                if tab[END_PART] & bit != 0 {
                    go(len, COST_PARTIAL, tail_direct);
                }
                if tab[FULL] & bit != 0 {
                    go(j + sl, 0, false);
                }
                for k in 0..3 {
                    if tab[TYPO + k] & bit != 0 {
                        go(j + sl + k - 1, COST_EDIT, false);
                    }
                }
                if tab[TYPO_END] & bit != 0 {
                    go(len, COST_EDIT, false);
                }
            }
            if self.init1[usize::from(l)] & bit != 0 {
                go(j + 1, COST_INITIAL, false);
            }
            let class = syllables::initial_class(&self.bytes[j..self.run_end[j]]);
            if class != 0 && self.init2[usize::from(class)] & bit != 0 {
                go(j + 2, COST_INITIAL, false);
            }
        }
        (end_multi.min(end_direct), end_multi)
    }

    /// Positions of the pattern holding character `cid`.
    fn literal_mask(&self, cid: u32) -> u64 {
        self.literal
            .iter()
            .find(|(c, _)| *c == cid)
            .map_or(0, |&(_, mask)| mask)
    }

    /// Positions of the pattern holding a different character with a reading of `reads`.
    fn homophone_mask(&self, reads: &[SylId], letters: u32, open: u64) -> u64 {
        let mut mask = 0u64;
        let mut positions = open;
        while positions != 0 {
            let j = positions.trailing_zeros() as usize;
            positions &= positions - 1;
            if letters & self.han_letters[j] == 0 {
                continue;
            }
            if let Some(Some(bits)) = self.homo.get(j)
                && reads.iter().any(|&r| has_syl(bits, r))
            {
                mask |= 1 << j;
            }
        }
        mask
    }

    /// Whether the pattern matches `name` at all: the bit-parallel form of
    /// `verify`, without costs, for counting hits that cannot reach the page.
    fn matches(&self, t: &Tables, name: &[u32]) -> bool {
        let len = self.len;
        if len == 0 {
            return false;
        }
        if self.literal_only {
            return find_literal(name, &self.qid).is_some();
        }
        let last = 1u64 << (len - 1);
        let layers = (self.budget as usize + 1).min(MAX_LAYERS);
        let has_homo = self.homo.iter().any(Option::is_some);
        let mut active = [0u64; MAX_LAYERS];
        for &cid in name {
            active[0] |= 1;
            let all = active.iter().fold(0, |m, a| m | a);
            let (info_letters, han) = t
                .chars
                .get(cid as usize)
                .map_or((0, false), |info| (info.letters, info.han));
            // Most characters move no open position on: skip them quickly.
            let mut pinyin = false;
            let mut letters = info_letters & self.letters_mask;
            while letters != 0 {
                let l = letters.trailing_zeros() as usize;
                letters &= letters - 1;
                if self.letter_positions[l] & all != 0 {
                    pinyin = true;
                    break;
                }
            }
            let literal = self.literal_mask(cid);
            if !pinyin && literal & all == 0 && !(has_homo && han) {
                active = [0; MAX_LAYERS];
                continue;
            }
            let mut next = [0u64; MAX_LAYERS];
            let reads = t.readings_of(cid);
            let homo = if has_homo && han {
                self.homophone_mask(reads, info_letters, self.homo_positions & all & !literal)
            } else {
                0
            };
            for e in 0..layers {
                let a = active[e];
                if a == 0 {
                    continue;
                }
                if a & literal & last != 0 {
                    return true;
                }
                next[e] |= (a & literal & !last) << 1;
                if e + 1 < layers {
                    if a & homo & last != 0 {
                        return true;
                    }
                    next[e + 1] |= (a & homo & !last) << 1;
                }
                if !pinyin {
                    continue;
                }
                for &r in reads {
                    let m = t.syl.meta(r);
                    if self.letters_mask >> m.first & 1 == 0 {
                        continue;
                    }
                    let Some(tab) = self.tabs.get(usize::from(r)) else {
                        continue;
                    };
                    if a & (tab[END_EQ] | tab[END_PART]) != 0 {
                        return true;
                    }
                    let sl = u32::from(m.len);
                    let mut to =
                        (a & tab[FULL]) << sl | (a & self.init1[usize::from(m.first)]) << 1;
                    if m.class2 != 0 {
                        to |= (a & self.init2[usize::from(m.class2)]) << 2;
                    }
                    next[e] |= to;
                    if e + 1 < layers {
                        if a & tab[TYPO_END] != 0 {
                            return true;
                        }
                        next[e + 1] |= (a & tab[TYPO]) << (sl - 1)
                            | (a & tab[TYPO + 1]) << sl
                            | (a & tab[TYPO + 2]) << (sl + 1);
                    }
                }
            }
            active = next;
        }
        false
    }

    fn pair<'t>(&self, t: &'t Tables, j: usize, to: usize) -> Option<&'t Posting> {
        if to < self.len && self.letter[to] != NO_LETTER {
            t.pair(self.letter[j], self.letter[to])
        } else {
            None
        }
    }

    /// Items that may match other than through `direct`: a superset, found from
    /// posting lists alone.
    fn candidates(&self, t: &Tables) -> DocSet {
        let n = t.n;
        let len = self.len;
        if len == 0 {
            return DocSet::empty();
        }
        let layers = self.budget as usize + 1;
        // State: position, fuzzy steps used, and whether the last step read a
        // character of the catalog literally (then the next literal step needs
        // the two characters side by side: a bigram).
        let at = |j: usize, e: usize, literal: usize| (j * layers + e) * 2 + literal;
        let mut g: Vec<DocSet> = (0..(len + 1) * layers * 2)
            .map(|_| DocSet::empty())
            .collect();
        g[0] = DocSet::All;
        let skip_tail0 = matches!(self.direct, Direct::Prefix { .. });
        let skip_literal0 = matches!(self.direct, Direct::Char(_));
        let emit = |g: &mut Vec<DocSet>, to: usize, e: usize, literal: usize, set: DocSet| {
            if !set.is_empty()
                && let Some(slot) = g.get_mut(at(to, e, literal))
            {
                slot.union_in(set, n);
            }
        };
        // Items with neighbouring characters whose readings may start with a
        // letter of `a` then one of `b`.
        let pairs = |a: u32, b: u32| -> DocSet {
            let mut set = DocSet::empty();
            for la in (0..26u8).filter(|l| a >> l & 1 == 1) {
                for lb in (0..26u8).filter(|l| b >> l & 1 == 1) {
                    if let Some(p) = t.pair(la, lb) {
                        set.union_posting(p, n);
                    }
                }
            }
            set
        };
        for j in 0..len {
            let homo_set = self.homo[j].as_ref().map(|bits| {
                let mut set = DocSet::empty();
                for s in 0..t.syl.count() {
                    let s = SylId::try_from(s).unwrap_or(SylId::MAX);
                    if has_syl(bits, s)
                        && let Some(p) = t.full_post.get(usize::from(s))
                    {
                        set.union_posting(p, n);
                    }
                }
                // A homophone sits next to the characters read before and after it.
                if j > 0 && self.han_letters[j - 1] != 0 {
                    set = set.and(&pairs(self.han_letters[j - 1], self.han_letters[j]), n);
                }
                if j + 1 < len && self.han_letters[j + 1] != 0 {
                    set = set.and(&pairs(self.han_letters[j], self.han_letters[j + 1]), n);
                }
                set
            });
            let literal_target = usize::from(self.letter[j] == NO_LETTER);
            for e in 0..layers {
                for literal in 0..2 {
                    let cur = std::mem::replace(&mut g[at(j, e, literal)], DocSet::empty());
                    if cur.is_empty() {
                        continue;
                    }
                    if self.qid[j] != NO_CHAR && !(skip_literal0 && j == 0) {
                        let post = if literal == 1 && j > 0 {
                            t.bigram(self.qid[j - 1], self.qid[j])
                        } else {
                            t.char_post.get(self.qid[j] as usize)
                        };
                        if let Some(p) = post {
                            emit(&mut g, j + 1, e, literal_target, cur.and_posting(p, n));
                        }
                    }
                    if let Some(h) = &homo_set
                        && e + 1 < layers
                    {
                        emit(&mut g, j + 1, e + 1, 0, cur.and(h, n));
                    }
                    let l = self.letter[j];
                    if l == NO_LETTER {
                        continue;
                    }
                    let bit = 1u64 << j;
                    if self.ends >> j & 1 == 1
                        && len - j <= MAX_SYL_LEN
                        && !(skip_tail0 && j == 0 && e == 0)
                        && let Some(p) = t.prefix(&self.bytes[j..len])
                    {
                        emit(&mut g, len, e, 0, cur.and_posting(p, n));
                    }
                    for &s in t.syl.starting_with(l) {
                        let Some(tab) = self.tabs.get(usize::from(s)) else {
                            continue;
                        };
                        let Some(full) = t.full_post.get(usize::from(s)) else {
                            continue;
                        };
                        let sl = t.syl.len_of(s);
                        if tab[FULL] & bit != 0 {
                            let to = j + sl;
                            let mut posts: Vec<&Posting> = vec![full];
                            posts.extend(self.pair(t, j, to));
                            emit(&mut g, to, e, 0, cur.and_all(&mut posts, n));
                        }
                        if e + 1 < layers {
                            for k in 0..3 {
                                if tab[TYPO + k] & bit != 0 {
                                    let to = j + sl + k - 1;
                                    let mut posts: Vec<&Posting> = vec![full];
                                    posts.extend(self.pair(t, j, to));
                                    emit(&mut g, to, e + 1, 0, cur.and_all(&mut posts, n));
                                }
                            }
                            if tab[TYPO_END] & bit != 0 {
                                emit(&mut g, len, e + 1, 0, cur.and_posting(full, n));
                            }
                        }
                    }
                    if self.init1[usize::from(l)] & bit != 0 {
                        let to = j + 1;
                        let post = self.pair(t, j, to).or_else(|| t.prefix(&self.bytes[j..=j]));
                        if let Some(p) = post {
                            emit(&mut g, to, e, 0, cur.and_posting(p, n));
                        }
                    }
                    let class = syllables::initial_class(&self.bytes[j..self.run_end[j]]);
                    if class != 0 && self.init2[usize::from(class)] & bit != 0 {
                        let to = j + 2;
                        if let Some(p) = t.prefix(&self.bytes[j..to]) {
                            let mut posts: Vec<&Posting> = vec![p];
                            posts.extend(self.pair(t, j, to));
                            emit(&mut g, to, e, 0, cur.and_all(&mut posts, n));
                        }
                    }
                }
            }
        }
        let mut out = DocSet::empty();
        for e in 0..layers {
            for literal in 0..2 {
                out.union_in(
                    std::mem::replace(&mut g[at(len, e, literal)], DocSet::empty()),
                    n,
                );
            }
        }
        out
    }

    fn in_direct(&self, id: u32) -> bool {
        self.direct_set.is_some_and(|p| p.contains(id))
    }

    /// The hit of an item found through `direct` only (no position).
    fn direct_hit(&self, t: &Tables, id: u32, name: &[u32]) -> Option<TermHit> {
        let first = *name.first()?;
        let (cost, anchored, exact) = match &self.direct {
            Direct::None => return None,
            Direct::Prefix { exact, starts } => {
                let anchored = t.readings_of(first).iter().any(|&r| has_syl(starts, r));
                let full = exact.is_some_and(|s| {
                    t.full_post
                        .get(usize::from(s))
                        .is_some_and(|p| p.contains(id))
                });
                let cost = if full { 0 } else { COST_PARTIAL };
                (cost, anchored, full && name.len() == 1)
            }
            Direct::Char(c) => (0, first == *c, first == *c && name.len() == 1),
        };
        Some(TermHit {
            cost: cost + self.offset,
            start: 0,
            end: 0,
            anchored,
            exact: exact && self.original,
        })
    }

    /// The exact check of one name: the cheapest match, with its place. With
    /// `anchored_only`, only matches from the name's first character are looked for.
    fn verify(
        &self,
        t: &Tables,
        name: &[u32],
        scratch: &mut Scratch,
        anchored_only: bool,
    ) -> Option<TermHit> {
        let len = self.len;
        if self.literal_only {
            let at = find_literal(name, &self.qid)?;
            if anchored_only && at != 0 {
                return None;
            }
            return Some(TermHit {
                cost: self.offset,
                start: at as u32,
                end: (at + len) as u32,
                anchored: name.starts_with(&self.qid),
                exact: self.original && name == self.qid.as_slice(),
            });
        }
        let mut found = Found {
            best: None,
            anchored: false,
            exact: false,
        };
        let [f0, f1] = &mut scratch.frontiers;
        let (mut cur, mut next) = (f0, f1);
        cur.active = 0;
        for (i, &cid) in name.iter().enumerate() {
            if i == 0 || !anchored_only {
                cur.active |= 1;
                cur.cost[0] = 0;
                cur.start[0] = i as u32;
                cur.anchored[0] = if i == 0 { 0 } else { INF };
            } else if cur.active == 0 {
                break;
            }
            next.active = 0;
            let (han, letters) = t
                .chars
                .get(cid as usize)
                .map_or((false, 0), |info| (info.han, info.letters));
            let reads = t.readings_of(cid);
            let end = i as u32 + 1;
            let last = i + 1 == name.len();
            let mut active = cur.active;
            while active != 0 {
                let j = active.trailing_zeros() as usize;
                active &= active - 1;
                let from = From {
                    cost: cur.cost[j],
                    start: cur.start[j],
                    anchored: cur.anchored[j],
                    end,
                    last,
                };
                if self.qid[j] == cid {
                    relax(next, &mut found, len, j + 1, 0, from);
                } else if let Some(h) = &self.homo[j]
                    && han
                    && letters & self.han_letters[j] != 0
                    && fuzzy_steps(from.cost) < self.budget
                    && reads.iter().any(|&r| has_syl(h, r))
                {
                    let from = From {
                        anchored: if fuzzy_steps(from.anchored) < self.budget {
                            from.anchored
                        } else {
                            INF
                        },
                        ..from
                    };
                    relax(next, &mut found, len, j + 1, COST_HOMOPHONE, from);
                }
                let l = self.letter[j];
                if l == NO_LETTER || letters >> l & 1 == 0 {
                    continue;
                }
                let bit = 1u64 << j;
                let typos = self.budget > 0 && fuzzy_steps(from.cost) < self.budget;
                let typo_from = From {
                    anchored: if from.anchored != INF && fuzzy_steps(from.anchored) < self.budget {
                        from.anchored
                    } else {
                        INF
                    },
                    ..from
                };
                for &r in reads {
                    let m = t.syl.meta(r);
                    if m.first != l {
                        continue;
                    }
                    let Some(tab) = self.tabs.get(usize::from(r)) else {
                        continue;
                    };
                    if tab[END_EQ] & bit != 0 {
                        relax(next, &mut found, len, len, 0, from);
                    } else if tab[END_PART] & bit != 0 {
                        relax(next, &mut found, len, len, COST_PARTIAL, from);
                    }
                    let sl = usize::from(m.len);
                    if tab[FULL] & bit != 0 {
                        relax(next, &mut found, len, j + sl, 0, from);
                    }
                    if self.init1[usize::from(l)] & bit != 0 {
                        relax(next, &mut found, len, j + 1, COST_INITIAL, from);
                    }
                    let class = usize::from(m.class2);
                    if class != 0 && self.init2[class] & bit != 0 {
                        relax(next, &mut found, len, j + 2, COST_INITIAL, from);
                    }
                    if typos {
                        for k in 0..3 {
                            if tab[TYPO + k] & bit != 0 {
                                relax(next, &mut found, len, j + sl + k - 1, COST_EDIT, typo_from);
                            }
                        }
                        if tab[TYPO_END] & bit != 0 {
                            relax(next, &mut found, len, len, COST_EDIT, typo_from);
                        }
                    }
                }
            }
            std::mem::swap(&mut cur, &mut next);
        }
        found.best.map(|(cost, start, end)| TermHit {
            cost: cost.saturating_add(self.offset),
            start,
            end,
            anchored: found.anchored,
            exact: found.exact && self.original,
        })
    }
}

/// Items of one (tier, cost) class, found from posting lists alone.
pub(super) type DirectClass = (u32, u32, DocSet);

/// One word of the query with its synonym forms, and the items that may match it.
pub(super) struct Term<'a> {
    patterns: Vec<Pattern<'a>>,
    /// Every item that may match (a superset; `eval` decides).
    pub(super) set: DocSet,
}

impl<'a> Term<'a> {
    /// Prepares `word`; with `fuzzy`, typos and homophones are searched too.
    pub(super) fn new(t: &'a Tables, word: &[char], fuzzy: bool) -> Term<'a> {
        let mut patterns = vec![Pattern::new(t, word, 0, true, fuzzy)];
        for variant in synonyms::variants(word) {
            patterns.push(Pattern::new(t, &variant, COST_SYNONYM, false, false));
        }
        let mut set = DocSet::empty();
        for p in &mut patterns {
            if let Some(d) = p.direct_set {
                set.union_posting(d, t.n);
            }
            set.union_in(p.multi.clone(), t.n);
        }
        Term { patterns, set }
    }

    /// A superset of the items the word can match from their first character.
    pub(super) fn anchor_superset(&self, t: &Tables) -> DocSet {
        let n = t.n;
        let mut set = DocSet::empty();
        for p in &self.patterns {
            if p.len == 0 {
                continue;
            }
            if p.qid[0] != NO_CHAR
                && let Some(post) = t.first_char_post.get(p.qid[0] as usize)
            {
                set.union_posting(post, n);
            }
            let mut syls: Vec<SylId> = Vec::new();
            if let Some(bits) = &p.homo[0] {
                syls.extend(
                    (0..t.syl.count())
                        .filter_map(|s| SylId::try_from(s).ok())
                        .filter(|&s| has_syl(bits, s)),
                );
            }
            if p.letter[0] != NO_LETTER {
                syls.extend_from_slice(t.syl.starting_with(p.letter[0]));
            }
            for s in syls {
                if let Some(post) = t.first_syl_post.get(usize::from(s)) {
                    set.union_posting(post, n);
                }
            }
        }
        set
    }

    /// The cheapest any item can match the word.
    pub(super) fn lower_bound(&self) -> u32 {
        self.patterns
            .iter()
            .map(|p| p.lb_any.saturating_add(p.offset))
            .min()
            .unwrap_or(INF)
    }

    /// For a word answered by one posting list (one syllable prefix or one
    /// character, no synonyms): the items of `filter` that nothing else can
    /// match, split by (tier, cost) as `eval` would rank them, and the items
    /// left to `eval`. `None` for other words.
    pub(super) fn direct_classes(
        &self,
        t: &Tables,
        filter: &DocSet,
    ) -> Option<(Vec<DirectClass>, DocSet)> {
        let [p] = self.patterns.as_slice() else {
            return None;
        };
        let direct = p.direct_set?;
        let n = t.n;
        let only = filter.and_posting(direct, n).and_not(&p.multi, n);
        let mut anchor = DocSet::empty();
        let cheap: Option<Option<&Posting>> = match &p.direct {
            Direct::None => return None,
            Direct::Prefix { exact, starts } => {
                for &s in t.syl.starting_with(p.letter[0]) {
                    if has_syl(starts, s)
                        && let Some(post) = t.first_syl_post.get(usize::from(s))
                    {
                        anchor.union_posting(post, n);
                    }
                }
                Some(exact.and_then(|s| t.full_post.get(usize::from(s))))
            }
            Direct::Char(c) => {
                if let Some(post) = t.first_char_post.get(*c as usize) {
                    anchor = post.to_set();
                }
                None
            }
        };
        let anchored = only.and(&anchor, n);
        let rest = only.and_not(&anchor, n);
        let mut exact = match t.len_post.get(1) {
            Some(len1) => anchored.and_posting(len1, n),
            None => DocSet::empty(),
        };
        if let Some(cheap) = cheap {
            exact = match cheap {
                Some(c0) => exact.and_posting(c0, n),
                None => DocSet::empty(),
            };
        }
        let anchored = anchored.and_not(&exact, n);
        let mut classes = vec![(0, 0, exact)];
        for (tier, set) in [(1, anchored), (2, rest)] {
            match cheap {
                None => classes.push((tier, 0, set)),
                Some(None) => classes.push((tier, COST_PARTIAL, set)),
                Some(Some(c0)) => {
                    classes.push((tier, 0, set.and_posting(c0, n)));
                    classes.push((tier, COST_PARTIAL, set.and_not_posting(c0, n)));
                }
            }
        }
        Some((classes, filter.and(&p.multi, n)))
    }

    /// How the word matches item `id` (whose name is `name`), if it does. With
    /// `locate`, every hit comes from `verify` and so has its place in the name.
    pub(super) fn eval(
        &self,
        t: &Tables,
        id: u32,
        name: &[u32],
        scratch: &mut Scratch,
        locate: bool,
    ) -> Option<TermHit> {
        let single = self.patterns.len() == 1;
        let mut best = None;
        for p in &self.patterns {
            let in_multi = p.multi.contains(id);
            let hit = if locate {
                if in_multi || p.in_direct(id) {
                    p.verify(t, name, scratch, false)
                } else {
                    None
                }
            } else if in_multi {
                match p.in_direct(id).then(|| p.direct_hit(t, id, name)).flatten() {
                    // The other readings cannot be cheaper (nor exact): only
                    // whether one starts the name is left to find out.
                    Some(hit) if p.lb_multi >= hit.cost.max(1) => {
                        let anchored = hit.anchored
                            || p.verify(t, name, scratch, true).is_some_and(|h| h.anchored);
                        Some(TermHit { anchored, ..hit })
                    }
                    _ => p.verify(t, name, scratch, false),
                }
            } else if single || p.in_direct(id) {
                p.direct_hit(t, id, name)
            } else {
                None
            };
            best = TermHit::merge(best, hit);
        }
        best
    }

    /// Whether the word matches item `id` at all (cheaper than `eval`).
    #[inline]
    pub(super) fn matches(&self, t: &Tables, id: u32, name: &[u32]) -> bool {
        self.patterns.iter().any(|p| {
            p.in_direct(id) || (p.multi.contains(id) && (p.multi_exact || p.matches(t, name)))
        })
    }
}

#[cfg(test)]
impl Term<'_> {
    /// `eval` with no candidate set: every form of the word checked on the name,
    /// the reference the posting-list shortcuts must agree with.
    pub(super) fn eval_exhaustive(
        &self,
        t: &Tables,
        name: &[u32],
        scratch: &mut Scratch,
    ) -> Option<TermHit> {
        let mut best = None;
        for p in &self.patterns {
            best = TermHit::merge(best, p.verify(t, name, scratch, false));
        }
        best
    }
}
