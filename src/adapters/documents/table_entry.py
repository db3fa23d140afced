"""A line of a syntax's table (`term_walker`), as the code made from it needs it: what it is, where it stands,
with the marks of its path taken off; and what a syntax decides for all its tables."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeAlias

from lxml import etree

from adapters.documents.semantic_model import Kind, Term
from adapters.documents.xml_reader import Tracker, clark

Element: TypeAlias = etree._Element
DECIMALS = frozenset({Kind.AMOUNT, Kind.PRICE, Kind.NUMBER})  # read and written inline by the code made


@dataclass(frozen=True, slots=True)
class Syntax:
    """What a syntax decides for every table: its prefixes, how it writes a date, whether amounts carry currency."""

    name: str
    namespaces: Mapping[str, str]
    read_date: Callable[[Tracker, Element | None, str], date | None]  # from the element the path ends on
    write_date: Callable[[Element, date], None]  # fills the element the term's path ends on
    currency_on_amounts: bool


@dataclass(frozen=True, slots=True)
class Entry:
    """A line of a table: a term, a slot or a constant, its marks taken off its path (see `term_walker`)."""

    term: Term | None  # None for a slot or a constant
    name: str
    path: str
    tags: tuple[str, ...]  # the path resolved to lxml's tags (the first alternative: the one written)
    alternatives: tuple[tuple[str, ...], ...]  # each alternative, resolved
    attribute: str = ""  # `a/@n`: the attribute n of the element the path ends on
    key_of: int = 0  # `a!/b`: the length of the aggregate's path this term decides (0: none)
    always: bool = False  # `b+`: written whenever its aggregate is
    default: str = ""  # `b+NA`: the text written when the term has no value
    placed: bool = False  # a slot inside the aggregate `tags` (its path `a/`)
    by_scheme: bool = False  # `a|b[@schemeID]`: an identifier written as a without a scheme, b with one
    # `a[V]/b`: the length of the path to the aggregate a that its constant V tells apart (0: none)
    selected: int = 0

    @property
    def constant(self) -> bool:
        return self.term is None and self.name.startswith("=")

    @property
    def selector(self) -> str:
        """`V` of `a[V]` (`!V`: any constant but V), the aggregate this entry stands in; "" when none."""
        return self.tags[self.selected - 1].partition("[")[2][:-1] if self.selected else ""


def element_tags(tags: tuple[str, ...]) -> tuple[str, ...]:
    """`tags` as elements are named: the `[V]` telling a repeated aggregate apart taken off."""
    return tuple(tag.partition("[")[0] for tag in tags)


def entry(term: Term | None, name: str, path: str, namespaces: Mapping[str, str]) -> Entry:
    """A table's line `name = path`."""
    placed = path.endswith("/")
    attribute, key_of, always, default, by_scheme, selected = "", 0, False, "", False, 0
    alternatives = []
    for n, alternative in enumerate(path.rstrip("/").split("|") if path else ()):
        steps = alternative.split("/")
        if steps[-1].startswith("@"):
            attribute = steps.pop()[1:]
        if "+" in steps[-1]:
            steps[-1], default = steps[-1].split("+")
            always = True
        if steps[-1].endswith("[@schemeID]"):
            steps[-1], by_scheme = steps[-1].removesuffix("[@schemeID]"), True
        for i, step in enumerate(steps):
            if step.endswith("!"):
                key_of, steps[i] = (i + 1 if n == 0 else key_of), step[:-1]
            if step.endswith("]"):
                selected = i + 1
        alternatives.append(tuple(clark(step, namespaces) for step in steps))
    two_siblings = len(alternatives) == 2 and alternatives[0][:-1] == alternatives[1][:-1]
    if by_scheme and not (two_siblings and term is not None and term.kind is Kind.IDENTIFIER):
        raise ValueError(f"{path!r}: `[@schemeID]` chooses between two elements of one aggregate")
    tags = alternatives[0] if alternatives else ()
    return Entry(
        term,
        name,
        path,
        tags,
        tuple(alternatives),
        attribute,
        key_of,
        always,
        default,
        placed,
        by_scheme,
        selected,
    )


def compiled(source: str, label: str, env: dict[str, Any], name: str) -> tuple[Callable[..., Any], str]:
    """The function `name` that `source` defines, run in `env`, and its source (`Table.sources`)."""
    exec(compile(source, f"<{label}>", "exec"), env)
    return env[name], source
