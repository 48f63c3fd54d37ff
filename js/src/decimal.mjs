// Exact amounts: a lossless JSON reading that keeps the digits of every non-integer number (an
// amount), and a comparison of decimal digit strings. JSON.parse turns 0.1 + 0.2-like digits
// into binary floats; the rules compare amounts exactly, as the crate does, and print them as
// the crate does (rust_decimal: digits and scale, an exponent moving the point).
import { escapeToken } from "./pointer.mjs";

/**
 * Parses JSON text like JSON.parse, and also returns the exact digits of every number that is
 * not a safe integer, by JSON Pointer: `{ value, digits }`.
 */
export function parseExact(text) {
  const digits = new Map();
  let at = 0;
  const ws = () => {
    while (at < text.length && " \t\n\r".includes(text[at])) at++;
  };
  const fail = () => {
    throw new SyntaxError(`invalid JSON at position ${at}`);
  };
  const value = (pointer) => {
    ws();
    const c = text[at];
    if (c === "{") {
      at++;
      const out = {};
      ws();
      if (text[at] === "}") return at++, out;
      for (;;) {
        ws();
        if (text[at] !== '"') fail();
        const key = string();
        ws();
        if (text[at++] !== ":") fail();
        out[key] = value(`${pointer}/${escapeToken(key)}`);
        ws();
        if (text[at] === ",") at++;
        else if (text[at] === "}") return at++, out;
        else fail();
      }
    }
    if (c === "[") {
      at++;
      const out = [];
      ws();
      if (text[at] === "]") return at++, out;
      for (;;) {
        out.push(value(`${pointer}/${out.length}`));
        ws();
        if (text[at] === ",") at++;
        else if (text[at] === "]") return at++, out;
        else fail();
      }
    }
    if (c === '"') return string();
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (match) {
      at += match[0].length;
      const number = Number(match[0]);
      if (!Number.isSafeInteger(number) || match[2] || match[3]) digits.set(pointer, match[0]);
      return number;
    }
    for (const [word, result] of [["true", true], ["false", false], ["null", null]]) {
      if (text.startsWith(word, at)) return (at += word.length), result;
    }
    fail();
  };
  const string = () => {
    const start = at;
    at++;
    while (at < text.length && text[at] !== '"') at += text[at] === "\\" ? 2 : 1;
    at++;
    return JSON.parse(text.slice(start, at));
  };
  const result = value("");
  ws();
  if (at !== text.length) fail();
  return { value: result, digits };
}

/**
 * A JSON number text as the crate keeps an amount (rust_decimal): `{ negative, mantissa, scale }`
 * (mantissa a BigInt; an exponent moves the point: `1.50E+2` is 150, `3.2e-3` is 0.0032), or null.
 */
function exactAmount(text) {
  const match = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$/.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction = "", exponent = "0"] = match;
  let mantissa = BigInt(whole + fraction);
  let scale = fraction.length - Number(exponent);
  if (scale < 0) [mantissa, scale] = [mantissa * 10n ** BigInt(-scale), 0];
  return { negative: sign === "-" && mantissa !== 0n, mantissa, scale };
}

/** An amount's text as the crate prints it: its digits at its scale (15000.0, 0.50, 0). */
export function amountText({ negative = false, mantissa, scale }) {
  const digits = mantissa.toString().padStart(scale + 1, "0");
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** A JSON number text as the crate prints the amount (`3.221e-13` → `0.0000000000003221`). */
export function plainDecimal(text) {
  const amount = exactAmount(String(text));
  return amount ? amountText(amount) : String(text);
}

/** Compares two non-negative JSON number texts exactly: -1, 0 or 1. */
export function compareDecimal(a, b) {
  const [x, y] = [exactAmount(String(a)), exactAmount(String(b))];
  const scale = Math.max(x.scale, y.scale);
  const [m, n] = [x.mantissa * 10n ** BigInt(scale - x.scale), y.mantissa * 10n ** BigInt(scale - y.scale)];
  return m === n ? 0 : m < n ? -1 : 1;
}
