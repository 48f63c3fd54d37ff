//! Prose: the named parts of the text sections, kept character for character.
//!
//! Sections 一, 五 and 六 are prose. Each is modelled as the parts the format names (each an
//! optional [`TextPart`]), an optional introduction before the first part, and
//! `additional_parts` for text that fits no named part, so that nothing a report says is dropped.
//! Paragraphs are separated by `\n` inside a part's text. Text is stored exactly as given:
//! no trimming, no normalisation of punctuation or whitespace.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationError};

/// The most characters (Unicode scalar values) one text field may hold: 100,000, about
/// ten times the longest section seen in published reports.
pub const MAX_TEXT_CHARS: u64 = 100_000;

/// The most characters a heading may hold.
pub const MAX_HEADING_CHARS: u64 = 500;

/// The most additional parts a text section may hold.
pub const MAX_PARTS: u64 = 200;

/// # 文字部分
///
/// One part of a text section: its heading as printed (if the report prints one, e.g.
/// "（一）主动公开。") and its text, paragraphs separated by line breaks. Both are kept
/// verbatim.
///
/// ```
/// use ogi_report::TextPart;
/// let part = TextPart::with_heading("（一）主动公开。", "一是……\n二是……");
/// assert_eq!(part.paragraphs().count(), 2);
/// ```
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Validate,
)]
#[serde(deny_unknown_fields)]
pub struct TextPart {
    /// # 小标题
    ///
    /// Optional: the part's heading exactly as printed, including its numbering and
    /// punctuation (e.g. "（二）依申请公开。"). Absent when the report prints none.
    ///
    /// 说明：选填。照录报告所印小标题，含序号和标点，如：（二）依申请公开。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = MAX_HEADING_CHARS))]
    pub heading: Option<String>,
    /// # 正文
    ///
    /// The part's text, verbatim; paragraphs are separated by a line break (`\n`).
    ///
    /// 说明：照录原文，段落之间换行。
    #[validate(custom(function = "within_text_limit"))]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub text: String,
}

/// `length(max = MAX_TEXT_CHARS)` for the prose, with its bytes looked at first: a text of at
/// most that many bytes has at most that many characters, so only a longer one is counted (the
/// prose is most of a report, and counting its characters was 2 % of reading one). Its error is
/// `validator`'s own for `length`, so the message is the same.
fn within_text_limit(text: &str) -> Result<(), ValidationError> {
    let limit = MAX_TEXT_CHARS as usize;
    if text.len() <= limit || text.chars().count() <= limit {
        return Ok(());
    }
    let mut error = ValidationError::new("length");
    error.add_param("max".into(), &MAX_TEXT_CHARS);
    error.add_param("value".into(), &text);
    Err(error)
}

impl TextPart {
    /// A part without a heading.
    ///
    /// ```
    /// use ogi_report::TextPart;
    /// assert_eq!(TextPart::new("无。").heading, None);
    /// ```
    pub fn new(text: impl Into<String>) -> Self {
        TextPart {
            heading: None,
            text: text.into(),
        }
    }

    /// A part with the heading as printed.
    pub fn with_heading(heading: impl Into<String>, text: impl Into<String>) -> Self {
        TextPart {
            heading: Some(heading.into()),
            text: text.into(),
        }
    }

    /// The paragraphs of the text (split at line breaks).
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.text.split('\n')
    }

    /// The heading (if any) and the text, for searching a part as a whole.
    pub fn full_text(&self) -> impl Iterator<Item = &str> {
        self.heading
            .as_deref()
            .into_iter()
            .chain([self.text.as_str()])
    }
}
