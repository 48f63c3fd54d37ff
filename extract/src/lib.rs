//! # ogi-report-extract
//!
//! Reads a published annual report on open government information work (政府信息公开工作年度报告)
//! — a web page, the text of its PDF (`pdftotext -layout`), a crawler's text dump, or a
//! flip-book's page text — into the wire format of the [`ogi_report`] crate, and says what it
//! could not read for sure.
//!
//! - Every edition: the edition of each table is read from its labels (2019 trial format or
//!   2021 format), never from the year; `format_version` is table 二's.
//! - Tables: rows are found by their labels, figures by where they are printed; blank cells
//!   become 0 and are listed in `blank_cells`; digits printed together are split by the row
//!   sums, column sums and the balance rule, and when several splits fit, the table is left
//!   out with an [`Code::AmbiguousDigitRun`] diagnostic listing the candidates.
//! - Prose is kept losslessly in the text sections; page furniture is left out.
//! - A document that is not a report, or that was cut short, gives no report and an error.
//!
//! ```
//! use ogi_report_extract::{Source, extract};
//! let extraction = extract("不是年度报告".as_bytes(), Source::Auto);
//! assert!(extraction.report.is_none());
//! assert_eq!(extraction.diagnostics[0].code.as_str(), "not_a_report");
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod assemble;
mod context;
mod diagnostic;
mod document;
mod furniture;
mod html;
mod identity;
mod prose;
mod sections;
mod split;
mod tables;
mod tokens;

use serde_json::Value;

pub use diagnostic::{Code, Diagnostic, Severity, Span};
pub use document::MAX_INPUT_BYTES;

use crate::context::Ctx;
use crate::document::{Document, decode, looks_like_html, text_lines};

/// What kind of input to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Source {
    /// An HTML page (or fragment).
    Html,
    /// Plain text (`pdftotext -layout`, a crawler's dump, a flip-book's page text).
    Text,
    /// HTML when the input starts like markup, else text.
    #[default]
    Auto,
}

/// The result of reading one input.
#[derive(Debug, Clone, PartialEq)]
pub struct Extraction {
    /// The report in the wire format, only when the document was read completely (no
    /// diagnostic is an error).
    pub report: Option<Value>,
    /// What could be read when the report is incomplete (tables left out, identity missing):
    /// for a person to finish, never a report to use as is. `None` when `report` is given or
    /// nothing was read.
    pub partial: Option<Value>,
    /// Every diagnostic, errors first within the order found.
    pub diagnostics: Vec<Diagnostic>,
}

impl Extraction {
    /// Whether a diagnostic is an error (then `report` is `None`).
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The report read by the typed model (which also puts its fields in the template's
    /// order); `None` when there is no report.
    pub fn typed_report(&self) -> Option<Result<ogi_report::Report, ogi_report::ParseError>> {
        let report = self.report.as_ref()?;
        Some(ogi_report::Report::from_json_str(&report.to_string()))
    }
}

/// Reads one input.
///
/// Inputs over [`MAX_INPUT_BYTES`] are refused. Time and memory grow linearly with the input;
/// digit runs are split with a bounded search.
pub fn extract(bytes: &[u8], source: Source) -> Extraction {
    let mut diagnostics = Vec::new();
    let text = match decode(bytes, &mut diagnostics) {
        Ok(text) => text,
        Err(diagnostic) => {
            diagnostics.push(*diagnostic);
            return finish(None, diagnostics);
        }
    };
    let html = match source {
        Source::Html => true,
        Source::Text => false,
        Source::Auto => looks_like_html(&text),
    };
    let lines = if html {
        html::html_lines(&text)
    } else {
        text_lines(&text)
    };
    let doc = Document {
        source: text,
        lines,
    };
    let mut ctx = Ctx::new(&doc);
    ctx.diagnostics = diagnostics;
    let layout = sections::layout(&doc);
    let report = assemble::all_headings(&mut ctx, &layout)
        .map(|headings| assemble::assemble(&mut ctx, &layout, &headings));
    finish(report.map(Value::Object), ctx.diagnostics)
}

/// The extraction: a report only when no diagnostic is an error.
fn finish(report: Option<Value>, mut diagnostics: Vec<Diagnostic>) -> Extraction {
    diagnostics.sort_by_key(|d| d.severity);
    let complete = !diagnostics.iter().any(Diagnostic::is_error);
    let (report, partial) = match report {
        Some(report) if complete => (Some(report), None),
        other => (None, other),
    };
    Extraction {
        report,
        partial,
        diagnostics,
    }
}
