//! Posting lists (which items hold a key) and the candidate sets computed from
//! them: sorted id lists, switched to bitsets once they hold more than 1/32 of
//! the items, so that the large sets of short queries stay cheap to combine.

/// Above `n / DENSE_RATIO` ids a set is kept as a bitset (it is then no larger).
const DENSE_RATIO: usize = 32;

fn words(n: usize) -> usize {
    n.div_ceil(64)
}

fn has_bit(bits: &[u64], id: u32) -> bool {
    let i = id as usize;
    bits.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1)
}

fn set_bit(bits: &mut [u64], id: u32) {
    let i = id as usize;
    if let Some(w) = bits.get_mut(i / 64) {
        *w |= 1 << (i % 64);
    }
}

/// An immutable posting list of the index.
#[derive(Debug)]
pub(super) enum Posting {
    Sparse(Box<[u32]>),
    Dense { bits: Box<[u64]>, len: usize },
}

impl Posting {
    /// The posting of `ids` (sorted, distinct) among `n` items.
    pub(super) fn from_sorted(ids: Vec<u32>, n: usize) -> Posting {
        if ids.len().saturating_mul(DENSE_RATIO) > n {
            let mut bits = vec![0u64; words(n)];
            for &id in &ids {
                set_bit(&mut bits, id);
            }
            Posting::Dense {
                bits: bits.into_boxed_slice(),
                len: ids.len(),
            }
        } else {
            Posting::Sparse(ids.into_boxed_slice())
        }
    }

    pub(super) fn len(&self) -> usize {
        match self {
            Posting::Sparse(ids) => ids.len(),
            Posting::Dense { len, .. } => *len,
        }
    }

    pub(super) fn contains(&self, id: u32) -> bool {
        match self {
            Posting::Sparse(ids) => ids.binary_search(&id).is_ok(),
            Posting::Dense { bits, .. } => has_bit(bits, id),
        }
    }

    pub(super) fn to_set(&self) -> DocSet {
        match self {
            Posting::Sparse(ids) => DocSet::Sparse(ids.to_vec()),
            Posting::Dense { bits, .. } => DocSet::Dense(bits.to_vec()),
        }
    }
}

/// A set of item ids computed for one query.
#[derive(Debug, Clone)]
pub(super) enum DocSet {
    /// Every item.
    All,
    Sparse(Vec<u32>),
    Dense(Vec<u64>),
}

impl DocSet {
    pub(super) fn empty() -> DocSet {
        DocSet::Sparse(Vec::new())
    }

    /// Whether the set is empty (`All` counts as non-empty; callers handle an
    /// empty catalog first).
    pub(super) fn is_empty(&self) -> bool {
        match self {
            DocSet::All => false,
            DocSet::Sparse(ids) => ids.is_empty(),
            DocSet::Dense(bits) => bits.iter().all(|&w| w == 0),
        }
    }

    pub(super) fn len(&self, n: usize) -> usize {
        match self {
            DocSet::All => n,
            DocSet::Sparse(ids) => ids.len(),
            DocSet::Dense(bits) => bits.iter().map(|w| w.count_ones() as usize).sum(),
        }
    }

    pub(super) fn contains(&self, id: u32) -> bool {
        match self {
            DocSet::All => true,
            DocSet::Sparse(ids) => ids.binary_search(&id).is_ok(),
            DocSet::Dense(bits) => has_bit(bits, id),
        }
    }

