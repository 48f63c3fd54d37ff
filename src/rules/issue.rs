//! What a check reports: [`Issue`], with its [`Severity`] and figures.

use std::fmt;

use std::hash::{Hash, Hasher};

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

use super::RuleId;
use crate::Amount;

/// How serious an issue is.
///
/// ```
/// use ogi_report::rules::Severity;
/// assert_eq!(serde_json::to_string(&Severity::Warning).unwrap(), "\"warning\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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

impl std::str::FromStr for Severity {
    type Err = String;

    /// `"error"` or `"warning"`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "error" => Ok(Severity::Error),
            "warning" => Ok(Severity::Warning),
            other => Err(format!("no severity is called {other:?}: error or warning")),
        }
    }
}

/// A figure in an issue: a count (possibly negative in a difference) or an exact amount.
/// Written in JSON as a plain number; read back, a whole number is a count and any other an
/// amount. Two quantities are equal when their values are (`Count(100) == Amount(100)`).
#[derive(Debug, Clone, Copy)]
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

impl Quantity {
    /// The value as an exact decimal.
    fn value(self) -> rust_decimal::Decimal {
        match self {
            Quantity::Count(n) => rust_decimal::Decimal::from(n),
            Quantity::Amount(a) => a.value(),
        }
    }
}

impl PartialEq for Quantity {
    fn eq(&self, other: &Self) -> bool {
        self.value() == other.value()
    }
}

impl Eq for Quantity {}

impl Hash for Quantity {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.value().normalize().hash(state);
    }
}

impl<'de> Deserialize<'de> for Quantity {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            let raw = Box::<serde_json::value::RawValue>::deserialize(deserializer)?;
            if let Ok(count) = raw.get().parse::<i64>() {
                return Ok(Quantity::Count(count));
            }
            let amount: Amount = serde_json::from_str(raw.get()).map_err(de::Error::custom)?;
            return Ok(Quantity::Amount(amount));
        }
        let text = String::deserialize(deserializer)?;
        match text.parse::<i64>() {
            Ok(count) => Ok(Quantity::Count(count)),
            Err(_) => text
                .parse()
                .map(Quantity::Amount)
                .map_err(de::Error::custom),
        }
    }
}

impl Serialize for Quantity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Quantity::Count(n) if serializer.is_human_readable() => serializer.serialize_i64(*n),
            Quantity::Count(n) => serializer.collect_str(n),
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
/// An issue read back from JSON (`Deserialize`, e.g. by a client of a service) equals the one
/// written; members it does not know are ignored, so a client keeps reading issues of a newer
/// crate.
///
/// Non-exhaustive: fields may be added (as optional JSON members); read the fields, build
/// issues only through the checks.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Issue {
    /// The stable id of the rule (see [`catalogue`](crate::rules::catalogue)).
    pub rule: RuleId,
    /// How serious the issue is.
    pub severity: Severity,
    /// JSON Pointers of every cell of the report involved.
    pub paths: Vec<String>,
    /// JSON Pointers into the previous year's report, for checks across years.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub previous_paths: Vec<String>,
    /// What the rule expects (the other side of the comparison), where figures are compared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<Quantity>,
    /// What the report has, where figures are compared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
