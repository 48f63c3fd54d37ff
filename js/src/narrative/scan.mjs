// One pass over a text: every figure it restates, read with the phrase table of the catalogue
// (`narrative_scanning` in schema/rules.json). A port of the scanning algorithm of the crate's
// src/rules/narrative/scan.rs; every word list, unit and limit is the catalogue's data.
// Positions are UTF-16 indices of the JavaScript string (the crate's are bytes of UTF-8; only
// the order of positions matters here, and offsets are converted by the caller).
import { countAtEnd, decimalAtStart, decimalBefore, multiplyAmount, numerals, parseAmount } from "./numbers.mjs";

const prepared = new WeakMap();

/** What the scanner reads a catalogue's `narrative_scanning` with, built once per catalogue. */
function prepare(scanning) {
  let words = prepared.get(scanning);
  if (words) return words;
  const chars = (list) => new Set(list);
  words = {
    ...scanning,
    spacesSet: chars(scanning.spaces),
    clauseEnds: chars(scanning.clause_ends),
    sentenceEnds: chars(scanning.sentence_ends),
    numerals: numerals(scanning),
    // The group totals of table 四 (`litigation.total`): the groups `group_words` names.
    groupTotals: new Set(scanning.group_words.map(([, group]) => `${group}${scanning.group_total}`)),
    groupClaims: scanning.claims.filter((claim) => claim.figure.includes(scanning.group_placeholder)),
    ownClaims: scanning.claims.filter((claim) => !claim.figure.includes(scanning.group_placeholder)),
  };
  // The characters claims without a group end with (取 of 未收取): where such a claim is read.
  words.claimEnds = new Set(words.ownClaims.flatMap((claim) => claim.words.map((word) => [...word].at(-1))));
  prepared.set(scanning, words);
  return words;
}

const trimEnd = (text, w) => {
  let end = text.length;
  while (end > 0 && w.spacesSet.has(text[end - 1])) end--;
  return text.slice(0, end);
};
const trimStart = (text, w) => {
  let start = 0;
  while (start < text.length && w.spacesSet.has(text[start])) start++;
  return text.slice(start);
};
const endsWithAny = (text, words) => words.some((word) => text.endsWith(word));
const startsWithAny = (text, words) => words.some((word) => text.startsWith(word));
const containsAny = (text, words) => words.some((word) => text.includes(word));

/** Every figure `text` restates in a report of `scope` (`{year, agency}`), in text order. */
export function scan(text, scope, scanning) {
  const w = prepare(scanning);
  const hits = [];
  const units = new Set(w.count_units);
  for (let at = 0; at < text.length; at++) {
    if (units.has(text[at])) countAt(text, at, scope, w, hits);
  }
  for (let at = 0; at < text.length; at++) {
    if (text[at] === w.amount_unit) amountAt(text, at, scope, w, hits);
    else if (w.claimEnds.has(text[at])) zeroFeeClaimAt(text, at + 1, scope, w, hits);
  }
  // Stable: hits that start together stay in the order they were found.
  return hits.sort((a, b) => a.start - b.start);
}

const hit = (figure, value, start, end) => ({ figure, value, start, end, claim: null });

/** A count whose unit (件/个/次) is at `unit`. */
function countAt(text, unit, scope, w, hits) {
  const unitEnd = unit + 1;
  const head = trimEnd(text.slice(0, unit), w);
  const tail = text.slice(unitEnd);
  if (endsWithAny(head, w.approximations[1]) || startsWithAny(trimStart(tail, w), w.approximations[2])) return;
  const found = countAtEnd(head, w.numerals);
  if (!found) return;
  const [count, numberStart] = found;
  const lead = trimEnd(text.slice(0, numberStart), w);
  if (endsWithAny(lead, w.approximations[0])) return;
  const read = phraseOf(lead, tail, "count", scope, w);
  if (!read) return;
  const [phrase, figure] = read;
  const start = clauseStart(lead, w);
  const end = phrase.side === "before" ? unitEnd : unitEnd + clauseAfter(tail, w).length;
  if (figure.startsWith(w.shares_after)) {
    const share = shareAfter(tail, w);
    if (share) {
      const [scaled, decimals, length] = share;
      hits.push(hit(w.share_figure, { share: { count, scaled, decimals } }, start, unitEnd + length));
    }
  }
  if (w.groupTotals.has(figure)) groupClaimsAfter(figure, count, tail, start, unitEnd, w, hits);
  hits.push(hit(figure, { count }, start, end));
}

