//! The extraction itself: the layout found, each part read, the wire JSON put together.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::document::Document;
use crate::identity;
use crate::prose::{Part, paragraphs, section_value, split_parts};
use crate::sections::{Heading, Layout};
use crate::tables::{
    Edition, read_proactive, read_requests, read_review, table2_edition, table3_edition,
};
use crate::tokens::{Pos, Region, Tok};

/// Section names for messages: (Chinese, English).
const SECTIONS: [(&str, &str); 6] = [
    ("一、总体情况", "1 (overall situation)"),
    ("二、主动公开政府信息情况", "2 (table 二)"),
    ("三、收到和处理政府信息公开申请情况", "3 (table 三)"),
    ("四、政府信息公开行政复议、行政诉讼情况", "4 (table 四)"),
    ("五、存在的主要问题及改进情况", "5 (problems)"),
    ("六、其他需要报告的事项", "6 (other matters)"),
];

const OVERVIEW_PARTS: &[(&str, &[&str])] = &[
    ("proactive_disclosure", &["主动公开"]),
    ("disclosure_on_request", &["依申请"]),
    ("information_management", &["信息管理"]),
    ("platform_development", &["平台"]),
    ("oversight_and_safeguards", &["监督", "保障"]),
];

const PROBLEM_PARTS: &[(&str, &[&str])] = &[
    ("problems", &["问题"]),
    ("improvements", &["改进", "措施", "整改"]),
];

const OTHER_PARTS: &[(&str, &[&str])] = &[
    ("fee_statement", &["收费", "处理费"]),
    ("key_points_implementation", &["要点"]),
    ("deputies_and_cppcc_proposals", &["建议", "提案"]),
    ("innovation", &["创新"]),
];

/// Words that open the improvements when section 五 prints no part headings.
const IMPROVEMENT_CUES: &[&str] = &["针对", "下一步", "改进", "今后", "将采取", "整改", "措施"];

/// The six headings, all found; `None` (and an error) otherwise.
pub(crate) fn all_headings(ctx: &mut Ctx<'_>, layout: &Layout) -> Option<[Heading; 6]> {
    let found: Vec<usize> = (0..6).filter(|i| layout.headings[*i].is_some()).collect();
    let Some(&last) = found.last() else {
        ctx.report(Diagnostic::new(
            Code::NotAReport,
            Severity::Error,
            "找不到年度报告的任何部分标题（一、总体情况 …），输入不是政府信息公开工作年度报告",
            "no section heading of an annual report (一、总体情况 …) was found: the input is not an annual report on open government information work",
        ));
        return None;
    };
    for i in (0..6).filter(|i| layout.headings[*i].is_none()) {
        let (zh, en) = SECTIONS[i];
        let (code, zh_what, en_what) = if i > last {
            (
                Code::TruncatedDocument,
                "文档在此部分之前结束（不完整）",
                "the document ends before it (truncated)",
            )
        } else {
            (
                Code::MissingSection,
                "找不到该部分标题",
                "its heading was not found",
            )
        };
        ctx.report(Diagnostic::new(
            code,
            Severity::Error,
            format!("第「{zh}」部分：{zh_what}"),
            format!("section {en}: {en_what}"),
        ));
    }
    let headings: Option<Vec<Heading>> = layout.headings.iter().copied().collect();
    headings.and_then(|h| h.try_into().ok())
}

