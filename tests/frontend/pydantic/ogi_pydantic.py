"""The hand-written part of the README's pydantic recipe: what datamodel-code-generator cannot
make from the schemas. Copy this file beside the generated module.

- `Amount` (`--type-overrides '{"Amount": "ogi_pydantic.Amount"}'`): every amount is a
  `Decimal`, read from a document parsed with `load` (JSON numbers with a fraction or exponent as
  `Decimal`, never binary floats) and written back with `dump` (amounts as JSON numbers, digit for
  digit). Like the crate, it takes a non-negative JSON number that a 96-bit decimal keeps exactly
  (at most 28 decimal places, digits below 2^96) and refuses anything else (a string, a boolean,
  a binary float).
- `ReportBase` (`--base-class-map '{"Report": "ogi_pydantic.ReportBase"}'`): the schema's
  if/then/else, which datamodel-code-generator leaves out: table 二 (`proactive_disclosure`) is
  of the edition that `format_version` names.
"""

import json
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Annotated

import simplejson
from pydantic import AfterValidator, BaseModel, BeforeValidator, model_validator

MAX_SCALE = 28


def _json_number(value):
    """Lets through the numbers `load` makes (int, Decimal); refuses what JSON text cannot be."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise ValueError("an amount is a JSON number, read with ogi_pydantic.load")
    return Decimal(value)


def _kept_exactly(value: Decimal) -> Decimal:
    """The crate's limits: non-negative, at most 28 decimal places, digits below 2^96."""
    if not value.is_finite():
        raise ValueError("an amount is a finite number")
    sign, digits, exponent = value.as_tuple()
    mantissa = int("".join(map(str, digits))) * 10 ** max(exponent, 0)
    if mantissa != 0 and sign:
        raise ValueError("an amount is not negative")
    if -exponent > MAX_SCALE or mantissa >= 2**96:
        raise ValueError("the amount cannot be kept exactly (at most 28 decimal places, digits below 2^96)")
    return value


Amount = Annotated[Decimal, BeforeValidator(_json_number), AfterValidator(_kept_exactly)]


class ReportBase(BaseModel):
    """The base of the generated `Report`: format_version and table 二 agree."""

    @model_validator(mode="after")
    def _table_of_its_edition(self):
        table = getattr(self.proactive_disclosure, "root", self.proactive_disclosure)
        edition = getattr(self.format_version, "value", self.format_version)  # Enum, or a Literal
        if type(table).__name__ != f"ProactiveDisclosure{edition}":
            raise ValueError(f"proactive_disclosure: format_version {edition} needs the {edition} table 二")
        return self


def load(text):
    """Parses a report's JSON text with every non-integer number as an exact `Decimal`."""
    return json.loads(text, parse_float=Decimal)


def _plain(value):
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON: {value!r}")


def dump(model):
    """Writes a validated model back as JSON text, amounts as numbers with their own digits."""
    data = model.model_dump(mode="python", exclude_unset=True)
    return simplejson.dumps(data, use_decimal=True, default=_plain, ensure_ascii=False, indent=2)
