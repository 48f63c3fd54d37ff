//! `ogi-report render`: a report as printed (title, the six sections with their prose, tables
//! 二, 三 and 四 in the official layout), each issue marked on its cells and listed, numbered,
//! below: one self-contained HTML file, or Markdown for a code-hosting site.

mod html;
mod markdown;
mod tables;

use std::collections::BTreeMap;
use std::io::{self, Read, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use ogi_report::layout;
use ogi_report::rules::Issue;
use ogi_report::{FormatVersion, Report, TextPart};

use crate::validate::{LoadError, display_name, is_stdin};
use crate::{Lang, Outcome, warn};
use tables::Table;

/// Arguments of `ogi-report render`.
#[derive(Debug, Args)]
pub(crate) struct RenderArgs {
    /// The report (JSON, UTF-8); `-` reads standard input.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = RenderFormat::Html)]
    format: RenderFormat,
    /// Language of the issue messages and of the words around the report.
    #[arg(long, value_enum, default_value_t = Lang::Zh)]
    lang: Lang,
    /// Last year's report of the same agency: also mark the issues across years.
    #[arg(long, value_name = "FILE")]
    previous: Option<PathBuf>,
}

/// The output formats of `render`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum RenderFormat {
    /// One self-contained HTML file (styles inline, no network), print-friendly.
    Html,
    /// GitHub-flavoured Markdown (tables, footnotes).
    Markdown,
}

/// What is rendered: the report's parts in printed order, and its issues numbered.
pub(crate) struct Document {
    /// The title as printed, or one made of the agency and year.
    pub(crate) title: String,
    /// The text before section 一.
    pub(crate) preamble: Option<String>,
    /// The six sections.
    pub(crate) sections: Vec<Section>,
    /// The text after section 六.
    pub(crate) closing: Option<String>,
    /// The issues, numbered from 1 in this order.
    pub(crate) issues: Vec<Issue>,
    /// The numbers of the issues naming each JSON Pointer.
    pub(crate) marks: BTreeMap<String, Vec<usize>>,
    /// The language of messages and captions.
    pub(crate) lang: Lang,
    /// The edition of the report's table 二 (its labels).
    pub(crate) edition: FormatVersion,
}

/// One of the six sections.
pub(crate) struct Section {
    /// Its heading (`一、总体情况`).
    pub(crate) heading: String,
    /// Its content in printed order.
    pub(crate) blocks: Vec<Block>,
}

/// A piece of a section.
pub(crate) enum Block {
    /// Prose: a part with its heading (as printed, or the template's), at `pointer`.
    Text {
        pointer: String,
        heading: Option<String>,
        paragraphs: Vec<String>,
    },
    /// A table of figures.
    Table(Table),
}

impl Document {
    /// The numbers of the issues that name `pointer`, a place inside it, or a place around
    /// it (a row, a table part) other than the whole report.
    pub(crate) fn marks_within(&self, pointer: &str) -> Vec<usize> {
        let mut around = Vec::new();
        let mut outer = pointer;
        while let Some((parent, _)) = outer.rsplit_once('/') {
            if let Some(numbers) = self.marks.get(parent).filter(|_| !parent.is_empty()) {
                around.extend(numbers.iter().copied());
            }
            outer = parent;
        }
        let mut numbers: Vec<usize> = self
            .marks
            .range(pointer.to_owned()..)
            .take_while(|(p, _)| p.starts_with(pointer))
            .filter(|(p, _)| p.len() == pointer.len() || p[pointer.len()..].starts_with('/'))
            .flat_map(|(_, numbers)| numbers.iter().copied())
            .chain(around)
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        numbers
    }

