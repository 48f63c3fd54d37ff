// The rules that are not linear and not about prose, ported from the crate's checks
// (src/rules/checks/*.rs): their constants and conditions come from the catalogue's
// `parameters` (threshold, deadline per kind, kinds and region codes, current edition, the
// cells and amounts compared: `pointers`).
import { otherHandlingEdition } from "./cells.mjs";
import { compareDecimal, plainDecimal } from "./decimal.mjs";
import { Digits, issue } from "./issue.mjs";
import { cellLabel } from "./labels.mjs";
import { valueAt } from "./pointer.mjs";

/**
 * The amount at `pointer` as the crate prints it, exactly (lossless when the report was read
 * with `parseExact`): `3.221e-13` is `0.0000000000003221`.
 */
const amount = (report, digits, pointer) => {
  const value = valueAt(report, pointer);
  if (value === undefined || value === null) return undefined;
  return plainDecimal(digits?.get(pointer) ?? String(value));
};

/** The official label of the cell at `pointer` of the context's report. */
const label = (context, pointer) => cellLabel(context.schema, context.report.format_version, pointer);

/** Whether the report's table 二 is the 2021 table. */
const isTable2021 = (report) => "administrative_fees_10k_yuan" in (report.proactive_disclosure ?? {});

/** Why the agency usually has no rule-making power (`[pointer, [zh, en]]`), or null when it may have it. */
function withoutRuleMakingPower(agency, p) {
  if (p.kinds_without_power.includes(agency.kind)) return ["/agency/kind", ["乡镇、街道", "a township or sub-district office"]];
  const code = agency.region_code;
  const countyLevel = typeof code === "string" && !code.endsWith(p.above_county_suffix);
  if (!countyLevel || p.county_level_exempt_kinds.includes(agency.kind)) return null;
  const suffix = p.above_county_suffix;
  return ["/agency/region_code", [`县级机关（区划代码末两位不为 ${suffix}）`, `a county-level body (region code not ending in ${suffix})`]];
}

/** `proactive_disclosure.rule_making_power`: rules counted by a body that usually cannot make them. */
function ruleMakingPower(rule, context) {
  const { report, cells } = context;
  const why = withoutRuleMakingPower(report.agency ?? {}, rule.parameters);
  if (why === null) return [];
  const [reason, because] = why;
  const rules = [...cells.keys()]
    .filter((pointer) => pointer.startsWith(`${rule.parameters.pointers.rules}/`))
    .filter((pointer) => (valueAt(report, pointer) ?? 0) !== 0);
  if (rules.length === 0) return [];
  const labels = rules.map((pointer) => label(context, pointer));
  return [
    issue(rule, [...rules, reason], [
      `${labels.join("、")} 不为 0，但报告机关是${because[0]}，通常没有规章制定权。`,
      `${labels.join(", ")} is not 0, but the agency is ${because[1]}, which usually has no rule-making power.`,
    ]),
  ];
}

/** `proactive_disclosure.fee_unit`: a 2021 table 二 fee amount in 万元 that looks like 元. */
function feeUnit(rule, context) {
  const { report, digits } = context;
  if (!isTable2021(report)) return [];
  const pointer = rule.parameters.pointers.amount;
  const value = amount(report, digits, pointer);
  const threshold = String(rule.parameters.threshold_10k_yuan);
  if (value === undefined || compareDecimal(value, threshold) <= 0) return [];
  const name = label(context, pointer);
  const words = [
    `${name} 为 ${value} 万元，超过 ${threshold} 万元，疑似按元填写。`,
    `${name} is ${value} 万元, above ${threshold} 万元; it was probably written in 元.`,
  ];
  return [issue(rule, [pointer], words, { expected: new Digits(threshold), actual: new Digits(value) })];
}

/** `other_matters.fee_notices`: applications dropped for unpaid fees, but no fee notice issued. */
function feeNotices(rule, context) {
  const { report, cells } = context;
  if (otherHandlingEdition(report) !== "2021") return [];
  const { dropped, fees: feesPointer, notices: issuedPointer } = rule.parameters.pointers;
  let notices = 0;
  let noticesPointer = feesPointer;
  if (valueAt(report, feesPointer) != null) {
    notices = valueAt(report, issuedPointer);
    if (notices == null) return [];
    noticesPointer = issuedPointer;
  }
  const count = cells.get(dropped) ?? 0;
  if (count === 0 || notices > 0) return [];
  const name = label(context, dropped);
  return [
    issue(rule, [dropped, noticesPointer], [
      `${name} 为 ${count}，但第六部分未报告发出收费通知。`,
      `${name} is ${count}, but section 六 reports no fee notice issued.`,
    ]),
  ];
}

