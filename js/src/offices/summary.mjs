// The key figures and rates of a report (`Report::summary`, `validate --summary`), computed
// from `continuity.jump`'s figures (`parameters.figures`, each picked by its `id`: the
// member of the summary it is), whose cells they name.
import { countedCells } from "../cells.mjs";
import { cellSum } from "./jump.mjs";

/** A rate: `{ numerator, denominator, percent }`, percent rounded half up to one decimal (null for 0 / 0). */
export function rate(numerator, denominator) {
  if (denominator === 0) return { numerator, denominator, percent: null };
  const twice = Math.floor((numerator * 2000) / denominator);
  return { numerator, denominator, percent: Math.ceil(twice / 2) / 10 };
}

/** The summary of `report`, members as the crate's `Summary`. */
export function summary(catalogue, schema, report) {
  const cells = countedCells(schema, report);
  const figures = catalogue.rules.find((rule) => rule.id === "continuity.jump").parameters.figures;
  const figure = (id) => {
    const found = figures.find((f) => f.id === id);
    if (!found) throw new Error(`the catalogue's continuity.jump has no figure "${id}"`);
    return found;
  };
  const sum = (pointers) => cellSum(cells, pointers);
  const [received, refused, reviews, lawsuits, disclosure, correction] = [
    "applications_received",
    "not_disclosed",
    "administrative_reviews",
    "lawsuits",
    "disclosure_rate",
    "correction_rate",
  ].map(figure);
  const handled = sum(disclosure.denominator);
  const [disclosed, partially] = disclosure.numerator.map((p) => sum([p]));
  const [corrected, concluded] = [sum(correction.numerator), sum(correction.denominator)];
  const notDisclosed = sum(refused.numerator);
  return {
    applications_received: sum(received.numerator),
    applications_handled: handled,
    disclosed,
    partially_disclosed: partially,
    not_disclosed: notDisclosed,
    administrative_reviews: sum(reviews.numerator),
    lawsuits: sum(lawsuits.numerator),
    corrected,
    concluded,
    disclosure_rate: rate(disclosed + partially, handled),
    refusal_rate: rate(notDisclosed, handled),
    correction_rate: rate(corrected, concluded),
  };
}
