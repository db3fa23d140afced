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
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib.resources import files
from typing import Any, TypeAlias

from lxml import etree

from adapters.documents import reading, terms
from adapters.documents.semantic_model import GROUPS, Group, Kind, Term
from adapters.documents.xml_reader import Tracker, clark
from domain.bounds import XML_SPACE
from domain.document_formats import DocumentError
from domain.invoice import Identifier

Element: TypeAlias = etree._Element
SlotWriter = Callable[[Element], None]


@dataclass(frozen=True, slots=True)
class Syntax:
    """What a syntax decides for every table: its prefixes, how it writes a date, whether amounts carry currency."""

    name: str
    namespaces: Mapping[str, str]
    read_date: Callable[[Tracker, Element | None, str], date | None]  # from the element the path ends on
    write_date: Callable[[Element, date], None]  # fills the element the term's path ends on
    currency_on_amounts: bool


@dataclass(frozen=True, slots=True)
class _Step:
    term: Term | None  # None for a slot or a constant
    name: str
    path: str
    tags: tuple[str, ...]  # the path resolved to lxml's tags (the first alternative: the one written)
    alternatives: tuple[tuple[str, ...], ...]  # each alternative, resolved


@dataclass(frozen=True)
class Table:
    """Where a syntax puts each term of `group`: `{field: path}` in schema order, every term named. `"=VALUE":
    path` is a constant; a name with an empty path is a slot (a term the caller reads and writes, or a place for
    what the group does not hold)."""

    syntax: Syntax
    group: Group
    paths: Mapping[str, str]
    _steps: tuple[_Step, ...] = field(init=False, repr=False)
    # read(t, holder, where=""): the terms found below `holder`, by model field; `where` places the error
    # messages (`BG-25[2]`). write(holder, value, currency="", slots=None): the elements of `value`'s terms below
    # `holder`, a slot written by `slots[name](holder)`. Both are made from the table (below), once.
    read: Callable[..., dict[str, Any]] = field(init=False, repr=False)
    write: Callable[..., None] = field(init=False, repr=False)
    sources: tuple[str, str] = field(init=False, repr=False)  # the code of `read` and `write`

    def __post_init__(self) -> None:
        steps = []
        for name, path in self.paths.items():
            term = self.group.terms.get(name)
            if term is None and path and not name.startswith("="):
                raise ValueError(f"{self.syntax.name}: {name!r} is no term of {self.group.name}")
            alternatives = tuple(
                tuple(clark(step, self.syntax.namespaces) for step in alternative.split("/"))
                for alternative in path.split("|")
                if alternative
            )
            tags = alternatives[0] if alternatives else ()
            steps.append(_Step(term if path else None, name, path, tags, alternatives))
        missing = set(self.group.terms) - set(self.paths)
        if missing:
            raise ValueError(f"{self.syntax.name}: no path for {sorted(missing)} of {self.group.name}")
        object.__setattr__(self, "_steps", tuple(steps))
        _compile(self)


# --- the table as code ---------------------------------------------------------------------------------------------
# Walking a table step by step cost a parse 15 to 20 % over the code written by hand (the 10-line invoice of
# bench/documents_bench, old and new run side by side), so each table is turned once, at import, into the function
# a person would write: the same calls in the table's order, its paths resolved, an aggregate that several terms
# share walked to once. The code is made from the package's own tables, never from a document; `Table.sources`
# shows it.