/** An amount whose 元 is at `unit` (万元: times 10,000). */
function amountAt(text, unit, scope, w, hits) {
  let head = trimEnd(text.slice(0, unit), w);
  let times = null;
  const multiplier = w.amount_multipliers.find(([c]) => head.endsWith(c));
  if (multiplier) {
    head = trimEnd(head.slice(0, head.length - multiplier[0].length), w);
    times = multiplier[1];
  }
  const found = decimalBefore(head);
  if (!found) return;
  const [number, rawLead] = found;
  const lead = trimEnd(rawLead, w);
  if (endsWithAny(lead, w.approximations[0])) return;
  const read = phraseOf(lead, text.slice(unit + 1), "yuan", scope, w);
  if (!read) return;
  let amount = parseAmount(number);
  if (amount && times !== null) amount = multiplyAmount(amount, times);
  if (!amount) return;
  hits.push(hit(read[1], { amount }, clauseStart(lead, w), unit + 1));
}

/** A claim that no fee was collected whose word ends at `end` (…取). */
function zeroFeeClaimAt(text, end, scope, w, hits) {
  const head = text.slice(0, end);
  for (const claim of w.ownClaims) {
    const word = claim.words.find((each) => head.endsWith(each));
    if (word === undefined) continue;
    const lead = head.slice(0, end - word.length);
    const [before, after] = [clauseBefore(lead, w), clauseAfter(text.slice(end), w)];
    const holds =
      claim.clause_after_has.every((group) => containsAny(after, group)) &&
      !containsAny(before, claim.clause_lacks) &&
      !containsAny(after, claim.clause_lacks) &&
      inScope(before, scope, w);
    if (holds && claim.says === "zero") {
      hits.push(hit(claim.figure, { amount: { mantissa: 0n, scale: 0 } }, clauseStart(lead, w), end + after.length));
    }
    return;
  }
}

/** Claims about a group of table 四 (均获维持, 均已审结) later in the sentence of its count. */
function groupClaimsAfter(total, count, tail, start, unitEnd, w, hits) {
  let group = total;
  while (group.endsWith(w.group_total)) group = group.slice(0, -w.group_total.length); // trim_end_matches
  const sentence = tail.slice(0, firstOf(tail, w.sentenceEnds) ?? tail.length);
  for (const claim of w.groupClaims) {
    let best = null;
    for (const word of claim.words) {
      const at = sentence.indexOf(word);
      if (at < 0) continue;
      // The crate takes the least (position, word), words compared by code points.
      if (best === null || at < best[0] || (at === best[0] && byCodePoints(word, best[1]) < 0)) best = [at, word];
    }
    if (best === null) continue;
    const [at, word] = best;
    if (containsAny(sentence.slice(0, at), claim.clause_lacks)) continue;
    const value = { count: claim.says === "group_count" ? count : 0n };
    const found = hit(claim.figure.replace(w.group_placeholder, group), value, start, unitEnd + at + word.length);
    found.claim = word;
    hits.push(found);
  }
}

const byCodePoints = (a, b) => {
  const [x, y] = [[...a].map((c) => c.codePointAt(0)), [...b].map((c) => c.codePointAt(0))];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
};

/** The first phrase of the table (of `unit`) that reads the number between `lead` and `tail`: `[phrase, figure]`. */
function phraseOf(lead, tail, unit, scope, w) {
  const before = clauseBefore(lead, w);
  const near = stripConnectors(before, w);
  const after = clauseAfter(tail, w);
  const last = [...near].at(-1);
  let inScopeOnce;
  const scoped = () => (inScopeOnce ??= inScope(before, scope, w));
  const phrase = w.phrases.find((p) => {
    // The crate's index: phrases whose words are after, or without words, read every number;
    // the others only one whose clause ends with the last character of one of their words.
    const always = p.side === "after" || p.next_to.length === 0;
    const candidate = always || (last !== undefined && p.next_to.some((word) => word.endsWith(last)));
    return candidate && p.unit === unit && reads(p, near, before, after, scoped, w);
  });
  if (!phrase) return null;
  if (!phrase.figure.startsWith(w.group_placeholder)) return [phrase, phrase.figure];
  const group = groupNamedLast(sentenceBefore(lead, w), w);
  return group === null ? null : [phrase, group + phrase.figure.slice(w.group_placeholder.length)];
}

/** Whether `phrase` reads a number with `before` and `after` as its clause. */
function reads(phrase, near, before, after, inScope, w) {
  const [clause, next] =
    phrase.side === "before"
      ? [before, phrase.next_to.length === 0 || endsWithAny(near, phrase.next_to)]
      : [after, phrase.next_to.length === 0 || startsWithAny(trimStart(after, w), phrase.next_to)];
  return (
    next &&
    phrase.clause_has.every((group) => containsAny(clause, group)) &&
    !containsAny(before, phrase.clause_lacks) &&
    (phrase.side === "before" || !containsAny(after, phrase.clause_lacks)) &&
    (phrase.own_period || inScope())
  );
}