    /// The message of an issue in the document's language.
    pub(crate) fn message<'a>(&self, issue: &'a Issue) -> &'a str {
        match self.lang {
            Lang::Zh => &issue.message_zh,
            Lang::En => &issue.message_en,
        }
    }

    /// How a cell or text is named (`表三「…」×「自然人」`).
    pub(crate) fn cell_name(&self, pointer: &str) -> String {
        ogi_report::rules::cell_label_in(self.edition, pointer)
    }

    /// A word of the page around the report, in the document's language.
    pub(crate) fn word(&self, zh: &'static str, en: &'static str) -> &'static str {
        match self.lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// `（2）` or ` (2)`.
    pub(crate) fn count(&self, n: usize) -> String {
        match self.lang {
            Lang::Zh => format!("（{n}）"),
            Lang::En => format!(" ({n})"),
        }
    }

    /// `错误`/`error` or `警告`/`warning`.
    pub(crate) fn severity(&self, issue: &Issue) -> &'static str {
        match (issue.is_error(), self.lang) {
            (true, Lang::Zh) => "错误",
            (true, Lang::En) => "error",
            (false, Lang::Zh) => "警告",
            (false, Lang::En) => "warning",
        }
    }
}

/// Runs `ogi-report render`; `Err` only when output cannot be written.
pub(crate) fn run(args: &RenderArgs) -> io::Result<Outcome> {
    let report = match load(&args.file) {
        Ok(report) => report,
        Err(err) => {
            warn(format_args!("{}: {err}", display_name(&args.file)));
            return Ok(Outcome::Unusable);
        }
    };
    let mut issues = report.check();
    if let Some(path) = &args.previous {
        match load(path) {
            Ok(previous) => issues.extend(report.check_against_previous(&previous)),
            Err(err) => {
                warn(format_args!("{} (--previous): {err}", display_name(path)));
                return Ok(Outcome::Unusable);
            }
        }
    }
    let outcome = if issues.iter().any(Issue::is_error) {
        Outcome::Errors
    } else {
        Outcome::Valid
    };
    let document = document(&report, issues, args.lang);
    let text = match args.format {
        RenderFormat::Html => html::render(&document),
        RenderFormat::Markdown => markdown::render(&document),
    };
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(outcome)
}

