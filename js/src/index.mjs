// Runs the catalogue (schema/rules.json) on reports, in the browser or in Node: give it the
// parsed catalogue and schema (schema/ogi-report.schema.json).
import { countedCells } from "./cells.mjs";
import { checkLinear } from "./linear.mjs";

export { countCells, countedCells, isTotal } from "./cells.mjs";
export { checkLinear } from "./linear.mjs";

/** The rule ids this evaluator runs (the others are listed by `unsupportedRules`). */
export function supportedRules(catalogue) {
  return catalogue.rules.filter((rule) => rule.linear).map((rule) => rule.id);
}

/** The rule ids of the catalogue this evaluator does not run yet. */
export function unsupportedRules(catalogue) {
  return catalogue.rules.filter((rule) => !rule.linear).map((rule) => rule.id);
}

/** Whether `rule` applies to reports of these editions. */
const applies = (rule, ...reports) =>
  !rule.format_version || reports.every((report) => report.format_version === rule.format_version);

/** The issues of `report` (and, with `previous`, of the checks across years), in catalogue order. */
export function check(catalogue, schema, report, previous) {
  const current = countedCells(schema, report);
  const issues = [];
  for (const rule of catalogue.rules) {
    if (rule.scope === "report" && rule.linear && applies(rule, report)) {
      issues.push(...checkLinear(rule, current, current));
    }
  }
  if (previous) {
    const comparable = previous.year + 1 === report.year && sameAgency(report.agency, previous.agency);
    if (!comparable) return issues; // the crate reports continuity.comparable (not ported yet)
    const last = countedCells(schema, previous);
    for (const rule of catalogue.rules) {
      if (rule.scope !== "report" && rule.linear && applies(rule, report, previous)) {
        issues.push(...checkLinear(rule, current, last));
      }
    }
  }
  return issues;
}

/** The same agency: the same name, or the same region code and kind. */
function sameAgency(agency, other) {
  const sameRegion = agency?.region_code != null && agency.region_code === other?.region_code;
  return agency?.name === other?.name || (sameRegion && agency.kind === other.kind);
}
