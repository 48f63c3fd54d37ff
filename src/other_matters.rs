//! Section 六: other matters to report (其他需要报告的事项), with the processing-fee report.
//!
//! ```
//! use ogi_report::{Amount, other_matters::{OtherMatters, ProcessingFees}};
//! let six = OtherMatters {
//!     processing_fees: Some(ProcessingFees::new(2, "300".parse()?, "100".parse()?)),
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
/// amount, and the amount actually collected). Each figure is optional, since a report may
/// state only some of them (e.g. only 收取信息处理费 3940 元); at least one is present. A rule
/// that needs an absent figure does not run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("minProperties" = 1))]
pub struct ProcessingFees {
    /// # 发出收费通知的件数
    ///
    /// Optional: number of fee notices issued to applicants in the report year.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::wire::strict::present"
    )]
    #[schemars(with = "u32")]
    pub notices_issued: Option<u32>,
    /// # 收费通知总金额（元）
    ///
    /// Optional: total amount of the fee notices issued, in yuan (元).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::wire::strict::present"
    )]
    #[schemars(with = "Amount")]
    pub notices_total_yuan: Option<Amount>,
    /// # 实际收取的总金额（元）
    ///
    /// Optional: total amount actually collected, in yuan (元).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::wire::strict::present"
    )]
    #[schemars(with = "Amount")]
    pub collected_yuan: Option<Amount>,
}

impl ProcessingFees {
    /// All three figures, as a report that states them all gives them.
    ///
    /// ```
    /// use ogi_report::other_matters::ProcessingFees;
    /// let fees = ProcessingFees::new(2, "300.50".parse()?, "100".parse()?);
    /// assert_eq!(fees.notices_issued, Some(2));
    /// # Ok::<(), ogi_report::AmountError>(())
    /// ```
    pub fn new(notices_issued: u32, notices_total_yuan: Amount, collected_yuan: Amount) -> Self {
        ProcessingFees {
            notices_issued: Some(notices_issued),
            notices_total_yuan: Some(notices_total_yuan),
            collected_yuan: Some(collected_yuan),
        }
    }

    /// Whether no figure is given (the wire format does not allow it).
    pub fn is_empty(&self) -> bool {
        self.notices_issued.is_none()
            && self.notices_total_yuan.is_none()
            && self.collected_yuan.is_none()
    }

    /// Adds another fee report (a roll-up): each figure is the sum over the reports that give
    /// it (absent where none does). Names the figure whose sum does not fit (relative to the
    /// fee report, e.g. `/notices_issued`).
    ///
    /// ```
    /// use ogi_report::other_matters::ProcessingFees;
    /// let a = ProcessingFees::new(1, "0.1".parse()?, "0".parse()?);
    /// let b = ProcessingFees { collected_yuan: Some("3940".parse()?), ..Default::default() };
    /// let sum = a.checked_add(&b).unwrap();
    /// assert_eq!(sum.notices_issued, Some(1));
    /// assert_eq!(sum.collected_yuan.map(|a| a.to_string()), Some("3940".to_owned()));
    /// let full = ProcessingFees { notices_issued: Some(u32::MAX), ..Default::default() };
    /// assert_eq!(full.checked_add(&a).unwrap_err().pointer(), "/notices_issued");
    /// # Ok::<(), ogi_report::AmountError>(())
    /// ```
    pub fn checked_add(&self, other: &ProcessingFees) -> Result<ProcessingFees, OverflowError> {
        fn add<T: Copy>(
            a: Option<T>,
            b: Option<T>,
            field: &str,
            plus: impl Fn(T, T) -> Option<T>,
        ) -> Result<Option<T>, OverflowError> {
            match (a, b) {
                (Some(a), Some(b)) => plus(a, b)
                    .map(Some)
                    .ok_or_else(|| OverflowError::at(format!("/{field}"))),
                (a, b) => Ok(a.or(b)),
            }
        }
        Ok(ProcessingFees {
            notices_issued: add(
                self.notices_issued,
                other.notices_issued,
                "notices_issued",
                u32::checked_add,
            )?,
            notices_total_yuan: add(
                self.notices_total_yuan,
                other.notices_total_yuan,
                "notices_total_yuan",
                Amount::checked_add,
            )?,
            collected_yuan: add(
                self.collected_yuan,
                other.collected_yuan,
                "collected_yuan",
                Amount::checked_add,
            )?,
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