/// Reads and parses one report (`-`: standard input).
fn load(path: &std::path::Path) -> Result<Report, LoadError> {
    let mut bytes = Vec::new();
    let read = if is_stdin(path) {
        io::stdin().lock().read_to_end(&mut bytes).map(drop)
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    read.map_err(LoadError::Read)?;
    Report::from_json_slice(&bytes).map_err(LoadError::Parse)
}

/// The document of `report` with its `issues`.
fn document(report: &Report, issues: Vec<Issue>, lang: Lang) -> Document {
    let edition = report.format_version;
    let title = |pointer: &str| {
        layout::title(edition, pointer)
            .unwrap_or_default()
            .to_owned()
    };
    let mut marks: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (index, issue) in issues.iter().enumerate() {
        for path in &issue.paths {
            let numbers = marks.entry(path.clone()).or_default();
            if numbers.last() != Some(&(index + 1)) {
                numbers.push(index + 1);
            }
        }
    }
    let [two, three, four] = tables::tables(report);

    let overview = &report.overview;
    let mut one = Vec::new();
    intro(&mut one, "/overview", overview.introduction.as_deref());
    for (field, part) in [
        ("proactive_disclosure", &overview.proactive_disclosure),
        ("disclosure_on_request", &overview.disclosure_on_request),
        ("information_management", &overview.information_management),
        ("platform_development", &overview.platform_development),
        (
            "oversight_and_safeguards",
            &overview.oversight_and_safeguards,
        ),
    ] {
        let pointer = format!("/overview/{field}");
        part_block(&mut one, &pointer, &title(&pointer), part.as_ref());
    }
    extra_parts(&mut one, "/overview", &overview.additional_parts);

    let problems = &report.problems_and_improvements;
    let mut five = Vec::new();
    intro(
        &mut five,
        "/problems_and_improvements",
        problems.introduction.as_deref(),
    );
    for (field, part) in [
        ("problems", &problems.problems),
        ("improvements", &problems.improvements),
    ] {
        let pointer = format!("/problems_and_improvements/{field}");
        part_block(&mut five, &pointer, &title(&pointer), part.as_ref());
    }
    extra_parts(
        &mut five,
        "/problems_and_improvements",
        &problems.additional_parts,
    );

    let other = &report.other_matters;
    let mut six = Vec::new();
    intro(&mut six, "/other_matters", other.introduction.as_deref());
    for (field, part) in [
        ("fee_statement", &other.fee_statement),
        (
            "key_points_implementation",
            &other.key_points_implementation,
        ),
        (
            "deputies_and_cppcc_proposals",
            &other.deputies_and_cppcc_proposals,
        ),
        ("innovation", &other.innovation),
    ] {
        let pointer = format!("/other_matters/{field}");
        part_block(&mut six, &pointer, &title(&pointer), part.as_ref());
    }
    if let Some(fees) = &other.processing_fees {
        let mut paragraphs = Vec::new();
        let fields = [
            ("notices_issued", fees.notices_issued.map(|n| n.to_string())),
            (
                "notices_total_yuan",
                fees.notices_total_yuan.map(|a| a.to_string()),
            ),
            ("collected_yuan", fees.collected_yuan.map(|a| a.to_string())),
        ];
        for (field, value) in fields {
            if let Some(value) = value {
                let pointer = format!("/other_matters/processing_fees/{field}");
                paragraphs.push(format!("{}：{value}", title(&pointer)));
            }
        }
        six.push(Block::Text {
            pointer: "/other_matters/processing_fees".to_owned(),
            heading: Some(title("/other_matters/processing_fees")),
            paragraphs,
        });
    }
    extra_parts(&mut six, "/other_matters", &other.additional_parts);

    let sections = vec![
        Section {
            heading: title("/overview"),
            blocks: one,
        },
        Section {
            heading: two.heading.clone(),
            blocks: vec![Block::Table(two)],
        },
        Section {
            heading: three.heading.clone(),
            blocks: vec![Block::Table(three)],
        },
        Section {
            heading: four.heading.clone(),
            blocks: vec![Block::Table(four)],
        },
        Section {
            heading: title("/problems_and_improvements"),
            blocks: five,
        },
        Section {
            heading: title("/other_matters"),
            blocks: six,
        },
    ];
    Document {
        title: report.title.clone().unwrap_or_else(|| {
            format!(
                "{}{}年政府信息公开工作年度报告",
                report.agency.name, report.year
            )
        }),
        preamble: report.preamble.clone(),
        sections,
        closing: report.closing.clone(),
        issues,
        marks,
        lang,
        edition,
    }
}

/// Paragraphs of a text (lines).
fn paragraphs(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// A section's introduction, if any.
fn intro(blocks: &mut Vec<Block>, section: &str, text: Option<&str>) {
    if let Some(text) = text {
        blocks.push(Block::Text {
            pointer: format!("{section}/introduction"),
            heading: None,
            paragraphs: paragraphs(text),
        });
    }
}

/// A named part, under the heading it printed (or the template's when it printed none).
fn part_block(blocks: &mut Vec<Block>, pointer: &str, title: &str, part: Option<&TextPart>) {
    if let Some(part) = part {
        blocks.push(Block::Text {
            pointer: pointer.to_owned(),
            heading: Some(part.heading.clone().unwrap_or_else(|| title.to_owned())),
            paragraphs: paragraphs(&part.text),
        });
    }
}

/// The parts that fit no named part.
fn extra_parts(blocks: &mut Vec<Block>, section: &str, parts: &[TextPart]) {
    for (index, part) in parts.iter().enumerate() {
        blocks.push(Block::Text {
            pointer: format!("{section}/additional_parts/{index}"),
            heading: part.heading.clone(),
            paragraphs: paragraphs(&part.text),
        });
    }
}
