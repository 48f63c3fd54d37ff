//! The report as GitHub-flavoured Markdown: headings, paragraphs, one pipe table per block of
//! a table (row and column labels joined by ` › `, blank cells empty), and each issue as a
//! footnote: `12 [^3]` in the cell, the message below, linked both ways by the site.

use std::fmt::Write;

use super::tables::{Grid, Table};
use super::{Block, Document};

/// The whole document.
pub(crate) fn render(doc: &Document) -> String {
    let mut out = String::with_capacity(32 * 1024);
    let _ = writeln!(out, "# {}\n", escape(&doc.title));
    if let Some(preamble) = &doc.preamble {
        paragraphs(&mut out, preamble.lines());
    }
    for section in &doc.sections {
        let _ = writeln!(out, "## {}\n", escape(&section.heading));
        for block in &section.blocks {
            match block {
                Block::Text {
                    pointer,
                    heading,
                    paragraphs: lines,
                } => {
                    let refs = footnote_refs(&doc.marks_within(pointer));
                    match heading {
                        Some(heading) => {
                            let _ = writeln!(out, "### {}{refs}\n", escape(heading));
                        }
                        None if !refs.is_empty() => {
                            let _ = writeln!(out, "{}\n", refs.trim_start());
                        }
                        None => {}
                    }
                    paragraphs(&mut out, lines.iter().map(String::as_str));
                }
                Block::Table(table) => table_markdown(&mut out, doc, table),
            }
        }
    }
    if let Some(closing) = &doc.closing {
        paragraphs(&mut out, closing.lines());
    }
    let _ = writeln!(
        out,
        "## {}{}\n",
        doc.word("问题", "Issues"),
        doc.count(doc.issues.len())
    );
    if doc.issues.is_empty() {
        let _ = writeln!(out, "{}", doc.word("无问题。", "No issues."));
    }
    for (index, issue) in doc.issues.iter().enumerate() {
        let cells: Vec<String> = issue.paths.iter().map(|p| doc.cell_name(p)).collect();
        let _ = writeln!(
            out,
            "[^{}]: **{}** `{}` {}{}",
            index + 1,
            doc.severity(issue),
            issue.rule.as_str(),
            escape(doc.message(issue)),
            if cells.is_empty() {
                String::new()
            } else {
                format!("（{}）", escape(&cells.join("；")))
            }
        );
    }
    out
}

/// Paragraphs separated by blank lines.
fn paragraphs<'a>(out: &mut String, lines: impl Iterator<Item = &'a str>) {
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let _ = writeln!(out, "{}\n", escape(line.trim()));
    }
}

/// A table: one pipe table per block, then its notes.
fn table_markdown(out: &mut String, doc: &Document, table: &Table) {
    for grid in &table.grids {
        grid_markdown(out, doc, grid);
    }
    for note in &table.notes {
        let _ = writeln!(out, "> {}\n", escape(note));
    }
}

/// One block as a pipe table.
fn grid_markdown(out: &mut String, doc: &Document, grid: &Grid) {
    if let Some(banner) = &grid.banner {
        let _ = writeln!(out, "**{}**\n", escape(banner));
    }
    let corner = grid.corner.as_deref().unwrap_or("");
    out.push_str(&format!("| {} |", escape(corner)));
    for column in &grid.columns {
        let _ = write!(out, " {} |", escape(&column.join(" › ")));
    }
    out.push_str("\n|---|");
    for _ in &grid.columns {
        out.push_str("--:|");
    }
    out.push('\n');
    for (path, figures) in &grid.rows {
        let _ = write!(out, "| {} |", escape(&path.join(" › ")));
        for column in 0..grid.columns.len() {
            match figures.get(column).and_then(Option::as_ref) {
                None => out.push_str("  |"),
                Some(figure) => {
                    let refs = footnote_refs(&doc.marks_within(&figure.pointer));
                    let value = if refs.is_empty() || figure.text.is_empty() {
                        figure.text.clone()
                    } else {
                        format!("**{}**", figure.text)
                    };
                    let _ = write!(out, " {value}{refs} |");
                }
            }
        }
        out.push('\n');
    }
    out.push('\n');
}

/// ` [^1] [^3]` for the issues of a cell.
fn footnote_refs(marks: &[usize]) -> String {
    marks.iter().map(|n| format!(" [^{n}]")).collect()
}

/// Text with Markdown's special characters escaped (and line breaks as spaces), so that the
/// report's words print as written, also inside a table cell.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_characters_are_escaped() {
        assert_eq!(escape("a|b*c\nd"), "a\\|b\\*c d");
    }
}
