//! Tables 二, 三 and 四 as printed, built from the report's number cells and the official
//! labels of the library: each a grid of figures under column label paths, beside row label
//! paths; the HTML writer turns shared path prefixes into spanning headers, the Markdown
//! writer joins them.

use std::collections::HashMap;

use ogi_report::Report;
use ogi_report::layout::{self, CONTENT_HEADER, ORGANISATION_COLUMNS, ORGANISATIONS};
use ogi_report::number_cells::{CellValue, NumberCell};
use ogi_report::proactive_disclosure::MoneyUnit;

/// One figure of a table.
#[derive(Debug, Clone)]
pub(crate) struct Figure {
    /// The cell's JSON Pointer (what issues name).
    pub(crate) pointer: String,
    /// The figure as printed; `""` for a cell printed blank.
    pub(crate) text: String,
}

/// A block of figures: rows × columns, each labelled by a path of labels (outermost first).
#[derive(Debug, Clone, Default)]
pub(crate) struct Grid {
    /// A line printed above the block across the whole table (table 二's article).
    pub(crate) banner: Option<String>,
    /// The header above the row labels (`信息内容`), if the table prints one.
    pub(crate) corner: Option<String>,
    /// The label path of each column.
    pub(crate) columns: Vec<Vec<String>>,
    /// The label path of each row, and its figures (one per column, `None` where the row has
    /// no cell in that column).
    pub(crate) rows: Vec<(Vec<String>, Vec<Option<Figure>>)>,
}

impl Grid {
    /// How many levels of row labels the grid has.
    pub(crate) fn row_depth(&self) -> usize {
        self.rows
            .iter()
            .map(|(path, _)| path.len())
            .max()
            .unwrap_or(0)
    }

    /// How many levels of column labels the grid has.
    pub(crate) fn column_depth(&self) -> usize {
        self.columns.iter().map(Vec::len).max().unwrap_or(0)
    }

    /// Adds a cell at the row and column of these label paths (created in order of first use).
    fn place(&mut self, row: Vec<String>, column: Vec<String>, figure: Figure) {
        let column = match self.columns.iter().position(|c| *c == column) {
            Some(index) => index,
            None => {
                self.columns.push(column);
                self.columns.len() - 1
            }
        };
        let row = match self.rows.iter().position(|(r, _)| *r == row) {
            Some(index) => index,
            None => {
                self.rows.push((row, Vec::new()));
                self.rows.len() - 1
            }
        };
        let cells = &mut self.rows[row].1;
        if cells.len() <= column {
            cells.resize(column + 1, None);
        }
        cells[column] = Some(figure);
    }
}

/// A table of the report: its section heading, its blocks, and what is printed below it.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    /// The section heading (`三、收到和处理政府信息公开申请情况`).
    pub(crate) heading: String,
    /// The blocks, printed as one table.
    pub(crate) grids: Vec<Grid>,
    /// Notes printed under the table (the 勾稽关系 note, the report's own 表注).
    pub(crate) notes: Vec<String>,
}

/// Tables 二, 三 and 四 of `report`.
pub(crate) fn tables(report: &Report) -> [Table; 3] {
    let edition = report.format_version;
    let cells = report.number_cells();
    let title = |pointer: &str| {
        layout::title(edition, pointer)
            .unwrap_or_default()
            .to_owned()
    };
    let of_table = |table: &'static str| cells.iter().filter(move |c| c.table() == table);

    // Table 二: one grid per block of the template.
    let by_row: HashMap<&str, Vec<&NumberCell>> =
        of_table("二").fold(HashMap::new(), |mut rows, cell| {
            rows.entry(cell.row_id()).or_default().push(cell);
            rows
        });
    let mut two = Vec::new();
    for block in layout::table_two_blocks(edition) {
        let mut grid = Grid {
            banner: Some(block.article.to_owned()),
            corner: Some(CONTENT_HEADER.to_owned()),
            ..Grid::default()
        };
        for row in block.rows {
            for cell in by_row.get(row).into_iter().flatten() {
                let labels = cell.labels(edition);
                let column = match block.figure {
                    Some(figure) => figure.to_owned(),
                    None => labels.column.clone(),
                };
                grid.place(labels.rows, vec![column], figure(cell));
            }
        }
        two.push(grid);
    }

    // Table 三: 申请人情况 over the applicant columns, 法人或其他组织 over five of them.
    let applicants = ogi_report::schema::report_schema()["$defs"]["ApplicantRow"]["title"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let mut three = Grid::default();
    for cell in of_table("三") {
        let labels = cell.labels(edition);
        let mut column = vec![applicants.clone()];
        if ORGANISATION_COLUMNS.contains(&cell.column_id()) {
            column.push(ORGANISATIONS.to_owned());
        }
        column.push(labels.column);
        three.place(labels.rows, column, figure(cell));
    }

    // Table 四: one row of figures under their groups.
    let mut four = Grid::default();
    for cell in of_table("四") {
        let labels = cell.labels(edition);
        let mut column = labels.rows;
        column.push(labels.column);
        four.place(Vec::new(), column, figure(cell));
    }

    let note = |text: Option<&str>| text.map(str::to_owned);
    [
        Table {
            heading: title("/proactive_disclosure"),
            grids: two,
            notes: note(report.proactive_disclosure.note())
                .into_iter()
                .collect(),
        },
        Table {
            heading: title("/applications"),
            grids: vec![three],
            notes: std::iter::once(layout::BALANCE_NOTE.to_owned())
                .chain(note(report.applications.note.as_deref()))
                .collect(),
        },
        Table {
            heading: title("/review_and_litigation"),
            grids: vec![four],
            notes: note(report.review_and_litigation.note.as_deref())
                .into_iter()
                .collect(),
        },
    ]
}

/// The figure of a cell as printed (blank when printed blank).
fn figure(cell: &NumberCell) -> Figure {
    let text = match (cell.blank, cell.value) {
        (true, _) => String::new(),
        (false, CellValue::Count(count)) => count.to_string(),
        // The 2019 procurement total printed its unit beside the figure; where it printed
        // none (unspecified), nothing is added.
        (false, CellValue::Amount(amount)) => match cell.unit {
            Some(unit) if cell.unit_in_cell() && unit != MoneyUnit::Unspecified => {
                format!("{amount} {}", unit.name_zh())
            }
            _ => amount.to_string(),
        },
    };
    Figure {
        pointer: cell.pointer.clone(),
        text,
    }
}
