//! Splitting digit runs into cells.
//!
//! A crawler's text dump may print a row's cells with nothing between them (`713000074` for
//! 71, 3, 0, 0, 0, 0, 74). A run is split into cells without leading zeros (a cell is `0` or
//! starts with 1–9), and a split is kept only if the row's rule holds (for table 三, the
//! 总计 cell equals the sum of the others). The search is bounded: at most [`MAX_NODES`] steps.

use crate::tokens::{Val, ValKind};

/// The most steps one split may take before it is given up as unreadable.
pub(crate) const MAX_NODES: usize = 200_000;

/// The most candidate splits kept (and reported).
pub(crate) const MAX_CANDIDATES: usize = 64;

/// The most digits a cell may have (u32 has 10).
const MAX_CELL_DIGITS: usize = 10;

/// The ways a group of values can be read as `n` cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Split {
    /// Exactly as printed: one value per cell (no rule applied).
    AsPrinted(Vec<Val>),
    /// Digit runs split; every split satisfying the rule (none, one or several).
    Runs(Vec<Vec<Val>>),
    /// More values than cells, or too many ways to try.
    Unreadable,
}

/// The numeric value of a cell for rules: blank is 0; `None` for what is not a count.
pub(crate) fn count_of(val: &Val) -> Option<u64> {
    match val.kind {
        ValKind::Blank => Some(0),
        ValKind::Digits => val.raw.parse().ok(),
        ValKind::Number => None,
    }
}

/// Reads `vals` as `n` cells; `rule` judges a complete split of runs.
pub(crate) fn split(vals: &[&Val], n: usize, rule: &dyn Fn(&[Val]) -> bool) -> Split {
    if vals.len() == n {
        return Split::AsPrinted(vals.iter().map(|v| (*v).clone()).collect());
    }
    if vals.len() > n {
        return Split::Unreadable;
    }
    let mut search = Search {
        vals,
        n,
        rule,
        cells: Vec::with_capacity(n),
        found: Vec::new(),
        nodes: 0,
        gave_up: false,
    };
    search.token(0);
    if search.gave_up {
        Split::Unreadable
    } else {
        Split::Runs(search.found)
    }
}

/// A depth-first search over the ways to cut the runs.
struct Search<'a> {
    vals: &'a [&'a Val],
    n: usize,
    rule: &'a dyn Fn(&[Val]) -> bool,
    cells: Vec<Val>,
    found: Vec<Vec<Val>>,
    nodes: usize,
    /// Set when the search took too many steps or found too many splits.
    gave_up: bool,
}

impl Search<'_> {
    /// Cuts value `index` and the ones after it.
    fn token(&mut self, index: usize) {
        self.nodes += 1;
        if self.nodes > MAX_NODES || self.found.len() > MAX_CANDIDATES {
            self.gave_up = true;
        }
        if self.gave_up {
            return;
        }
        let Some(val) = self.vals.get(index) else {
            if self.cells.len() == self.n && (self.rule)(&self.cells) {
                self.found.push(self.cells.clone());
            }
            return;
        };
        if val.kind == ValKind::Digits {
            self.pieces(index, 0);
        } else if self.fits(index + 1) {
            self.cells.push((*val).clone());
            self.token(index + 1);
            self.cells.pop();
        }
    }

    /// Cuts the digit run of value `index` from byte `at` on.
    fn pieces(&mut self, index: usize, at: usize) {
        let val = self.vals[index];
        let digits = &val.raw[at..];
        let longest = if digits.starts_with('0') {
            1
        } else {
            digits.len().min(MAX_CELL_DIGITS)
        };
        for len in 1..=longest {
            self.cells.push(Val {
                raw: digits[..len].to_owned(),
                kind: ValKind::Digits,
                line: val.line,
                from: val.from + at,
                to: val.from + at + len,
            });
            if len == digits.len() {
                if self.fits(index + 1) {
                    self.token(index + 1);
                }
            } else if self.cells.len() < self.n {
                self.pieces(index, at + len);
            }
            self.cells.pop();
            if self.gave_up {
                return;
            }
        }
    }

    /// Whether the cells cut so far leave at least one cell for each value after `next - 1`.
    fn fits(&self, next: usize) -> bool {
        self.cells.len() + (self.vals.len() - next) <= self.n
    }
}

/// Table 三's row rule: 总计 (the last cell) equals the sum of the others.
pub(crate) fn row_total_holds(cells: &[Val]) -> bool {
    let Some((total, parts)) = cells.split_last() else {
        return false;
    };
    let sum: Option<u64> = parts.iter().map(count_of).sum();
    sum.is_some() && sum == count_of(total)
}

/// Table 四's rule: in each group of five, 总计 equals the sum of the other four.
pub(crate) fn review_totals_hold(cells: &[Val]) -> bool {
    cells.len() == 15 && cells.chunks(5).all(row_total_holds)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(raw: &str) -> Val {
        Val {
            raw: raw.to_owned(),
            kind: if raw.is_empty() {
                ValKind::Blank
            } else {
                ValKind::Digits
            },
            line: 0,
            from: 0,
            to: raw.len(),
        }
    }

    fn runs(split: Split) -> Vec<Vec<String>> {
        match split {
            Split::Runs(found) => found
                .into_iter()
                .map(|cells| cells.into_iter().map(|c| c.raw).collect())
                .collect(),
            other => panic!("not runs: {other:?}"),
        }
    }

    #[test]
    fn a_run_splits_by_its_row_sum() {
        let run = digits("713000074");
        let found = runs(split(&[&run], 7, &row_total_holds));
        assert_eq!(found, [["71", "3", "0", "0", "0", "0", "74"]]);
    }

    #[test]
    fn a_run_without_rule_is_ambiguous() {
        let run = digits("8855698");
        let found = runs(split(&[&run], 3, &|_| true));
        assert_eq!(found.len(), 15);
        assert!(found.contains(&vec!["88".into(), "556".into(), "98".into()]));
        let zeros = digits("000");
        assert_eq!(runs(split(&[&zeros], 3, &|_| true)), [["0", "0", "0"]]);
    }

    #[test]
    fn separate_values_are_read_as_printed() {
        let (a, b) = (digits("5"), digits(""));
        assert!(matches!(
            split(&[&a, &b], 2, &|_| false),
            Split::AsPrinted(_)
        ));
        assert_eq!(split(&[&a, &b], 1, &|_| true), Split::Unreadable);
    }

    #[test]
    fn review_runs_split_by_group_totals() {
        let vals: Vec<Val> = "0 1 1 0 2 1 0 0 0 1 0 0 0 0 0"
            .split(' ')
            .map(digits)
            .collect();
        let refs: Vec<&Val> = vals.iter().collect();
        assert!(matches!(
            split(&refs, 15, &review_totals_hold),
            Split::AsPrinted(_)
        ));
        let run = digits("011021000100000");
        assert_eq!(runs(split(&[&run], 15, &review_totals_hold)).len(), 1);
    }
}