    /// The ids in increasing order.
    pub(super) fn iter(&self, n: usize) -> DocIter<'_> {
        match self {
            DocSet::All => DocIter::Range(0..u32::try_from(n).unwrap_or(u32::MAX)),
            DocSet::Sparse(ids) => DocIter::Slice(ids.iter()),
            DocSet::Dense(bits) => DocIter::Bits {
                words: bits,
                index: 0,
                current: bits.first().copied().unwrap_or(0),
            },
        }
    }

    /// Keeps a dense set dense only while it is large.
    fn shrink(self, n: usize) -> DocSet {
        match self {
            DocSet::Dense(bits) => {
                let count: usize = bits.iter().map(|w| w.count_ones() as usize).sum();
                if count.saturating_mul(DENSE_RATIO) < n {
                    let ids = DocIter::Bits {
                        words: &bits,
                        index: 0,
                        current: bits.first().copied().unwrap_or(0),
                    }
                    .collect();
                    DocSet::Sparse(ids)
                } else {
                    DocSet::Dense(bits)
                }
            }
            other => other,
        }
    }

    /// `self ∩ p`.
    pub(super) fn and_posting(&self, p: &Posting, n: usize) -> DocSet {
        match (self, p) {
            (DocSet::All, p) => p.to_set(),
            (DocSet::Sparse(a), Posting::Sparse(b)) => DocSet::Sparse(intersect_sorted(a, b)),
            (DocSet::Sparse(a), Posting::Dense { bits, .. }) => {
                DocSet::Sparse(a.iter().copied().filter(|&id| has_bit(bits, id)).collect())
            }
            (DocSet::Dense(bits), Posting::Sparse(b)) => {
                DocSet::Sparse(b.iter().copied().filter(|&id| has_bit(bits, id)).collect())
            }
            (DocSet::Dense(a), Posting::Dense { bits, .. }) => {
                DocSet::Dense(a.iter().zip(bits.iter()).map(|(x, y)| x & y).collect()).shrink(n)
            }
        }
    }

    /// `self ∩ p1 ∩ p2 ∩ …`, smallest posting first.
    pub(super) fn and_all(&self, posts: &mut [&Posting], n: usize) -> DocSet {
        posts.sort_unstable_by_key(|p| p.len());
        let mut out = self.clone();
        for p in posts.iter() {
            if out.is_empty() {
                break;
            }
            out = out.and_posting(p, n);
        }
        out
    }

    /// `self ∩ other`.
    pub(super) fn and(&self, other: &DocSet, n: usize) -> DocSet {
        match (self, other) {
            (DocSet::All, x) | (x, DocSet::All) => x.clone(),
            (DocSet::Sparse(a), DocSet::Sparse(b)) => DocSet::Sparse(intersect_sorted(a, b)),
            (DocSet::Sparse(a), DocSet::Dense(bits)) | (DocSet::Dense(bits), DocSet::Sparse(a)) => {
                DocSet::Sparse(a.iter().copied().filter(|&id| has_bit(bits, id)).collect())
            }
            (DocSet::Dense(a), DocSet::Dense(b)) => {
                DocSet::Dense(a.iter().zip(b.iter()).map(|(x, y)| x & y).collect()).shrink(n)
            }
        }
    }

    /// `self \ other`.
    pub(super) fn and_not(&self, other: &DocSet, n: usize) -> DocSet {
        match (self, other) {
            (_, DocSet::All) => DocSet::empty(),
            (x, DocSet::Sparse(b)) if b.is_empty() => x.clone(),
            (DocSet::All, other) => {
                let mut bits = vec![!0u64; words(n)];
                if let Some(last) = bits.last_mut()
                    && !n.is_multiple_of(64)
                {
                    *last = (1u64 << (n % 64)) - 1;
                }
                DocSet::Dense(bits).and_not(other, n)
            }
            (DocSet::Sparse(a), other) => DocSet::Sparse(
                a.iter()
                    .copied()
                    .filter(|&id| !other.contains(id))
                    .collect(),
            ),
            (DocSet::Dense(a), DocSet::Sparse(b)) => {
                let mut bits = a.clone();
                for &id in b {
                    let i = id as usize;
                    if let Some(w) = bits.get_mut(i / 64) {
                        *w &= !(1 << (i % 64));
                    }
                }
                DocSet::Dense(bits).shrink(n)
            }
            (DocSet::Dense(a), DocSet::Dense(b)) => {
                DocSet::Dense(a.iter().zip(b.iter()).map(|(x, y)| x & !y).collect()).shrink(n)
            }
        }
    }

    /// `self \ p`.
    pub(super) fn and_not_posting(&self, p: &Posting, n: usize) -> DocSet {
        self.and_not(&p.to_set(), n)
    }

    /// The ids greater than `id`, in increasing order.
    pub(super) fn iter_after(&self, id: u32, n: usize) -> DocIter<'_> {
        let from = id.saturating_add(1);
        match self {
            DocSet::All => DocIter::Range(from..u32::try_from(n).unwrap_or(u32::MAX)),
            DocSet::Sparse(ids) => {
                let start = ids.partition_point(|&x| x < from);
                DocIter::Slice(ids[start..].iter())
            }
            DocSet::Dense(bits) => {
                let index = from as usize / 64;
                let current = bits.get(index).map_or(0, |&w| {
                    if from.is_multiple_of(64) {
                        w
                    } else {
                        w & !((1u64 << (from % 64)) - 1)
                    }
                });
                DocIter::Bits {
                    words: bits,
                    index,
                    current,
                }
            }
        }
    }

    /// `self ∪= other`.
    pub(super) fn union_in(&mut self, other: DocSet, n: usize) {
        let this = std::mem::replace(self, DocSet::empty());
        *self = match (this, other) {
            (DocSet::All, _) | (_, DocSet::All) => DocSet::All,
            (DocSet::Sparse(a), DocSet::Sparse(b)) => {
                if a.is_empty() {
                    DocSet::Sparse(b)
                } else if b.is_empty() {
                    DocSet::Sparse(a)
                } else {
                    let merged = union_sorted(&a, &b);
                    if merged.len().saturating_mul(DENSE_RATIO) > n {
                        let mut bits = vec![0u64; words(n)];
                        for &id in &merged {
                            set_bit(&mut bits, id);
                        }
                        DocSet::Dense(bits)
                    } else {
                        DocSet::Sparse(merged)
                    }
                }
            }
            (DocSet::Dense(mut bits), DocSet::Sparse(ids))
            | (DocSet::Sparse(ids), DocSet::Dense(mut bits)) => {
                for &id in &ids {
                    set_bit(&mut bits, id);
                }
                DocSet::Dense(bits)
            }
            (DocSet::Dense(mut a), DocSet::Dense(b)) => {
                for (x, y) in a.iter_mut().zip(b.iter()) {
                    *x |= y;
                }
                DocSet::Dense(a)
            }
        };
    }

    /// `self ∪= p`.
    pub(super) fn union_posting(&mut self, p: &Posting, n: usize) {
        self.union_in(p.to_set(), n);
    }
}

