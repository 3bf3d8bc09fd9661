//! One stable sort for every list the page sorts.
//!
//! Each `sort_by` of a type and closure of its own is a copy of the standard sort in the wasm
//! (about 4 KB); [`stable_by`] sorts positions with one shared comparison instead, so the page
//! carries the sort's code once, whatever it sorts.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping the order of equal items, as `slice::sort_by` does.
///
/// # Example
/// ```
/// let mut words = ["pear", "fig", "apple", "kiwi"];
/// sourceline_core::sort::stable_by(&mut words, |a, b| a.len().cmp(&b.len()));
/// assert_eq!(words, ["fig", "pear", "kiwi", "apple"]);
/// ```
pub fn stable_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` by a key worked out once for each item rather than at each comparison (the
/// sort compares about n log n times), keeping the order of equal items.
///
/// # Example
/// ```
/// let mut dates = ["2019-04", "1961", "2000-07"];
/// sourceline_core::sort::stable_by_key(&mut dates, |d| d[..4].parse::<u16>().unwrap_or(0));
/// assert_eq!(dates, ["1961", "2000-07", "2019-04"]);
/// ```
pub fn stable_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = sorted_positions(items.len(), &|a, b| keys[a].cmp(&keys[b]));
    permute(items, order);
}

/// The positions `0..len` in the order `compare` gives them: the one instance of the sort, a
/// merge sort of runs doubling in width (the standard sort would be 4 KB of the page's wasm).
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = order.clone();
    let mut width = 1;
    while width < len {
        for start in (0..len).step_by(2 * width) {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (start, middle);
            // Each of the end - start slots takes one position from a run not yet used up
            // (left < middle, or right < end), whatever `compare` answers: no index leaves
            // 0..len.
            // Runs already in order are copied: a sorted list costs a comparison per run.
            let in_order =
                middle == end || compare(order[middle - 1], order[middle]) != Ordering::Greater;
            for slot in &mut merged[start..end] {
                // On a tie the left run goes first: equal items keep their order.
                let from_left = in_order
                    || right == end
                    || (left < middle && compare(order[left], order[right]) != Ordering::Greater);
                let from = if from_left { &mut left } else { &mut right };
                *slot = order[*from];
                *from += 1;
            }
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Moves the item at `order[i]` to position `i`, in place, following each cycle once.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    // `order` is a permutation of 0..len (sorted_positions), so every index is in range.
    for start in 0..items.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // Pairs sorted by their first half only: equal keys keep their order.
        let items: Vec<(u8, usize)> = [5, 3, 5, 1, 3, 3, 0, 5, 2, 1, 4, 4, 0]
            .iter()
            .enumerate()
            .map(|(i, &k)| (k, i))
            .collect();
        let mut ours = items.clone();
        stable_by(&mut ours, |a, b| a.0.cmp(&b.0));
        let mut standard = items;
        standard.sort_by_key(|a| a.0);
        assert_eq!(ours, standard);
        for len in 0..70 {
            let items: Vec<(usize, usize)> = (0..len).map(|i| ((i * 7919) % 5, i)).collect();
            let (mut ours, mut standard) = (items.clone(), items);
            stable_by(&mut ours, |a, b| a.0.cmp(&b.0));
            standard.sort_by_key(|a| a.0);
            assert_eq!(ours, standard, "{len} items");
        }
        let mut empty: [u8; 0] = [];
        stable_by(&mut empty, Ord::cmp);
    }
}
