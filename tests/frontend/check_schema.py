"""Python proof for the committed schemas, run by .ci/frontend.

jsonschema's Draft202012Validator (with format checking) loads schema/ogi-report.schema.json
(every edition) and schema/ogi-report-2021.schema.json (the current template, for entry forms).
The full schema accepts every document serde reads: examples/reports/*.json,
tests/vectors/valid/*.json, the invalid vectors without a parse error, and
tests/frontend/documents/*.json (2019 edition, mixed editions, blank cells, partial fee
figures); the entry schema accepts exactly those of the current template (2021 edition,
（六）其他处理 in three sub-rows, no blank_cells). Both reject every document of
tests/broken-documents.json and every invalid vector with a parse error (the full schema at its
pointer).
Prints one line per check ("ok ..." or "FAIL ...").
"""

import copy
import json
import sys
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = "examples/reports/dongying-district-office-2023.json"  # the base of the broken documents
SCHEMAS = [
    ("full", "schema/ogi-report.schema.json"),
    ("entry", "schema/ogi-report-2021.schema.json"),
]


def read_json(relative):
    return json.loads((ROOT / relative).read_text(encoding="utf-8"))


def json_files(folder):
    """The .json files of a folder (relative to the crate root), sorted; none if it is absent."""
    path = ROOT / folder
    if not path.is_dir():
        return []
    return sorted(f"{folder}/{p.name}" for p in path.glob("*.json"))


def invalid_vectors():
    """The invalid vectors as (name, document, pointer of the expected parse error or None)."""
    files = json_files("tests/vectors/invalid")
    vectors = []
    for name in files:
        if name.endswith(".expected.json"):
            continue
        expected = name.removesuffix(".json").removesuffix(".previous") + ".expected.json"
        pointer = None
        if not name.endswith(".previous.json") and expected in files:
            pointer = read_json(expected).get("parse_error", {}).get("pointer")
        vectors.append((name, read_json(name), pointer))
    return vectors


def is_current_template(document):
    """Whether a document serde reads is of the current template (the entry schema's scope)."""
    return (
        document["format_version"] == "2021"
        and "blank_cells" not in document
        and "no_supplement_in_time" in document["applications"]["outcomes"]["other_handling"]
    )


def apply_patch(document, patch):
    """RFC 6902 add/replace/remove on object members, as tests/common/files.rs applies them."""
    result = copy.deepcopy(document)
    for op in patch:
        tokens = [t.replace("~1", "/").replace("~0", "~") for t in op["path"].split("/")[1:]]
        parent = result
        for token in tokens[:-1]:
            parent = parent[token]
        key = tokens[-1]
        if op["op"] != "add" and key not in parent:
            raise KeyError(f"nothing at {op['path']}")
        if op["op"] == "remove":
            del parent[key]
        else:
            parent[key] = copy.deepcopy(op["value"])
    return result


class Tally:
    """Prints each check as `ok NAME (DETAIL)` or `FAIL NAME: DETAIL` and counts them."""

    def __init__(self):
        self.passed = self.failed = 0

    def __call__(self, ok, name, detail=""):
        if ok:
            self.passed += 1
            print(f"ok {name}" + (f" ({detail})" if detail else ""))
        else:
            self.failed += 1
            print(f"FAIL {name}: {detail}")

    def summary(self, what):
        """Prints the counts; the exit code: 0 when nothing failed."""
        print(f"{what}: {self.passed} passed, {self.failed} failed")
        return 0 if self.failed == 0 else 1


def main():
    report = Tally()

    example = read_json(EXAMPLE)
    names = [*json_files("examples/reports"), *json_files("tests/vectors/valid")]
    documents = [(name, read_json(name)) for name in names]
    vectors = invalid_vectors()
    documents += [(name, document) for name, document, pointer in vectors if pointer is None]
    documents += [(name, read_json(name)) for name in json_files("tests/frontend/documents")]
    broken = read_json("tests/broken-documents.json")["cases"]

    for which, file in SCHEMAS:
        schema = read_json(file)
        try:
            Draft202012Validator.check_schema(schema)
            validator = Draft202012Validator(schema, format_checker=FormatChecker())
            report(True, f"python jsonschema Draft202012Validator loads {file}", schema["$id"])
        except Exception as error:  # noqa: BLE001 - report and go on
            report(False, f"python jsonschema Draft202012Validator loads {file}", error)
            continue

        for name, document in documents:
            expected = which == "full" or is_current_template(document)
            errors = [e.message for e in validator.iter_errors(document)]
            verb = "accepts" if expected else "refuses"
            detail = "; ".join(errors[:3]) if errors else "accepted"
            report((not errors) == expected, f"python {which} schema {verb} {name}", detail)

        for case in broken:
            errors = list(validator.iter_errors(apply_patch(example, case["patch"])))
            detail = errors[0].message if errors else "accepted"
            report(bool(errors), f"python {which} schema rejects: {case['name']}", detail[:200])

        for name, document, pointer in vectors:
            if pointer is None:
                continue
            at = ["".join(f"/{p}" for p in e.absolute_path) for e in validator.iter_errors(document)]
            ok = bool(at) and (which == "entry" or pointer in at)
            report(ok, f"python {which} schema rejects {name}", pointer if ok else f"errors at {at}")

    return report.summary("python checks")


if __name__ == "__main__":
    sys.exit(main())
