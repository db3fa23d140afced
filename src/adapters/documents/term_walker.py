"""Read and write a group of business terms through a syntax's table (see `semantic_model`).

A table lists a group's terms in the order the syntax's schema imposes, each with its path below the group's
element. Reading returns the terms as keyword arguments of the model's class; writing creates the elements of the
terms that have a value, in the table's order. A term whose shape no path can say (it repeats, or the syntax
spreads it over several elements) is a *slot*: the table keeps its place, and the caller reads and writes it.
A term of kind group (a party's address, BG-5; the seller, BG-4, in the references) is another group's value: that
group's table reads and writes it (as the profile leaves it), in the element its path ends on; a required one is
refused when absent ("BG-4: the party is missing"), unless the model reads it empty (`empty-when-absent`).
A constant the schema requires but no term carries (CII's tax `TypeCode` VAT) is written `=VALUE`: read (so it is
not reported as unmapped), and written as it is, when its aggregate is.

Writing, terms whose paths go through one aggregate share its element, written when any of them has a value (or a
slot in it is given; a required term's aggregate always). What a schema adds to that, a path says with a mark:
- `a!/b`: the aggregate `a` is written only when this term is (the schema requires it there: a card's number);
- `b+`: the term is written whenever its aggregate is, empty or 0 if absent (an element the schema requires);
  `b+NA`: NA if absent;
- `a/@n`: the attribute `n` of the element `a`, which the term just before writes (a term, or a constant:
  `"=VA" = "ram:ID/@schemeID"`);
- `a/` (a slot's path): the slot stands inside the aggregate `a`, and the caller writes it there;
- `a|b[@schemeID]` (an identifier): written as `a` when it has no scheme, as `b` with its schemeID (CII's ID and
  GlobalID); read as the first `a` or `b` in the document's order (every one, for a repeated term);
- `a[V]/b`: the aggregate `a` that repeats, told apart by the constant its table writes in it (`"=V" = "a[V]/c"`, or
  an attribute: `"=V" = "a[V]/b/@n"`); read from the first `a` whose constant is V and that gives b a value (`a[!V]`:
  whose constant is not V, the constant written being another: UBL's BT-32, any tax scheme but VAT).
A syntax's `[leave-out.NAME]` names, per group, the terms a profile's schema has no room for (Factur-X BASIC WL), or
that a kind of document holds elsewhere (a UBL CreditNote's BT-17): `Table.writer(NAME)` writes the group without
them, its aggregates as they would be with them.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any

from adapters.documents import reading
from adapters.documents.semantic_model import GROUPS, Group, Kind, Term
from adapters.documents.table_entry import DECIMALS, Element, Entry, Syntax, compiled, entry
from adapters.documents.table_writer import compile_write
from adapters.documents.xml_reader import Tracker
from domain.bounds import XML_SPACE
from domain.document_formats import DocumentError
from domain.invoice import Identifier


@dataclass(frozen=True)
class Table:
    """Where a syntax puts each term of `group`: `{field: path}` in schema order, every term named. `"=VALUE":
    path` is a constant; a name with an empty path is a slot (a term the caller reads and writes, or a place for
    what the group does not hold). `leave_out`: per profile, the terms its schema has no room for. `groups`: the
    syntax's tables of the groups this one holds (its terms of kind group), loaded before it."""

    syntax: Syntax
    group: Group
    paths: Mapping[str, str]
    leave_out: Mapping[str, frozenset[str]] = field(default_factory=dict)
    groups: Mapping[str, Table] = field(default_factory=dict, repr=False)
    _steps: tuple[Entry, ...] = field(init=False, repr=False)
    # read(t, holder, where=""): the terms found below `holder`, by model field; `where` places the error
    # messages (`BG-25[2]`). write(holder, value, currency="", slots=None): the elements of `value`'s terms below
    # `holder`, a slot written by `slots[name](element)`. Both are made from the table (below), once.
    read: Callable[..., dict[str, Any]] = field(init=False, repr=False)
    write: Callable[..., None] = field(init=False, repr=False)
    sources: tuple[str, str] = field(init=False, repr=False)  # the code of `read` and `write`
    _writers: Mapping[str, Callable[..., None]] = field(
        init=False, repr=False
    )  # `write` per profile left out

    def __post_init__(self) -> None:
        steps = []
        for name, path in self.paths.items():
            term = self.group.terms.get(name)
            if term is None and path and not name.startswith("=") and not path.endswith("/"):
                raise ValueError(f"{self.syntax.name}: {name!r} is no term of {self.group.name}")
            slot = not path or path.endswith("/")
            steps.append(entry(None if slot else term, name, path, self.syntax.namespaces))
        missing = set(self.group.terms) - set(self.paths)
        if missing:
            raise ValueError(f"{self.syntax.name}: no path for {sorted(missing)} of {self.group.name}")
        for profile, names in self.leave_out.items():
            if not names <= set(self.group.terms):
                raise ValueError(
                    f"{self.syntax.name} {profile}: {sorted(names)} are not all terms of {self.group.name}"
                )
        held = {term.group for term in self.group.terms.values() if term.group} - set(self.groups)
        if held:
            raise ValueError(
                f"{self.syntax.name}: the tables of {sorted(held)} come before {self.group.name}'s"
            )
        object.__setattr__(self, "_steps", tuple(steps))
        label = f"{self.syntax.name} {self.group.name}"
        read, write = _compile_read(self), compile_write(self.syntax, label, self._steps, self.groups)
        object.__setattr__(self, "read", read[0])
        object.__setattr__(self, "write", write[0])
        object.__setattr__(self, "sources", (read[1], write[1]))
        # a profile's writer where this table or a group it holds leaves something out
        held_profiles = {profile for table in self.groups.values() for profile in table._writers}
        writers = {
            profile: compile_write(
                self.syntax,
                label,
                self._steps,
                self.groups,
                self.leave_out.get(profile, frozenset()),
                profile,
            )[0]
            for profile in set(self.leave_out) | held_profiles
        }
        object.__setattr__(self, "_writers", writers)

    def value(self, t: Tracker, element: Element | None, where: str = "") -> Any:
        """The group's model read from its element (a payee, a delivery), or None when the document has none."""
        return None if element is None else self.group.model(**self.read(t, element, where))

    def values(self, t: Tracker, elements: Iterable[Element], where: str = "") -> tuple[Any, ...]:
        """The group's model read from each of its elements (the preceding invoices, the payment instructions)."""
        return tuple(self.group.model(**self.read(t, element, where)) for element in elements)

    def writer(self, profile: str) -> Callable[..., None]:
        """`write`, without the terms `profile` leaves out."""
        return self._writers.get(profile, self.write)


