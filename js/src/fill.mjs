// Fills the totals of a report from the catalogue: every linear `eq` rule whose left side is
// one 总计 cell of the report and whose right side is a plain sum of the report's cells defines
// that total (table 三's 总计 column and row （七）, table 四's 总计). Data-driven, like the
// checks: a new total rule needs no code here.
import { countCells } from "./cells.mjs";
import { unescapeToken, valueAt } from "./pointer.mjs";

/** Sets the member at `pointer` of `report` to `value`, if the member exists. */
function set(report, pointer, value) {
  const cut = pointer.lastIndexOf("/");
  const [parent, last] = [valueAt(report, pointer.slice(0, cut)), unescapeToken(pointer.slice(cut + 1))];
  if (parent && typeof parent === "object" && last in parent) parent[last] = value;
}

/** Sets every total of `report` (in place) to the sum of its parts; returns the pointers set. */
export function fillTotals(catalogue, schema, report) {
  const changed = new Set();
  const cells = () => new Set(countCells(schema, report).map(([pointer]) => pointer));
  // Row totals and the （七）总计 row depend on each other: a few passes reach the fixed point.
  for (let pass = 0; pass < 3; pass++) {
    const known = cells();
    for (const rule of catalogue.rules) {
      const linear = rule.linear;
      if (!linear || linear.relation !== "eq" || rule.scope !== "report" || linear.left.length !== 1) continue;
      const terms = [...linear.left, ...linear.right];
      if (terms.some((t) => t.report !== "current" || t.coefficient !== 1)) continue;
      if (!/\/total(\/|$)/.test(linear.left[0].pointer)) continue;
      const placeholder = `{${linear.for_each.placeholder}}`;
      for (const value of linear.for_each.values) {
        const total = linear.left[0].pointer.replaceAll(placeholder, value);
        if (!known.has(total)) continue;
        const sum = linear.right
          .map((t) => t.pointer.replaceAll(placeholder, value))
          .filter((p) => known.has(p))
          .reduce((s, p) => s + (valueAt(report, p) ?? 0), 0);
        if (valueAt(report, total) !== sum) {
          set(report, total, sum);
          changed.add(total);
        }
      }
    }
  }
  return [...changed];
}