/// Reads every part of the report into wire JSON.
pub(crate) fn assemble(ctx: &mut Ctx<'_>, layout: &Layout, h: &[Heading; 6]) -> Map<String, Value> {
    let doc = ctx.doc;
    let mut report = Map::new();
    let before_body = text_between(doc, Pos::default(), h[0].start);
    let title = title_text(doc, layout, &before_body);
    let preamble = paragraphs(doc, layout, layout.preamble_start, h[0].start).join("\n");
    identity_into(ctx, &mut report, title.as_deref(), &preamble, &before_body);
    if let Some(title) = title {
        report.insert("title".into(), Value::from(title));
    }
    if !preamble.is_empty() {
        report.insert("preamble".into(), Value::from(preamble));
    }
    let section = |i: usize| paragraphs(doc, layout, h[i].end, h[i + 1].start);
    let (intro, parts) = split_parts(&section(0));
    report.insert(
        "overview".into(),
        Value::Object(section_value(&intro, &parts, OVERVIEW_PARTS)),
    );
    tables_into(ctx, layout, h, &mut report);
    report.insert(
        "problems_and_improvements".into(),
        Value::Object(problems(&section(4))),
    );
    let six = paragraphs(doc, layout, h[5].end, layout.body_end);
    report.insert("other_matters".into(), Value::Object(other_matters(&six)));
    let closing: Vec<&str> = layout
        .closing_lines
        .iter()
        .map(|i| doc.lines[*i].text.as_str())
        .collect();
    if !closing.is_empty() {
        report.insert("closing".into(), Value::from(closing.join("\n")));
    }
    if let Some(line) = layout.trailing_from {
        ctx.report(
            Diagnostic::new(
                Code::TrailingFurniture,
                Severity::Info,
                "报告正文之后的网页内容（页脚、按钮等）未予采用",
                "the page content after the report (footer, buttons) was left out",
            )
            .at(doc.line_span(line)),
        );
    }
    if !ctx.blanks.is_empty() {
        report.insert("blank_cells".into(), json!(ctx.blanks));
    }
    report.insert("section_headings".into(), json!(printed_headings(doc, h)));
    report
}

/// The six headings as printed (the words the heading patterns matched), in document order.
fn printed_headings(doc: &Document, h: &[Heading; 6]) -> Vec<String> {
    let mut found: Vec<&Heading> = h.iter().collect();
    found.sort_by_key(|h| (h.start.line, h.start.byte));
    found
        .into_iter()
        .filter_map(|h| {
            let line = &doc.lines.get(h.start.line)?.text;
            let end = if h.end.line == h.start.line {
                h.end.byte
            } else {
                line.len()
            };
            line.get(h.start.byte..end).map(|t| t.trim().to_owned())
        })
        .filter(|t| !t.is_empty())
        .collect()
}

/// All the text between two positions, lines joined by `\n` (for metadata searches).
fn text_between(doc: &Document, from: Pos, to: Pos) -> String {
    let mut out = String::new();
    for (i, line) in doc
        .lines
        .iter()
        .enumerate()
        .take(to.line + 1)
        .skip(from.line)
    {
        let end = if i == to.line {
            to.byte
        } else {
            line.text.len()
        };
        out.push_str(line.text.get(..end).unwrap_or(""));
        out.push('\n');
    }
    out
}

/// The title as printed, or the page's own title (a crawler's `标题:` line).
fn title_text(doc: &Document, layout: &Layout, before_body: &str) -> Option<String> {
    if !layout.title_lines.is_empty() {
        return Some(
            layout
                .title_lines
                .iter()
                .map(|i| doc.lines[*i].text.as_str())
                .collect(),
        );
    }
    before_body
        .lines()
        .find_map(|l| l.strip_prefix("标题:").or_else(|| l.strip_prefix("标题：")))
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
}

