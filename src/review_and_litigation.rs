//! Section 四: administrative review and litigation over disclosure (表四, 15 counts).
//!
//! ```
//! use ogi_report::review_and_litigation::CaseOutcomes;
//! let mut review = CaseOutcomes { upheld: 2, corrected: 1, ..Default::default() };
//! review.fill_total()?;
//! assert_eq!(review.total, 3);
//! # Ok::<(), ogi_report::OverflowError>(())
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::OverflowError;
use crate::cells::{checked_add_cells, count_table, pointer_of_cell};
use crate::text::MAX_TEXT_CHARS;

count_table! {
    /// # 结果
    ///
    /// One group of table 四: the cases concluded by result, those pending, and their total.
    /// 总计 is stored as reported: it should equal 结果维持 + 结果纠正 + 其他结果 + 尚未审结
    /// (rule `review_and_litigation.total`).
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct CaseOutcomes {
        /// # 结果维持
        ///
        /// Cases in which the agency's handling was upheld.
        pub upheld: u32,
        /// # 结果纠正
        ///
        /// Cases in which the agency's handling was corrected.
        pub corrected: u32,
        /// # 其他结果
        ///
        /// Cases concluded with another result (e.g. withdrawn, dismissed).
        pub other: u32,
        /// # 尚未审结
        ///
        /// Cases not yet concluded at the end of the year.
        pub pending: u32,
        /// # 总计
        ///
        /// Total of the group, as reported.
        pub total: u32,
    }
}

impl CaseOutcomes {
    /// The sum of the four parts of 总计, computed without overflow.
    pub fn parts_sum(&self) -> u64 {
        [self.upheld, self.corrected, self.other, self.pending]
            .iter()
            .map(|&n| u64::from(n))
            .sum()
    }

    /// Sets 总计 to the sum of the parts, or fails when it exceeds `u32::MAX`.
    pub fn fill_total(&mut self) -> Result<(), OverflowError> {
        self.total =
            u32::try_from(self.parts_sum()).map_err(|_| OverflowError::at("/total".to_owned()))?;
        Ok(())
    }
}

count_table! {
    /// # 四、政府信息公开行政复议、行政诉讼情况
    ///
    /// Section 四 (table 四): administrative reviews (行政复议) and lawsuits (行政诉讼) brought
    /// over the agency's disclosure work in the report year, 15 counts in three groups.
    #[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Validate)]
    #[serde(deny_unknown_fields)]
    pub struct ReviewAndLitigation {
        /// # 行政复议
        ///
        /// Administrative reviews. 表四 行政复议.
        pub administrative_review: CaseOutcomes,
        /// # 未经复议直接起诉
        ///
        /// Administrative litigation (行政诉讼) brought directly, without a prior review.
        /// 表四 行政诉讼 · 未经复议直接起诉.
        pub litigation_without_review: CaseOutcomes,
        /// # 复议后起诉
        ///
        /// Administrative litigation (行政诉讼) brought after an administrative review.
        /// 表四 行政诉讼 · 复议后起诉.
        pub litigation_after_review: CaseOutcomes,
        /// # 表注
        ///
        /// Optional: text printed with the table, verbatim.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[validate(length(max = MAX_TEXT_CHARS))]
        pub note: Option<String>,
    }
}

impl ReviewAndLitigation {
    /// Fills in the 总计 of each of the three groups from its parts. On overflow nothing
    /// changes and the error names the cell (relative to the table).
    pub fn fill_totals(&mut self) -> Result<(), OverflowError> {
        let mut filled = self.clone();
        filled
            .administrative_review
            .fill_total()
            .map_err(|e| e.within("/administrative_review"))?;
        filled
            .litigation_without_review
            .fill_total()
            .map_err(|e| e.within("/litigation_without_review"))?;
        filled
            .litigation_after_review
            .fill_total()
            .map_err(|e| e.within("/litigation_after_review"))?;
        *self = filled;
        Ok(())
    }

    /// Adds another table cell by cell (a roll-up); on overflow nothing changes and the error
    /// names the cell. The note is not summed.
    pub fn checked_add_assign(&mut self, other: &ReviewAndLitigation) -> Result<(), OverflowError> {
        checked_add_cells(self, other)
            .map_err(|index| OverflowError::at(pointer_of_cell(self, "", index)))
    }
}
