// Exact amounts: a lossless JSON reading that keeps the digits of every non-integer number (an
// amount), and a comparison of decimal digit strings. JSON.parse turns 0.1 + 0.2-like digits
// into binary floats; the rules compare amounts exactly, as the crate does.

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
  const escape = (token) => token.replaceAll("~", "~0").replaceAll("/", "~1");
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
        out[key] = value(`${pointer}/${escape(key)}`);
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

/** The decimal digits of a plain non-negative number text as [integer part, fraction part]. */
function parts(text) {
  let [whole, fraction = ""] = String(text).toLowerCase().split("e")[0].split(".");
  const exponent = Number(String(text).toLowerCase().split("e")[1] ?? 0);
  // Shift the point by the exponent.
  let all = whole + fraction;
  let point = whole.length + exponent;
  if (point < 0) {
    all = "0".repeat(-point) + all;
    point = 0;
  }
  if (point > all.length) all += "0".repeat(point - all.length);
  whole = all.slice(0, point).replace(/^0+/, "");
  fraction = all.slice(point).replace(/0+$/, "");
  return [whole, fraction];
}

/** Compares two non-negative decimal texts exactly: -1, 0 or 1. */
export function compareDecimal(a, b) {
  const [wa, fa] = parts(a);
  const [wb, fb] = parts(b);
  if (wa.length !== wb.length) return wa.length < wb.length ? -1 : 1;
  if (wa !== wb) return wa < wb ? -1 : 1;
  const n = Math.max(fa.length, fb.length);
  const [pa, pb] = [fa.padEnd(n, "0"), fb.padEnd(n, "0")];
  return pa === pb ? 0 : pa < pb ? -1 : 1;
}
