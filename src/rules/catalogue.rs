//! The rule catalogue: every consistency rule, defined once, as data.
//!
//! Each [`Rule`] has a stable id, a severity, its basis, texts in Chinese and English and, for
//! the linear rules (sums and bounds over cells), its terms as JSON Pointer patterns with one
//! placeholder. The crate's checks run the linear rules straight from these definitions, and the
//! catalogue is exported as `schema/rules.json` so that frontends can run the same sums live.

use std::sync::LazyLock;

use serde::Serialize;

use super::narrative::{Narrative, narrative_of, phrases};
use super::template::{TEMPLATE, Template};
use super::thresholds::Thresholds;
use super::{RuleId, Severity, checks};
use crate::FormatVersion;

/// Why a rule holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BasisKind {
    /// Printed in the format itself.
    Stated,
    /// Follows from the structure of the tables or the law.
    Implied,
    /// Set by an article of the Regulations.
    Law,
    /// Learned from practice (real reports).
    Practice,
}

/// The basis of a rule: its kind and a reference (article, place in the template).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Basis {
    /// Stated, implied, law or practice.
    pub kind: BasisKind,
    /// Where it comes from, e.g. `表三表头` or `《条例》第四十九条`.
    pub reference: &'static str,
}

/// What a rule compares: one report, a report with the same agency's previous one, what a
/// published report must say, or a report against those of the bodies under it. More scopes
/// may come (a match needs a wildcard arm).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Scope {
    /// Checked by [`Report::check`](crate::Report::check).
    Report,
    /// Checked by [`Report::check_against_previous`](crate::Report::check_against_previous).
    AcrossYears,
    /// Checked by [`Report::check_content`](crate::Report::check_content): what a published
    /// report must say (a report built for data entry, without its prose, is not held to it).
    Content,
    /// Checked by [`Report::check_region`](crate::Report::check_region): a report against the
    /// reports of the bodies under it.
    Region,
}

/// How a rule is enforced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Enforcement {
    /// By the checks: an [`Issue`](super::Issue) is reported.
    Check,
    /// By the types and the schema: a document that breaks it cannot be read at all (a
    /// [`ParseError`](crate::ParseError)), so the checks never see it.
    Types,
}

/// Which report a term reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Which {
    /// The report being checked.
    Current,
    /// The same agency's report for the previous year.
    Previous,
}

/// One term of a linear rule: `coefficient × cell`. A term whose cell the document does not
/// have (a row of the other form of （六）其他处理) counts as 0.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Term {
    /// JSON Pointer pattern of the cell; may contain the rule's placeholder, e.g. `{column}`.
    pub pointer: String,
    /// `1` or `-1`.
    pub coefficient: i64,
    /// Which report the cell is in.
    pub report: Which,
}

/// How the two sides of a linear rule compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// left = right
    Eq,
    /// left ≤ right
    Le,
}

/// The values a rule's placeholder ranges over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ForEach {
    /// The placeholder's name, written `{name}` in the term pointers.
    pub placeholder: &'static str,
    /// The text substituted for it, one instance of the rule per value.
    pub values: Vec<String>,
}

/// A rule of the form `Σ left (= or ≤) Σ right`, for each value of a placeholder.
///
/// In an issue, `actual` is the left side and `expected` the right side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Linear {
    /// The placeholder and its values.
    pub for_each: ForEach,
    /// The left side: the cell(s) being checked.
    pub left: Vec<Term>,
    /// How the sides compare.
    pub relation: Relation,
    /// The right side: what the left side must equal (or not exceed).
    pub right: Vec<Term>,
}

