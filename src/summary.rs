//! The figures a supervising office reads first: applications received and handled, their
//! results, reviews and lawsuits, and three rates (disclosure, refusal, correction), computed
//! from tables 三 and 四 as the checks count them (a blank total as the sum of its parts).
//!
//! ```
//! use ogi_report::Report;
//! let json = std::fs::read_to_string("examples/reports/dongying-district-office-2023.json")?;
//! let summary = Report::from_json_str(&json)?.summary();
//! assert_eq!(summary.applications_received, 18);
//! assert_eq!(summary.disclosure_rate.denominator, summary.applications_handled);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use serde::{Deserialize, Serialize};

use crate::Report;
use crate::cells::pointers_of;
use crate::rules::counted_cells;

/// A rate: a count out of another, with its percentage.
///
/// ```
/// use ogi_report::summary::Rate;
/// let rate = Rate::of(1, 3);
/// assert_eq!(rate.percent, Some(33.3));
/// assert_eq!(Rate::of(0, 0).percent, None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Rate {
    /// The count.
    pub numerator: u64,
    /// What it is out of.
    pub denominator: u64,
    /// `numerator / denominator` in percent, rounded half up to one decimal; `None` when the
    /// denominator is 0.
    pub percent: Option<f64>,
}

impl Rate {
    /// `numerator` out of `denominator`.
    pub fn of(numerator: u64, denominator: u64) -> Rate {
        let percent = (denominator > 0).then(|| {
            let tenths = (u128::from(numerator) * 2000 / u128::from(denominator)).div_ceil(2);
            tenths as f64 / 10.0
        });
        Rate {
            numerator,
            denominator,
            percent,
        }
    }

    /// The percentage rounded down to a whole number (0 when there is no denominator), as the
    /// jump check compares rates.
    pub(crate) fn whole_percent(&self) -> u64 {
        self.numerator
            .saturating_mul(100)
            .checked_div(self.denominator)
            .unwrap_or(0)
    }
}

/// The key figures and rates of one report (see the module documentation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Summary {
    /// 表三 一、本年新收政府信息公开申请数量 × 总计.
    pub applications_received: u64,
    /// 表三 三、本年度办理结果 （七）总计 × 总计.
    pub applications_handled: u64,
    /// 表三 （一）予以公开 × 总计.
    pub disclosed: u64,
    /// 表三 （二）部分公开 × 总计.
    pub partially_disclosed: u64,
    /// 表三 （三）不予公开, rows 1–8 × 总计.
    pub not_disclosed: u64,
    /// 表四 行政复议 × 总计.
    pub administrative_reviews: u64,
    /// 表四 行政诉讼 (未经复议直接起诉 and 复议后起诉) × 总计.
    pub lawsuits: u64,
    /// 表四 结果纠正, all three groups.
    pub corrected: u64,
    /// 表四 cases concluded (结果维持 + 结果纠正 + 其他结果), all three groups.
    pub concluded: u64,
    /// 公开率: (予以公开 + 部分公开) out of the applications handled.
    pub disclosure_rate: Rate,
    /// 不予公开率: 不予公开 out of the applications handled.
    pub refusal_rate: Rate,
    /// 纠错率: 结果纠正 out of the reviews and lawsuits concluded.
    pub correction_rate: Rate,
}

/// A figure of the [`Summary`] the jump check (`continuity.jump`) compares across years, as
/// data (exported in the catalogue as that rule's `parameters.figures`): a count is the sum of
/// its `numerator` cells; a rate (`denominator` not empty) is that sum out of the sum of the
/// `denominator` cells, as a whole percentage rounded down (0 when the denominator is 0). Cells
/// count as the checks count them (a blank total as the sum of its parts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Figure {
    /// The member of [`Summary`] (and of `validate --summary`'s JSON) this figure is, e.g.
    /// `applications_received` or `disclosure_rate`: what a reader of the catalogue picks a
    /// figure by, whatever its place in the list.
    pub id: &'static str,
    /// The label in Chinese.
    pub label_zh: &'static str,
    /// The label in English.
    pub label_en: &'static str,
    /// The cells an issue about it names (`paths` and `previous_paths`).
    pub cells: &'static [&'static str],
    /// The cells summed for its value (for a rate, the count).
    pub numerator: &'static [&'static str],
    /// For a rate, the cells summed for what the count is out of; empty for a count.
    pub denominator: &'static [&'static str],
}

