"""Read and write a group of business terms through a syntax's table (see `semantic_model`).

A table lists a group's terms in the order the syntax's schema imposes, each with its path below the group's
element. Reading returns the terms as keyword arguments of the model's class; writing creates the elements of the
terms that have a value, in the table's order. A term whose shape no path can say (it repeats, or the syntax
spreads it over several elements) is a *slot*: the table keeps its place, and the caller reads and writes it.
A constant the schema requires but no term carries (CII's tax `TypeCode` VAT) is written `=VALUE`: read (so it is
not reported as unmapped), and written as it is.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib.resources import files
from typing import Any, TypeAlias

from lxml import etree

from adapters.documents import reading, terms
from adapters.documents.semantic_model import GROUPS, Group, Kind, Term
from adapters.documents.xml_reader import Tracker, clark
from domain.document_formats import DocumentError
from domain.invoice import Identifier

Element: TypeAlias = etree._Element
SlotWriter = Callable[[Element], None]


@dataclass(frozen=True, slots=True)
class Syntax:
    """What a syntax decides for every table: its prefixes, how it writes a date, whether amounts carry currency."""

    name: str
    namespaces: Mapping[str, str]
    read_date: Callable[[Tracker, Element | None, str, str], date | None]
    write_date: Callable[[Element, date], None]  # fills the element the term's path ends on
    currency_on_amounts: bool


@dataclass(frozen=True, slots=True)
class _Step:
    term: Term | None  # None for a slot or a constant
    name: str
    path: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """Where a syntax puts each term of `group`: `{field: path}` in schema order, every term named. `"=VALUE":
    path` is a constant; a name with an empty path is a slot (a term the caller reads and writes, or a place for
    what the group does not hold)."""

    syntax: Syntax
    group: Group
    paths: Mapping[str, str]
    _steps: tuple[_Step, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        steps = []
        for name, path in self.paths.items():
            term = self.group.terms.get(name)
            if term is None and path and not name.startswith("="):
                raise ValueError(f"{self.syntax.name}: {name!r} is no term of {self.group.name}")
            written = path.split("|")[0]  # of alternatives, the first is the one written
            tags = tuple(clark(step, self.syntax.namespaces) for step in written.split("/")) if path else ()
            steps.append(_Step(term if path else None, name, path, tags))
        missing = set(self.group.terms) - set(self.paths)
        if missing:
            raise ValueError(f"{self.syntax.name}: no path for {sorted(missing)} of {self.group.name}")
        object.__setattr__(self, "_steps", tuple(steps))

    def read(self, t: Tracker, holder: Element | None, where: str = "") -> dict[str, Any]:
        """The terms found below `holder`, by model field; `where` places the error messages (`BG-25[2]`)."""
        values: dict[str, Any] = {}
        syntax = self.syntax
        for step in self._steps:
            term = step.term
            if term is None:
                if step.path:
                    t.text(holder, step.path)  # a constant: read, and judged by the rules, not here
                continue
            if term.many:
                values[term.field] = tuple(_classification(t, e) for e in t.children(holder, step.path))
                continue
            label = f"{where}/{term.label}" if where and term.label else term.label or where
            value = _READERS[term.kind](syntax, t, holder, step.path, label)
            if value is None and term.required and term.kind is not Kind.TEXT:
                raise DocumentError(f"{label} is missing")
            if not value and term.default is not None:
                value = term.default  # absent or zero: the model's one zero
            values[term.field] = value
        return values

    def write(
        self,
        holder: Element,
        value: object,
        currency: str = "",
        slots: Mapping[str, SlotWriter] | None = None,
    ) -> None:
        """The elements of `value`'s terms below `holder`; a slot is written by `slots[name](holder)`."""
        syntax = self.syntax
        for step in self._steps:
            term = step.term
            if term is None:
                if step.path:
                    _make(holder, step.tags).text = step.name[1:]
                elif slots is not None and step.name in slots:
                    slots[step.name](holder)
                continue
            data = getattr(value, term.field)
            if term.many:
                for each in data:
                    _WRITERS[term.kind](syntax, _make(holder, step.tags), each, currency)
                continue
            if not term.required and (data is None or data == "" or (term.omit_zero and data == 0)):
                continue
            _WRITERS[term.kind](syntax, _make(holder, step.tags), data, currency)


