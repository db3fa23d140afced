"""Read and write a group of business terms through a syntax's table (see `semantic_model`).

A table lists a group's terms in the order the syntax's schema imposes, each with its path below the group's
element. Reading returns the terms as keyword arguments of the model's class; writing creates the elements of the
terms that have a value, in the table's order. A term whose shape no path can say (it repeats, or the syntax
spreads it over several elements) is a *slot*: the table keeps its place, and the caller reads and writes it.
A constant the schema requires but no term carries (CII's tax `TypeCode` VAT) is written `=VALUE`: read (so it is
not reported as unmapped), and written as it is, when its aggregate is.

Writing, terms whose paths go through one aggregate share its element, written when any of them has a value (or a
slot in it is given; a required term's aggregate always). What a schema adds to that, a path says with a mark:
- `a!/b`: the aggregate `a` is written only when this term is (the schema requires it there: a card's number);
- `b+`: the term is written whenever its aggregate is, empty or 0 if absent (an element the schema requires);
  `b+NA`: NA if absent;
- `a/@n`: the attribute `n` of the element `a`, which the term just before writes (a term, or a constant:
  `"=VA" = "ram:ID/@schemeID"`);
- `a/` (a slot's path): the slot stands inside the aggregate `a`, and the caller writes it there.
A syntax's `[leave-out.NAME]` names, per group, the terms a profile's schema has no room for (Factur-X BASIC WL), or
that a kind of document holds elsewhere (a UBL CreditNote's BT-17): `Table.writer(NAME)` writes the group without
them, its aggregates as they would be with them.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
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
    attribute: str = ""  # `a/@n`: the attribute n of the element the path ends on
    key_of: int = 0  # `a!/b`: the length of the aggregate's path this term decides (0: none)
    always: bool = False  # `b+`: written whenever its aggregate is
    default: str = ""  # `b+NA`: the text written when the term has no value
    placed: bool = False  # a slot inside the aggregate `tags` (its path `a/`)

    @property
    def constant(self) -> bool:
        return self.term is None and self.name.startswith("=")


def _step(term: Term | None, name: str, path: str, namespaces: Mapping[str, str]) -> _Step:
    """A table's entry, its marks taken off its path (see the module's docstring)."""
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
    return _Step(term, name, path, tags, tuple(alternatives), attribute, key_of, always, default, placed)


@dataclass(frozen=True)
class Table:
    """Where a syntax puts each term of `group`: `{field: path}` in schema order, every term named. `"=VALUE":
    path` is a constant; a name with an empty path is a slot (a term the caller reads and writes, or a place for
    what the group does not hold). `leave_out`: per profile, the terms its schema has no room for."""

    syntax: Syntax
    group: Group
    paths: Mapping[str, str]
    leave_out: Mapping[str, frozenset[str]] = field(default_factory=dict)
    _steps: tuple[_Step, ...] = field(init=False, repr=False)
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
            steps.append(_step(None if slot else term, name, path, self.syntax.namespaces))
        missing = set(self.group.terms) - set(self.paths)
        if missing:
            raise ValueError(f"{self.syntax.name}: no path for {sorted(missing)} of {self.group.name}")
        for profile, names in self.leave_out.items():
            if not names <= set(self.group.terms):
                raise ValueError(
                    f"{self.syntax.name} {profile}: {sorted(names)} are not all terms of {self.group.name}"
                )
        object.__setattr__(self, "_steps", tuple(steps))
        read, write = _compile(self)
        object.__setattr__(self, "read", read[0])
        object.__setattr__(self, "write", write[0])
        object.__setattr__(self, "sources", (read[1], write[1]))
        writers = {profile: _compile_write(self, names)[0] for profile, names in self.leave_out.items()}
        object.__setattr__(self, "_writers", writers)

    def writer(self, profile: str) -> Callable[..., None]:
        """`write`, without the terms `profile` leaves out."""
        return self._writers.get(profile, self.write)


# --- the table as code ---------------------------------------------------------------------------------------------
# Walking a table step by step cost a parse 15 to 20 % over the code written by hand (the 10-line invoice of
# bench/documents_bench, old and new run side by side), so each table is turned once, at import, into the function
# a person would write: the same calls in the table's order, its paths resolved, an aggregate that several terms
# share walked to once. The code is made from the package's own tables, never from a document; `Table.sources`
# shows it.
_Code = tuple[Callable[..., Any], str]


def _environment(table: Table) -> dict[str, Any]:
    return {
        "syntax": table.syntax,
        "DocumentError": DocumentError,
        "SubElement": etree.SubElement,
        "read_text": _read_text,
        "SPACE": XML_SPACE,
        "classification": _classification,
        "ZERO": Decimal(0),
    }


def _made(source: str, table: Table, env: dict[str, Any], name: str) -> _Code:
    exec(compile(source, f"<{table.syntax.name} {table.group.name}>", "exec"), env)
    return env[name], source


def _compile(table: Table) -> tuple[_Code, _Code]:
    env = _environment(table)
    read = [
        "def read(t, holder, where=''):",
        "    child_at = t.child_at",
        "    to_decimal = t.to_decimal",
    ]
    # the element of each path prefix two terms or more go through, found once
    shared = Counter(step.tags[:i] for step in table._steps if step.term for i in range(1, len(step.tags)))
    nodes: dict[tuple[str, ...], str] = {(): "holder"}
    nodes.update((prefix, "") for prefix, uses in shared.items() if uses > 1)
    fields = []
    for n, step in enumerate(table._steps):
        term = step.term
        env[f"T{n}"] = step.tags
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
        read.extend(_read_lines(term, step, n, env, parent, table.syntax.currency_on_amounts))
    read.append("    return {" + ", ".join(fields) + "}")
    return _made("\n".join(read), table, env, "read"), _compile_write(table)


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
        if step.attribute:
            return [f"    v{n} = t.attr({element}, {step.attribute!r})"]
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


@dataclass
class _Aggregate:
    """An element several entries of a table write into (or one a mark names), and what stands in it, in order."""

    tags: tuple[str, ...]  # its path below the table's holder
    within: list[_Aggregate | _Step] = field(default_factory=list)
    key: _Step | None = None  # the term it is written with (`!`), if one decides


def _aggregates(steps: list[_Step]) -> _Aggregate:
    """The table's entries as a tree of the aggregates they share: the holder at its root."""
    uses = Counter(
        step.tags[:i]
        for step in steps
        if step.tags and not step.attribute and not (step.term and step.term.many)
        for i in range(1, len(step.tags) + step.placed)
    )
    named = {step.tags[: step.key_of] for step in steps if step.key_of} | {s.tags for s in steps if s.placed}
    prefixes = {prefix for prefix, n in uses.items() if n > 1} | named
    root = _Aggregate(())
    done: set[tuple[str, ...]] = set()
    holder = root
    for step in steps:
        if step.attribute:  # beside the term writing its element
            holder.within.append(step)
            continue
        holder = root
        for i in range(1, len(step.tags) + step.placed):
            if step.tags[:i] not in prefixes:
                continue
            last = holder.within[-1] if holder.within else None
            if not (isinstance(last, _Aggregate) and last.tags == step.tags[:i]):
                if step.tags[:i] in done:  # the schema's order keeps an element's children together
                    raise ValueError(f"{step.path!r}: its aggregate is not next to the entries sharing it")
                done.add(step.tags[:i])
                last = _Aggregate(step.tags[:i])
                holder.within.append(last)
            holder = last
            if step.key_of == i:
                holder.key = step
        holder.within.append(step)
    return root