impl Figure {
    /// Its value in a report whose cells are `pointers` with values `cells` (counted cells).
    pub(crate) fn value(&self, pointers: &[String], cells: &[i64]) -> u64 {
        let sum = |wanted: &[&str]| -> u64 {
            pointers
                .iter()
                .zip(cells)
                .filter(|(p, _)| wanted.contains(&p.as_str()))
                .map(|(_, v)| v.unsigned_abs())
                .sum()
        };
        let count = sum(self.numerator);
        if self.denominator.is_empty() {
            return count;
        }
        Rate::of(count, sum(self.denominator)).whole_percent()
    }
}

const RECEIVED: &str = "/applications/new_received/total";
const HANDLED: &str = "/applications/outcomes/total/total";
const DISCLOSED: &str = "/applications/outcomes/disclosed/total";
const PARTIAL: &str = "/applications/outcomes/partially_disclosed/total";
const REVIEWS: &str = "/review_and_litigation/administrative_review/total";
const DIRECT: &str = "/review_and_litigation/litigation_without_review/total";
const AFTER: &str = "/review_and_litigation/litigation_after_review/total";
const NOT_DISCLOSED: [&str; 8] = [
    "/applications/outcomes/not_disclosed/state_secret/total",
    "/applications/outcomes/not_disclosed/prohibited_by_laws_and_regulations/total",
    "/applications/outcomes/not_disclosed/endangers_security_or_stability/total",
    "/applications/outcomes/not_disclosed/third_party_rights/total",
    "/applications/outcomes/not_disclosed/internal_affairs/total",
    "/applications/outcomes/not_disclosed/process_information/total",
    "/applications/outcomes/not_disclosed/law_enforcement_case_files/total",
    "/applications/outcomes/not_disclosed/administrative_inquiry/total",
];
const CORRECTED: [&str; 3] = [
    "/review_and_litigation/administrative_review/corrected",
    "/review_and_litigation/litigation_without_review/corrected",
    "/review_and_litigation/litigation_after_review/corrected",
];
/// The cases concluded: 结果维持, 结果纠正 and 其他结果 of the three groups of table 四.
const CONCLUDED: [&str; 9] = [
    "/review_and_litigation/administrative_review/upheld",
    "/review_and_litigation/administrative_review/corrected",
    "/review_and_litigation/administrative_review/other",
    "/review_and_litigation/litigation_without_review/upheld",
    "/review_and_litigation/litigation_without_review/corrected",
    "/review_and_litigation/litigation_without_review/other",
    "/review_and_litigation/litigation_after_review/upheld",
    "/review_and_litigation/litigation_after_review/corrected",
    "/review_and_litigation/litigation_after_review/other",
];
/// The cells of the refusal rate: the eight rows of 不予公开, then the applications handled.
const REFUSAL_CELLS: [&str; 9] = [
    NOT_DISCLOSED[0],
    NOT_DISCLOSED[1],
    NOT_DISCLOSED[2],
    NOT_DISCLOSED[3],
    NOT_DISCLOSED[4],
    NOT_DISCLOSED[5],
    NOT_DISCLOSED[6],
    NOT_DISCLOSED[7],
    HANDLED,
];