# --- the table as code ---------------------------------------------------------------------------------------------
# Walking a table step by step cost a parse 15 to 20 % over the code written by hand (the 10-line invoice of
# bench/documents_bench, old and new run side by side), so each table is turned once, at import, into the function
# a person would write: the same calls in the table's order, its paths resolved, an aggregate that several terms
# share walked to once. The code is made from the package's own tables, never from a document; `Table.sources`
# shows it.
def _environment(table: Table) -> dict[str, Any]:
    return {
        "syntax": table.syntax,
        "DocumentError": DocumentError,
        "read_text": _read_text,
        "SPACE": XML_SPACE,
        "read_selected": _read_selected,
        "identifier_by_scheme": _identifier_by_scheme,
        "identifiers_by_scheme": _identifiers_by_scheme,
    }


def _compile_read(table: Table) -> tuple[Callable[..., dict[str, Any]], str]:
    env = _environment(table)
    read = [
        "def read(t, holder, where=''):",
        "    child_at = t.child_at",
        "    to_decimal = t.to_decimal",
    ]
    # the element of each path prefix two terms or more go through, found once
    shared = Counter(
        step.tags[:i]
        for step in table._steps
        if step.term and not step.selected
        for i in range(1, len(step.tags))
    )
    nodes: dict[tuple[str, ...], str] = {(): "holder"}
    nodes.update((prefix, "") for prefix, uses in shared.items() if uses > 1)
    fields = []
    for n, step in enumerate(table._steps):
        term = step.term
        env[f"T{n}"] = step.tags
        if step.selected:  # `a[V]/b`: its aggregate found by its constant, which is read with it
            if term is not None:
                fields.append(f"{term.field!r}: v{n}")
                env[f"S{n}"] = _selection(table._steps, step)
                read.append(f"    v{n} = read_selected(t, holder, *S{n})")
            continue
        if term is None:
            if step.constant and step.attribute:  # judged by the rules, not here
                read.append(f"    t.attr(child_at(holder, T{n}), {step.attribute!r})")
            elif step.constant:
                read.append(f"    child_at(holder, T{n})")
            continue
        fields.append(f"{term.field!r}: v{n}")
        below = _below(step.tags, nodes)
        parent = _node(below, nodes, read, env)
        env[f"E{n}"] = step.tags[len(below) :]
        read.extend(_read_lines(table, term, step, n, env, parent))
    read.append("    return {" + ", ".join(fields) + "}")
    return compiled("\n".join(read), f"{table.syntax.name} {table.group.name}", env, "read")