def _compile_write(table: Table, leave_out: frozenset[str] = frozenset()) -> _Code:
    """`leave_out`: terms not written (a profile's). Their aggregates stay as the value's terms make them: a
    profile leaves out a term's element, not the aggregate it shares (unless the term decides it, `!`)."""
    steps = list(table._steps)
    env = _environment(table)
    currency_on_amounts = table.syntax.currency_on_amounts
    lines = [
        "def write(holder, value, currency='', slots=None):",
        "    SE = SubElement",
        "    slots = slots or {}",
    ]
    for n, step in enumerate(steps):
        if step.term:
            lines.append(f"    v{n} = value.{step.term.field}")
    number = {id(step): n for n, step in enumerate(steps)}

    def present(entry: _Aggregate | _Step) -> str | None:
        """The condition `entry` is written on, None for always, "False" for never."""
        if isinstance(entry, _Aggregate):
            if entry.key is not None:
                return present(entry.key)
            conditions = [present(e) for e in entry.within if not (isinstance(e, _Step) and e.constant)]
            if None in conditions:
                return None
            return " or ".join(c for c in conditions if c and c != "False") or "False"
        if entry.name in leave_out and entry.key_of:  # the aggregate it decides goes with it
            return "False"
        n, term = number[id(entry)], entry.term
        if term is None:
            return f"{entry.name!r} in slots"
        if term.required:
            return None
        if term.kind is Kind.TEXT or term.many:
            return f"v{n}"
        return f"v{n} is not None" + (f" and v{n} != 0" if term.omit_zero else "")

    def emit(aggregate: _Aggregate, var: str, indent: str, made_if: str | None = None) -> None:
        """`made_if`: the condition `aggregate` was made on, which its entries need not test again."""
        for k, entry in enumerate(aggregate.within):
            if isinstance(entry, _Aggregate):
                condition = present(entry)
                if condition == "False":  # only constants left in it (a profile left its terms out)
                    continue
                inner = indent
                if condition is not None:
                    lines.append(f"{indent}if {condition}:")
                    inner += "    "
                name = etree.QName(entry.tags[-1]).localname
                name = name if f"{name}_tags" not in env else f"{name}{len(lines)}"
                env[f"{name}_tags"] = entry.tags[len(aggregate.tags) :]
                lines.append(f"{inner}{name} = {_make_expr(var, f'{name}_tags', len(env[f'{name}_tags']))}")
                emit(entry, name, inner, condition)
                continue
            if entry.name in leave_out:
                continue
            n = number[id(entry)]
            env[f"T{n}"] = entry.tags[len(aggregate.tags) :]
            made = _make_expr(var, f"T{n}", len(env[f"T{n}"]))
            if entry.term is None:
                if entry.constant and entry.attribute:  # on the element the term just before wrote
                    lines.append(f"{indent}e.set({entry.attribute!r}, {entry.name[1:]!r})")
                elif entry.constant:
                    lines.append(f"{indent}{made}.text = {entry.name[1:]!r}")
                elif present(entry) == made_if:
                    lines.append(f"{indent}slots[{entry.name!r}]({var})")
                else:  # in the table's holder, or in the aggregate its path names
                    lines.append(f"{indent}if {entry.name!r} in slots:")
                    lines.append(f"{indent}    slots[{entry.name!r}]({var})")
                continue
            condition = None if entry.always or entry.key_of or present(entry) == made_if else present(entry)
            inner = indent
            if condition is not None:
                lines.append(f"{indent}if {condition}:")
                inner += "    "
            following = aggregate.within[k + 1] if k + 1 < len(aggregate.within) else None
            if isinstance(following, _Step) and following.attribute:  # the next term sets an attribute on it
                if condition is not None or entry.term.kind is not Kind.TEXT:
                    raise ValueError(f"{following.path!r}: the term before is not a text always written")
                made = f"(e := {made})"
            lines.extend(inner + line for line in _write_term(entry, n, made, env, currency_on_amounts))

    emit(_aggregates(steps), "holder", "    ")
    lines.append("    return None")
    return _made("\n".join(lines), table, env, "write")


