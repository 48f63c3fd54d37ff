// The frontend peer of bench/run.sh: every line of an NDJSON file through JSON.parse and ajv's
// 2020-12 validator (strict, ajv-formats, compiled once) on the committed schema, on one core.
// Structure and field constraints only: ajv cannot check the sums.
//
//   node bench/node/ajv-ndjson.mjs SCHEMA FILE   # prints "LINES lines, INVALID invalid" to stderr
import { openSync, readSync, readFileSync, closeSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const [schemaPath, file] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

let lines = 0;
let invalid = 0;
const check = (bytes) => {
  const text = bytes.toString('utf8');
  if (text.trim() === '') return;
  lines += 1;
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    invalid += 1;
    return;
  }
  if (!validate(value)) invalid += 1;
};

// Read in blocks and split at newlines (a file of 100,000 reports is larger than a string can be).
const fd = openSync(file, 'r');
const block = Buffer.alloc(1 << 22);
let rest = Buffer.alloc(0);
for (;;) {
  const read = readSync(fd, block, 0, block.length, null);
  if (read === 0) break;
  let data = rest.length ? Buffer.concat([rest, block.subarray(0, read)]) : block.subarray(0, read);
  let start = 0;
  for (let end = data.indexOf(10, start); end !== -1; end = data.indexOf(10, start)) {
    check(data.subarray(start, end));
    start = end + 1;
  }
  rest = Buffer.from(data.subarray(start));
}
closeSync(fd);
if (rest.length) check(rest);
console.error(`${lines} lines, ${invalid} invalid`);
