// The linear rules of schema/rules.json (sums and bounds over cells), evaluated from the data:
// a rule added to the catalogue with `linear` terms needs no code here.
import { cellLabel, linearMessage } from "./labels.mjs";

/**
 * The issues of the linear rule `rule` on `current` (and `previous`, for terms of last year's
 * report): cells are `Map`s pointer → counted value (see `countedCells`). `words` (optional):
 * `{ schema, editions: [this year's, last year's], years }` for the crate's messages.
 */
export function checkLinear(rule, current, previous, words) {
  const { for_each: forEach, left, right, relation } = rule.linear;
  const placeholder = `{${forEach.placeholder}}`;
  const issues = [];
  for (const value of forEach.values) {
    const resolve = (terms) =>
      terms
        .map((term) => {
          const pointer = term.pointer.replaceAll(placeholder, value);
          const cells = term.report === "previous" ? previous : current;
          return cells?.has(pointer) ? { ...term, pointer, value: cells.get(pointer) } : null;
        })
        .filter(Boolean);
    const [l, r] = [resolve(left), resolve(right)];
    if (l.length === 0 && r.length === 0) continue;
    const sum = (terms) => terms.reduce((s, t) => s + t.coefficient * t.value, 0);
    const [actual, expected] = [sum(l), sum(r)];
    const holds = relation === "eq" ? actual === expected : actual <= expected;
    if (holds) continue;
    const pointers = (which) => [...new Set([...l, ...r].filter((t) => t.report === which).map((t) => t.pointer))];
    const issue = { rule: rule.id, severity: rule.severity, paths: pointers("current") };
    const previousPaths = pointers("previous");
    if (previousPaths.length > 0) issue.previous_paths = previousPaths;
    issue.expected = expected;
    issue.actual = actual;
    if (words) {
      const describe = (terms, total) => ({
        labels: terms.map((t) => ({
          text: cellLabel(words.schema, words.editions[t.report === "previous" ? 1 : 0], t.pointer),
          negative: t.coefficient < 0,
          previous: t.report === "previous",
        })),
        values: terms.map((t) => t.value),
        sum: total,
      });
      [issue.message_zh, issue.message_en] = linearMessage(
        rule,
        { left: describe(l, actual), right: describe(r, expected) },
        words.years,
      );
    } else {
      issue.message_zh = `${rule.title_zh}：${actual}，${expected}。`;
      issue.message_en = `${rule.title_en}: ${actual}, ${expected}.`;
    }
    issues.push(issue);
  }
  return issues;
}
