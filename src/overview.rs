//! Section 一: the overall situation (总体情况), prose in five named parts.
//!
//! ```
//! use ogi_report::{TextPart, overview::Overview};
//! let overview = Overview {
//!     disclosure_on_request: Some(TextPart::with_heading("（二）依申请公开。", "共收到申请 18 件。")),
//!     ..Overview::default()
//! };
//! assert_eq!(overview.parts().count(), 1);
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::text::{MAX_PARTS, MAX_TEXT_CHARS, TextPart};

/// # 一、总体情况
///
/// Section 一: the overall situation of the agency's open government information work in the
/// report year, in the five parts the 2021 format names. Governments also report their work
/// assessment, public evaluation and accountability (工作考核、社会评议和责任追究结果) here,
/// usually as additional parts.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Validate,
)]
#[serde(deny_unknown_fields)]
pub struct Overview {
    /// # 引言
    ///
    /// Optional: text after the section heading and before its first part, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = MAX_TEXT_CHARS))]
    pub introduction: Option<String>,
    /// # （一）主动公开
    ///
    /// Optional: proactive disclosure work. 第一部分（一）.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub proactive_disclosure: Option<TextPart>,
    /// # （二）依申请公开
    ///
    /// Optional: disclosure on request (applications; often restates table 三's figures).
    /// 第一部分（二）.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub disclosure_on_request: Option<TextPart>,
    /// # （三）政府信息管理
    ///
    /// Optional: management of government information (review, catalogues, clean-up).
    /// 第一部分（三）.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub information_management: Option<TextPart>,
    /// # （四）政府信息公开平台建设
    ///
    /// Optional: building the platforms of disclosure (portal, gazette, new media).
    /// 第一部分（四）.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub platform_development: Option<TextPart>,
    /// # （五）监督保障
    ///
    /// Optional: supervision and safeguards (staffing, training, assessment, accountability).
    /// 第一部分（五）.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub oversight_and_safeguards: Option<TextPart>,
    /// # 其他内容
    ///
    /// Text of the section that fits none of the named parts, in document order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[validate(length(max = MAX_PARTS), nested)]
    pub additional_parts: Vec<TextPart>,
}

impl Overview {
    /// Every part present, named ones first in template order, then the additional parts.
    pub fn parts(&self) -> impl Iterator<Item = &TextPart> {
        [
            &self.proactive_disclosure,
            &self.disclosure_on_request,
            &self.information_management,
            &self.platform_development,
            &self.oversight_and_safeguards,
        ]
        .into_iter()
        .flatten()
        .chain(&self.additional_parts)
    }
}
