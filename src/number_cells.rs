//! Every number cell of a report's tables 二, 三 and 四, one by one, with its official labels:
//! what a tidy export (one row per cell) or a rendering of the printed tables walks.
//!
//! ```
//! use ogi_report::number_cells::{CellValue, NumberCell};
//! use ogi_report::{Agency, AgencyKind, Report};
//!
//! let mut report = Report::new(Agency::new("某局", AgencyKind::Department), 2024);
//! report.applications.new_received.natural_person = 3;
//! let cells = report.number_cells();
//! let cell = cells
//!     .iter()
//!     .find(|c| c.pointer == "/applications/new_received/natural_person")
//!     .unwrap();
//! assert_eq!(cell.value, CellValue::Count(3));
//! assert_eq!(cell.table(), "三");
//! assert_eq!(cell.row_id(), "new_received");
//! assert_eq!(cell.column_id(), "natural_person");
//! let labels = cell.labels(report.format_version);
//! assert_eq!(labels.rows, ["一、本年新收政府信息公开申请数量"]);
//! assert_eq!(labels.column, "自然人");
//! ```

use crate::cells::{counts_of, pointers_of};
use crate::proactive_disclosure::{MoneyUnit, ProactiveDisclosure};
use crate::rules::labels::place_and_titles;
use crate::rules::with_blank_totals_filled;
use crate::{Amount, FormatVersion, Report};

/// The value of a number cell: a count (or a signed change of the 2019 table 二), or an
/// amount of money (exact).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CellValue {
    /// A count: `u32`, or a signed 本年增/减 within ±`u32::MAX`.
    Count(i64),
    /// An amount of money, in the unit of [`NumberCell::unit`].
    Amount(Amount),
}

/// One number cell of tables 二, 三 or 四.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NumberCell {
    /// Its JSON Pointer in the report (as in [`Issue::paths`](crate::rules::Issue) and
    /// `blank_cells`): `/applications/outcomes/not_disclosed/state_secret/natural_person`.
    pub pointer: String,
    /// Its value as stored (0 when the cell was printed blank).
    pub value: CellValue,
    /// Its value as the checks and [`Report::roll_up`] count it: a blank 总计 counts as the
    /// sum of its parts, any other cell as stored.
    pub counted: CellValue,
    /// Whether the document printed the cell blank (its pointer is in `blank_cells`).
    pub blank: bool,
    /// The unit of an amount: 万元 for the 2021 fee total (its column label says so), the unit
    /// printed beside the figure for the 2019 procurement total ([`NumberCell::unit_in_cell`]);
    /// `None` for a count.
    pub unit: Option<MoneyUnit>,
}

/// The official labels of a cell: the rows above it (outermost first) and its column.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CellLabels {
    /// The labels of its row and the row groups it is in, outermost first, below the table's
    /// own title: `["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"]`.
    pub rows: Vec<String>,
    /// The label of its column (`自然人`), or `""` when the row has a single unnamed figure
    /// (the 2021 table 二's 行政许可 row).
    pub column: String,
}

impl NumberCell {
    /// The table the cell is in: `"二"`, `"三"` or `"四"`.
    pub fn table(&self) -> &'static str {
        match self.pointer.split('/').nth(1) {
            Some("proactive_disclosure") => "二",
            Some("applications") => "三",
            _ => "四",
        }
    }

    /// The row's id: the pointer's tokens between the table and the column, joined by `/`
    /// (`outcomes/not_disclosed/state_secret`); for a row with a single figure, the row itself.
    pub fn row_id(&self) -> &str {
        let below_table = self.below_table();
        match below_table.rsplit_once('/') {
            Some((row, _)) => row,
            None => below_table,
        }
    }

    /// The column's id: the pointer's last token (`natural_person`), or `""` for a row with a
    /// single figure.
    pub fn column_id(&self) -> &str {
        match self.below_table().rsplit_once('/') {
            Some((_, column)) => column,
            None => "",
        }
    }

    /// Whether the cell's unit is printed in the cell, beside the figure (the 2019 procurement
    /// total, whose label names no unit), rather than in its column label.
    pub fn unit_in_cell(&self) -> bool {
        self.unit.is_some() && self.pointer.ends_with(AMOUNT_WITH_UNIT)
    }

    /// The official labels of the cell's row and column in a report whose table 二 is of
    /// `edition` (the schema titles, as messages name cells).
    pub fn labels(&self, edition: FormatVersion) -> CellLabels {
        let pointer = self
            .pointer
            .strip_suffix(AMOUNT_WITH_UNIT)
            .unwrap_or(&self.pointer);
        let mut titles = place_and_titles(edition, pointer)
            .map(|(_, titles)| titles)
            .unwrap_or_default();
        let column = if self.column_id().is_empty() {
            String::new()
        } else {
            titles.pop().unwrap_or_default()
        };
        CellLabels {
            rows: titles,
            column,
        }
    }

    fn below_table(&self) -> &str {
        let pointer = self
            .pointer
            .strip_suffix(AMOUNT_WITH_UNIT)
            .unwrap_or(&self.pointer);
        let rest = pointer.strip_prefix('/').unwrap_or(pointer);
        rest.split_once('/').map_or("", |(_, below)| below)
    }
}

/// The last token of an amount that carries its unit beside it (the 2019 procurement total):
/// the cell is the amount's field (`total_amount`), not its `value`.
const AMOUNT_WITH_UNIT: &str = "/value";

/// Every number cell of `report`, tables 二, 三 and 四 in the order of the template; amounts
/// after the counts of table 二.
pub(crate) fn number_cells(report: &Report) -> Vec<NumberCell> {
    let blank = |pointer: &str| report.blank_cells.iter().any(|b| b == pointer);
    let values = counts_of(report);
    let counted = match report.blank_cells.is_empty() {
        true => None,
        // A blank total whose sum overflows a cell stays as stored (the checks report it).
        false => with_blank_totals_filled(report)
            .ok()
            .map(|filled| counts_of(&filled)),
    };
    let mut cells: Vec<NumberCell> = pointers_of(report, "")
        .into_iter()
        .zip(values.iter().enumerate())
        .map(|(pointer, (index, &value))| NumberCell {
            blank: blank(&pointer),
            pointer,
            value: CellValue::Count(value),
            counted: CellValue::Count(counted.as_ref().map_or(value, |c| c[index])),
            unit: None,
        })
        .collect();
    let (amount, unit) = match &report.proactive_disclosure {
        ProactiveDisclosure::V2021(table) => (
            table.administrative_fees_10k_yuan,
            MoneyUnit::TenThousandYuan,
        ),
        ProactiveDisclosure::V2019(table) => {
            let total = table.government_procurement.total_amount;
            (total.value, total.unit)
        }
    };
    let at = cells
        .iter()
        .position(|cell| !cell.pointer.starts_with("/proactive_disclosure/"))
        .unwrap_or(cells.len());
    for suffix in report.proactive_disclosure.amount_pointers() {
        let pointer = format!("/proactive_disclosure{suffix}");
        cells.insert(
            at,
            NumberCell {
                blank: blank(&pointer),
                pointer,
                value: CellValue::Amount(amount),
                counted: CellValue::Amount(amount),
                unit: Some(unit),
            },
        );
    }
    cells
}
