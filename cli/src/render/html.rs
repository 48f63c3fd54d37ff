//! The report as one self-contained HTML page: styles inline, no script, no network; printable
//! on A4. Every figure is a `<td>` with `id="cell/POINTER"` and `data-pointer`; its value in a
//! `<span class="value">`. A cell an issue names is coloured (`error`, `warning`), carries the
//! messages as its `title` (shown on hover) and links to the numbered issues below, which link
//! back to every cell they name.

use std::fmt::Write;

use super::tables::{Grid, Table};
use super::{Block, Document};

/// The page's styles.
const STYLE: &str = "\
body{font-family:\"Noto Serif CJK SC\",\"Source Han Serif SC\",\"Songti SC\",SimSun,\"WenQuanYi Micro Hei\",serif;\
max-width:62em;margin:2em auto;padding:0 1em;line-height:1.7;color:#111}
h1{text-align:center;font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}h3{font-size:1em}
p{text-indent:2em;margin:.3em 0}
table{border-collapse:collapse;margin:.8em 0;font-size:.85em;width:100%}
th,td{border:1px solid #333;padding:.25em .4em}th{font-weight:normal;text-align:center;background:#f4f4f4}
th[scope=row]{text-align:left}td{text-align:right;white-space:nowrap}
th.banner{text-align:left;font-weight:bold;background:#e8e8e8}
td.error,.part.error{background:#fde2e2;outline:2px solid #c62828}
td.warning,.part.warning{background:#fff4cc;outline:2px solid #b7791f}
.part{margin:.6em 0}.part.error,.part.warning{outline-offset:3px}
sup a,.back a{text-decoration:none;color:#8a1c1c}
.note{font-size:.85em;text-indent:0}
ol.issues li.error .severity{color:#c62828;font-weight:bold}
ol.issues li.warning .severity{color:#8a5a00;font-weight:bold}
ol.issues code{font-size:.9em}
.closing{text-align:right;white-space:pre-line}
@page{size:A4;margin:18mm}
@media print{body{margin:0;max-width:none}a{color:inherit}table,li{break-inside:avoid}
h2{break-after:avoid}}
";

/// The whole page.
pub(crate) fn render(doc: &Document) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let lang = doc.word("zh-CN", "en");
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        escape(&doc.title),
        escape(&doc.title)
    );
    if let Some(preamble) = &doc.preamble {
        for line in preamble.lines().filter(|l| !l.trim().is_empty()) {
            let _ = writeln!(out, "<p>{}</p>", escape(line));
        }
    }
    for section in &doc.sections {
        let _ = writeln!(out, "<h2>{}</h2>", escape(&section.heading));
        for block in &section.blocks {
            match block {
                Block::Text {
                    pointer,
                    heading,
                    paragraphs,
                } => text_part(&mut out, doc, pointer, heading.as_deref(), paragraphs),
                Block::Table(table) => table_html(&mut out, doc, table),
            }
        }
    }
    if let Some(closing) = &doc.closing {
        let _ = writeln!(out, "<p class=\"closing\">{}</p>", escape(closing));
    }
    issues(&mut out, doc);
    out.push_str("</body>\n</html>\n");
    out
}

/// A part of prose, marked when an issue names a place inside it.
fn text_part(
    out: &mut String,
    doc: &Document,
    pointer: &str,
    heading: Option<&str>,
    paragraphs: &[String],
) {
    let marks = doc.marks_within(pointer);
    let _ = write!(
        out,
        "<div class=\"part{}\" id=\"cell{}\" data-pointer=\"{}\"{}>",
        mark_class(doc, &marks),
        escape(pointer),
        escape(pointer),
        title_attribute(doc, &marks)
    );
    if let Some(heading) = heading {
        let _ = write!(out, "<h3>{}{}</h3>", escape(heading), mark_links(&marks));
    }
    for paragraph in paragraphs {
        let _ = write!(out, "<p>{}</p>", escape(paragraph));
    }
    out.push_str("</div>\n");
}

/// A table: its blocks as one `<table>`, then its notes.
fn table_html(out: &mut String, doc: &Document, table: &Table) {
    let width = table
        .grids
        .iter()
        .map(|grid| label_width(grid) + grid.columns.len())
        .max()
        .unwrap_or(1);
    out.push_str("<table class=\"report-table\">\n");
    for grid in &table.grids {
        grid_html(out, doc, grid, width);
    }
    out.push_str("</table>\n");
    for note in &table.notes {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(note));
    }
}

/// The rows of one block: its banner, its column headers (shared prefixes spanning), its rows
/// (shared row labels spanning). The last column widens to fill `width`.
fn grid_html(out: &mut String, doc: &Document, grid: &Grid, width: usize) {
    let row_depth = grid.row_depth();
    let label_width = label_width(grid);
    let extra = width.saturating_sub(label_width + grid.columns.len());
    let last = grid.columns.len().saturating_sub(1);
    if let Some(banner) = &grid.banner {
        let _ = writeln!(
            out,
            "<tr><th class=\"banner\" colspan=\"{width}\">{}</th></tr>",
            escape(banner)
        );
    }
    let depth = grid.column_depth();
    for level in 0..depth {
        out.push_str("<tr>");
        if level == 0 && label_width > 0 {
            let corner = grid.corner.as_deref().unwrap_or("");
            let _ = write!(
                out,
                "<th rowspan=\"{depth}\" colspan=\"{label_width}\">{}</th>",
                escape(corner)
            );
        }
        for (index, path) in grid.columns.iter().enumerate() {
            let Some(span) = header_span(&grid.columns, index, level) else {
                continue;
            };
            let rowspan = if level + 1 == path.len() {
                depth - level
            } else {
                1
            };
            let colspan = span + if index + span - 1 == last { extra } else { 0 };
            let _ = write!(
                out,
                "<th scope=\"col\"{}{}>{}</th>",
                attribute("colspan", colspan),
                attribute("rowspan", rowspan),
                escape(&path[level])
            );
        }
        out.push_str("</tr>\n");
    }
    let paths: Vec<Vec<String>> = grid.rows.iter().map(|(path, _)| path.clone()).collect();
    for (row, (path, figures)) in grid.rows.iter().enumerate() {
        out.push_str("<tr>");
        if path.is_empty() && label_width > 0 {
            out.push_str("<th scope=\"row\"></th>");
        }
        for level in 0..path.len() {
            let Some(span) = header_span(&paths, row, level) else {
                continue;
            };
            let colspan = if level + 1 == path.len() {
                row_depth - level
            } else {
                1
            };
            let _ = write!(
                out,
                "<th scope=\"row\"{}{}>{}</th>",
                attribute("colspan", colspan),
                attribute("rowspan", span),
                escape(&path[level])
            );
        }
        for column in 0..grid.columns.len() {
            let colspan = 1 + if column == last { extra } else { 0 };
            match figures.get(column).and_then(Option::as_ref) {
                None => {
                    let _ = write!(out, "<td{}></td>", attribute("colspan", colspan));
                }
                Some(figure) => {
                    let marks = doc.marks_within(&figure.pointer);
                    let blank = if figure.text.is_empty() { " blank" } else { "" };
                    let _ = write!(
                        out,
                        "<td class=\"figure{blank}{}\" id=\"cell{}\" data-pointer=\"{}\"{}{}>\
                         <span class=\"value\">{}</span>{}</td>",
                        mark_class(doc, &marks),
                        escape(&figure.pointer),
                        escape(&figure.pointer),
                        attribute("colspan", colspan),
                        title_attribute(doc, &marks),
                        escape(&figure.text),
                        mark_links(&marks)
                    );
                }
            }
        }
        out.push_str("</tr>\n");
    }
}

/// How many columns the row labels take: none for a table of one unlabelled row (table 四).
fn label_width(grid: &Grid) -> usize {
    match (grid.row_depth(), &grid.corner) {
        (0, None) => 0,
        (depth, _) => depth.max(1),
    }
}

/// Where the label at `level` of item `index` starts a header: how many consecutive items
/// share the path up to that level; `None` when the previous item already printed it.
fn header_span(paths: &[Vec<String>], index: usize, level: usize) -> Option<usize> {
    let path = &paths[index];
    if level >= path.len() {
        return None;
    }
    let prefix = &path[..=level];
    let shares = |other: &Vec<String>| other.len() > level && other[..=level] == *prefix;
    if index > 0 && shares(&paths[index - 1]) {
        return None;
    }
    Some(paths[index..].iter().take_while(|p| shares(p)).count())
}

/// The numbered list of issues, each linking back to the cells it names.
fn issues(out: &mut String, doc: &Document) {
    let _ = writeln!(
        out,
        "<h2 id=\"issues\">{}{}</h2>",
        doc.word("问题", "Issues"),
        doc.count(doc.issues.len())
    );
    if doc.issues.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", doc.word("无问题。", "No issues."));
        return;
    }
    out.push_str("<ol class=\"issues\">\n");
    for (index, issue) in doc.issues.iter().enumerate() {
        let class = if issue.is_error() { "error" } else { "warning" };
        let _ = write!(
            out,
            "<li id=\"issue-{}\" class=\"{class}\"><span class=\"severity\">{}</span> \
             <code>{}</code> {}",
            index + 1,
            doc.severity(issue),
            escape(issue.rule.as_str()),
            escape(doc.message(issue))
        );
        let mut back = String::new();
        for path in &issue.paths {
            let _ = write!(
                back,
                " <a href=\"#cell{}\">{}</a>",
                escape(path),
                escape(&doc.cell_name(path))
            );
        }
        if !back.is_empty() {
            let _ = write!(out, "<span class=\"back\"> ↑{back}</span>");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n");
}

/// ` error` or ` warning` (the worst of `marks`), or nothing.
fn mark_class(doc: &Document, marks: &[usize]) -> &'static str {
    let mut class = "";
    for &number in marks {
        if doc.issues[number - 1].is_error() {
            return " error";
        }
        class = " warning";
    }
    class
}

/// The `title` attribute with the messages of `marks` (the text shown on hover).
fn title_attribute(doc: &Document, marks: &[usize]) -> String {
    if marks.is_empty() {
        return String::new();
    }
    let text: Vec<String> = marks
        .iter()
        .map(|&n| format!("[{n}] {}", doc.message(&doc.issues[n - 1])))
        .collect();
    format!(" title=\"{}\"", escape(&text.join("\n")))
}

/// Superscript links to the issues.
fn mark_links(marks: &[usize]) -> String {
    if marks.is_empty() {
        return String::new();
    }
    let links: Vec<String> = marks
        .iter()
        .map(|n| format!("<a href=\"#issue-{n}\">{n}</a>"))
        .collect();
    format!("<sup class=\"marks\">{}</sup>", links.join(","))
}

/// ` NAME="VALUE"` unless the value is 1 (the default span).
fn attribute(name: &str, value: usize) -> String {
    if value == 1 {
        String::new()
    } else {
        format!(" {name}=\"{value}\"")
    }
}

/// Text escaped for HTML content and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(items: &[&[&str]]) -> Vec<Vec<String>> {
        items
            .iter()
            .map(|p| p.iter().map(|s| (*s).to_owned()).collect())
            .collect()
    }

    #[test]
    fn shared_prefixes_span_and_are_printed_once() {
        let rows = paths(&[
            &["三", "（一）"],
            &["三", "（三）", "1."],
            &["三", "（三）", "2."],
            &["四"],
        ]);
        assert_eq!(header_span(&rows, 0, 0), Some(3));
        assert_eq!(header_span(&rows, 1, 0), None);
        assert_eq!(header_span(&rows, 1, 1), Some(2));
        assert_eq!(header_span(&rows, 2, 2), Some(1));
        assert_eq!(header_span(&rows, 3, 0), Some(1));
        assert_eq!(header_span(&rows, 3, 1), None);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