/// `format_version`-independent identity: agency, year, publication date.
fn identity_into(
    ctx: &mut Ctx<'_>,
    report: &mut Map<String, Value>,
    title: Option<&str>,
    preamble: &str,
    before: &str,
) {
    let found = title.and_then(identity::from_title);
    let (name, year) = match found {
        Some((name, year)) => (Some(name), Some(year)),
        None => (None, identity::year_from_period(preamble)),
    };
    let Some(name) = name else {
        ctx.report(
            Diagnostic::new(
                Code::MissingIdentity,
                Severity::Error,
                "找不到报告标题中的机关名称",
                "the agency's name was not found (no title naming it)",
            )
            .about("/agency/name"),
        );
        return;
    };
    let (kind, why) = identity::infer_kind(&name);
    ctx.report(identity::kind_diagnostic(&name, kind, why));
    let mut agency = json!({ "name": name, "kind": kind });
    if let Some(office) = identity::compiled_by(preamble, &name) {
        agency["compiled_by"] = Value::from(office);
    }
    report.insert("agency".into(), agency);
    match year {
        Some(year) => {
            report.insert("year".into(), Value::from(year));
        }
        None => ctx.report(
            Diagnostic::new(
                Code::MissingIdentity,
                Severity::Error,
                "找不到报告年度",
                "the report year was not found",
            )
            .about("/year"),
        ),
    }
    match identity::published_on(before) {
        Ok(Some(date)) => {
            report.insert("published_on".into(), Value::from(date));
        }
        Ok(None) => {}
        Err(diagnostic) => ctx.report(diagnostic.about("/published_on")),
    }
}

/// Tables 二, 三 and 四, their notes, and `format_version`.
fn tables_into(
    ctx: &mut Ctx<'_>,
    layout: &Layout,
    h: &[Heading; 6],
    report: &mut Map<String, Value>,
) {
    let doc = ctx.doc;
    let regions: Vec<Region> = (1..4)
        .map(|i| Region::new(doc, h[i].end, h[i + 1].start))
        .collect();
    let edition2 = table2_edition(&regions[0]);
    let edition3 = table3_edition(&regions[1]);
    let edition = match (edition2, edition3) {
        (Some(e), _) => Some(e),
        (None, Some(e)) => {
            ctx.report(Diagnostic::new(
                Code::EditionFromTable3,
                Severity::Warning,
                format!("表二的格式版本无法从标签判断，按表三取 {} 年版", e.as_str()),
                format!("the edition of table 二 cannot be told from its labels; table 三's ({}) is used", e.as_str()),
            ).about("/format_version"));
            Some(e)
        }
        (None, None) => None,
    };
    report.insert(
        "format_version".into(),
        Value::from(edition.unwrap_or(Edition::V2021).as_str()),
    );
    match edition2 {
        Some(e) => {
            crate::tables::note_edition(ctx, "表二", "table 二", "/proactive_disclosure", e);
            if let Some((mut table, end)) = read_proactive(ctx, &regions[0], e) {
                add_note(doc, layout, &regions[0], end, h[2].start, &mut table);
                report.insert("proactive_disclosure".into(), table);
            }
        }
        None => missing_table(ctx, "表二", "table 二", "/proactive_disclosure"),
    }
    let mut applications = Map::new();
    match edition3.and_then(|_| read_requests(ctx, &regions[1], &mut applications)) {
        Some(end) => {
            let mut table = Value::Object(applications);
            add_note(doc, layout, &regions[1], end, h[3].start, &mut table);
            report.insert("applications".into(), table);
        }
        None if edition3.is_none() => missing_table(ctx, "表三", "table 三", "/applications"),
        None => {}
    }
    if let Some((mut table, end)) = read_review(ctx, &regions[2]) {
        add_note(doc, layout, &regions[2], end, h[4].start, &mut table);
        report.insert("review_and_litigation".into(), table);
    }
}

fn missing_table(ctx: &mut Ctx<'_>, zh: &str, en: &str, pointer: &str) {
    ctx.report(
        Diagnostic::new(
            Code::MissingTable,
            Severity::Error,
            format!("找不到{zh}（其行列标签不可识别）"),
            format!("{en} was not found (its labels are not recognised)"),
        )
        .about(pointer),
    );
}

/// The text after a table's last value (up to the next heading) is the table's note.
fn add_note(
    doc: &Document,
    layout: &Layout,
    region: &Region,
    end: usize,
    to: Pos,
    table: &mut Value,
) {
    let last = region.toks[..end.min(region.toks.len())]
        .iter()
        .rev()
        .find_map(|t| match t {
            Tok::Value(v) => Some(v),
            _ => None,
        });
    let Some(last) = last else { return };
    let from = match doc.lines.get(last.line) {
        Some(line) if line.cells.is_some() => Pos {
            line: last.line + 1,
            byte: 0,
        },
        _ => Pos {
            line: last.line,
            byte: last.to,
        },
    };
    let note = paragraphs(doc, layout, from, to).join("\n");
    if let (false, Value::Object(object)) = (note.is_empty(), table) {
        object.insert("note".into(), Value::from(note));
    }
}

