//! What a check reports: [`Issue`], with its [`Severity`] and figures.

use std::fmt;

use serde::{Serialize, Serializer};

use super::RuleId;
use crate::Amount;

/// How serious an issue is.
///
/// ```
/// use ogi_report::rules::Severity;
/// assert_eq!(serde_json::to_string(&Severity::Warning).unwrap(), "\"warning\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Severity {
    /// A defect: a complete, correct report never has it.
    Error,
    /// May legitimately happen; needs a human look.
    Warning,
}

impl Severity {
    /// `"error"` or `"warning"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A figure in an issue: a count (possibly negative in a difference) or an exact amount.
/// Written in JSON as a plain number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Quantity {
    /// A count or a sum of counts.
    Count(i64),
    /// An amount of money.
    Amount(Amount),
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Quantity::Count(n) => n.fmt(f),
            Quantity::Amount(a) => a.fmt(f),
        }
    }
}

impl Serialize for Quantity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Quantity::Count(n) => serializer.serialize_i64(*n),
            Quantity::Amount(a) => a.serialize(serializer),
        }
    }
}

/// One problem found in a report: which rule, how serious, which cells, and what was expected.
///
/// Serializes as the wire format's "Diagnostics" object:
///
/// ```
/// use ogi_report::{Agency, AgencyKind, Report};
/// let mut report = Report::new(Agency::new("某局", AgencyKind::Department), 2024);
/// report.applications.new_received.natural_person = 1; // total left at 0
/// let issues = report.check();
/// let json = serde_json::to_value(&issues[0])?;
/// assert_eq!(json["rule"], "applications.balance");
/// assert_eq!(json["severity"], "error");
/// assert_eq!(json["paths"][0], "/applications/new_received/natural_person");
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// Non-exhaustive: fields may be added (as optional JSON members); read the fields, build
/// issues only through the checks.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Issue {
    /// The stable id of the rule (see [`catalogue`](crate::rules::catalogue)).
    pub rule: RuleId,
    /// How serious the issue is.
    pub severity: Severity,
    /// JSON Pointers of every cell of the report involved.
    pub paths: Vec<String>,
    /// JSON Pointers into the previous year's report, for checks across years.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub previous_paths: Vec<String>,
    /// What the rule expects (the other side of the comparison), where figures are compared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<Quantity>,
    /// What the report has, where figures are compared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actual: Option<Quantity>,
    /// The words of the report a narrative issue read (the sentence that restates a figure),
    /// exactly as written; `None` for issues about the tables.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Where [`quote`](Self::quote) starts in its text (the first path), counted in characters
    /// (Unicode scalar values) from the start of that text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<usize>,
    /// The message in Chinese, naming cells by their official labels.
    pub message_zh: String,
    /// The message in English, naming cells by their official labels.
    pub message_en: String,
}

impl Issue {
    /// Whether the issue is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}
