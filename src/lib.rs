//! # ogi-report
//!
//! The typed data model of China's annual report on open government information work
//! (政府信息公开工作年度报告), under the Regulations on Open Government Information (State
//! Council Decree No. 711): the 2021 format (国办公开办函〔2021〕30号), the 2019 trial format, and
//! the real documents that mix them or leave cells blank.
//!
//! - [`Report`] and its section modules model every section of the template, one module per
//!   section: [`overview`] (一), [`proactive_disclosure`] (二, in either edition),
//!   [`applications`] (三), [`review_and_litigation`] (四), [`problems`] (五),
//!   [`other_matters`] (六).
//! - The JSON form is the public wire format: closed objects, English snake_case names, counts as
//!   `u32`, money as exact decimals ([`Amount`]).
//! - [`rules`]: the consistency rules, one [`RuleId`](rules::RuleId) each, as a catalogue that
//!   frontends run too; [`schema`]: the JSON Schemas generated from the types.
//! - Feature `proptest`: strategies for reports (module `arbitrary`), for your own property
//!   tests.
//!
//! ## Read a report, check it, answer with its issues
//!
//! ```
//! use ogi_report::{ParseError, Report};
//! use ogi_report::rules::Severity;
//!
//! /// What a service answers for a request body.
//! fn answer(body: &str) -> serde_json::Value {
//!     match Report::from_json_str(body) {
//!         // 400: the error names the JSON Pointer (and position) of the bad value.
//!         Err(err) => serde_json::json!({ "error": err }),
//!         // 200: every issue, errors and warnings, with paths and messages in zh and en.
//!         Ok(report) => {
//!             let issues = report.check();
//!             let valid = !issues.iter().any(|issue| issue.severity == Severity::Error);
//!             serde_json::json!({ "valid": valid, "issues": issues })
//!         }
//!     }
//! }
//!
//! let body = std::fs::read_to_string("examples/reports/dongying-district-office-2023.json")?;
//! assert_eq!(answer(&body)["valid"], true);
//! assert_eq!(answer(r#"{"year": "2023"}"#)["error"]["kind"], "structure");
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! Reading through serde directly (`serde_json::from_value`, a web framework's JSON extractor,
//! another format) applies the same constraints: a `Report` always holds a document the wire
//! format accepts.
//!
//! ## Build a report, fill in its totals, roll up a region
//!
//! ```
//! use ogi_report::{Agency, AgencyKind, Report};
//!
//! let mut report = Report::new(Agency::new("某县交通运输局", AgencyKind::Department), 2024);
//! report.applications.new_received.natural_person = 3;
//! report.applications.outcomes.disclosed.natural_person = 2;
//! report.applications.carried_forward_to_next_year.natural_person = 1;
//! report.fill_totals()?; // totals are filled only when you ask
//! assert!(report.check().is_empty());
//!
//! let county = Agency::new("某县人民政府", AgencyKind::Government);
//! let sum = Report::roll_up(county, [&report, &report])?;
//! assert_eq!(sum.applications.new_received.total, 6);
//!
//! let json = report.to_json_string();
//! assert_eq!(Report::from_json_str(&json)?, report);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Compare with last year, read the catalogue, hand the schema to a frontend
//!
//! ```
//! use ogi_report::rules::{RuleId, catalogue, rule};
//! use ogi_report::{Agency, AgencyKind, Report};
//!
//! let agency = Agency::new("某局", AgencyKind::Department);
//! let mut last_year = Report::new(agency.clone(), 2023);
//! last_year.applications.carried_forward_to_next_year.natural_person = 1;
//! let issues = Report::new(agency, 2024).check_against_previous(&last_year);
//! assert_eq!(issues[0].rule, RuleId::ContinuityCarryOver);
//!
//! assert_eq!(rule(RuleId::ApplicationsBalance).title_en, "Balance");
//! assert!(catalogue().len() >= 20);
//! let schema = ogi_report::schema::report_schema(); // JSON Schema 2020-12
//! assert_eq!(schema["title"], "政府信息公开工作年度报告");
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod agency;
mod cells;
mod edition;
mod error;
mod money;
mod report;
mod wire;

pub mod applications;
#[cfg(feature = "proptest")]
pub mod arbitrary;
pub mod layout;
pub mod number_cells;
pub mod other_matters;
pub mod overview;
pub mod proactive_disclosure;
pub mod problems;
pub mod review_and_litigation;
pub mod rules;
pub mod schema;
pub mod summary;
pub mod text;

pub use agency::{Agency, AgencyKind, MAX_AGENCY_NAME_CHARS};
/// The date type of [`Report::published_on`] (re-exported: no `chrono` in your Cargo.toml).
pub use chrono::NaiveDate;
pub use edition::FormatVersion;
pub use error::{OverflowError, RollUpError};
pub use money::{Amount, AmountError};
pub use report::{MAX_BLANK_CELLS, MAX_SECTION_HEADINGS, MAX_YEAR, MIN_YEAR, Report};
/// The decimal type behind [`Amount`] (re-exported: no `rust_decimal` in your Cargo.toml).
pub use rust_decimal::Decimal;
pub use text::TextPart;
pub use wire::{ParseError, ParseErrorKind};