/// One consistency rule of the report.
///
/// ```
/// use ogi_report::rules::{RuleId, Severity, rule};
/// let balance = rule(RuleId::ApplicationsBalance);
/// assert_eq!(balance.severity, Severity::Error);
/// assert!(balance.linear.is_some());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Rule {
    /// The stable id, never renumbered (e.g. `applications.balance`).
    pub id: RuleId,
    /// Error or warning.
    pub severity: Severity,
    /// Why it holds.
    pub basis: Basis,
    /// One report, or across years.
    pub scope: Scope,
    /// By the checks or by the types.
    pub enforced_by: Enforcement,
    /// The edition of table 二 the rule is about, for rules on one edition's table 二: it runs
    /// only when the report's `format_version` is this edition (across years: both reports').
    /// `None`: every edition.
    #[serde(rename = "format_version", skip_serializing_if = "Option::is_none")]
    pub edition: Option<FormatVersion>,
    /// Short name in Chinese.
    pub title_zh: &'static str,
    /// Short name in English.
    pub title_en: &'static str,
    /// What must hold, in Chinese.
    pub description_zh: &'static str,
    /// What must hold, in English, with any threshold or heuristic it uses.
    pub description_en: &'static str,
    /// The terms, for the rules that are sums or bounds over cells.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linear: Option<Linear>,
    /// For the rules on figures the prose restates (`narrative.*`): the figures they compare and
    /// the phrases and claims that state them, read as the catalogue's `narrative_scanning`
    /// says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub narrative: Option<Narrative>,
    /// The constants and conditions a rule that is not linear checks with, as data (a
    /// threshold, the deadline per agency kind, the agency kinds and region codes it applies
    /// to), so that other implementations read them rather than copy them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Parameters>,
}

/// The data of a rule that is not linear ([`Rule::parameters`]); each rule fills the members
/// it uses.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Parameters {
    /// `proactive_disclosure.fee_unit`: the largest plausible administrative-fees amount, in
    /// 万元.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold_10k_yuan: Option<u64>,
    /// `report.publication_deadline`: the deadline of each agency kind that has one, as a day
    /// of the year after the report year.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub deadlines: Vec<Deadline>,
    /// `report.outdated_template`: the current edition, expected from its first year on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_edition: Option<FormatVersion>,
    /// `report.outdated_template`: the first report year of the current edition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_year: Option<u16>,
    /// `proactive_disclosure.rule_making_power`: agency kinds without rule-making power.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kinds_without_power: Vec<crate::AgencyKind>,
    /// `proactive_disclosure.rule_making_power`: a region code ending otherwise is county
    /// level (no rule-making power) ...
    #[serde(skip_serializing_if = "Option::is_none")]
    pub above_county_suffix: Option<&'static str>,
    /// ... except for these agency kinds.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub county_level_exempt_kinds: Vec<crate::AgencyKind>,
    // The rules for supervising offices (issue 18):
    /// `continuity.jump`: the figures compared across years, in order.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub figures: &'static [crate::summary::Figure],
    /// `text.copied`: how sentences are split and normalised before they are compared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<super::reuse::Sentences>,
    /// `text.required_content`: the pointers of the parts of section 一 and of section 五
    /// (in the order of `template.overview_parts` and `template.problems_parts`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required_parts: Option<super::template::RequiredParts>,
    /// `region.roll_up`: the tables compared cell by cell, and the row whose sub-rows are
    /// folded into one when the parent and a child print it differently.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<super::checks::RegionTables>,
    /// The fields of the report a check reads and names in its issues, by role (a JSON object:
    /// `other_matters.fees_collected`'s `collected` and `billed`, …), so that other evaluators
    /// read the same fields.
    #[serde(
        skip_serializing_if = "<[_]>::is_empty",
        serialize_with = "pointers_as_object"
    )]
    pub pointers: &'static [(&'static str, &'static str)],
}

/// [`Parameters::pointers`] as a JSON object, in their order.
fn pointers_as_object<S: serde::Serializer>(
    pointers: &&'static [(&'static str, &'static str)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(pointers.iter().copied())
}

/// The publication deadline of an agency kind: `month`/`day` of the year after the report year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    /// The agency kind.
    pub kind: crate::AgencyKind,
    /// The month (1–12).
    pub month: u32,
    /// The day of the month.
    pub day: u32,
}