/// The figures compared across years, in order.
pub const FIGURES: &[Figure] = &[
    Figure {
        id: "applications_received",
        label_zh: "本年新收申请数",
        label_en: "applications received",
        cells: &[RECEIVED],
        numerator: &[RECEIVED],
        denominator: &[],
    },
    Figure {
        id: "not_disclosed",
        label_zh: "不予公开件数",
        label_en: "applications refused",
        cells: &NOT_DISCLOSED,
        numerator: &NOT_DISCLOSED,
        denominator: &[],
    },
    Figure {
        id: "administrative_reviews",
        label_zh: "行政复议案件数",
        label_en: "administrative reviews",
        cells: &[REVIEWS],
        numerator: &[REVIEWS],
        denominator: &[],
    },
    Figure {
        id: "lawsuits",
        label_zh: "行政诉讼案件数",
        label_en: "lawsuits",
        cells: &[DIRECT, AFTER],
        numerator: &[DIRECT, AFTER],
        denominator: &[],
    },
    Figure {
        id: "disclosure_rate",
        label_zh: "公开率（%）",
        label_en: "disclosure rate (%)",
        cells: &[DISCLOSED, PARTIAL, HANDLED],
        numerator: &[DISCLOSED, PARTIAL],
        denominator: &[HANDLED],
    },
    Figure {
        id: "refusal_rate",
        label_zh: "不予公开率（%）",
        label_en: "refusal rate (%)",
        cells: &REFUSAL_CELLS,
        numerator: &NOT_DISCLOSED,
        denominator: &[HANDLED],
    },
    Figure {
        id: "correction_rate",
        label_zh: "纠错率（%）",
        label_en: "correction rate (%)",
        cells: &CORRECTED,
        numerator: &CORRECTED,
        denominator: &CONCLUDED,
    },
];

/// See [`Report::summary`].
pub(crate) fn summarise(report: &Report) -> Summary {
    let pointers = pointers_of(report, "");
    let cells = counted_cells(report);
    let sum = |wanted: &dyn Fn(&str) -> bool| -> u64 {
        pointers
            .iter()
            .zip(&cells)
            .filter(|(p, _)| wanted(p))
            .map(|(_, v)| v.unsigned_abs())
            .sum()
    };
    let cell = |pointer: &str| sum(&|p: &str| p == pointer);
    let not_disclosed = sum(&|p: &str| NOT_DISCLOSED.contains(&p));
    let corrected = sum(&|p: &str| CORRECTED.contains(&p));
    let concluded = sum(&|p: &str| CONCLUDED.contains(&p));
    let handled = cell(HANDLED);
    let (disclosed, partially_disclosed) = (cell(DISCLOSED), cell(PARTIAL));
    Summary {
        applications_received: cell(RECEIVED),
        applications_handled: handled,
        disclosed,
        partially_disclosed,
        not_disclosed,
        administrative_reviews: cell(REVIEWS),
        lawsuits: cell(DIRECT) + cell(AFTER),
        corrected,
        concluded,
        disclosure_rate: Rate::of(disclosed + partially_disclosed, handled),
        refusal_rate: Rate::of(not_disclosed, handled),
        correction_rate: Rate::of(corrected, concluded),
    }
}

#[cfg(test)]
mod tests {
    use super::{FIGURES, Rate, summarise};
    use crate::Report;
    use crate::cells::pointers_of;
    use crate::rules::counted_cells;

    /// The figures as data give the summary's values, on every example report.
    #[test]
    fn figures_compute_the_summarys_values() {
        let mut checked = 0;
        for folder in [
            "examples/reports",
            "examples/offices",
            "tests/vectors/valid",
        ] {
            for entry in std::fs::read_dir(folder).expect("the folder exists") {
                let path = entry.expect("an entry").path();
                let json = std::fs::read_to_string(&path).expect("readable");
                let Ok(report) = Report::from_json_str(&json) else {
                    continue;
                };
                let s = summarise(&report);
                let (pointers, cells) = (pointers_of(&report, ""), counted_cells(&report));
                let members = serde_json::to_value(&s).expect("a summary serialises");
                for figure in FIGURES {
                    // A count is the member's number; a rate, its whole percentage.
                    let member = &members[figure.id];
                    let expected = member.as_u64().unwrap_or_else(|| {
                        let part = |name: &str| member[name].as_u64().expect("a rate's counts");
                        Rate::of(part("numerator"), part("denominator")).whole_percent()
                    });
                    let value = figure.value(&pointers, &cells);
                    assert_eq!(value, expected, "{} {}", figure.id, path.display());
                }
                checked += 1;
            }
        }
        assert!(checked >= 5);
    }
}