def _compile(table: Table) -> None:
    env: dict[str, Any] = {
        "syntax": table.syntax,
        "DocumentError": DocumentError,
        "SubElement": etree.SubElement,
        "read_text": _read_text,
        "SPACE": XML_SPACE,
        "classification": _classification,
    }
    read = [
        "def read(t, holder, where=''):",
        "    child_at = t.child_at",
        "    to_decimal = t.to_decimal",
    ]
    # the element of each path prefix two terms or more go through, found once
    shared = Counter(step.tags[:i] for step in table._steps if step.term for i in range(1, len(step.tags)))
    nodes: dict[tuple[str, ...], str] = {(): "holder"}
    nodes.update((prefix, "") for prefix, uses in shared.items() if uses > 1)
    write = [
        "def write(holder, value, currency='', slots=None):",
        "    SE = SubElement",
        "    slots = slots or {}",
    ]
    fields = []
    for n, step in enumerate(table._steps):
        term = step.term
        env[f"T{n}"] = step.tags
        if term is None:
            if step.tags:  # a constant: read (judged by the rules, not here), and written as it is
                read.append(f"    child_at(holder, T{n})")
                write.append(f"    {_make_expr(step.tags, n)}.text = {step.name[1:]!r}")
            else:
                write.append(f"    if {step.name!r} in slots:")
                write.append(f"        slots[{step.name!r}](holder)")
            continue
        fields.append(f"{term.field!r}: v{n}")
        below = _below(step.tags, nodes)
        parent = _node(below, nodes, read, env)
        env[f"E{n}"] = step.tags[len(below) :]
        read.extend(_read_lines(term, step, n, env, parent, table.syntax.currency_on_amounts))
        write.extend(_write_lines(term, step, n, env, table.syntax.currency_on_amounts))
    read.append("    return {" + ", ".join(fields) + "}")
    write.append("    return None")
    sources = ("\n".join(read), "\n".join(write))
    for source in sources:
        exec(compile(source, f"<{table.syntax.name} {table.group.name}>", "exec"), env)
    object.__setattr__(table, "read", env["read"])
    object.__setattr__(table, "write", env["write"])
    object.__setattr__(table, "sources", sources)


def _below(tags: tuple[str, ...], nodes: dict[tuple[str, ...], str]) -> tuple[str, ...]:
    """The longest shared prefix strictly above `tags`: `()` (the holder) when none."""
    return max((p for p in nodes if len(p) < len(tags) and tags[: len(p)] == p), key=len)


def _node(
    prefix: tuple[str, ...], nodes: dict[tuple[str, ...], str], read: list[str], env: dict[str, Any]
) -> str:
    """The variable holding the element down a shared `prefix`, its code added to `read` at first use: terms
    under one aggregate (a line's `SpecifiedLineTradeAgreement`) walk to it once, marking it as each walk would."""
    name = nodes[prefix]
    if not name:
        below = _below(prefix, nodes)
        parent = _node(below, nodes, read, env)
        name = nodes[prefix] = f"n{len(read)}"
        env[f"{name}_tags"] = prefix[len(below) :]
        read.append(f"    {name} = child_at({parent}, {name}_tags)")
    return name


def _read_lines(
    term: Term, step: _Step, n: int, env: dict[str, Any], parent: str, currency_on_amounts: bool
) -> list[str]:
    """`parent`: the variable of the element the rest of the term's path (`E{n}`) starts from."""
    element = f"child_at({parent}, E{n})"
    if term.kind is Kind.TEXT:
        if len(step.alternatives) > 1:
            env[f"A{n}"] = step.alternatives
            return [f"    v{n} = read_text(t, holder, A{n})"]
        # `t.text(element)` written out: the most frequent call of a parse
        return [f"    e = {element}", f"    v{n} = (e.text or '').strip(SPACE) if e is not None else ''"]
    if term.many:
        env[f"P{n}"] = step.path
        return [f"    v{n} = tuple(classification(t, e) for e in t.children(holder, P{n}))"]
    env[f"L{n}"] = term.label
    # as the messages name it: after the group's place (`BG-25[2]/BT-131`), or the place alone
    label = f"(where + '/' + L{n} if where else L{n})" if term.label else "where"
    if term.kind in _DECIMALS:  # the usual non-text terms, read inline (a price with its currency in UBL)
        lines = [f"    e = {element}"]
        if term.kind is not Kind.NUMBER and currency_on_amounts:
            lines += ["    if e is not None:", "        t.attr(e, 'currencyID')"]
        lines.append(f"    v{n} = to_decimal((e.text or '').strip(SPACE) if e is not None else '', {label})")
    else:
        env[f"R{n}"] = _READERS[term.kind]
        lines = [f"    v{n} = R{n}(syntax, t, {element}, {label})"]
    if term.required:
        lines += [f"    if v{n} is None:", f"        raise DocumentError({label} + ' is missing')"]
    if term.default is not None:
        env[f"D{n}"] = term.default
        lines += [f"    if not v{n}:", f"        v{n} = D{n}  # absent or zero: the model's one zero"]
    return lines


_DECIMALS = frozenset({Kind.AMOUNT, Kind.PRICE, Kind.NUMBER})


