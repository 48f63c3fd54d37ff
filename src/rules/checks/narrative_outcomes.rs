//! `narrative.outcome_counts`: results the prose states.

use crate::rules::catalogue::{Basis, Rule};
use crate::rules::{RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::NarrativeOutcomeCounts,
        Severity::Warning,
        Basis::implied("文字与表三"),
        ["文字与表三：办理结果", "Text vs table 3: results"],
        [
            "文字所述办理结果件数应等于表三相应总计：予以公开、部分公开、不予公开、无法提供、不予处理、其他处理（各组各项合计），以及合写的“予以公开及部分公开”（（一）+（二））。写明某一具体理由（如“因本机关不掌握”）的件数不计。",
            "Counts of results stated in the text should equal table 3's 总计 of the group: 予以公开 （一）, 部分公开 （二）, 不予公开 （三）, 无法提供 （四）, 不予处理 （五）, 其他处理 （六） (all sub-rows of a group), and combined phrasings (予以公开及部分公开, 公开和部分公开: （一）+（二）; 同意公开: （一）+（二） or （一）). A clause that names one reason of a group (因本机关不掌握…) is not read.",
        ],
    )
}
