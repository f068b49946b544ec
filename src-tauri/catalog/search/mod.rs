//! On-device search of the catalog (事项搜索): finds service items by name as
//! people type it — Chinese (身份证), full pinyin (shenfenzheng), a pinyin prefix
//! (shenf), initials (sfz, yyzz), mixtures (shenfz), typos (shenfenzhegn),
//! homophones (身分证) and everyday abbreviations (社保卡, 驾照, 低保) — with the
//! browse filters of [`SearchRequest`].
//!
//! # Matching
//! The text is folded (full-width to half-width, lower case), trimmed, cut to
//! [`SearchRequest::MAX_TEXT_CHARS`] characters and split into words on white
//! space (and on punctuation, symbols and emoji, which match nothing). An item
//! matches when its name matches every word. A word matches one run of the
//! name's characters (punctuation in the name is skipped; the run is contiguous,
//! so bdcdj does not find 不动产首次登记 but bdc dj does):
//! * literally, or through one of its synonym forms (see `synonyms`);
//! * by pinyin, one piece per character: whole syllables, initials (zh, ch and
//!   sh may be typed z, c, s), and a prefix of the last syllable; every reading of
//!   a polyphonic character counts (行 is hang and xing, 重 zhong and chong).
//!   After z, c or s an h starts no piece longer than one letter, so zhu is
//!   zh-u and never z + hu (while shbzk is still 社会保障卡);
//! * only when the exact reading finds nothing at all (with the filters): with
//!   typos (one edit in words of 5–8 letters, two from 9 letters; an edit never
//!   changes the first letter of a syllable, and a swap of neighbours is one
//!   edit) and homophones (in words of two or more Chinese characters, one
//!   character — two from six characters — may be replaced by one sharing a
//!   reading: 身分证 finds 身份证).
//!
//! # Ranking
//! 1. the whole name matched exactly (one word read with no cost, or the words
//!    together spell the name);
//! 2. then names that a word matches from their first character;
//! 3. then the rest. Within each tier by cost: literal characters and whole
//!    syllables first, then a partial last syllable, initials, synonyms,
//!    homophones, typos (fewer typos always first);
//! 4. among equal relevance the preferred hall first, then popularity, then code.
//!
//! An empty text lists every item passing the filters: preferred hall first,
//! then popularity, then code. Text with no searchable character (only
//! punctuation or emoji) finds nothing.
//!
//! # Speed
//! Nothing scans the catalog per keystroke. Candidates come from posting lists
//! (characters, character pairs, syllables, syllable prefixes, neighbouring
//! initials, filters) combined as sorted lists or bitsets. A word of one
//! syllable prefix or one character is ranked as whole sets; other candidates
//! are checked against their names, once per distinct name (the same item in
//! many halls shares its name). Item ids are in popularity order, so the best
//! hits of each relevance class are the first ones seen: once the page can no
//! longer change, the remaining candidates are only counted, with a cheaper
//! bit-parallel check. `total` is always exact.

mod index;
mod matcher;
mod postings;
mod rank;
mod syllables;
mod synonyms;
#[cfg(test)]
mod tests;
mod text;

use banshi_api::catalog::ItemSummary;
use banshi_api::ids::HallCode;
use banshi_api::search::{Highlight, SearchHit, SearchRequest, SearchResults};

use self::index::{NO_CHAR, Tables};
use self::matcher::{Scratch, Term};
use self::postings::{DocSet, Posting};
use self::rank::Collector;

/// Per-name results of one search: not looked at yet, matching (rank not yet
/// known), not matching; any other value is a tier and cost (`rank_name`).
const UNKNOWN: u64 = u64::MAX;
const MATCHES: u64 = u64::MAX - 1;
const NO_MATCH: u64 = u64::MAX - 2;

/// The search index of a catalog; owns the items.
pub struct SearchIndex {
    /// In id order: popularity descending, then code.
    items: Vec<ItemSummary>,
    tables: Tables,
}