def load_tables(syntax: Syntax, resource: str) -> dict[str, Table]:
    """The tables of a syntax's TOML file (beside this module), one per group of the semantic model."""
    tables = tomllib.loads(files(__package__).joinpath(resource).read_text())
    unknown = set(tables) - set(GROUPS)
    if unknown:
        raise ValueError(f"{resource}: {sorted(unknown)} are no groups of the semantic model")
    return {key: Table(syntax, GROUPS[key], paths) for key, paths in tables.items()}


def _make(holder: Element, tags: tuple[str, ...]) -> Element:
    element = holder
    for tag in tags:
        element = etree.SubElement(element, tag)
    return element


# --- reading, by kind ----------------------------------------------------------------------------------------------
def _read_text(syntax: Syntax, t: Tracker, holder: Element | None, path: str, label: str) -> str:
    # "a|b": a term the syntax lets stand in either element (CII's BT-41: a person's name or a department's);
    # the second is looked at only when the first is empty, so a second one given as well is reported
    for alternative in path.split("|"):
        text = t.text(holder, alternative)
        if text:
            return text
    return ""


def _read_amount(syntax: Syntax, t: Tracker, holder: Element | None, path: str, label: str) -> Any:
    if not syntax.currency_on_amounts:
        return t.decimal(holder, path, label)
    element = t.child(holder, path)
    if element is None:
        return None
    t.attr(element, "currencyID")
    return t.decimal(element, "", label)


def _read_number(syntax: Syntax, t: Tracker, holder: Element | None, path: str, label: str) -> Any:
    return t.decimal(holder, path, label)


def _read_date(syntax: Syntax, t: Tracker, holder: Element | None, path: str, label: str) -> Any:
    return syntax.read_date(t, holder, path, label)


def _read_identifier(syntax: Syntax, t: Tracker, holder: Element | None, path: str, label: str) -> Any:
    return reading.identifier(t, t.child(holder, path))


def _classification(t: Tracker, element: Element) -> Identifier:
    return Identifier(t.text(element), t.attr(element, "listID"))


def _read_classification(syntax: Syntax, t: Tracker, holder: Element | None, path: str, label: str) -> Any:
    element = t.child(holder, path)
    return None if element is None else _classification(t, element)


def _read_charge_indicator(syntax: Syntax, t: Tracker, holder: Element | None, path: str, label: str) -> Any:
    return reading.charge_indicator(t.text(holder, path), label)


_READERS: dict[Kind, Callable[[Syntax, Tracker, Element | None, str, str], Any]] = {
    Kind.TEXT: _read_text,
    Kind.AMOUNT: _read_amount,
    Kind.NUMBER: _read_number,
    Kind.PRICE: _read_amount,  # read as an amount is: with its currency in UBL, at the precision given
    Kind.DATE: _read_date,
    Kind.IDENTIFIER: _read_identifier,
    Kind.CHARGE_INDICATOR: _read_charge_indicator,
    Kind.CLASSIFICATION: _read_classification,
}


# --- writing, by kind ----------------------------------------------------------------------------------------------
def _write_text(syntax: Syntax, element: Element, value: Any, currency: str) -> None:
    element.text = value


def _write_amount(syntax: Syntax, element: Element, value: Any, currency: str) -> None:
    if syntax.currency_on_amounts:
        element.set("currencyID", currency)
    element.text = terms.amount(value)


def _write_number(syntax: Syntax, element: Element, value: Any, currency: str) -> None:
    element.text = terms.number(value)


def _write_price(syntax: Syntax, element: Element, value: Any, currency: str) -> None:
    if syntax.currency_on_amounts:
        element.set("currencyID", currency)
    element.text = terms.number(value)


def _write_date(syntax: Syntax, element: Element, value: Any, currency: str) -> None:
    syntax.write_date(element, value)


def _write_identifier(syntax: Syntax, element: Element, value: Any, currency: str) -> None:
    if value.scheme:
        element.set("schemeID", value.scheme)
    element.text = value.value


def _write_classification(syntax: Syntax, element: Element, value: Any, currency: str) -> None:
    if value.scheme:
        element.set("listID", value.scheme)
    element.text = value.value


def _write_charge_indicator(syntax: Syntax, element: Element, value: Any, currency: str) -> None:
    element.text = "true" if value else "false"


_WRITERS: dict[Kind, Callable[[Syntax, Element, Any, str], None]] = {
    Kind.TEXT: _write_text,
    Kind.AMOUNT: _write_amount,
    Kind.NUMBER: _write_number,
    Kind.PRICE: _write_price,
    Kind.DATE: _write_date,
    Kind.IDENTIFIER: _write_identifier,
    Kind.CHARGE_INDICATOR: _write_charge_indicator,
    Kind.CLASSIFICATION: _write_classification,
}
