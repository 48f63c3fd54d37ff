//! What extraction reports about its input: [`Diagnostic`], distinct from the library's rule
//! issues (those judge a report; these say how well the document could be read).

use serde::Serialize;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The document could not be read into a complete report: no report is given.
    Error,
    /// Something was read but needs a human look (a value inferred, a part not found).
    Warning,
    /// How something was read (an edition detected, a date taken from page metadata).
    Info,
}

impl Severity {
    /// `"error"`, `"warning"` or `"info"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// The stable code of a diagnostic: what kind of doubt it reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Code {
    /// The input is larger than [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES).
    InputTooLarge,
    /// The input is neither UTF-8 nor GB18030 text.
    UndecodableInput,
    /// The input was decoded as GB18030 (GBK) rather than UTF-8.
    DecodedGb18030,
    /// Nothing in the input looks like an annual report.
    NotAReport,
    /// The document stops before its last section: it was cut short.
    TruncatedDocument,
    /// A section heading the template prints was not found.
    MissingSection,
    /// A table could not be found, or could not be read as a whole.
    MissingTable,
    /// A row of a table was not found.
    MissingRow,
    /// A cell could not be read as a number of the kind the template asks for.
    UnreadableCell,
    /// Numbers printed together without separators can be split in more than one way that
    /// satisfies every rule: the table is left out rather than guessed.
    AmbiguousDigitRun,
    /// Numbers printed together were split, using the row and column sums.
    DigitRunSplit,
    /// Numbers were found in a table that belong to no row of the template.
    UnassignedNumbers,
    /// The edition of a table (2019 trial format or 2021 format), as read from its labels.
    TableEdition,
    /// Table 二 was not readable: the report's edition was taken from table 三.
    EditionFromTable3,
    /// The agency's name, or the report year, was not found.
    MissingIdentity,
    /// The agency kind was inferred from the agency's name.
    InferredKind,
    /// A publication date was found, or one that was printed could not be read.
    PublicationDate,
    /// Text after the end of the report (a site footer, a flip-book's buttons) was left out.
    TrailingFurniture,
    /// The extracted report was refused by the `ogi-report` model (a form it cannot hold yet).
    ModelRejected,
}

impl Code {
    /// The code as written in JSON, e.g. `"ambiguous_digit_run"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::InputTooLarge => "input_too_large",
            Code::UndecodableInput => "undecodable_input",
            Code::DecodedGb18030 => "decoded_gb18030",
            Code::NotAReport => "not_a_report",
            Code::TruncatedDocument => "truncated_document",
            Code::MissingSection => "missing_section",
            Code::MissingTable => "missing_table",
            Code::MissingRow => "missing_row",
            Code::UnreadableCell => "unreadable_cell",
            Code::AmbiguousDigitRun => "ambiguous_digit_run",
            Code::DigitRunSplit => "digit_run_split",
            Code::UnassignedNumbers => "unassigned_numbers",
            Code::TableEdition => "table_edition",
            Code::EditionFromTable3 => "edition_from_table_3",
            Code::MissingIdentity => "missing_identity",
            Code::InferredKind => "inferred_kind",
            Code::PublicationDate => "publication_date",
            Code::TrailingFurniture => "trailing_furniture",
            Code::ModelRejected => "model_rejected",
        }
    }
}

/// Where in the input a diagnostic points: byte offsets into the decoded text (UTF-8), and
/// the 1-based line and column (in characters) of `start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, in characters.
    pub column: usize,
}

impl Span {
    /// The span of `start..end` in `source`, with its line and column computed.
    pub fn in_source(source: &str, start: usize, end: usize) -> Span {
        let start = start.min(source.len());
        let end = end.clamp(start, source.len());
        let before = source.get(..start).unwrap_or("");
        let line = memchr::memchr_iter(b'\n', before.as_bytes()).count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
        Span {
            start,
            end,
            line,
            column,
        }
    }
}

/// One doubt about the input, or one fact about how it was read.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Diagnostic {
    /// The stable code.
    pub code: Code,
    /// How serious it is.
    pub severity: Severity,
    /// The message in Chinese.
    pub message_zh: String,
    /// The message in English.
    pub message_en: String,
    /// Where in the input, when the input is text (HTML inputs have no source positions).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// JSON Pointer of the affected cell, row or table of the report, where there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    /// For an ambiguous digit run: every split that satisfies the rules, cell by cell.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<Vec<String>>,
}

impl Diagnostic {
    /// A diagnostic without span or pointer.
    pub fn new(
        code: Code,
        severity: Severity,
        message_zh: impl Into<String>,
        message_en: impl Into<String>,
    ) -> Self {
        Diagnostic {
            code,
            severity,
            message_zh: message_zh.into(),
            message_en: message_en.into(),
            span: None,
            pointer: None,
            candidates: Vec::new(),
        }
    }

    /// The same diagnostic at `span`.
    pub fn at(mut self, span: Option<Span>) -> Self {
        self.span = span;
        self
    }

    /// The same diagnostic about the report place `pointer`.
    pub fn about(mut self, pointer: impl Into<String>) -> Self {
        self.pointer = Some(pointer.into());
        self
    }

    /// Whether the diagnostic is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}