def _write_term(step: _Step, n: int, made: str, env: dict[str, Any], currency_on_amounts: bool) -> list[str]:
    """The code writing term `n` (its value `v{n}`) into the element `made` makes."""
    term = step.term
    assert term is not None
    if step.attribute:  # on the element the term just before wrote
        return [f"e.set({step.attribute!r}, v{n})"]
    if term.many:
        env[f"W{n}"] = _WRITERS[term.kind]
        return [f"for each in v{n}:", f"    W{n}(syntax, {made}, each, currency)"]
    value = f"v{n}"
    if step.always and term.kind in _DECIMALS:
        value = f"v{n} or ZERO"
    elif step.default:
        value = f"v{n} or {step.default!r}"
    if term.kind is Kind.TEXT:
        return [f"{made}.text = {value}"]
    if term.kind in _DECIMALS:  # the usual non-text terms, written inline (an amount at two decimals)
        env[f"F{n}"] = terms.amount if term.kind is Kind.AMOUNT else terms.number
        if term.kind is not Kind.NUMBER and currency_on_amounts:  # the currency, given as the element is made
            made = made[: -len(")")] + ", {'currencyID': currency})"
        return [f"{made}.text = F{n}({value})"]
    env[f"W{n}"] = _WRITERS[term.kind]
    return [f"W{n}(syntax, {made}, {value}, currency)"]


def _make_expr(var: str, tags: str, count: int) -> str:
    """The code creating the `count` elements of the path `tags` below `var`: `SE(SE(holder, T3[0]), T3[1])`."""
    expr = var
    for i in range(count):
        expr = f"SE({expr}, {tags}[{i}])"
    return expr


def load_tables(syntax: Syntax, resource: str) -> dict[str, Table]:
    """The tables of a syntax's TOML file (beside this module), one per group of the semantic model."""
    tables = tomllib.loads(files(__package__).joinpath(resource).read_text())
    leave_out = tables.pop("leave-out", {})
    unknown = (set(tables) | {group for groups in leave_out.values() for group in groups}) - set(GROUPS)
    if unknown:
        raise ValueError(f"{resource}: {sorted(unknown)} are no groups of the semantic model")
    return {
        key: Table(
            syntax,
            GROUPS[key],
            paths,
            {profile: frozenset(groups[key]) for profile, groups in leave_out.items() if key in groups},
        )
        for key, paths in tables.items()
    }


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
