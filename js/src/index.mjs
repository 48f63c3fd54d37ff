// Runs the catalogue (schema/rules.json) on reports, in the browser or in Node: give it the
// parsed catalogue and schema (schema/ogi-report.schema.json).
import { countedCells, isTotal } from "./cells.mjs";
import { CHECKS, incomparable } from "./checks.mjs";
import { checkLinear } from "./linear.mjs";
import { NARRATIVE_CHECKS } from "./narrative/index.mjs";
import { finish } from "./issue.mjs";
import { OFFICE_CHECKS } from "./offices/index.mjs"; // the rules for supervising offices

export { countCells, countedCells, isTotal } from "./cells.mjs";
export { checkLinear } from "./linear.mjs";
export { cellLabel } from "./labels.mjs";
export { Digits, fingerprint } from "./issue.mjs";
export { parseExact, compareDecimal } from "./decimal.mjs";
export { fillTotals } from "./fill.mjs";
export { copiedText, summary } from "./offices/index.mjs";

/** Whether this evaluator runs `rule`: every linear rule (from its data) and the ported checks. */
const runs = (rule) =>
  Boolean(rule.linear) || rule.id in CHECKS || rule.id in NARRATIVE_CHECKS || rule.id === "continuity.comparable" ||
  rule.id in OFFICE_CHECKS;

/** The rule ids this evaluator runs. */
export function supportedRules(catalogue) {
  return catalogue.rules.filter(runs).map((rule) => rule.id);
}

/** The rule ids of the catalogue this evaluator does not run yet. */
export function unsupportedRules(catalogue) {
  return catalogue.rules.filter((rule) => !runs(rule)).map((rule) => rule.id);
}

/** Whether `rule` applies to reports of these editions. */
const applies = (rule, ...reports) =>
  !rule.format_version || reports.every((report) => report.format_version === rule.format_version);

/** Runs the rules of `scope` that apply, in catalogue order. */
function run(catalogue, scope, context, reports) {
  const issues = [];
  for (const rule of catalogue.rules) {
    if (rule.scope !== scope || !applies(rule, ...reports)) continue;
    if (rule.linear) {
      const years = scope === "across_years" ? [reports[0].year, reports[1].year] : null;
      const editions = [reports[0].format_version, (reports[1] ?? reports[0]).format_version];
      const words = { schema: context.schema, editions, years };
      issues.push(...checkLinear(rule, context.cells, context.previousCells, words));
    }
    else if (CHECKS[rule.id]) issues.push(...CHECKS[rule.id](rule, context));
    else if (NARRATIVE_CHECKS[rule.id]) issues.push(...NARRATIVE_CHECKS[rule.id](rule, context));
    else if (OFFICE_CHECKS[rule.id]) issues.push(...OFFICE_CHECKS[rule.id](rule, context));
  }
  return issues;
}

/**
 * The issues of `report` (and, with `previous`, of the checks across years), in catalogue
 * order. `options.digits` / `options.previousDigits`: the exact digits of amounts (from
 * `parseExact`), for exact comparisons of amounts. Every issue carries its `fingerprint`.
 * The content and region rules run apart: `checkContent`, `checkRegion`.
 */
export function check(catalogue, schema, report, previous, options = {}) {
  const cells = countedCells(schema, report);
  const context = { report, cells, previousCells: cells, digits: options.digits, isTotal, schema, catalogue };
  const issues = run(catalogue, "report", context, [report]);
  if (previous) {
    const comparable = catalogue.rules.find((rule) => rule.id === "continuity.comparable");
    const refused = comparable && incomparable(comparable, report, previous);
    // The crate runs no rule across years on reports that are not comparable.
    if (refused) return [...issues, refused].map(finish);
    const across = { ...context, previous, previousCells: countedCells(schema, previous) };
    issues.push(...run(catalogue, "across_years", across, [report, previous]));
  }
  return issues.map(finish); // with fingerprints, members in the crate's order
}

/** The issues of the rules of `scope` (`content` or `region`) on `report`, in catalogue order. */
function checkScope(catalogue, schema, scope, report, more) {
  const context = { catalogue, schema, report, cells: countedCells(schema, report), ...more };
  return run(catalogue, scope, context, [report]).map(finish);
}

/** The content a published report must have (`Report::check_content`, `validate --content`). */
export const checkContent = (catalogue, schema, report) => checkScope(catalogue, schema, "content", report, {});

/** A region's report against its children's (`Report::check_region`, `validate PARENT --children`). */
export const checkRegion = (catalogue, schema, report, children) =>
  checkScope(catalogue, schema, "region", report, { children });
