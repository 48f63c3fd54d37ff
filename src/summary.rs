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

/// The figures of a [`Summary`] the jump check compares: key, labels, cells.
pub(crate) struct Figure {
    /// The label in Chinese.
    pub zh: &'static str,
    /// The label in English.
    pub en: &'static str,
    /// Its value in a summary (a rate as its whole percentage).
    pub value: fn(&Summary) -> u64,
    /// The cells it is computed from.
    pub cells: &'static [&'static str],
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

/// The figures compared across years, in order.
pub(crate) const FIGURES: &[Figure] = &[
    Figure {
        zh: "本年新收申请数",
        en: "applications received",
        value: |s| s.applications_received,
        cells: &[RECEIVED],
    },
    Figure {
        zh: "不予公开件数",
        en: "applications refused",
        value: |s| s.not_disclosed,
        cells: &NOT_DISCLOSED,
    },
    Figure {
        zh: "行政复议案件数",
        en: "administrative reviews",
        value: |s| s.administrative_reviews,
        cells: &[REVIEWS],
    },
    Figure {
        zh: "行政诉讼案件数",
        en: "lawsuits",
        value: |s| s.lawsuits,
        cells: &[DIRECT, AFTER],
    },
    Figure {
        zh: "公开率（%）",
        en: "disclosure rate (%)",
        value: |s| s.disclosure_rate.whole_percent(),
        cells: &[DISCLOSED, PARTIAL, HANDLED],
    },
    Figure {
        zh: "不予公开率（%）",
        en: "refusal rate (%)",
        value: |s| s.refusal_rate.whole_percent(),
        cells: &[
            NOT_DISCLOSED[0],
            NOT_DISCLOSED[1],
            NOT_DISCLOSED[2],
            NOT_DISCLOSED[3],
            NOT_DISCLOSED[4],
            NOT_DISCLOSED[5],
            NOT_DISCLOSED[6],
            NOT_DISCLOSED[7],
            HANDLED,
        ],
    },
    Figure {
        zh: "纠错率（%）",
        en: "correction rate (%)",
        value: |s| s.correction_rate.whole_percent(),
        cells: &CORRECTED,
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
    let part = |suffix: &str| {
        sum(&|p: &str| p.starts_with("/review_and_litigation/") && p.ends_with(suffix))
    };
    let corrected = part("/corrected");
    let concluded = part("/upheld") + corrected + part("/other");
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
