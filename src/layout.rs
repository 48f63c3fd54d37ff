//! What the printed template shows around the cells that no field of the model carries: the
//! blocks of table 二 (the article of the Regulations each discloses under, the header of rows
//! with one figure), the 法人或其他组织 group over five columns of table 三, the 行政诉讼 group
//! of table 四, the 勾稽关系 note of table 三. With the field titles ([`title`]), this is all a
//! renderer of the official layout needs; the labels are written here once.
//!
//! ```
//! use ogi_report::FormatVersion;
//! use ogi_report::layout::{table_two_blocks, title};
//!
//! let blocks = table_two_blocks(FormatVersion::V2021);
//! assert_eq!(blocks[0].article, "第二十条第（一）项");
//! assert_eq!(blocks[0].rows, ["rules", "normative_documents"]);
//! assert_eq!(title(FormatVersion::V2021, "/applications/new_received"),
//!            Some("一、本年新收政府信息公开申请数量"));
//! ```

use crate::FormatVersion;

/// The header over the five columns of table 三 between 自然人 and 总计.
pub const ORGANISATIONS: &str = "法人或其他组织";

/// The columns of table 三 under [`ORGANISATIONS`], by field name.
pub const ORGANISATION_COLUMNS: [&str; 5] = [
    "commercial_enterprise",
    "research_institution",
    "social_welfare_organization",
    "legal_service_organization",
    "other_organization",
];

/// The header over table 四's two groups of lawsuits (未经复议直接起诉, 复议后起诉).
pub const LITIGATION: &str = "行政诉讼";

/// The note printed with table 三: the balance its rows obey.
pub const BALANCE_NOTE: &str = "勾稽关系：第一项加第二项之和，等于第三项加第四项之和。";

/// The header of the column of row labels in every block of table 二.
pub const CONTENT_HEADER: &str = "信息内容";

/// One block of table 二 as printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// The item of Art. 20 of the Regulations the block discloses under (`第二十条第（一）项`).
    pub article: &'static str,
    /// The header of the figure when each row has a single figure (`本年处理决定数量`);
    /// `None` when the rows have named columns (their fields' titles).
    pub figure: Option<&'static str>,
    /// The rows, by field name of table 二, in printed order.
    pub rows: &'static [&'static str],
}

const DECISIONS: Option<&str> = Some("本年处理决定数量");

const BLOCKS_2021: [Block; 4] = [
    Block {
        article: "第二十条第（一）项",
        figure: None,
        rows: &["rules", "normative_documents"],
    },
    Block {
        article: "第二十条第（五）项",
        figure: DECISIONS,
        rows: &["administrative_licensing_decisions"],
    },
    Block {
        article: "第二十条第（六）项",
        figure: DECISIONS,
        rows: &[
            "administrative_penalty_decisions",
            "administrative_coercion_decisions",
        ],
    },
    Block {
        article: "第二十条第（八）项",
        figure: Some("本年收费金额（单位：万元）"),
        rows: &["administrative_fees_10k_yuan"],
    },
];

const BLOCKS_2019: [Block; 5] = [
    Block {
        article: "第二十条第（一）项",
        figure: None,
        rows: &["rules", "normative_documents"],
    },
    Block {
        article: "第二十条第（五）项",
        figure: None,
        rows: &[
            "administrative_licensing",
            "other_external_management_services",
        ],
    },
    Block {
        article: "第二十条第（六）项",
        figure: None,
        rows: &["administrative_penalty", "administrative_coercion"],
    },
    Block {
        article: "第二十条第（八）项",
        figure: None,
        rows: &["administrative_fees"],
    },
    Block {
        article: "第二十条第（九）项",
        figure: None,
        rows: &["government_procurement"],
    },
];

/// The blocks of table 二 in `edition`, in printed order.
pub fn table_two_blocks(edition: FormatVersion) -> &'static [Block] {
    match edition {
        FormatVersion::V2019 => &BLOCKS_2019,
        _ => &BLOCKS_2021,
    }
}

/// The official label (schema title) of the field at `pointer` (a JSON Pointer into a report)
/// in a report whose table 二 is of `edition`: `/overview` → `一、总体情况`.
pub fn title(edition: FormatVersion, pointer: &str) -> Option<&'static str> {
    crate::rules::labels::title(edition, pointer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Agency, AgencyKind, Report};

    #[test]
    fn the_blocks_of_table_two_hold_every_row_once() {
        for edition in [FormatVersion::V2021, FormatVersion::V2019] {
            let report = Report::of_edition(edition, Agency::new("某局", AgencyKind::Other), 2024);
            let mut rows: Vec<String> = report
                .number_cells()
                .iter()
                .filter(|cell| cell.table() == "二")
                .map(|cell| cell.row_id().to_owned())
                .collect();
            rows.dedup();
            let blocks: Vec<String> = table_two_blocks(edition)
                .iter()
                .flat_map(|block| block.rows.iter().map(|row| (*row).to_owned()))
                .collect();
            assert_eq!(rows, blocks, "{edition:?}");
        }
    }
}
