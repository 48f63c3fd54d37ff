//! `narrative.review_and_litigation`: reviews and lawsuits the prose states.

use crate::rules::catalogue::{Basis, Rule};
use crate::rules::{RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::NarrativeReviewAndLitigation,
        Severity::Warning,
        Basis::implied("文字与表四"),
        ["文字与表四", "Text vs table 4"],
        [
            "文字所述行政复议、行政诉讼件数及其结果（维持、纠正、其他结果、尚未审结），以及“均获维持”（维持件数等于所述件数）、“均已审结”（无尚未审结）等说法，应与表四一致。",
            "Counts of administrative reviews and lawsuits (行政复议 N 件, 行政诉讼 N 件: both kinds of 诉讼; 直接起诉, 复议后起诉), their results within the group last named in the sentence (维持, 纠正, 其他结果, 尚未审结), and claims after them (均获维持: all of them upheld; 均已审结: none pending; 均未被纠正: none corrected) should agree with table 4.",
        ],
    )
}