impl SearchIndex {
    /// Builds the index; owns the items.
    pub fn build(mut items: Vec<ItemSummary>) -> Self {
        items.sort_by(|a, b| {
            b.popularity
                .cmp(&a.popularity)
                .then_with(|| a.code.cmp(&b.code))
        });
        // Ids are u32: a larger catalog is cut rather than mis-indexed.
        items.truncate(u32::MAX as usize - 1);
        let tables = Tables::build(&items);
        SearchIndex { items, tables }
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The page of hits of `request` and how many items match in all.
    pub fn search(&self, request: &SearchRequest) -> SearchResults {
        let offset = request.offset as usize;
        let limit = request.limit() as usize;
        let nothing = SearchResults {
            hits: Vec::new(),
            total: 0,
        };
        if self.items.is_empty() {
            return nothing;
        }
        let filter = self.filter_set(request);
        if filter.is_empty() {
            return nothing;
        }
        let preferred = request
            .preferred_hall
            .as_ref()
            .map(HallCode::as_str)
            .and_then(|code| self.tables.hall_id(code));
        let text = text::normalize(&request.text);
        if text.is_empty() {
            return self.browse(&filter, preferred, offset, limit);
        }
        let words = text::terms(&text);
        if words.is_empty() {
            return nothing;
        }
        let found = self.find(&words, &filter, preferred, offset, limit, false);
        if found.total == 0 && words.iter().any(|w| matcher::fuzzy_helps(w)) {
            return self.find(&words, &filter, preferred, offset, limit, true);
        }
        found
    }

    /// The items passing the browse filters.
    fn filter_set(&self, r: &SearchRequest) -> DocSet {
        let t = &self.tables;
        let wanted: [Option<Option<&Posting>>; 7] = [
            r.hall
                .as_ref()
                .map(HallCode::as_str)
                .map(|hall| t.hall_id(hall).and_then(|h| t.hall_post.get(h as usize))),
            r.department.as_ref().map(|d| t.dept_post.get(d)),
            r.kind.map(|k| t.kind_post.get(index::kind_index(k))),
            r.audience
                .map(|a| t.audience_post.get(index::audience_index(a))),
            r.theme.map(|theme| t.theme_post.get(&theme)),
            r.visits.map(|v| t.visits_post.get(&v)),
            r.fully_online.then_some(Some(&t.online_post)),
        ];
        let mut posts: Vec<&Posting> = Vec::new();
        for filter in wanted.into_iter().flatten() {
            match filter {
                Some(p) => posts.push(p),
                // A hall, department, theme or visit count no item has.
                None => return DocSet::empty(),
            }
        }
        DocSet::All.and_all(&mut posts, t.n)
    }

    fn hits(&self, ids: &[u32], highlights: impl Fn(u32) -> Vec<Highlight>) -> Vec<SearchHit> {
        ids.iter()
            .filter_map(|&id| {
                let item = self.items.get(id as usize)?.clone();
                Some(SearchHit {
                    item,
                    highlights: highlights(id),
                })
            })
            .collect()
    }

    /// Every item passing the filters: preferred hall first, then id order.
    fn browse(
        &self,
        filter: &DocSet,
        preferred: Option<u32>,
        offset: usize,
        limit: usize,
    ) -> SearchResults {
        let t = &self.tables;
        let keep = offset.saturating_add(limit);
        let total = filter.len(t.n) as u64;
        let ids: Vec<u32> = match preferred.and_then(|h| Some((h, t.hall_post.get(h as usize)?))) {
            Some((hall, post)) => {
                let mut ids: Vec<u32> =
                    filter.and_posting(post, t.n).iter(t.n).take(keep).collect();
                if ids.len() < keep {
                    let rest = keep - ids.len();
                    ids.extend(
                        filter
                            .iter(t.n)
                            .filter(|&id| t.hall_of.get(id as usize) != Some(&hall))
                            .take(rest),
                    );
                }
                ids
            }
            None => filter.iter(t.n).take(keep).collect(),
        };
        let page: Vec<u32> = ids.into_iter().skip(offset).take(limit).collect();
        SearchResults {
            hits: self.hits(&page, |_| Vec::new()),
            total,
        }
    }

    /// Searches `words` among the items of `filter`.
    fn find(
        &self,
        words: &[Vec<char>],
        filter: &DocSet,
        preferred: Option<u32>,
        offset: usize,
        limit: usize,
        fuzzy: bool,
    ) -> SearchResults {
        let t = &self.tables;
        let terms: Vec<Term<'_>> = words.iter().map(|w| Term::new(t, w, fuzzy)).collect();
        let mut sets: Vec<&DocSet> = terms.iter().map(|term| &term.set).collect();
        sets.push(filter);
        sets.sort_by_key(|s| s.len(t.n));
        let mut candidates = DocSet::All;
        for s in sets {
            candidates = candidates.and(s, t.n);
            if candidates.is_empty() {
                return SearchResults {
                    hits: Vec::new(),
                    total: 0,
                };
            }
        }
        // Several words that together spell a name match it exactly.
        let spelled: Option<Vec<u32>> = if words.len() > 1 {
            words
                .iter()
                .flatten()
                .map(|c| t.char_ids.get(c).copied().filter(|&id| id != NO_CHAR))
                .collect()
        } else {
            None
        };
        let keep = offset.saturating_add(limit);
        let mut collector = Collector::new(keep);
        let inside = |id: u32| preferred.is_none_or(|h| t.hall_of.get(id as usize) == Some(&h));

        // A word answered by one posting list: the items nothing else can match
        // are ranked as whole sets; only the rest is checked one by one.
        let mut to_check = candidates;
        if let [term] = terms.as_slice()
            && let Some((classes, rest)) = term.direct_classes(t, filter)
        {
            let preferred_post = preferred.and_then(|h| t.hall_post.get(h as usize));
            for (tier, cost, set) in classes {
                let parts = match preferred_post {
                    Some(post) => vec![
                        (false, set.and_posting(post, t.n)),
                        (true, set.and_not_posting(post, t.n)),
                    ],
                    None => vec![(false, set)],
                };
                for (outside, part) in parts {
                    let count = part.len(t.n) as u64;
                    collector.add(rank::class(tier, cost, outside), part.iter(t.n), count);
                }
            }
            to_check = rest;
        }

        // Items that may match from their first character (all exact and prefix
        // hits among them) are ranked first; the others can only be tier 2, and
        // are looked at in popularity order until the page is settled.
        let mut lower_bound = terms
            .iter()
            .fold(0u32, |sum, term| sum.saturating_add(term.lower_bound()));
        if fuzzy {
            // The exact reading found nothing: every hit takes a fuzzy step.
            let han = |w: &Vec<char>| w.iter().filter(|c| !c.is_ascii()).count();
            let step = if words.iter().any(|w| matcher::homophone_budget(han(w)) > 0) {
                matcher::COST_HOMOPHONE
            } else {
                matcher::COST_EDIT
            };
            lower_bound = lower_bound.max(step);
        }
        let mut anchorable = DocSet::empty();
        for term in &terms {
            anchorable.union_in(term.anchor_superset(t), t.n);
        }
        let first = to_check.and(&anchorable, t.n);
        let rest = to_check.and_not(&anchorable, t.n);
        // Among the first, an exact hit is possible only at no cost; without one
        // the page settles once it holds enough prefix hits at the cheapest cost.
        let exact_possible = spelled.is_some() || lower_bound == 0;
        let best_first = (!exact_possible).then(|| rank::class(1, lower_bound, false));
        let best_rest = rank::class(2, lower_bound, false);
        let mut scratch = Scratch::new();
        // Whether and how the words match depends on the name alone, and the
        // same item offered by many halls has one name: each is looked at once.
        let mut by_name = vec![UNKNOWN; t.names()];
        let mut stopped_at: Option<(bool, u32)> = None;
        let mut seen = 0u32;
        let ordered = first
            .iter(t.n)
            .map(|id| (false, id))
            .chain(rest.iter(t.n).map(|id| (true, id)));
        for (in_rest, id) in ordered {
            seen += 1;
            if seen.is_multiple_of(16) {
                let best = if in_rest { Some(best_rest) } else { best_first };
                if best.is_some_and(|best| collector.settled(best, id)) {
                    stopped_at = Some((in_rest, id));
                    break;
                }
            }
            let Some(slot) = by_name.get_mut(t.name_id(id) as usize) else {
                continue;
            };
            if *slot == UNKNOWN || *slot == MATCHES {
                *slot = self.rank_name(&terms, spelled.as_deref(), id, &mut scratch);
            }
            if *slot != NO_MATCH {
                let (tier, cost) = ((*slot >> 32) as u32, *slot as u32);
                collector.push(rank::class(tier, cost, !inside(id)), id);
            }
        }
        // The page is settled: the rest only needs counting.
        if let Some((in_rest, stop)) = stopped_at {
            let mut matches = |id: u32| {
                let Some(slot) = by_name.get_mut(t.name_id(id) as usize) else {
                    return false;
                };
                if *slot == UNKNOWN {
                    let name = t.name(id);
                    *slot = if terms.iter().all(|term| term.matches(t, id, name)) {
                        MATCHES
                    } else {
                        NO_MATCH
                    };
                }
                *slot != NO_MATCH
            };
            let mut more = usize::from(matches(stop));
            if !in_rest {
                more += first
                    .iter_after(stop, t.n)
                    .filter(|&id| matches(id))
                    .count();
                more += rest.iter(t.n).filter(|&id| matches(id)).count();
            } else {
                more += rest.iter_after(stop, t.n).filter(|&id| matches(id)).count();
            }
            collector.count_more(more as u64);
        }
        let (page, total) = collector.page(offset, limit);
        let mut scratch = Some(scratch);
        let hits = page
            .iter()
            .filter_map(|&id| {
                let item = self.items.get(id as usize)?.clone();
                let scratch = scratch.as_mut()?;
                Some(SearchHit {
                    highlights: self.highlights(&terms, id, &item.name, scratch),
                    item,
                })
            })
            .collect();
        SearchResults { hits, total }
    }

    /// How the words match item `id`'s name: `NO_MATCH`, or the tier in the
    /// high half and the cost in the low half.
    fn rank_name(
        &self,
        terms: &[Term<'_>],
        spelled: Option<&[u32]>,
        id: u32,
        scratch: &mut Scratch,
    ) -> u64 {
        let t = &self.tables;
        let name = t.name(id);
        // Most candidates that fail, fail the cheaper bit-parallel check.
        if !terms.iter().all(|term| term.matches(t, id, name)) {
            return NO_MATCH;
        }
        let (mut cost, mut anchored, mut exact) = (0u32, false, false);
        for term in terms {
            let Some(hit) = term.eval(t, id, name, scratch, false) else {
                return NO_MATCH;
            };
            cost = cost.saturating_add(hit.cost);
            anchored |= hit.anchored;
            exact = hit.exact;
        }
        if terms.len() > 1 {
            exact = spelled == Some(name);
        }
        let tier: u64 = if exact {
            0
        } else if anchored {
            1
        } else {
            2
        };
        tier << 32 | u64::from(cost)
    }

    /// Where each word matched in item `id`'s name, as merged character ranges.
    fn highlights(
        &self,
        terms: &[Term<'_>],
        id: u32,
        name: &str,
        scratch: &mut Scratch,
    ) -> Vec<Highlight> {
        let t = &self.tables;
        let chars = t.name(id);
        let positions: Vec<u32> = text::name_chars(name).into_iter().map(|(_, p)| p).collect();
        let mut ranges: Vec<(u32, u32)> = terms
            .iter()
            .filter_map(|term| {
                let hit = term.eval(t, id, chars, scratch, true)?;
                let start = *positions.get(hit.start as usize)?;
                let last = *positions.get((hit.end as usize).checked_sub(1)?)?;
                (hit.end > hit.start).then_some((start, last + 1))
            })
            .collect();
        ranges.sort_unstable();
        let mut merged: Vec<Highlight> = Vec::with_capacity(ranges.len());
        for (start, end) in ranges {
            match merged.last_mut() {
                Some(last) if start <= last.end => last.end = last.end.max(end),
                _ => merged.push(Highlight { start, end }),
            }
        }
        merged
    }
}
