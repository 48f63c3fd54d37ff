// The rules of a region: a parent's report against its children's (`Report::check_region`,
// `validate PARENT --children FILE...`): `region.roll_up`, `region.child_year`,
// `region.duplicate_child`. Ported from src/rules/checks/region_*.rs; the tables compared and
// the row folded are `region.roll_up`'s `parameters.region`.
import { countedCells, otherHandlingEdition } from "../cells.mjs";
import { cellLabel } from "../labels.mjs";
import { issue } from "../issue.mjs";
import { trim } from "./template.mjs";

/** Each child `{ position, child, left }`: why it is left out (`other_year`, `parent`, or the earlier position). */
function sortedChildren(parent, children) {
  const name = (report) => trim(String(report.agency?.name ?? ""));
  const own = name(parent);
  const firstOf = new Map();
  return children.map((child, index) => {
    const position = index + 1;
    let left = null;
    if (child.year !== parent.year) left = "other_year";
    else if (name(child) === own) left = "parent";
    else if (firstOf.has(name(child))) left = firstOf.get(name(child));
    else firstOf.set(name(child), position);
    return { position, child, left };
  });
}

/** The cell a pointer is compared as (sub-rows folded when `fold`), or `undefined` outside the tables. */
function comparedAs(region, pointer, fold) {
  if (!region.tables.some((table) => pointer.startsWith(`${table}/`))) return undefined;
  const row = `${region.folded_row}/`;
  if (fold && pointer.startsWith(row)) return `${row}${pointer.split("/").pop()}`;
  return pointer;
}

/** The parent's cells of the compared tables with the sum of the included children's, in the parent's order. */
function comparedCells(schema, region, parent, children) {
  const fold = children.some((child) => otherHandlingEdition(child) !== otherHandlingEdition(parent));
  const cells = new Map();
  for (const [pointer, value] of countedCells(schema, parent)) {
    const key = comparedAs(region, pointer, fold);
    if (key === undefined) continue;
    if (!cells.has(key)) cells.set(key, { paths: [], parent: 0, children: 0 });
    const entry = cells.get(key);
    entry.paths.push(pointer);
    entry.parent += value;
  }
  for (const child of children) {
    for (const [pointer, value] of countedCells(schema, child)) {
      const key = comparedAs(region, pointer, fold);
      if (key !== undefined && cells.has(key)) cells.get(key).children += value;
    }
  }
  return [...cells.values()];
}

/** `region.roll_up`: each differing cell of tables 三 and 四, with both figures and the reading that applies. */
export function rollUp(rule, { report, children, schema }) {
  const included = sortedChildren(report, children).filter(({ left }) => left === null).map(({ child }) => child);
  if (included.length === 0) return [];
  const n = included.length;
  const differing = comparedCells(schema, rule.parameters.region, report, included).filter((c) => c.parent !== c.children);
  const over = differing.some((c) => c.parent > c.children);
  const under = differing.some((c) => c.parent < c.children);
  return differing.map((cell) => {
    const [parent, sum] = [cell.parent, cell.children];
    const difference = parent - sum;
    let reading;
    if (over && !under) {
      reading = [
        `各单元格均不小于下级合计，按全域汇总（下级加本机关自身）理解，差额 ${difference} 为本机关自身数字`,
        `every cell is at least the children's sum: read as the region's total (the children plus the parent's own office), the difference of ${difference} being its own figure`,
      ];
    } else if (under && !over) {
      reading = [
        `各单元格均不大于下级合计，按仅报告本机关自身理解，差异可能属正常；若本报告应为全域汇总，则少计 ${-difference}`,
        `every cell is at most the children's sum: read as a report of the parent's own office only, where a difference is expected; as the region's total it would be short by ${-difference}`,
      ];
    } else {
      reading = ["部分单元格大于、部分小于下级合计，两种理解均不成立，请核对", "some cells exceed the children's sum and others fall short: neither reading fits, please check"];
    }
    const label = cellLabel(schema, report.format_version, cell.paths[0]);
    return issue(
      rule,
      cell.paths,
      [
        `${label} 本机关为 ${parent}，${n} 份下级报告合计为 ${sum}；${reading[0]}。`,
        `${label} is ${parent} in this report, ${sum} in the sum of its ${n} children's reports; ${reading[1]}.`,
      ],
      { expected: sum, actual: parent },
    );
  });
}

/** `region.child_year`: a child's report on another year, left out of the roll-up. */
export function childYear(rule, { report, children }) {
  const year = report.year;
  return sortedChildren(report, children)
    .filter(({ left }) => left === "other_year")
    .map(({ position, child }) => {
      const [name, other] = [child.agency?.name, child.year];
      return issue(
        rule,
        ["/year"],
        [
          `第 ${position} 份下级报告（${name}）为 ${other} 年度，本报告为 ${year} 年度，未计入汇总。`,
          `child ${position} (${name}) reports on ${other}, this report on ${year}; it is left out of the roll-up.`,
        ],
        { expected: year, actual: other },
      );
    });
}

/** `region.duplicate_child`: the same agency given twice, or the parent among its children. */
export function duplicateChild(rule, { report, children }) {
  const out = [];
  for (const { position, child, left } of sortedChildren(report, children)) {
    const name = child.agency?.name;
    let earlier;
    let words;
    if (typeof left === "number") {
      earlier = left;
      words = [`与第 ${left} 份下级报告为同一机关`, `is the same agency as child ${left}`];
    } else if (left === "parent") {
      earlier = 0;
      words = ["即本机关自身", "is the parent itself"];
    } else continue;
    out.push(
      issue(
        rule,
        ["/agency/name"],
        [`第 ${position} 份下级报告（${name}）${words[0]}，未计入汇总。`, `child ${position} (${name}) ${words[1]}; it is left out of the roll-up.`],
        { expected: earlier, actual: position },
      ),
    );
  }
  return out;
}
