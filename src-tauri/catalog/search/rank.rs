//! Keeps the best hits of one search without sorting every match: each relevance
//! class (tier, cost, preferred hall or not) keeps a count and only its `keep`
//! smallest ids — ids are in popularity order, so those are its best. Tells when
//! the page can no longer change, so a search can stop looking early.

use std::collections::BinaryHeap;

/// The relevance class of a hit; lower is better. Packs the tier (0 exact name,
/// 1 name prefix, 2 other), the match cost, and whether the item is outside the
/// preferred hall.
pub(super) fn class(tier: u32, cost: u32, outside_preferred: bool) -> u32 {
    (tier.min(3) << 30) | (cost.min((1 << 29) - 1) << 1) | u32::from(outside_preferred)
}

pub(super) struct Collector {
    keep: usize,
    buckets: Vec<Bucket>,
    last: usize,
}

struct Bucket {
    class: u32,
    count: u64,
    /// The smallest ids seen, at most `keep` (a max-heap: the largest on top).
    ids: BinaryHeap<u32>,
}

impl Collector {
    /// A collector that can answer any page ending at or before `keep`.
    pub(super) fn new(keep: usize) -> Self {
        Collector {
            keep,
            buckets: Vec::new(),
            last: 0,
        }
    }

    fn bucket(&mut self, class: u32) -> &mut Bucket {
        let index = match self.buckets.get(self.last) {
            Some(bucket) if bucket.class == class => self.last,
            _ => match self.buckets.iter().position(|b| b.class == class) {
                Some(index) => index,
                None => {
                    self.buckets.push(Bucket {
                        class,
                        count: 0,
                        ids: BinaryHeap::new(),
                    });
                    self.buckets.len() - 1
                }
            },
        };
        self.last = index;
        &mut self.buckets[index]
    }

    fn keep_id(ids: &mut BinaryHeap<u32>, keep: usize, id: u32) {
        if ids.len() < keep {
            ids.push(id);
        } else if ids.peek().is_some_and(|&top| id < top) {
            ids.pop();
            ids.push(id);
        }
    }

    /// Records one hit.
    pub(super) fn push(&mut self, class: u32, id: u32) {
        let keep = self.keep;
        let bucket = self.bucket(class);
        bucket.count += 1;
        Self::keep_id(&mut bucket.ids, keep, id);
    }

    /// Records `count` hits of one class, given in increasing id order.
    pub(super) fn add(&mut self, class: u32, ids: impl Iterator<Item = u32>, count: u64) {
        if count == 0 {
            return;
        }
        let keep = self.keep;
        let bucket = self.bucket(class);
        bucket.count += count;
        for id in ids.take(keep) {
            Self::keep_id(&mut bucket.ids, keep, id);
        }
    }

    /// Whether the page is settled: no hit of class `best` or worse with an id
    /// of at least `next` can enter it any more.
    pub(super) fn settled(&self, best: u32, next: u32) -> bool {
        let mut ahead = 0usize;
        for bucket in &self.buckets {
            if bucket.class < best {
                ahead += bucket.ids.len();
            } else if bucket.class == best {
                ahead += bucket.ids.iter().filter(|&&id| id < next).count();
            }
        }
        ahead >= self.keep
    }

    /// Counts hits that cannot enter the page any more.
    pub(super) fn count_more(&mut self, count: u64) {
        if let Some(bucket) = self.buckets.last_mut() {
            bucket.count += count;
        } else {
            self.buckets.push(Bucket {
                class: u32::MAX,
                count,
                ids: BinaryHeap::new(),
            });
        }
    }

    /// The ids of the page `[offset, offset + limit)`, best first, and the number
    /// of hits in all.
    pub(super) fn page(mut self, offset: usize, limit: usize) -> (Vec<u32>, u64) {
        self.buckets.sort_unstable_by_key(|b| b.class);
        let total = self.buckets.iter().map(|b| b.count).sum();
        let page = self
            .buckets
            .into_iter()
            .flat_map(|b| b.ids.into_sorted_vec())
            .skip(offset)
            .take(limit)
            .collect();
        (page, total)
    }
}