/// Section 五: parts by their headings, or problems then improvements by the first paragraph
/// (or sentence after white space) that opens with an improvement cue.
fn problems(paragraphs: &[String]) -> Map<String, Value> {
    let (intro, parts) = split_parts(paragraphs);
    if !parts.is_empty() {
        return section_value(&intro, &parts, PROBLEM_PARTS);
    }
    let text = paragraphs.join("\n");
    let mut out = Map::new();
    if text.is_empty() {
        return out;
    }
    let (problems, improvements) = match improvement_start(&text) {
        Some(at) => (text[..at].trim_end(), text[at..].trim_start()),
        None => (text.as_str(), ""),
    };
    let part = |text: &str| {
        Part {
            heading: None,
            text: text.to_owned(),
        }
        .to_value()
    };
    out.insert("problems".into(), part(problems));
    if !improvements.is_empty() {
        out.insert("improvements".into(), part(improvements));
    }
    out
}

/// Where the improvements start: after a line break, or after `。` and white space.
fn improvement_start(text: &str) -> Option<usize> {
    let starts = text.char_indices().filter_map(|(i, c)| {
        let after = i + c.len_utf8();
        let opens = c == '\n' || (c.is_whitespace() && text[..i].trim_end().ends_with('。'));
        opens.then_some(after)
    });
    starts.into_iter().find(|&at| {
        let head: String = text[at..].trim_start().chars().take(20).collect();
        IMPROVEMENT_CUES.iter().any(|cue| head.contains(cue))
    })
}

/// Section 六: parts by their headings; text without headings is the fee statement when it
/// speaks of fees, else the introduction.
fn other_matters(paragraphs: &[String]) -> Map<String, Value> {
    let (intro, parts) = split_parts(paragraphs);
    if !parts.is_empty() {
        let mut out = section_value(&intro, &parts, OTHER_PARTS);
        let fee_text = out
            .get("fee_statement")
            .and_then(|p| p["text"].as_str())
            .map(str::to_owned);
        if let Some(fees) = fee_text.as_deref().and_then(fees_from) {
            out.insert("processing_fees".into(), fees);
        }
        return out;
    }
    let mut out = Map::new();
    let text = intro.join("\n");
    if text.contains("处理费") || text.contains("收费") {
        out.insert("fee_statement".into(), json!({ "text": text }));
        if let Some(fees) = fees_from(&text) {
            out.insert("processing_fees".into(), fees);
        }
    } else if !text.is_empty() {
        out.insert("introduction".into(), Value::from(text));
    }
    out
}

/// `未收取相关处理费`, `无收取信息处理费情况`: the report says no fee was charged.
static NO_FEES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:未|无|没有)(?:收取|产生|发生|发出)[^。；;]{0,16}(?:处理费|费用|收费)")
        .expect("valid fee pattern")
});

/// `收取政府信息公开信息处理费 3940 元`: the amount collected.
static COLLECTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"收取[^。；;，,]{0,20}?(?:处理费|费用)\s*(?P<amount>\d+(?:\.\d+)?)\s*元")
        .expect("valid fee pattern")
});

/// The fee figures a fee statement gives: all zero when it says no fee was charged; the
/// amount collected when it states only that.
fn fees_from(text: &str) -> Option<Value> {
    if NO_FEES.is_match(text) {
        return Some(json!({ "notices_issued": 0, "notices_total_yuan": 0, "collected_yuan": 0 }));
    }
    let amount = COLLECTED.captures(text)?.name("amount")?.as_str();
    let amount: serde_json::Number = serde_json::from_str(amount).ok()?;
    Some(json!({ "collected_yuan": amount }))
}
