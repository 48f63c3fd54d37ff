// The rules that are not linear and not about prose, ported from the crate's checks
// (src/rules/checks/*.rs): their constants and conditions come from the catalogue's
// `parameters` (threshold, deadline per kind, kinds and region codes, current edition).
import { compareDecimal } from "./decimal.mjs";

/** The exact digits of the amount at `pointer` (lossless when the report was read with `parseExact`). */
const amount = (report, digits, pointer) => {
  const value = pointer.split("/").slice(1).reduce((v, k) => v?.[k], report);
  if (value === undefined || value === null) return undefined;
  return digits?.get(pointer) ?? String(value);
};

const issue = (rule, paths, expected, actual) => {
  const out = { rule: rule.id, severity: rule.severity, paths };
  if (expected !== undefined) Object.assign(out, { expected, actual });
  out.message_zh = `${rule.title_zh}：${rule.description_zh}`;
  out.message_en = `${rule.title_en}: ${rule.description_en}`;
  return out;
};

/** The edition of table 三's （六）其他处理: three sub-rows (2021) or one row (2019). */
const otherHandlingEdition = (report) =>
  "total" in (report.applications?.outcomes?.other_handling ?? {}) ? "2019" : "2021";

/** Whether the report's table 二 is the 2021 table. */
const isTable2021 = (report) => "administrative_fees_10k_yuan" in (report.proactive_disclosure ?? {});

export const CHECKS = {
  "figures.non_negative": () => [], // enforced by the types and the schema: nothing to check

  "proactive_disclosure.rule_making_power": (rule, { report, cells }) => {
    const p = rule.parameters;
    const agency = report.agency ?? {};
    const code = agency.region_code;
    const countyLevel = typeof code === "string" && !code.endsWith(p.above_county_suffix);
    let reason;
    if (p.kinds_without_power.includes(agency.kind)) reason = "/agency/kind";
    else if (countyLevel && !p.county_level_exempt_kinds.includes(agency.kind)) reason = "/agency/region_code";
    else return [];
    const rules = [...cells.entries()]
      .filter(([pointer]) => pointer.startsWith("/proactive_disclosure/rules/"))
      .filter(([pointer]) => (pointer.split("/").slice(1).reduce((v, k) => v?.[k], report) ?? 0) !== 0)
      .map(([pointer]) => pointer);
    return rules.length === 0 ? [] : [issue(rule, [...rules, reason])];
  },

  "proactive_disclosure.fee_unit": (rule, { report, digits }) => {
    if (!isTable2021(report)) return [];
    const pointer = "/proactive_disclosure/administrative_fees_10k_yuan";
    const value = amount(report, digits, pointer);
    const threshold = String(rule.parameters.threshold_10k_yuan);
    if (value === undefined || compareDecimal(value, threshold) <= 0) return [];
    return [issue(rule, [pointer], Number(threshold), Number(value))];
  },

  "other_matters.fee_notices": (rule, { report, cells }) => {
    if (otherHandlingEdition(report) !== "2021") return [];
    const dropped = "/applications/outcomes/other_handling/fee_not_paid/total";
    const fees = report.other_matters?.processing_fees;
    let notices = 0;
    let noticesPointer = "/other_matters/processing_fees";
    if (fees != null) {
      if (fees.notices_issued == null) return [];
      notices = fees.notices_issued;
      noticesPointer = "/other_matters/processing_fees/notices_issued";
    }
    if ((cells.get(dropped) ?? 0) === 0 || notices > 0) return [];
    return [issue(rule, [dropped, noticesPointer])];
  },

  "other_matters.fees_collected": (rule, { report, digits }) => {
    const collectedPointer = "/other_matters/processing_fees/collected_yuan";
    const billedPointer = "/other_matters/processing_fees/notices_total_yuan";
    const collected = amount(report, digits, collectedPointer);
    const billed = amount(report, digits, billedPointer);
    if (collected === undefined || billed === undefined || compareDecimal(collected, billed) <= 0) return [];
    return [issue(rule, [collectedPointer, billedPointer], Number(billed), Number(collected))];
  },

  "report.publication_deadline": (rule, { report }) => {
    const deadline = rule.parameters.deadlines.find((d) => d.kind === report.agency?.kind);
    if (!deadline || typeof report.published_on !== "string") return [];
    const pad = (n) => String(n).padStart(2, "0");
    const limit = `${String(report.year + 1).padStart(4, "0")}-${pad(deadline.month)}-${pad(deadline.day)}`;
    return report.published_on <= limit ? [] : [issue(rule, ["/published_on", "/agency/kind"])];
  },

  "report.mixed_editions": (rule, { report }) =>
    otherHandlingEdition(report) === report.format_version
      ? []
      : [issue(rule, ["/applications/outcomes/other_handling", "/format_version"])],

  "report.outdated_template": (rule, { report }) => {
    const p = rule.parameters;
    if (report.format_version === p.current_edition || report.year < p.from_year) return [];
    return [issue(rule, ["/format_version", "/year"])];
  },

  "blank_cells.totals": (rule, { report, isTotal }) => {
    const out = [];
    for (const prefix of ["/applications/", "/review_and_litigation/"]) {
      const blank = (report.blank_cells ?? []).filter((p) => p.startsWith(prefix) && isTotal(p));
      if (blank.length > 0) out.push(issue(rule, blank));
    }
    return out;
  },
};

/** The issue of `continuity.comparable` when `previous` is not last year's report of the same agency. */
export function incomparable(rule, report, previous) {
  const consecutive = previous.year + 1 === report.year;
  const a = report.agency ?? {};
  const b = previous.agency ?? {};
  const sameRegion = a.region_code != null && a.region_code === b.region_code;
  const sameAgency = a.name === b.name || (sameRegion && a.kind === b.kind);
  if (consecutive && sameAgency) return null;
  const pointer = consecutive ? "/agency/name" : "/year";
  const found = issue(rule, [pointer]);
  return { rule: found.rule, severity: found.severity, paths: found.paths, previous_paths: [pointer], message_zh: found.message_zh, message_en: found.message_en };
}
