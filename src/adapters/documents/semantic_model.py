"""EN 16931's semantic model as the readers and writers walk it: which business terms a group holds, their type
and whether the group needs them (`semantic_model.toml`). Where each term stands is the syntax's business
(`cii_paths.toml`, `ubl_paths.toml`), and one walker (`term_walker`) reads and writes every group through those
tables: a new term is a line in the model and a line per syntax.

The tables are data files because they are data: the same rows a reader of CEN/TS 16931-3 compares with its
syntax binding tables. They are checked when loaded (every field is the model class's, every kind is known).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from decimal import Decimal
from enum import Enum
from importlib.resources import files
from typing import Any

from domain import invoice as model
from domain.money import ZERO


class Kind(Enum):
    """How a term is written on the wire; the syntax decides the details of amounts and dates."""

    TEXT = "text"
    AMOUNT = "amount"  # two decimals (BR-DEC-*); UBL adds the currency on each
    NUMBER = "number"  # quantities and percentages, at the model's own precision
    PRICE = "price"  # a unit price: at the model's own precision, and UBL adds the currency
    DATE = "date"
    IDENTIFIER = "identifier"  # a value with its optional scheme (schemeID)
    CHARGE_INDICATOR = "charge-indicator"  # xsd:boolean, true for a charge
    CLASSIFICATION = "classification"  # a code with its list (listID), BT-158
    GROUP = (
        "group"  # a group of its own, in an element of its own: a party's address (BG-5) or contact (BG-6)
    )


@dataclass(frozen=True, slots=True)
class Term:
    """One business term of a group. `label` names it in errors, after the group's place (`BG-20/21/amount`)."""

    field: str  # the model's attribute
    bts: str
    kind: Kind = Kind.TEXT
    required: bool = (
        False  # 1..1: a missing value (not text: the rules judge those) is refused; always written
    )
    default: Decimal | None = None  # the model's value when the document leaves the term out, or gives zero
    omit_zero: bool = False  # zero means "none": not written
    label: str = ""
    many: bool = False  # 0..n: a tuple in the model, the path's elements repeated in the document
    readable: str = ""  # its name on the readable copy, where that lists the group term by term
    group: str = ""  # of a term of kind group: that group's key (`address`); read and written by its table
    empty_when_absent: bool = False  # a required group the document may leave out: read as an empty one


@dataclass(frozen=True, slots=True)
class Group:
    name: str
    model: type
    terms: dict[str, Term]

    def readable(self, value: object) -> list[tuple[str, str]]:
        """(name, text) of `value`'s terms that have a readable name and a value, in the group's order."""
        return [
            (term.readable, text)
            for term in self.terms.values()
            if term.readable and (text := getattr(value, term.field))
        ]


def load_group(key: str, entry: dict[str, Any]) -> Group:
    """A group of `semantic_model.toml`, checked against its model class."""
    cls = getattr(model, str(entry["model"]))
    known = {f.name for f in fields(cls)}
    terms: dict[str, Term] = {}
    for name, spec in entry["terms"].items():
        if name not in known:
            raise ValueError(f"semantic_model.toml [{key}]: {cls.__name__} has no field {name!r}")
        terms[name] = Term(
            field=name,
            bts=spec["bts"],
            kind=Kind(spec.get("kind", "text")),
            required=spec.get("required", False),
            default=ZERO if spec.get("zero-when-absent", False) else None,
            omit_zero=spec.get("omit-zero", False),
            label=spec.get("label", ""),
            many=spec.get("many", False),
            readable=spec.get("readable", ""),
            group=spec.get("group", ""),
            empty_when_absent=spec.get("empty-when-absent", False),
        )
        if (terms[name].kind is Kind.GROUP) != bool(terms[name].group):
            raise ValueError(
                f"semantic_model.toml [{key}] {name}: a group term, and only one, names its group"
            )
        if terms[name].many and terms[name].kind not in (Kind.CLASSIFICATION, Kind.IDENTIFIER):
            raise ValueError(
                f"semantic_model.toml [{key}] {name}: only classifications and identifiers repeat"
            )
    return Group(str(entry["group"]), cls, terms)


GROUPS: dict[str, Group] = {
    key: load_group(key, entry)
    for key, entry in tomllib.loads(files(__package__).joinpath("semantic_model.toml").read_text()).items()
}