def _selection(steps: tuple[Entry, ...], step: Entry) -> tuple[Any, ...]:
    """The arguments of `_read_selected` for the term `step` of an aggregate `a[V]`: the path to the a's, as the
    tracker takes paths, the constant telling them apart (the table's line `"=W" = "a[V]/key"`), V, and b."""
    at = step.selected
    aggregate = step.tags[:at]
    key = next((s for s in steps if s.constant and s.tags[:at] == aggregate), None)
    selector = step.selector
    if key is None or not (selector.startswith("!") or key.name[1:] == selector):
        raise ValueError(f"{step.path!r}: no constant {selector!r} in its aggregate tells it apart")
    path = step.path.split("/")
    key_path = key.path.split("/")[at:]
    if key.attribute:
        key_path.pop()
    return (
        "/".join(path[:at]).replace(f"[{selector}]", ""),
        "/".join(key_path),
        key.attribute,
        selector.removeprefix("!"),
        selector.startswith("!"),
        "/".join(path[at:]),
    )


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


def _read_lines(table: Table, term: Term, step: Entry, n: int, env: dict[str, Any], parent: str) -> list[str]:
    """`parent`: the variable of the element the rest of the term's path (`E{n}`) starts from."""
    element = f"child_at({parent}, E{n})"
    # another group's value: its own table reads it; absent, None, or if required refused (or an empty one)
    if term.kind is Kind.GROUP:
        env[f"G{n}"], env[f"C{n}"] = table.groups[term.group], GROUPS[term.group].model
        if term.empty_when_absent:
            return [f"    v{n} = C{n}(**G{n}.read(t, {element}))"]
        lines = [f"    v{n} = G{n}.value(t, {element})"]
        if term.required:
            env[f"L{n}"] = term.label
            lines += [
                f"    if v{n} is None:",
                f"        raise DocumentError(L{n} + ': the {term.group} is missing')",
            ]
        return lines
    if step.by_scheme:
        env[f"B{n}"] = frozenset(alternative[-1] for alternative in step.alternatives)
        read_by_scheme = "identifiers_by_scheme" if term.many else "identifier_by_scheme"
        return [f"    v{n} = {read_by_scheme}(t, child_at({parent}, E{n}[:-1]), B{n})"]
    if term.kind is Kind.TEXT:
        if step.attribute:
            return [f"    v{n} = t.attr({element}, {step.attribute!r})"]
        if len(step.alternatives) > 1:
            env[f"A{n}"] = step.alternatives
            return [f"    v{n} = read_text(t, holder, A{n})"]
        # `t.text(element)` written out: the most frequent call of a parse
        return [f"    e = {element}", f"    v{n} = (e.text or '').strip(SPACE) if e is not None else ''"]
    if term.many:
        env[f"P{n}"], env[f"M{n}"] = step.path, _MANY[term.kind]
        return [f"    v{n} = tuple(M{n}(t, e) for e in t.children(holder, P{n}))"]
    env[f"L{n}"] = term.label
    # as the messages name it: after the group's place (`BG-25[2]/BT-131`), or the place alone
    label = f"(where + '/' + L{n} if where else L{n})" if term.label else "where"
    if term.kind in DECIMALS:  # the usual non-text terms, read inline (a price with its currency in UBL)
        lines = [f"    e = {element}"]
        if term.kind is not Kind.NUMBER and table.syntax.currency_on_amounts:
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


