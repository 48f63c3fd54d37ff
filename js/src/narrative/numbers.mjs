// Numbers as the prose writes them: ASCII or full-width digits, Chinese numerals (the digits
// and multipliers of the catalogue's `narrative_scanning`), decimals. A port of the crate's
// src/rules/narrative/numbers.rs. Counts are BigInts (the crate's u64, with its overflow
// refusals); positions are UTF-16 indices of the JavaScript string.

const U64_MAX = (1n << 64n) - 1n;

/** The value of a digit of either width, or undefined. */
function arabicDigit(c) {
  const code = c.charCodeAt(0);
  if (c.length === 1 && code >= 0x30 && code <= 0x39) return code - 0x30;
  if (c.length === 1 && code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return undefined;
}

/** What numbers are read with: the catalogue's numerals (Maps), separators and points (Sets). */
export function numerals(scanning) {
  const map = (pairs) => new Map(pairs.map(([c, value]) => [c, BigInt(value)]));
  return {
    digits: map(scanning.numeral_digits),
    multipliers: map(scanning.numeral_multipliers),
    separators: new Set(scanning.number_separators),
    points: new Set(scanning.decimal_points),
    maxDecimals: scanning.max_share_decimals,
  };
}

const isNumeral = (c, n) => arabicDigit(c) !== undefined || n.digits.has(c) || n.multipliers.has(c);

/**
 * The count written at the end of `text` (trailing spaces already removed): `[value, start]`,
 * or null when `text` does not end with a whole count (a decimal, digits mixed with numerals,
 * numerals without a unit such as 一八).
 */
export function countAtEnd(text, n) {
  let start = text.length;
  while (start > 0 && isNumeral(text[start - 1], n)) start--;
  if (start === text.length) return null;
  const head = text.slice(0, start);
  const number = text.slice(start);
  const before = head.at(-1);
  if (before !== undefined && n.separators.has(before)) {
    const previous = head.at(-2);
    if (previous !== undefined && arabicDigit(previous) !== undefined) return null; // 1.5, 1,234
  }
  const value = [...number].every((c) => arabicDigit(c) !== undefined) ? arabic(number) : chinese(number, n);
  return value === null ? null : [value, start];
}

function arabic(number) {
  let value = 0n;
  for (const c of number) {
    value = value * 10n + BigInt(arabicDigit(c));
    if (value > U64_MAX) return null;
  }
  return value;
}

/** A number in Chinese numerals with units (十八, 一百零五, 三万二千); 一八 and digits refused. */
function chinese(number, n) {
  let [total, section, digit] = [0n, 0n, null];
  let hasUnit = false;
  for (const c of number) {
    const d = n.digits.get(c);
    if (d !== undefined) {
      if (digit !== null && digit !== 0n) return null; // 一八: two digits in a row
      digit = d;
      continue;
    }
    const multiplier = n.multipliers.get(c) ?? 1n;
    if (multiplier === 1n) return null;
    hasUnit = true;
    if (multiplier >= 10000n) {
      total = (total + section + (digit ?? 0n)) * multiplier;
      if (total > U64_MAX) return null;
      section = 0n;
    } else {
      section += (digit ?? 1n) * multiplier;
    }
    digit = null;
  }
  const value = total + section + (digit ?? 0n);
  return hasUnit || [...number].length === 1 ? value : null;
}

/**
 * A decimal at the start of `text` (digits of either width, at most one point, at most
 * `n.maxDecimals` decimals): `[scaled, decimals, length]` (scaled a BigInt), or null.
 */
export function decimalAtStart(text, n) {
  let [scaled, decimals, seenPoint, end] = [0n, 0, false, 0];
  for (let at = 0; at < text.length; at++) {
    const c = text[at];
    const d = arabicDigit(c);
    if (d !== undefined) {
      scaled = scaled * 10n + BigInt(d);
      decimals += seenPoint ? 1 : 0;
      end = at + 1;
    } else if (n.points.has(c) && !seenPoint && end === at && end > 0) {
      seenPoint = true;
    } else break;
  }
  if (scaled >= 1n << 128n) return null; // the crate's u128
  return end > 0 && decimals <= n.maxDecimals ? [scaled, decimals, end] : null;
}

/** A decimal (ASCII digits, at most one point) right before the end of `text`: `[number, lead]`. */
export function decimalBefore(text) {
  let start = text.length;
  while (start > 0 && /[0-9.]/.test(text[start - 1])) start--;
  const number = text.slice(start);
  const valid = number !== "" && !number.startsWith(".") && !number.endsWith(".") && number.split(".").length <= 2;
  return valid ? [number, text.slice(0, start)] : null;
}

const DECIMAL_MAX = (1n << 96n) - 1n;

/**
 * An amount as the crate keeps it (rust_decimal: digits and scale), from the text of a plain
 * decimal number (`12.50`), or null when the crate refuses it (a leading zero such as `05`,
 * more than 28 decimals, a mantissa of 2^96 or more).
 */
export function parseAmount(text) {
  const match = /^(0|[1-9][0-9]*)(?:\.([0-9]+))?$/.exec(text);
  if (!match) return null;
  const [int, frac = ""] = [match[1], match[2]];
  const digits = (int + frac).replace(/^0+/, "");
  if (digits.length > 29 || frac.length > 28) return null;
  const mantissa = BigInt(digits || "0");
  if (mantissa > DECIMAL_MAX) return null;
  return { mantissa, scale: frac.length };
}

/** `amount` × `times` (a whole number), or null when it does not fit (the crate refuses it). */
export function multiplyAmount(amount, times) {
  const mantissa = amount.mantissa * BigInt(times);
  // rust_decimal would round a product that overflows 96 bits; no prose amount is that long.
  return mantissa > DECIMAL_MAX ? null : { mantissa, scale: amount.scale };
}
