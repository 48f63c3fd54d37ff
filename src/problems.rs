//! Section 五: the main problems and how they are being improved (存在的主要问题及改进情况).
//!
//! ```
//! use ogi_report::{TextPart, problems::ProblemsAndImprovements};
//! let section = ProblemsAndImprovements {
//!     problems: Some(TextPart::new("政策解读质量较低。")),
//!     improvements: Some(TextPart::new("丰富政策解读形式。")),
//!     ..Default::default()
//! };
//! assert!(section.additional_parts.is_empty());
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::text::{MAX_PARTS, MAX_TEXT_CHARS, TextPart};

/// # 五、存在的主要问题及改进情况
///
/// Section 五: the main problems of the year's work and the improvements made or planned
/// (heading variant seen in reports: 五、存在问题及改进情况).
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Validate,
)]
#[serde(deny_unknown_fields)]
pub struct ProblemsAndImprovements {
    /// # 引言
    ///
    /// Optional: text after the section heading and before the problems, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = MAX_TEXT_CHARS))]
    pub introduction: Option<String>,
    /// # 存在的主要问题
    ///
    /// Optional: the main problems.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub problems: Option<TextPart>,
    /// # 改进情况
    ///
    /// Optional: the improvements, made or planned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub improvements: Option<TextPart>,
    /// # 其他内容
    ///
    /// Text of the section that fits neither part, in document order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[validate(length(max = MAX_PARTS), nested)]
    pub additional_parts: Vec<TextPart>,
}
