//! The typed id of every rule.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Declares [`RuleId`] from one list: variant, wire id, in catalogue order.
macro_rules! rule_ids {
    ($($(#[$doc:meta])* $variant:ident = $id:literal,)*) => {
        /// The stable id of a consistency rule, e.g. `applications.balance`.
        ///
        /// Every rule of the [`catalogue`](super::catalogue) has one; on the wire it is the
        /// string ([`RuleId::as_str`]), never renumbered. Comparing with a string works too
        /// (`issue.rule == "applications.balance"`), but a variant is checked by the compiler.
        ///
        /// Non-exhaustive: new rules are added in minor versions. Inside the crate every
        /// `match` on it is exhaustive, so a rule cannot be declared without its check.
        ///
        /// ```
        /// use ogi_report::rules::RuleId;
        /// let id: RuleId = "applications.balance".parse()?;
        /// assert_eq!(id, RuleId::ApplicationsBalance);
        /// assert_eq!(id.to_string(), "applications.balance");
        /// # Ok::<(), ogi_report::rules::UnknownRuleId>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum RuleId {
            $($(#[$doc])* $variant,)*
        }

        impl RuleId {
            /// Every rule id, in catalogue order.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant,)*];

            /// The id as written on the wire.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$variant => $id,)*
                }
            }
        }
    };
}

rule_ids! {
    /// `applications.balance`
    ApplicationsBalance = "applications.balance",
    /// `applications.outcome_total`
    ApplicationsOutcomeTotal = "applications.outcome_total",
    /// `applications.applicant_total`
    ApplicationsApplicantTotal = "applications.applicant_total",
    /// `review_and_litigation.total`
    ReviewAndLitigationTotal = "review_and_litigation.total",
    /// `figures.non_negative`
    FiguresNonNegative = "figures.non_negative",
    /// `applications.carried_forward_bound`
    ApplicationsCarriedForwardBound = "applications.carried_forward_bound",
    /// `proactive_disclosure.documents_in_force`
    ProactiveDisclosureDocumentsInForce = "proactive_disclosure.documents_in_force",
    /// `proactive_disclosure.items_not_negative`
    ProactiveDisclosureItemsNotNegative = "proactive_disclosure.items_not_negative",
    /// `proactive_disclosure.published_within_total`
    ProactiveDisclosurePublishedWithinTotal = "proactive_disclosure.published_within_total",
    /// `proactive_disclosure.rule_making_power`
    ProactiveDisclosureRuleMakingPower = "proactive_disclosure.rule_making_power",
    /// `proactive_disclosure.fee_unit`
    ProactiveDisclosureFeeUnit = "proactive_disclosure.fee_unit",
    /// `other_matters.fee_notices`
    OtherMattersFeeNotices = "other_matters.fee_notices",
    /// `other_matters.fees_collected`
    OtherMattersFeesCollected = "other_matters.fees_collected",
    /// `report.publication_deadline`
    ReportPublicationDeadline = "report.publication_deadline",
    /// `report.mixed_editions`
    ReportMixedEditions = "report.mixed_editions",
    /// `report.outdated_template`
    ReportOutdatedTemplate = "report.outdated_template",
    /// `blank_cells.totals`
    BlankCellsTotals = "blank_cells.totals",
    /// `continuity.carry_over`
    ContinuityCarryOver = "continuity.carry_over",
    /// `continuity.documents_in_force`
    ContinuityDocumentsInForce = "continuity.documents_in_force",
    /// `continuity.items`
    ContinuityItems = "continuity.items",
    /// `continuity.comparable`
    ContinuityComparable = "continuity.comparable",
    /// `narrative.applications_received`
    NarrativeApplicationsReceived = "narrative.applications_received",
    /// `narrative.applications_handled`
    NarrativeApplicationsHandled = "narrative.applications_handled",
    /// `narrative.outcome_counts`
    NarrativeOutcomeCounts = "narrative.outcome_counts",
    /// `narrative.outcome_shares`
    NarrativeOutcomeShares = "narrative.outcome_shares",
    /// `narrative.proactive_disclosure`
    NarrativeProactiveDisclosure = "narrative.proactive_disclosure",
    /// `narrative.review_and_litigation`
    NarrativeReviewAndLitigation = "narrative.review_and_litigation",
    /// `narrative.fees_collected`
    NarrativeFeesCollected = "narrative.fees_collected",
    /// `text.required_content`
    TextRequiredContent = "text.required_content",
    /// `text.headings`
    TextHeadings = "text.headings",
    /// `text.section_order`
    TextSectionOrder = "text.section_order",
    /// `text.copied`
    TextCopied = "text.copied",
    /// `continuity.jump`
    ContinuityJump = "continuity.jump",
    /// `region.roll_up`
    RegionRollUp = "region.roll_up",
    /// `region.child_year`
    RegionChildYear = "region.child_year",
    /// `region.duplicate_child`
    RegionDuplicateChild = "region.duplicate_child",
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A string that is no rule's id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRuleId(pub String);

impl fmt::Display for UnknownRuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no rule has the id {:?}", self.0)
    }
}

impl std::error::Error for UnknownRuleId {}

impl FromStr for RuleId {
    type Err = UnknownRuleId;

    fn from_str(id: &str) -> Result<Self, Self::Err> {
        RuleId::ALL
            .iter()
            .copied()
            .find(|rule| rule.as_str() == id)
            .ok_or_else(|| UnknownRuleId(id.to_owned()))
    }
}

impl PartialEq<str> for RuleId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RuleId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let id = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        id.parse().map_err(serde::de::Error::custom)
    }
}
