//! Web pages: the HTML5 parser (`scraper`, on html5ever) builds the tree; this module walks it
//! into lines: one per block (paragraph, heading, list item, line break) and one per table row,
//! with its cells.
//!
//! Page furniture that HTML marks as such is skipped: scripts and styles, `<nav>`, `<header>`,
//! `<footer>`, `<aside>`, forms, and elements whose class or id names navigation, menus,
//! breadcrumbs, footers or share buttons. A table that holds other tables is a layout table:
//! its cells are walked as blocks.

use ego_tree::NodeRef;
use scraper::{Html, Node};

use crate::document::Line;

/// Elements whose content is never report text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside", "form",
    "select", "button", "iframe", "svg", "object", "embed", "textarea",
];

/// Elements that start and end a block of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "section",
    "article",
    "blockquote",
    "pre",
    "center",
    "dd",
    "dt",
    "dl",
    "main",
    "body",
    "html",
    "tr",
    "td",
    "th",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "caption",
    "hr",
    "address",
    "figure",
    "figcaption",
];

/// Class or id fragments that mark page furniture.
const FURNITURE_NAMES: &[&str] = &[
    "nav",
    "menu",
    "breadcrumb",
    "footer",
    "share",
    "sidebar",
    "toolbar",
    "crumb",
];

/// The lines of an HTML document.
pub(crate) fn html_lines(source: &str) -> Vec<Line> {
    let html = Html::parse_document(source);
    let mut walker = Walker::default();
    walker.walk(html.tree.root());
    walker.flush();
    walker.lines
}

/// Collects lines while walking the tree.
#[derive(Default)]
struct Walker {
    lines: Vec<Line>,
    current: String,
}

/// A step of the walk: enter a node, or leave an element (to end its block).
enum Step<'a> {
    Enter(NodeRef<'a, Node>),
    Leave(bool),
}

impl Walker {
    /// Walks the tree without recursion (deeply nested input cannot exhaust the stack).
    fn walk(&mut self, root: NodeRef<'_, Node>) {
        let mut stack = vec![Step::Enter(root)];
        while let Some(step) = stack.pop() {
            let node = match step {
                Step::Leave(block) => {
                    if block {
                        self.flush();
                    }
                    continue;
                }
                Step::Enter(node) => node,
            };
            match node.value() {
                Node::Text(text) => push_collapsed(&mut self.current, text),
                Node::Element(element) => {
                    let name = element.name();
                    if is_skipped(element) {
                        continue;
                    }
                    if name == "br" {
                        self.flush();
                        continue;
                    }
                    if name == "table" && !has_nested_table(node) {
                        self.flush();
                        self.table(node);
                        continue;
                    }
                    let block = BLOCKS.contains(&name);
                    if block {
                        self.flush();
                    }
                    stack.push(Step::Leave(block));
                    push_children(&mut stack, node);
                }
                Node::Document | Node::Fragment => push_children(&mut stack, node),
                _ => {}
            }
        }
    }

    /// Ends the current block.
    fn flush(&mut self) {
        let text = self.current.trim();
        if !text.is_empty() {
            self.lines.push(Line::block(text.to_owned()));
        }
        self.current.clear();
    }

    /// One line per row of a data table.
    fn table(&mut self, table: NodeRef<'_, Node>) {
        for row in table.descendants().filter(|n| element_named(*n, "tr")) {
            let cells: Vec<String> = row
                .children()
                .filter(|n| element_named(*n, "td") || element_named(*n, "th"))
                .map(cell_text)
                .collect();
            if !cells.is_empty() {
                self.lines.push(Line::row(cells));
            }
        }
    }
}

/// Pushes the children of `node` so that they are entered in document order.
fn push_children<'a>(stack: &mut Vec<Step<'a>>, node: NodeRef<'a, Node>) {
    let children: Vec<_> = node.children().collect();
    stack.extend(children.into_iter().rev().map(Step::Enter));
}

/// Whether `element` is furniture by its name, class or id.
fn is_skipped(element: &scraper::node::Element) -> bool {
    if SKIPPED.contains(&element.name()) {
        return true;
    }
    ["class", "id"].iter().any(|attr| {
        element.attr(attr).is_some_and(|value| {
            let value = value.to_ascii_lowercase();
            FURNITURE_NAMES.iter().any(|name| value.contains(name))
        })
    })
}

fn element_named(node: NodeRef<'_, Node>, name: &str) -> bool {
    matches!(node.value(), Node::Element(e) if e.name() == name)
}

fn has_nested_table(table: NodeRef<'_, Node>) -> bool {
    table
        .descendants()
        .skip(1)
        .any(|n| element_named(n, "table"))
}

/// The text of a cell: its text nodes, blocks and line breaks joined by a space, white space
/// collapsed, trimmed (so `&nbsp;` alone gives an empty cell).
fn cell_text(cell: NodeRef<'_, Node>) -> String {
    let mut text = String::new();
    for node in cell.descendants() {
        match node.value() {
            Node::Text(t) if !inside_skipped(node, cell) => push_collapsed(&mut text, t),
            Node::Element(e) if e.name() == "br" || BLOCKS.contains(&e.name()) => {
                text.push(' ');
            }
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `node` lies in a skipped element below `top`.
fn inside_skipped(node: NodeRef<'_, Node>, top: NodeRef<'_, Node>) -> bool {
    node.ancestors()
        .take_while(|a| a.id() != top.id())
        .any(|a| matches!(a.value(), Node::Element(e) if is_skipped(e)))
}

/// Appends `text` with runs of ASCII white space collapsed to one space, as a browser shows
/// it (other white space, such as `&nbsp;` or the ideographic space, is kept).
fn push_collapsed(out: &mut String, text: &str) {
    let mut last_space = out.ends_with(' ') || out.is_empty();
    for c in text.chars() {
        if c.is_ascii_whitespace() {
            if !last_space {
                out.push(' ');
                last_space = true;
            }
        } else {
            out.push(c);
            last_space = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_rows_and_furniture() {
        let lines = html_lines(
            "<nav>首页</nav><p>一、总体情况</p><p>甲<br>乙</p>\
             <table><tr><td>规章</td><td>&nbsp;</td><td>1</td></tr></table>\
             <div class='footer'>版权所有</div>",
        );
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["一、总体情况", "甲", "乙", "规章  1"]);
        assert_eq!(
            lines[3].cells.as_deref(),
            Some(&["规章".to_owned(), String::new(), "1".to_owned()][..])
        );
    }
}
