"""Python proof for schema/ogi-report.schema.json, run by .ci/frontend.

jsonschema's Draft202012Validator (with format checking) loads the schema, accepts the example
report and every tests/vectors/valid/*.json, and rejects every document of
tests/broken-documents.json. Prints one line per check ("ok ..." or "FAIL ...").
"""

import copy
import json
import sys
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = "examples/reports/dongying-district-office-2023.json"


def read_json(relative):
    return json.loads((ROOT / relative).read_text(encoding="utf-8"))


def apply_patch(document, patch):
    """RFC 6902 add/replace/remove on object members, as tests/support/mod.rs applies them."""
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
            parent[key] = op["value"]
    return result


def main():
    passed = failed = 0

    def report(ok, name, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
            print(f"ok {name}" + (f" ({detail})" if detail else ""))
        else:
            failed += 1
            print(f"FAIL {name}: {detail}")

    schema = read_json("schema/ogi-report.schema.json")
    try:
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema, format_checker=FormatChecker())
        report(True, "python jsonschema Draft202012Validator loads the schema", schema["$id"])
    except Exception as error:  # noqa: BLE001 - report and go on
        report(False, "python jsonschema Draft202012Validator loads the schema", error)
        print(f"python checks: {passed} passed, {failed} failed")
        return 1

    names = [EXAMPLE]
    vectors = ROOT / "tests/vectors/valid"
    if vectors.is_dir():
        names += sorted(f"tests/vectors/valid/{p.name}" for p in vectors.glob("*.json"))
    for name in names:
        errors = [e.message for e in validator.iter_errors(read_json(name))]
        report(not errors, f"python accepts {name}", "; ".join(errors[:3]))

    example = read_json(EXAMPLE)
    for case in read_json("tests/broken-documents.json")["cases"]:
        errors = list(validator.iter_errors(apply_patch(example, case["patch"])))
        detail = errors[0].message if errors else "accepted"
        report(bool(errors), f"python rejects: {case['name']}", detail)

    print(f"python checks: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