impl Rule {
    /// A rule on one report, checked by the checks, for every edition, with no terms.
    pub(super) fn new(
        id: RuleId,
        severity: Severity,
        basis: Basis,
        titles: [&'static str; 2],
        descriptions: [&'static str; 2],
    ) -> Rule {
        Rule {
            id,
            severity,
            basis,
            scope: Scope::Report,
            enforced_by: Enforcement::Check,
            edition: None,
            title_zh: titles[0],
            title_en: titles[1],
            description_zh: descriptions[0],
            description_en: descriptions[1],
            linear: None,
            narrative: narrative_of(id),
            parameters: None,
        }
    }

    /// The same rule, with its constants and conditions as data.
    pub(super) fn with_parameters(self, parameters: Parameters) -> Rule {
        Rule {
            parameters: Some(parameters),
            ..self
        }
    }

    /// The same rule, comparing a report with last year's.
    pub(super) fn across_years(self) -> Rule {
        Rule {
            scope: Scope::AcrossYears,
            ..self
        }
    }

    /// The same rule, about the content of a published report.
    pub(super) fn on_content(self) -> Rule {
        Rule {
            scope: Scope::Content,
            ..self
        }
    }

    /// The same rule, comparing a report with its children's.
    pub(super) fn for_region(self) -> Rule {
        Rule {
            scope: Scope::Region,
            ..self
        }
    }

    /// The same rule, evaluated from these terms.
    pub(super) fn with_terms(self, linear: Linear) -> Rule {
        Rule {
            linear: Some(linear),
            ..self
        }
    }

    /// The same rule, about the table 二 of `edition` only.
    pub(super) fn for_edition(self, edition: FormatVersion) -> Rule {
        Rule {
            edition: Some(edition),
            ..self
        }
    }

    /// Whether the rule applies to a report whose table 二 is of `edition`.
    pub(crate) fn applies_to(&self, edition: FormatVersion) -> bool {
        self.edition.is_none_or(|own| own == edition)
    }
}

impl Basis {
    /// A rule implied by the structure of the tables or the law, with its place.
    pub(super) fn implied(reference: &'static str) -> Basis {
        Basis {
            kind: BasisKind::Implied,
            reference,
        }
    }
}

impl Term {
    /// `+ cell` of the report being checked.
    pub(super) fn plus(pointer: impl Into<String>) -> Term {
        Term {
            pointer: pointer.into(),
            coefficient: 1,
            report: Which::Current,
        }
    }

    /// `− cell` of the report being checked.
    pub(super) fn minus(pointer: impl Into<String>) -> Term {
        Term {
            coefficient: -1,
            ..Term::plus(pointer)
        }
    }

    /// `+ cell` of last year's report.
    pub(super) fn previous(pointer: impl Into<String>) -> Term {
        Term {
            report: Which::Previous,
            ..Term::plus(pointer)
        }
    }
}

/// Every rule, in the order checks report them.
///
/// ```
/// use ogi_report::rules::{RuleId, catalogue};
/// let ids: Vec<RuleId> = catalogue().iter().map(|r| r.id).collect();
/// assert!(ids.contains(&RuleId::ApplicationsOutcomeTotal));
/// ```
pub fn catalogue() -> &'static [Rule] {
    &CATALOGUE
}

/// The rule with this id.
pub fn rule(id: RuleId) -> &'static Rule {
    &CATALOGUE[RuleId::ALL
        .iter()
        .position(|&each| each == id)
        .unwrap_or_default()]
}

/// The catalogue as pretty JSON, exactly as committed in `schema/rules.json`.
pub fn catalogue_json() -> String {
    #[derive(Serialize)]
    struct Document<'a> {
        description: &'static str,
        format_versions: [FormatVersion; 2],
        narrative_scanning: phrases::Scanning,
        thresholds: Thresholds,
        template: Template,
        rules: &'a [Rule],
    }
    let document = Document {
        description: "Consistency rules of the annual report on open government information work (2019 and 2021 formats), generated by the ogi-report crate. A rule with `format_version` runs only on reports whose format_version is that edition (checks across years: both reports). Linear rules: for each value of the placeholder, substitute it into every term pointer; a term whose cell the document does not have (the other form of （六）其他处理) counts as 0; sum coefficient × cell over each side; left must equal (eq) or not exceed (le) right. Cells listed in `blank_cells` count as 0, except blank totals (a `total` cell of table 三 or 四, a cell of row （七）总计), which count as the sum of their parts. Issues report the left side as `actual` and the right side as `expected`. `thresholds` and `template` hold the figures and the official wording the rules on text, jumps and regions use (scope `content`: what a published report must say; scope `region`: a report against its children's).",
        format_versions: FormatVersion::ALL,
        narrative_scanning: phrases::Scanning::default(),
        thresholds: Thresholds::default(),
        template: TEMPLATE,
        rules: catalogue(),
    };
    let mut text = serde_json::to_string_pretty(&document).expect("the catalogue serializes");
    text.push('\n');
    text
}

static CATALOGUE: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    RuleId::ALL
        .iter()
        .map(|&id| checks::definition(id))
        .collect()
});
