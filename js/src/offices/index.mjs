// The rules for supervising offices (issue 18), keyed by rule id like ../checks.mjs:
// `text.headings` and `text.section_order` run with the report's own rules (`check`),
// `text.copied` and `continuity.jump` with the rules across years (`check` with `previous`),
// `text.required_content` on published reports (`checkContent`, `validate --content`) and the
// `region.*` rules on a parent with its children (`checkRegion`, `validate PARENT --children`).
import { countedCells } from "../cells.mjs";
import { finish } from "../issue.mjs";
import { jump } from "./jump.mjs";
import { childYear, duplicateChild, rollUp } from "./region.mjs";
import { copied } from "./reuse.mjs";
import { headings, requiredContent, sectionOrder } from "./text.mjs";

export { copiedText, normalise } from "./reuse.mjs";
export { figureValue } from "./jump.mjs";
export { summary } from "./summary.mjs";

/** The checks of the rules for supervising offices, by rule id: `(rule, context) => issues`. */
export const OFFICE_CHECKS = {
  "text.headings": headings,
  "text.section_order": sectionOrder,
  "text.required_content": requiredContent,
  "text.copied": copied,
  "continuity.jump": jump,
  "region.roll_up": rollUp,
  "region.child_year": childYear,
  "region.duplicate_child": duplicateChild,
};

/** The issues of the rules of `scope` (`content` or `region`), in catalogue order, with fingerprints. */
function runScope(catalogue, schema, scope, report, more) {
  const context = { catalogue, schema, report, cells: countedCells(schema, report), ...more };
  const issues = [];
  for (const rule of catalogue.rules) {
    if (rule.scope !== scope || (rule.format_version && rule.format_version !== report.format_version)) continue;
    const found = OFFICE_CHECKS[rule.id];
    if (found) issues.push(...found(rule, context));
  }
  return issues.map(finish);
}

/** The content a published report must have (`Report::check_content`, `validate --content`). */
export const checkContent = (catalogue, schema, report) => runScope(catalogue, schema, "content", report, {});

/** A region's report against its children's (`Report::check_region`, `validate PARENT --children`). */
export const checkRegion = (catalogue, schema, report, children) => runScope(catalogue, schema, "region", report, { children });
