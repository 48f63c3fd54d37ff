//! The report as serde reads it, before the wire format's constraints are checked.
//!
//! [`Report`]'s own `Deserialize` reads an [`UncheckedReport`] and then applies every
//! constraint ([`super::check_constraints`]), so a report read through any serde path (a web
//! framework's JSON extractor, `serde_json::from_value`, an envelope struct, another format) is
//! checked as [`Report::from_json_str`] checks it. `from_json_str` reads the unchecked form
//! itself, to report the exact pointer and position of an error.
//!
//! The two structs are kept in step by the compiler: [`From`] destructures every field of one
//! and builds the other without `..`, so a field added to one and not the other does not build.

use chrono::NaiveDate;
use serde::Deserialize;

use super::strict;
use crate::applications::Applications;
use crate::other_matters::OtherMatters;
use crate::overview::Overview;
use crate::proactive_disclosure::ProactiveDisclosure;
use crate::problems::ProblemsAndImprovements;
use crate::review_and_litigation::ReviewAndLitigation;
use crate::{Agency, FormatVersion, Report};

/// The fields of a [`Report`], with the same serde attributes, read without the constraints.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct UncheckedReport {
    #[serde(deserialize_with = "strict::string_enum")]
    format_version: FormatVersion,
    agency: Agency,
    year: u16,
    #[serde(default, deserialize_with = "strict::iso_date")]
    published_on: Option<NaiveDate>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    preamble: Option<String>,
    overview: Overview,
    proactive_disclosure: ProactiveDisclosure,
    applications: Applications,
    review_and_litigation: ReviewAndLitigation,
    problems_and_improvements: ProblemsAndImprovements,
    other_matters: OtherMatters,
    #[serde(default)]
    closing: Option<String>,
    #[serde(default)]
    blank_cells: Vec<String>,
    #[serde(default)]
    section_headings: Vec<String>,
}

impl From<UncheckedReport> for Report {
    fn from(unchecked: UncheckedReport) -> Report {
        let UncheckedReport {
            format_version,
            agency,
            year,
            published_on,
            title,
            preamble,
            overview,
            proactive_disclosure,
            applications,
            review_and_litigation,
            problems_and_improvements,
            other_matters,
            closing,
            blank_cells,
            section_headings,
        } = unchecked;
        Report {
            format_version,
            agency,
            year,
            published_on,
            title,
            preamble,
            overview,
            proactive_disclosure,
            applications,
            review_and_litigation,
            problems_and_improvements,
            other_matters,
            closing,
            blank_cells,
            section_headings,
        }
    }
}