/** `other_matters.fees_collected`: more collected than the fee notices billed. */
function feesCollected(rule, context) {
  const { report, digits } = context;
  const { collected: collectedPointer, billed: billedPointer } = rule.parameters.pointers;
  const collected = amount(report, digits, collectedPointer);
  const billed = amount(report, digits, billedPointer);
  if (collected === undefined || billed === undefined || compareDecimal(collected, billed) <= 0) return [];
  const [c, b] = [label(context, collectedPointer), label(context, billedPointer)];
  const words = [`${c} 为 ${collected} 元，超过${b} ${billed} 元。`, `${c} is ${collected} 元, more than ${b} ${billed} 元.`];
  return [issue(rule, [collectedPointer, billedPointer], words, { expected: new Digits(billed), actual: new Digits(collected) })];
}

/** `report.publication_deadline`: published after the deadline of the agency's kind. */
function publicationDeadline(rule, { report }) {
  const deadline = rule.parameters.deadlines.find((d) => d.kind === report.agency?.kind);
  if (!deadline || typeof report.published_on !== "string") return [];
  const pad = (n) => String(n).padStart(2, "0");
  const limit = `${String(report.year + 1).padStart(4, "0")}-${pad(deadline.month)}-${pad(deadline.day)}`;
  if (report.published_on <= limit) return [];
  const on = report.published_on;
  return [
    issue(rule, ["/published_on", "/agency/kind"], [
      `发布日期 ${on} 晚于《条例》第四十九条规定的 ${limit}。`,
      `published on ${on}, after the Art. 49 deadline of ${limit}.`,
    ]),
  ];
}

/** `report.mixed_editions`: table 三's （六） of one edition in a document of the other. */
function mixedEditions(rule, { report }) {
  const [table3, document] = [otherHandlingEdition(report), report.format_version];
  if (table3 === document) return [];
  return [
    issue(rule, ["/applications/outcomes/other_handling", "/format_version"], [
      `表三「（六）其他处理」按 ${table3} 年版填报，而报告（表二）为 ${document} 年版。`,
      `table 3 （六） other handling follows the ${table3} edition, but the document (table 2) follows the ${document} edition.`,
    ]),
  ];
}

/** `report.outdated_template`: the old table 二 in a report on a year of the current edition. */
function outdatedTemplate(rule, { report }) {
  const p = rule.parameters;
  if (report.format_version === p.current_edition || report.year < p.from_year) return [];
  const [year, first] = [report.year, p.from_year];
  return [
    issue(rule, ["/format_version", "/year"], [
      `${year} 年度报告的表二仍按 ${report.format_version} 年版填报，${first} 年度起应使用 ${p.current_edition} 年版。`,
      `the report on ${year} prints the ${report.format_version} table 2; reports on ${first} onward use the ${p.current_edition} edition.`,
    ]),
  ];
}

/** `blank_cells.totals`: total cells of tables 三 and 四 left blank, checked as sums. */
function blankTotals(rule, { report, isTotal }) {
  const out = [];
  for (const [table, number, prefix] of [["三", 3, "/applications/"], ["四", 4, "/review_and_litigation/"]]) {
    const blank = (report.blank_cells ?? []).filter((p) => p.startsWith(prefix) && isTotal(p));
    const count = blank.length;
    if (count === 0) continue;
    out.push(
      issue(rule, blank, [
        `表${table}有 ${count} 个总计单元格留空，已按其各项之和核对。`,
        `${count} total cells of table ${number} were left blank; they were checked as the sums of their parts.`,
      ]),
    );
  }
  return out;
}

/** The checks of these rules, by rule id: `(rule, context) => issues`. */
export const CHECKS = {
  "figures.non_negative": () => [], // enforced by the types and the schema: nothing to check
  "proactive_disclosure.rule_making_power": ruleMakingPower,
  "proactive_disclosure.fee_unit": feeUnit,
  "other_matters.fee_notices": feeNotices,
  "other_matters.fees_collected": feesCollected,
  "report.publication_deadline": publicationDeadline,
  "report.mixed_editions": mixedEditions,
  "report.outdated_template": outdatedTemplate,
  "blank_cells.totals": blankTotals,
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
  const expected = report.year - 1;
  const [zh, en] = consecutive
    ? [
        `上年报告的机关为“${b.name}”，与本报告“${a.name}”不同，行政区划代码与机关类型也不全相同`,
        `last year's report is by “${b.name}”, not “${a.name}”, and its region code and kind of agency do not both match`,
      ]
    : [`上年报告的年度为 ${previous.year}，而非 ${expected}`, `the previous report is for ${previous.year}, not ${expected}`];
  const words = [`${zh}，未作跨年度衔接检查。`, `${en}; the continuity rules were not checked.`];
  return issue(rule, [pointer], words, { previous_paths: [pointer] });
}
