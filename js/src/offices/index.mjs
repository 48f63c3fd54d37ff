// The rules for supervising offices (issue 18), keyed by rule id like ../checks.mjs:
// `text.headings` and `text.section_order` run with the report's own rules (`check`),
// `text.copied` and `continuity.jump` with the rules across years (`check` with `previous`),
// `text.required_content` on published reports (`checkContent` of ../index.mjs, `validate
// --content`) and the `region.*` rules on a parent with its children (`checkRegion`, `validate
// PARENT --children`).
import { jump } from "./jump.mjs";
import { childYear, duplicateChild, rollUp } from "./region.mjs";
import { copied } from "./reuse.mjs";
import { headings, requiredContent, sectionOrder } from "./text.mjs";

export { copiedText } from "./reuse.mjs";
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
