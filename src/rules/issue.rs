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
    /// The issue's stable fingerprint: 16 hexadecimal digits that depend only on the rule, the
    /// cells (`paths`, `previous_paths`) and the figures (`expected`, `actual`), never on the
    /// message or its language (see [`Issue::fingerprint_of`]). An issue found again in a later
    /// run of the same report has the same fingerprint, so a supervising office can acknowledge
    /// it once (`ogi-report validate --baseline`). Absent in JSON written before it existed:
    /// read back, such an issue has an empty fingerprint.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fingerprint: String,
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

    /// The fingerprint of an issue with these parts: FNV-1a (64 bits) of the UTF-8 text
    /// `RULE\nPATHS\nPREVIOUS_PATHS\nEXPECTED\nACTUAL`, where each list of JSON Pointers is
    /// joined with single spaces and each figure is written as its exact decimal without
    /// trailing zeros (`100`, `0.5`) or left empty when absent; written as 16 lowercase
    /// hexadecimal digits. Any implementation can compute it from the issue's JSON.
    ///
    /// ```
    /// use ogi_report::rules::{Issue, Quantity, RuleId};
    /// let paths = ["/applications/new_received/total".to_owned()];
    /// let figures = Some((Quantity::Count(3), Quantity::Count(2)));
    /// let print = Issue::fingerprint_of(RuleId::ApplicationsBalance, &paths, &[], figures);
    /// assert_eq!(print.len(), 16);
    /// // The messages play no part: the same rule, cells and figures give the same print.
    /// assert_eq!(print, Issue::fingerprint_of(RuleId::ApplicationsBalance, &paths, &[], figures));
    /// assert_ne!(print, Issue::fingerprint_of(RuleId::ApplicationsBalance, &paths, &[], None));
    /// ```
    pub fn fingerprint_of(
        rule: RuleId,
        paths: &[String],
        previous_paths: &[String],
        expected_actual: Option<(Quantity, Quantity)>,
    ) -> String {
        let figure = |q: Option<Quantity>| q.map(|q| q.value().normalize().to_string());
        let (expected, actual) = match expected_actual {
            Some((e, a)) => (figure(Some(e)), figure(Some(a))),
            None => (None, None),
        };
        let text = [
            rule.as_str().to_owned(),
            paths.join(" "),
            previous_paths.join(" "),
            expected.unwrap_or_default(),
            actual.unwrap_or_default(),
        ]
        .join("\n");
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in text.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        format!("{hash:016x}")
    }

    /// Sets [`fingerprint`](Self::fingerprint) from the issue's rule, cells and figures.
    pub(crate) fn with_fingerprint(mut self) -> Issue {
        let figures = self.expected.zip(self.actual);
        self.fingerprint =
            Issue::fingerprint_of(self.rule, &self.paths, &self.previous_paths, figures);
        self
    }
}