def load_tables(syntax: Syntax, resource: str) -> dict[str, Table]:
    """The tables of a syntax's TOML file (beside this module), one per group of the semantic model."""
    tables = tomllib.loads(files(__package__).joinpath(resource).read_text())
    leave_out = tables.pop("leave-out", {})
    unknown = (set(tables) | {group for groups in leave_out.values() for group in groups}) - set(GROUPS)
    if unknown:
        raise ValueError(f"{resource}: {sorted(unknown)} are no groups of the semantic model")
    loaded: dict[str, Table] = {}
    for key, paths in tables.items():  # a group's table before those of the groups holding it
        left_out = {profile: frozenset(groups[key]) for profile, groups in leave_out.items() if key in groups}
        loaded[key] = Table(syntax, GROUPS[key], paths, left_out, dict(loaded))
    return loaded


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


def _read_selected(
    t: Tracker,
    holder: Element,
    aggregates: str,
    key: str,
    attribute: str,
    value: str,
    negated: bool,
    rest: str,
) -> str:
    """`a[V]/b`: the text of b in the first aggregate a whose constant (the element `key`, or its `attribute`)
    reads V (`[!V]`: anything but V) and that gives b a value. Each a is read as far as its constant: an element
    constant is read; an attribute constant's element, the term's own, is read only in the a taken (an a without
    it is left unread). What an a not taken holds stays unread, and is reported (`Tracker.unmapped`)."""
    text = ""
    for element in t.peek(holder, aggregates):
        if attribute:
            keys = t.peek(element, key)
            if not keys:
                continue
            t.mark(element)
            constant = t.attr(keys[0], attribute)
        else:
            t.mark(element)
            constant = t.text(element, key)
        if (constant == value) is not negated and not text:
            text = t.text(element, rest)
    return text


def _identifier_by_scheme(t: Tracker, parent: Element | None, tags: frozenset[str]) -> Identifier | None:
    """`a|b[@schemeID]`, one identifier (BT-60, BT-71): the first a or b in the document's order; a second one
    stays unread, reported rather than dropped."""
    first = None if parent is None else next((e for e in parent if e.tag in tags), None)
    if first is None:
        return None
    t.mark(first)
    return reading.identifier(t, first)


def _identifiers_by_scheme(t: Tracker, parent: Element | None, tags: frozenset[str]) -> tuple[Any, ...]:
    """`a|b[@schemeID]`, repeated (BT-29, BT-46): every a and b, in the document's order."""
    found = [] if parent is None else [e for e in parent if e.tag in tags]
    for element in found:
        t.mark(element)
    return tuple(reading.identifier(t, element) for element in found)


def _read_classification(syntax: Syntax, t: Tracker, element: Element | None, label: str) -> Any:
    return None if element is None else _classification(t, element)


def _read_charge_indicator(syntax: Syntax, t: Tracker, element: Element | None, label: str) -> Any:
    return reading.charge_indicator(t.text(element), label)


_MANY: dict[Kind, Callable[[Tracker, Element], Any]] = {  # a repeated term's element, read
    Kind.CLASSIFICATION: _classification,
    Kind.IDENTIFIER: reading.identifier,
}
_READERS: dict[Kind, Callable[[Syntax, Tracker, Element | None, str], Any]] = {
    Kind.DATE: _read_date,
    Kind.IDENTIFIER: _read_identifier,
    Kind.CHARGE_INDICATOR: _read_charge_indicator,
    Kind.CLASSIFICATION: _read_classification,
}
