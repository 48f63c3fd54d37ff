"""The README's pydantic recipe, run for real (by .ci/frontend, in the venv of requirements.txt).

Runs the datamodel-codegen command of the README's pydantic recipe, word for word (read from the
README), on schema/ogi-report.schema.json and schema/ogi-report-2021.schema.json, imports the
generated modules and checks that their `Report` agrees with the crate:
- it loads every document the Rust tests read (examples/reports/, tests/vectors/valid/, the
  invalid vectors without a parse error, tests/frontend/documents/), the entry schema's model
  exactly those of the current template, read with `ogi_pydantic.load`;
- it refuses every document of tests/broken-documents.json, every invalid vector with a parse
  error, and the amounts the crate cannot keep exactly;
- amounts stay exact: they load as `Decimal` with the digits written, and `ogi_pydantic.dump`
  writes the document back equal to what was read.
Prints one line per check ("ok ..." or "FAIL ...").
"""

import copy
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # ogi_pydantic, imported by the generated modules
sys.path.insert(0, str(HERE.parent))  # check_schema's helpers

import ogi_pydantic  # noqa: E402
from check_schema import (  # noqa: E402
    EXAMPLE,
    ROOT,
    Tally,
    apply_patch,
    invalid_vectors,
    is_current_template,
    json_files,
)

SCHEMAS = [
    ("full", "schema/ogi-report.schema.json"),
    ("entry", "schema/ogi-report-2021.schema.json"),
]


def readme_command():
    """The shell command of the README's pydantic recipe (the first sh block after its title)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("**pydantic**")
    block = re.search(r"```sh\n(.*?)```", readme[start:], re.S)
    return block.group(1)


def generate(command, schema, folder):
    """Runs the recipe's command in `folder` on `schema`; returns the generated module."""
    command = command.replace("schema/ogi-report.schema.json", str(ROOT / schema))
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    subprocess.run(["bash", "-euc", command], cwd=folder, env=env, check=True, capture_output=True)
    output = re.search(r"--output\s+(\S+)", command).group(1)
    name = f"report_model_{Path(schema).stem.replace('-', '_').replace('.', '_')}"
    spec = importlib.util.spec_from_file_location(name, Path(folder) / output)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # pydantic resolves the annotations through it
    spec.loader.exec_module(module)
    return module


def number_leaves(value, pointer=""):
    """(pointer, value) of every number of a parsed document."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from number_leaves(item, f"{pointer}/{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from number_leaves(item, f"{pointer}/{index}")
    elif isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        yield pointer, value


def same_numbers(a, b):
    """Whether two parsed documents are equal with every number of the same digits and scale."""
    if a != b:
        return False
    left, right = dict(number_leaves(a)), dict(number_leaves(b))
    return left.keys() == right.keys() and all(
        type(left[p]) is type(right[p])
        and (not isinstance(left[p], Decimal) or left[p].as_tuple() == right[p].as_tuple())
        for p in left
    )


def extra_cases(example):
    """Documents the crate refuses beyond tests/broken-documents.json: amounts it cannot keep
    exactly, an amount read as a binary float, null where the schema has no null (an optional
    field that is not of a type with null)."""
    fee = "/proactive_disclosure/administrative_fees_10k_yuan"
    cases = [
        ("amount with 29 decimal places", fee, Decimal("0." + "1" * 29)),
        ("amount of 2^96", fee, Decimal(2**96)),
        ("amount of 1e400", fee, Decimal("1e400")),
        ("amount read as a binary float (json.loads without parse_float)", fee, 0.5),
        ("null list of other parts (a list that may be absent, never null)", "/overview/additional_parts", None),
        ("null fee notices count", "/other_matters/processing_fees", {"notices_issued": None, "collected_yuan": 1}),
        ("null count", "/applications/new_received/total", None),
    ]
    for name, pointer, value in cases:
        yield name, apply_patch(example, [{"op": "add", "path": pointer, "value": value}])


def main():
    report = Tally()

    def read(name):
        return ogi_pydantic.load((ROOT / name).read_text(encoding="utf-8"))

    names = [*json_files("examples/reports"), *json_files("tests/vectors/valid")]
    names += [name for name, _, pointer in invalid_vectors() if pointer is None]
    names += json_files("tests/frontend/documents")
    documents = [(name, read(name)) for name in names]
    refused = [(name, read(name)) for name, _, pointer in invalid_vectors() if pointer is not None]
    example = read(EXAMPLE)
    refused += [
        (case["name"], apply_patch(example, case["patch"]))
        for case in ogi_pydantic.load((ROOT / "tests/broken-documents.json").read_text("utf-8"))["cases"]
    ]
    refused += list(extra_cases(example))

    command = readme_command()
    with tempfile.TemporaryDirectory() as folder:
        for which, schema in SCHEMAS:
            try:
                module = generate(command, schema, folder)
                Report = module.Report
                report(True, f"pydantic: the README's datamodel-codegen command on {schema}")
            except Exception as error:  # noqa: BLE001 - report and go on
                detail = getattr(error, "stderr", b"").decode(errors="replace")[-2000:] or error
                report(False, f"pydantic: the README's datamodel-codegen command on {schema}", detail)
                continue

            defs = ogi_pydantic.load((ROOT / schema).read_text(encoding="utf-8"))["$defs"]
            missing = [name for name in defs if not hasattr(module, name)]
            report(not missing, f"pydantic {which}: a model named after each of the {len(defs)} $defs", missing and f"missing {missing}")

            for name, document in documents:
                expected = which == "full" or is_current_template(document)
                try:
                    model = Report.model_validate(copy.deepcopy(document))
                    error = None
                except Exception as e:  # noqa: BLE001 - pydantic.ValidationError, reported
                    model, error = None, str(e).replace("\n", " ")[:300]
                verb = "loads" if expected else "refuses"
                report((error is None) == expected, f"pydantic {which} {verb} {name}", error or "loaded")
                if model is not None and expected:
                    again = ogi_pydantic.load(ogi_pydantic.dump(model))
                    report(same_numbers(again, document), f"pydantic {which} writes back {name} exactly")

            for name, document in refused:
                try:
                    Report.model_validate(copy.deepcopy(document))
                    report(False, f"pydantic {which} refuses: {name}", "loaded")
                except Exception as e:  # noqa: BLE001 - pydantic.ValidationError, as wanted
                    report(True, f"pydantic {which} refuses: {name}", str(e).splitlines()[1][:120])

            # Amounts are Decimal with their digits: 0.1 + 0.2 is 0.3, 28 places stay 28 places.
            fees = Decimal("1234567890.1234567890123456789")
            doc = apply_patch(example, [
                {"op": "add", "path": "/proactive_disclosure/administrative_fees_10k_yuan", "value": fees},
                {"op": "add", "path": "/other_matters/processing_fees",
                 "value": {"notices_total_yuan": Decimal("0.1"), "collected_yuan": Decimal("0.2")}},
            ])
            model = Report.model_validate(doc)
            table = getattr(model.proactive_disclosure, "root", model.proactive_disclosure)
            fee = table.administrative_fees_10k_yuan
            paid = model.other_matters.processing_fees
            ok = (
                isinstance(fee, Decimal)
                and fee.as_tuple() == fees.as_tuple()
                and paid.notices_total_yuan + paid.collected_yuan == Decimal("0.3")
                and "1234567890.1234567890123456789" in ogi_pydantic.dump(model)
            )
            report(ok, f"pydantic {which}: amounts are exact Decimals, written back digit for digit", repr(fee))

    return report.summary("pydantic checks")


if __name__ == "__main__":
    sys.exit(main())
