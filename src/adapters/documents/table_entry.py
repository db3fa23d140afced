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

    @property
    def constant(self) -> bool:
        return self.term is None and self.name.startswith("=")


def entry(term: Term | None, name: str, path: str, namespaces: Mapping[str, str]) -> Entry:
    """A table's line `name = path`."""
    placed = path.endswith("/")
    attribute, key_of, always, default = "", 0, False, ""
    alternatives = []
    for n, alternative in enumerate(path.rstrip("/").split("|") if path else ()):
        steps = alternative.split("/")
        if steps[-1].startswith("@"):
            attribute = steps.pop()[1:]
        if "+" in steps[-1]:
            steps[-1], default = steps[-1].split("+")
            always = True
        for i, step in enumerate(steps):
            if step.endswith("!"):
                key_of, steps[i] = (i + 1 if n == 0 else key_of), step[:-1]
        alternatives.append(tuple(clark(step, namespaces) for step in steps))
    tags = alternatives[0] if alternatives else ()
    return Entry(term, name, path, tags, tuple(alternatives), attribute, key_of, always, default, placed)


def compiled(source: str, label: str, env: dict[str, Any], name: str) -> tuple[Callable[..., Any], str]:
    """The function `name` that `source` defines, run in `env`, and its source (`Table.sources`)."""
    exec(compile(source, f"<{label}>", "exec"), env)
    return env[name], source