def _write_lines(
    term: Term, step: _Step, n: int, env: dict[str, Any], currency_on_amounts: bool
) -> list[str]:
    value = f"value.{term.field}"
    if term.many:
        env[f"W{n}"] = _WRITERS[term.kind]
        return [
            f"    for each in {value}:",
            f"        W{n}(syntax, {_make_expr(step.tags, n)}, each, currency)",
        ]
    # absent: an empty text, a None, and a zero where zero means none
    present = "v" if term.kind is Kind.TEXT else "v is not None" + (" and v != 0" if term.omit_zero else "")
    lines = [f"    v = {value}"] + ([] if term.required else [f"    if {present}:"])
    indent = "    " if term.required else "        "
    if term.kind is Kind.TEXT:
        return [*lines, f"{indent}{_make_expr(step.tags, n)}.text = v"]
    if term.kind in _DECIMALS:  # the usual non-text terms, written inline (an amount at two decimals)
        env[f"F{n}"] = terms.amount if term.kind is Kind.AMOUNT else terms.number
        currency = term.kind is not Kind.NUMBER and currency_on_amounts  # given as the element is made
        element = _make_expr(step.tags, n, "{'currencyID': currency}" if currency else "")
        return [*lines, f"{indent}{element}.text = F{n}(v)"]
    env[f"W{n}"] = _WRITERS[term.kind]
    return [*lines, f"{indent}W{n}(syntax, {_make_expr(step.tags, n)}, v, currency)"]


def _make_expr(tags: tuple[str, ...], n: int, attrib: str = "") -> str:
    """The code creating the elements of a path below `holder`, `attrib` on the last: `SE(SE(holder, T3[0]),
    T3[1])`."""
    expr = "holder"
    for i in range(len(tags)):
        expr = f"SE({expr}, T{n}[{i}]{', ' + attrib if attrib and i == len(tags) - 1 else ''})"
    return expr


def load_tables(syntax: Syntax, resource: str) -> dict[str, Table]:
    """The tables of a syntax's TOML file (beside this module), one per group of the semantic model."""
    tables = tomllib.loads(files(__package__).joinpath(resource).read_text())
    unknown = set(tables) - set(GROUPS)
    if unknown:
        raise ValueError(f"{resource}: {sorted(unknown)} are no groups of the semantic model")
    return {key: Table(syntax, GROUPS[key], paths) for key, paths in tables.items()}


# --- reading, by kind: from the element the term's path ends on (None when absent) -------------------------------
# (text and the decimal kinds are read by the code `_compile` writes, inline)
def _read_text(t: Tracker, holder: Element | None, alternatives: tuple[tuple[str, ...], ...]) -> str:
    # `a|b`: a term the syntax lets stand in either element (CII's BT-41: a person's name or a department's); the
    # second is looked at only when the first is empty, so a second one given as well is reported
    for tags in alternatives:
        element = t.child_at(holder, tags)
        if element is not None:
            text = t.text(element)
            if text:
                return text
    return ""


def _read_date(syntax: Syntax, t: Tracker, element: Element | None, label: str) -> Any:
    return syntax.read_date(t, element, label)


def _read_identifier(syntax: Syntax, t: Tracker, element: Element | None, label: str) -> Any:
    return reading.identifier(t, element)


def _classification(t: Tracker, element: Element) -> Identifier:
    return Identifier(t.text(element), t.attr(element, "listID"))


def _read_classification(syntax: Syntax, t: Tracker, element: Element | None, label: str) -> Any:
    return None if element is None else _classification(t, element)


def _read_charge_indicator(syntax: Syntax, t: Tracker, element: Element | None, label: str) -> Any:
    return reading.charge_indicator(t.text(element), label)


_READERS: dict[Kind, Callable[[Syntax, Tracker, Element | None, str], Any]] = {
    Kind.DATE: _read_date,
    Kind.IDENTIFIER: _read_identifier,
    Kind.CHARGE_INDICATOR: _read_charge_indicator,
    Kind.CLASSIFICATION: _read_classification,
}


# --- writing, by kind (text and the decimal kinds: inline, in the code `_compile` writes) ---------------------------
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
    Kind.DATE: _write_date,
    Kind.IDENTIFIER: _write_identifier,
    Kind.CHARGE_INDICATOR: _write_charge_indicator,
    Kind.CLASSIFICATION: _write_classification,
}
