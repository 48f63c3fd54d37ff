//! Section 六: other matters to report (其他需要报告的事项), with the processing-fee report.
//!
//! ```
//! use ogi_report::{Amount, other_matters::{OtherMatters, ProcessingFees}};
//! let six = OtherMatters {
//!     processing_fees: Some(ProcessingFees {
//!         notices_issued: 2,
//!         notices_total_yuan: "300".parse()?,
//!         collected_yuan: "100".parse()?,
//!     }),
//!     ..Default::default()
//! };
//! assert!(six.processing_fees.is_some());
//! # Ok::<(), ogi_report::AmountError>(())
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::text::{MAX_PARTS, MAX_TEXT_CHARS, TextPart};
use crate::{Amount, OverflowError};

/// # 信息处理费
///
/// The information-processing fee report required in section 六 by 国办函〔2020〕109号:
/// 发出收费通知的件数和总金额以及实际收取的总金额 (the number of fee notices issued, their total
/// amount, and the amount actually collected).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProcessingFees {
    /// # 发出收费通知的件数
    ///
    /// Number of fee notices issued to applicants in the report year.
    pub notices_issued: u32,
    /// # 收费通知总金额（元）
    ///
    /// Total amount of the fee notices issued, in yuan (元).
    pub notices_total_yuan: Amount,
    /// # 实际收取的总金额（元）
    ///
    /// Total amount actually collected, in yuan (元).
    pub collected_yuan: Amount,
}

impl ProcessingFees {
    /// Adds another fee report (a roll-up), or names the figure whose sum does not fit
    /// (relative to the fee report, e.g. `/notices_issued`).
    ///
    /// ```
    /// use ogi_report::other_matters::ProcessingFees;
    /// let a = ProcessingFees { notices_issued: 1, notices_total_yuan: "0.1".parse()?, ..Default::default() };
    /// let b = ProcessingFees { notices_issued: 2, notices_total_yuan: "0.2".parse()?, ..Default::default() };
    /// let sum = a.checked_add(&b).unwrap();
    /// assert_eq!((sum.notices_issued, sum.notices_total_yuan.to_string()), (3, "0.3".to_owned()));
    /// let full = ProcessingFees { notices_issued: u32::MAX, ..Default::default() };
    /// assert_eq!(full.checked_add(&a).unwrap_err().pointer(), "/notices_issued");
    /// # Ok::<(), ogi_report::AmountError>(())
    /// ```
    pub fn checked_add(&self, other: &ProcessingFees) -> Result<ProcessingFees, OverflowError> {
        let overflow = |field: &str| OverflowError::at(format!("/{field}"));
        Ok(ProcessingFees {
            notices_issued: self
                .notices_issued
                .checked_add(other.notices_issued)
                .ok_or_else(|| overflow("notices_issued"))?,
            notices_total_yuan: self
                .notices_total_yuan
                .checked_add(other.notices_total_yuan)
                .ok_or_else(|| overflow("notices_total_yuan"))?,
            collected_yuan: self
                .collected_yuan
                .checked_add(other.collected_yuan)
                .ok_or_else(|| overflow("collected_yuan"))?,
        })
    }
}

/// # 六、其他需要报告的事项
///
/// Section 六: other matters to report. Always includes the information-processing fee report;
/// often also the implementation of the higher level's key points of government-affairs
/// openness, the handling of deputies' suggestions and CPPCC proposals, and work innovation.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Validate,
)]
#[serde(deny_unknown_fields)]
pub struct OtherMatters {
    /// # 引言
    ///
    /// Optional: text after the section heading and before its first part, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = MAX_TEXT_CHARS))]
    pub introduction: Option<String>,
    /// # 信息处理费
    ///
    /// Optional: the fee figures (发出收费通知的件数和总金额以及实际收取的总金额), when the report
    /// states them; a report that says no fee was charged states zeros.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processing_fees: Option<ProcessingFees>,
    /// # 政府信息公开收费情况
    ///
    /// Optional: the text of the fee report, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub fee_statement: Option<TextPart>,
    /// # 上级政务公开工作要点落实情况
    ///
    /// Optional: how the higher level's key points of government-affairs openness were carried out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub key_points_implementation: Option<TextPart>,
    /// # 人大代表建议和政协提案办理
    ///
    /// Optional: the handling (and disclosure) of NPC deputies' suggestions and CPPCC proposals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub deputies_and_cppcc_proposals: Option<TextPart>,
    /// # 工作创新
    ///
    /// Optional: innovation in the agency's disclosure work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub innovation: Option<TextPart>,
    /// # 其他内容
    ///
    /// Items of the section that fit none of the named parts, in document order (e.g. 年度报告
    /// 数据统计需要说明的事项, 本机关认为需要报告的其他事项).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[validate(length(max = MAX_PARTS), nested)]
    pub additional_parts: Vec<TextPart>,
}