/// The ids of a [`DocSet`] in increasing order.
pub(super) enum DocIter<'a> {
    Range(std::ops::Range<u32>),
    Slice(std::slice::Iter<'a, u32>),
    Bits {
        words: &'a [u64],
        index: usize,
        current: u64,
    },
}

impl Iterator for DocIter<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        match self {
            DocIter::Range(r) => r.next(),
            DocIter::Slice(s) => s.next().copied(),
            DocIter::Bits {
                words,
                index,
                current,
            } => loop {
                if *current != 0 {
                    let bit = current.trailing_zeros();
                    *current &= *current - 1;
                    return u32::try_from(*index * 64).ok().map(|base| base + bit);
                }
                *index += 1;
                *current = *words.get(*index)?;
            },
        }
    }
}

fn intersect_sorted(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(small.len());
    if small.len().saturating_mul(16) < large.len() {
        // Galloping: each id of the small list is searched in the rest of the large one.
        let mut rest = large;
        for &id in small {
            match rest.binary_search(&id) {
                Ok(i) => {
                    out.push(id);
                    rest = &rest[i + 1..];
                }
                Err(i) => rest = &rest[i..],
            }
            if rest.is_empty() {
                break;
            }
        }
    } else {
        let (mut i, mut j) = (0, 0);
        while i < small.len() && j < large.len() {
            match small[i].cmp(&large[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    out.push(small[i]);
                    i += 1;
                    j += 1;
                }
            }
        }
    }
    out
}

fn union_sorted(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => {
                out.push(a[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(b[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}
