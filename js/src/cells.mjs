// The number cells of a report, walked in the schema's order (the template order: the committed
// schema lists properties in Rust field order, and JSON.parse keeps that order), and what a
// blank cell counts as. Mirrors src/cells.rs and src/rules/blank.rs of the crate.

import { escapeToken, resolveRef } from "./pointer.mjs";

/** The tables whose counts the rules read. */
const TABLES = ["/proactive_disclosure/", "/applications/", "/review_and_litigation/"];

/** The branch of a `oneOf`/`anyOf` that fits `value` (its properties hold every key). */
function branchFor(root, branches, value) {
  for (const branch of branches) {
    const resolved = resolveRef(root, branch);
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      if (resolved.type === "null" && value === null) return null;
      continue;
    }
    if (resolved.properties && Object.keys(value).every((k) => k in resolved.properties)) {
      return resolved;
    }
  }
  return null;
}

/**
 * Every count cell of tables 二, 三 and 四 of `report`, in template order: `[pointer, value]`.
 * Amounts (JSON numbers that are not counts) are not cells of the rules.
 */
export function countCells(schema, report) {
  const cells = [];
  const walk = (node, value, pointer) => {
    node = resolveRef(schema, node);
    if (!node) return;
    for (const key of ["oneOf", "anyOf"]) {
      if (Array.isArray(node[key])) {
        const branch = branchFor(schema, node[key], value);
        if (branch) walk(branch, value, pointer);
        return;
      }
    }
    const types = [].concat(node.type ?? []);
    if (types.includes("integer") && Number.isInteger(value)) {
      if (TABLES.some((t) => pointer.startsWith(t))) cells.push([pointer, value]);
      return;
    }
    if (node.properties && value && typeof value === "object" && !Array.isArray(value)) {
      for (const key of Object.keys(node.properties)) {
        if (key in value) walk(node.properties[key], value[key], `${pointer}/${escapeToken(key)}`);
      }
    }
  };
  walk(schema, report, "");
  return cells;
}

/** Whether the cell at `pointer` is a total (a 总计 column or row of table 三 or 四). */
export function isTotal(pointer) {
  const inTables =
    pointer.startsWith("/applications/") || pointer.startsWith("/review_and_litigation/");
  return inTables && (pointer.endsWith("/total") || pointer.startsWith("/applications/outcomes/total/"));
}

/**
 * The cells as the rules count them, by pointer: a blank total counts as the sum of its parts
 * (table 三's row （七）总计 first, then each row's 总计 column), any other blank cell as 0.
 */
export function countedCells(schema, report) {
  const cells = countCells(schema, report);
  const blank = new Set(Array.isArray(report.blank_cells) ? report.blank_cells : []);
  if ([...blank].some(isTotal)) {
    const rowOf = (prefix) => cells.filter(([p]) => p.startsWith(prefix)).length;
    const table4Columns = cells.filter(([p]) => p.startsWith("/review_and_litigation/administrative_review/")).length;
    for (const [prefix, columns, totalRow] of [
      ["/applications/", 7, true],
      ["/review_and_litigation/", table4Columns, false],
    ]) {
      const start = cells.findIndex(([p]) => p.startsWith(prefix));
      if (start < 0 || columns === 0) continue;
      const table = cells.slice(start, start + rowOf(prefix));
      const rows = Math.floor(table.length / columns);
      if (totalRow && rows >= 4) {
        const sumRow = rows - 2;
        for (let column = 0; column < columns - 1; column++) {
          const at = sumRow * columns + column;
          if (blank.has(table[at][0])) {
            let sum = 0;
            for (let row = 2; row < sumRow; row++) sum += table[row * columns + column][1];
            table[at][1] = sum;
          }
        }
      }
      for (let row = 0; row < rows; row++) {
        const at = row * columns + columns - 1;
        if (blank.has(table[at][0])) {
          let sum = 0;
          for (let i = row * columns; i < at; i++) sum += table[i][1];
          table[at][1] = sum;
        }
      }
    }
  }
  return new Map(cells);
}

/** The edition of table 三's （六）其他处理: three sub-rows (2021) or one row (2019). */
export const otherHandlingEdition = (report) =>
  "total" in (report.applications?.outcomes?.other_handling ?? {}) ? "2019" : "2021";
