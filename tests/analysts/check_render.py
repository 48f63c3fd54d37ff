"""The rendered HTML as Chromium parsed it (`chromium --headless --dump-dom`), checked against
the report's own figures and issues:

- every number cell of the long export (`ogi-report export --format csv`) is a <td> whose value
  is the figure (empty when printed blank), in a row whose row headers carry each part of its
  row label and under column headers that carry its column label (the table grid is rebuilt
  from rowspan/colspan, as a browser lays it out);
- every issue of `ogi-report validate --format json` marks each cell it names (class, the
  message in the hover title, a link to the numbered issue), and its list item links back.

Usage: check_render.py DOM.html EXPORT.csv ISSUES.json NAME
Prints `ok ...`/`FAIL ...` lines and `render NAME: N passed, N failed`.
"""

import csv
import json
import sys
from html.parser import HTMLParser

SECTIONS = {"二": "proactive_disclosure", "三": "applications", "四": "review_and_litigation"}


class Cell:
    def __init__(self, tag, attrs):
        self.tag = tag
        self.attrs = dict(attrs)
        self.text = ""
        self.value = ""
        self.links = []
        self.colspan = int(self.attrs.get("colspan") or 1)
        self.rowspan = int(self.attrs.get("rowspan") or 1)


class Page(HTMLParser):
    """Tables as rows of cells; every element's id, class, title and links."""

    def __init__(self):
        super().__init__()
        self.tables = []
        self.cell = None
        self.in_value = False
        self.elements = {}  # id -> Cell-like record of any element with an id
        self.stack = []  # open elements with an id (for links inside them)

    def handle_starttag(self, tag, attrs):
        record = Cell(tag, attrs)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables:
            self.cell = record
            self.tables[-1][-1].append(record)
        if tag == "span" and "value" in (record.attrs.get("class") or "").split():
            self.in_value = True
        if tag == "a" and "href" in record.attrs:
            for open_element in self.stack:
                open_element.links.append(record.attrs["href"])
        if "id" in record.attrs:
            target = self.cell if tag in ("td", "th") else record
            self.elements[record.attrs["id"]] = target
            self.stack.append(target)
            target._closes = tag

    def handle_endtag(self, tag):
        if tag == "span":
            self.in_value = False
        if tag in ("td", "th"):
            self.cell = None
        if self.stack and getattr(self.stack[-1], "_closes", None) == tag:
            self.stack.pop()

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.text += data
            if self.in_value:
                self.cell.value += data
        for open_element in self.stack:
            if open_element is not self.cell:
                open_element.text += data


def grid_of(rows):
    """The table's grid: (row, column) -> cell, spans expanded as a browser lays them out."""
    grid = {}
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in grid:
                c += 1
            cell.at = (r, c)
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    grid[(r + dr, c + dc)] = cell
            c += cell.colspan
    return grid


def headers(grid, cell):
    """The row headers left of a cell and the column headers above it (its block's)."""
    r, c = cell.at
    row = []
    for col in range(c):
        h = grid.get((r, col))
        if h is not None and h.tag == "th" and h not in row:
            row.append(h)
    column = []
    above = r - 1
    # Past the figures of the rows above, up to the header rows of this block.
    while above >= 0 and grid.get((above, c)) is not None and grid[(above, c)].tag == "td":
        above -= 1
    while above >= 0 and grid.get((above, c)) is not None and grid[(above, c)].tag == "th":
        h = grid[(above, c)]
        if h not in column:
            column.append(h)
        above -= 1
    return [h.text.strip() for h in row], [h.text.strip() for h in column]


def main():
    dom, export, issues_file, name = sys.argv[1:5]
    page = Page()
    page.feed(open(dom, encoding="utf-8").read())
    grids = [grid_of(rows) for rows in page.tables]
    cells = {}
    for grid in grids:
        for cell in set(grid.values()):
            pointer = cell.attrs.get("data-pointer")
            if cell.tag == "td" and pointer:
                cells[pointer] = (grid, cell)
    passed = failed = 0

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {name}: {what}")

    rows = list(csv.DictReader(open(export, encoding="utf-8")))
    check(len(rows) == len(cells), f"{len(rows)} number cells exported, {len(cells)} rendered")
    for row in rows:
        pointer = f"/{SECTIONS[row['table']]}/{row['row_id']}"
        if row["column_id"]:
            pointer += f"/{row['column_id']}"
        if pointer not in cells and pointer + "/value" in cells:
            pointer += "/value"
        if pointer not in cells:
            check(False, f"{pointer} not rendered")
            continue
        grid, cell = cells[pointer]
        blank = row["blank"] == "true"
        expected = "" if blank else (row["value"] or row["amount"])
        # The 2019 procurement total prints its unit beside the figure (万元, 元).
        if row["amount"] and pointer.endswith("/value") and not blank:
            unit = {"10k_yuan": " 万元", "yuan": " 元"}.get(row["amount_unit"], "")
            expected += unit
        check(cell.value.strip() == expected, f"{pointer}: {cell.value!r} shown, {expected!r} expected")
        row_headers, column_headers = headers(grid, cell)
        # Table 四 prints its groups (行政复议, 行政诉讼 › …) above its one row of figures.
        for part in row["row_label"].split(" › "):
            check(
                part in row_headers + column_headers,
                f"{pointer}: row label {part!r} not beside or above it ({row_headers}, {column_headers})",
            )
        if row["column_label"]:
            check(
                row["column_label"] in column_headers,
                f"{pointer}: column header {row['column_label']!r} not above it ({column_headers})",
            )

    result = json.loads(open(issues_file, encoding="utf-8").readline())
    for number, issue in enumerate(result["issues"], start=1):
        item = page.elements.get(f"issue-{number}")
        check(item is not None and issue["message_zh"] in item.text, f"issue {number} listed")
        for path in issue["paths"]:
            marked = [page.elements[i] for i in page.elements if i == "cell" + path or i.startswith("cell" + path + "/")]
            if path == "/format_version":
                continue  # no cell: named in the list only
            check(marked, f"issue {number}: {path} is on the page")
            for element in marked:
                classes = (element.attrs.get("class") or "").split()
                check(issue["severity"] in classes or "error" in classes, f"issue {number}: {path} coloured")
                check(issue["message_zh"] in element.attrs.get("title", ""), f"issue {number}: {path} message on hover")
                check(f"#issue-{number}" in element.links, f"issue {number}: {path} links to it")
            check(item is not None and f"#cell{path}" in item.links, f"issue {number} links back to {path}")
    if failed == 0:
        print(f"ok {name}: {len(cells)} figures under their labels, {len(result['issues'])} issues marked")
    print(f"render {name}: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


main()
