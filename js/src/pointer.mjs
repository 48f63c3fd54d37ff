// JSON Pointers (RFC 6901) into reports and the schema's `$ref`s: what the modules of the
// package share to walk a report and its schema.

/** A member name as a JSON Pointer token (`~` → `~0`, `/` → `~1`). */
export const escapeToken = (token) => token.replaceAll("~", "~0").replaceAll("/", "~1");

/** A JSON Pointer token as the member name it stands for (`~1` → `/`, `~0` → `~`). */
export const unescapeToken = (token) => token.replaceAll("~1", "/").replaceAll("~0", "~");

/** The value at `pointer` in `document` (member names and array indices), or `undefined`. */
export const valueAt = (document, pointer) =>
  pointer
    .split("/")
    .slice(1)
    .reduce((value, token) => (value == null ? undefined : value[unescapeToken(token)]), document);

/** `node` of `schema` with its `$ref` (into `$defs`) resolved. */
export const resolveRef = (schema, node) =>
  typeof node?.$ref === "string" ? schema.$defs[node.$ref.replace("#/$defs/", "")] ?? node : node;
