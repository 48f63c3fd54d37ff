//! # ogi-report
//!
//! The typed data model of China's annual report on open government information work
//! (政府信息公开工作年度报告), 2021 format (国办公开办函〔2021〕30号), under the Regulations on Open
//! Government Information (State Council Decree No. 711).
//!
//! - [`Report`] and its section modules model every section of the template, one module per
//!   section: [`overview`] (一), [`proactive_disclosure`] (二), [`applications`] (三),
//!   [`review_and_litigation`] (四), [`problems`] (五), [`other_matters`] (六).
//! - The JSON form is the public wire format: closed objects, English snake_case names, counts as
//!   `u32`, money as exact decimals ([`Amount`]). [`Report::from_json_str`] reads it and says
//!   where input is wrong ([`ParseError`]).
//! - Totals are stored as reported. [`Report::fill_totals`] fills them in for data entry;
//!   [`Report::roll_up`] adds up many reports without ever wrapping.
//!
//! ```
//! use ogi_report::{Agency, AgencyKind, Report};
//!
//! let mut report = Report::new(Agency::new("某县交通运输局", AgencyKind::Department), 2024);
//! report.applications.new_received.natural_person = 3;
//! report.applications.outcomes.disclosed.natural_person = 2;
//! report.applications.carried_forward_to_next_year.natural_person = 1;
//! report.fill_totals()?;
//!
//! let json = report.to_json_string();
//! assert_eq!(Report::from_json_str(&json)?, report);
//! # Ok::<(), Box<dyn std::error::Error>>(())
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
pub mod other_matters;
pub mod overview;
pub mod proactive_disclosure;
pub mod problems;
pub mod review_and_litigation;
pub mod rules;
pub mod schema;
pub mod text;

pub use agency::{Agency, AgencyKind, MAX_AGENCY_NAME_CHARS};
/// The date type of [`Report::published_on`] (re-exported: no `chrono` in your Cargo.toml).
pub use chrono::NaiveDate;
pub use edition::FormatVersion;
pub use error::{OverflowError, RollUpError};
pub use money::{Amount, AmountError};
pub use report::{MAX_BLANK_CELLS, MAX_YEAR, MIN_YEAR, Report};
/// The decimal type behind [`Amount`] (re-exported: no `rust_decimal` in your Cargo.toml).
pub use rust_decimal::Decimal;
pub use text::TextPart;
pub use wire::{ParseError, ParseErrorKind};