/** Whether a clause is about the report's whole agency and year. */
function inScope(clause, scope, w) {
  const otherScope = w.other_scope.some((word) => word !== "" && clause.includes(word));
  return !otherScope && !namesOtherYear(clause, scope.year, w) && !namesOtherBody(clause, scope.agency, w);
}

/** Whether `clause` names a body other than `agency` (`区教育局` in a report of another). */
function namesOtherBody(clause, agency, w) {
  return w.body_endings.some((ending) => {
    for (let at = clause.indexOf(ending); at >= 0; at = clause.indexOf(ending, at + 1)) {
      const before = [...clause.slice(0, at)].slice(-2);
      const own = before.length > 0 && w.own_body_marks.includes(before.at(-1));
      const name = before.join("") + ending;
      if (!own && before.length > 0 && !agency.includes(name)) return true;
    }
    return false;
  });
}

/** Whether `clause` names a year (`2022 年`) other than `year`. */
function namesOtherYear(clause, year, w) {
  const mark = w.year_mark;
  for (let at = clause.indexOf(mark); at >= 0; at = clause.indexOf(mark, at + 1)) {
    const head = trimEnd(clause.slice(0, at), w);
    const digits = /[0-9]*$/.exec(head)[0];
    if (digits.length === 4 && digits !== String(year)) return true;
  }
  return false;
}

/** The group of table 四 named last in `sentence` (the longest word when two end together). */
function groupNamedLast(sentence, w) {
  let best = null;
  for (const [word, group] of w.group_words) {
    const at = sentence.lastIndexOf(word);
    if (at < 0) continue;
    const end = at + word.length;
    if (best === null || end > best[0] || (end === best[0] && word.length > best[1])) best = [end, word.length, group];
  }
  return best === null ? null : best[2];
}

/** A share right after a count's unit (`，占 11%`): `[scaled, decimals, length]`. */
function shareAfter(tail, w) {
  let rest = trimStart(tail, w);
  if (w.share_commas.includes(rest[0])) rest = rest.slice(1);
  rest = trimStart(rest, w);
  const word = w.share_words.find((each) => rest.startsWith(each));
  if (word === undefined) return null;
  rest = trimStart(rest.slice(word.length), w);
  const decimal = decimalAtStart(rest, w.numerals);
  if (!decimal) return null;
  const [scaled, decimals, length] = decimal;
  rest = trimStart(rest.slice(length), w);
  const sign = w.percent_signs.find((each) => rest.startsWith(each));
  if (sign === undefined) return null;
  rest = rest.slice(sign.length);
  return [scaled, decimals, tail.length - rest.length];
}

/** The index of the last character of `text` in `set`, or null. */
const lastOf = (text, set) => {
  for (let at = text.length - 1; at >= 0; at--) if (set.has(text[at])) return at;
  return null;
};
const firstOf = (text, set) => {
  for (let at = 0; at < text.length; at++) if (set.has(text[at])) return at;
  return null;
};

/** The clause `lead` ends in, back to the last clause end (excluded). */
function clauseBefore(lead, w) {
  const at = lastOf(lead, w.clauseEnds);
  return at === null ? lead : lead.slice(at + 1);
}

/** Where the clause `lead` ends in starts, past white space (Unicode White_Space, as Rust's). */
function clauseStart(lead, w) {
  const clause = clauseBefore(lead, w);
  const trimmed = clause.replace(/^\p{White_Space}+/u, "");
  return lead.length - trimmed.length;
}

/** The sentence `lead` ends in, from its last sentence end (included). */
function sentenceBefore(lead, w) {
  const at = lastOf(lead, w.sentenceEnds);
  return at === null ? lead : lead.slice(at);
}

/** The clause `tail` starts, up to the next clause end. */
function clauseAfter(tail, w) {
  return tail.slice(0, firstOf(tail, w.clauseEnds) ?? tail.length);
}

/** `clause` without the connectors (的, 为, 共计…) and spaces at its end (up to three). */
function stripConnectors(clause, w) {
  let near = trimEnd(clause, w);
  for (let i = 0; i < 3; i++) {
    const connector = w.connectors.find((c) => near.endsWith(c));
    if (connector === undefined) break;
    near = trimEnd(near.slice(0, near.length - connector.length), w);
  }
  return near;
}
