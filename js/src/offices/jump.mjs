// `continuity.jump`: a key figure many times last year's, or a fraction of it. Ported from
// src/rules/checks/jump.rs; the figures (labels, cells, what each sums) are the rule's
// `parameters.figures`, the factor and floor the catalogue's `thresholds`.
import { issue } from "../issue.mjs";

/** The sum of the cells at `pointers` (each counted once) of `cells` (a Map by pointer). */
export const cellSum = (cells, pointers) => [...new Set(pointers)].reduce((total, p) => total + Math.abs(cells.get(p) ?? 0), 0);

/** The value of `figure` in a report whose counted cells are `cells` (a Map by pointer). */
function figureValue(figure, cells) {
  const count = cellSum(cells, figure.numerator);
  if (figure.denominator.length === 0) return count;
  const out = cellSum(cells, figure.denominator);
  return out === 0 ? 0 : ((count * 100) - ((count * 100) % out)) / out;
}

/** `continuity.jump`: each key figure many times last year's, or a fraction of it. */
export function jump(rule, { cells, previousCells, catalogue }) {
  const { jump_factor: factor, jump_floor: floor } = catalogue.thresholds;
  const out = [];
  for (const figure of rule.parameters.figures) {
    const [now, before] = [figureValue(figure, cells), figureValue(figure, previousCells)];
    const [high, low] = [Math.max(now, before), Math.min(now, before)];
    if (high < floor || high <= low * factor) continue;
    const [zhWay, enWay] = now > before ? ["增至", "rose to"] : ["降至", "fell to"];
    const [zh, en] = [figure.label_zh, figure.label_en];
    out.push(
      issue(
        rule,
        [...figure.cells],
        [
          `${zh}由上年的 ${before} ${zhWay} ${now}，变化超过 ${factor} 倍，请核实数据或口径。`,
          `${en} ${enWay} ${now} from ${before} last year, a change of more than ${factor} times; check the figures or what they count.`,
        ],
        { previous_paths: [...figure.cells], expected: before, actual: now },
      ),
    );
  }
  return out;
}
