"""The `write` of a syntax's table, made once from its lines (see `term_walker`): the elements of the terms that
have a value, in the table's order, each aggregate that several lines share made once, as the marks say."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from lxml import etree

from adapters.documents import terms
from adapters.documents.semantic_model import Kind
from adapters.documents.table_entry import DECIMALS, Element, Entry, Syntax, compiled, element_tags


@dataclass
class _Aggregate:
    """An element several entries of a table write into (or one a mark names), and what stands in it, in order."""

    tags: tuple[str, ...]  # its path below the table's holder
    within: list[_Aggregate | Entry] = field(default_factory=list)
    key: Entry | None = None  # the term it is written with (`!`), if one decides


def _aggregates(steps: tuple[Entry, ...]) -> _Aggregate:
    """The table's entries as a tree of the aggregates they share: the holder at its root."""
    uses = Counter(
        step.tags[:i]
        for step in steps
        if step.tags and not step.attribute and not (step.term and step.term.many)
        for i in range(1, len(step.tags) + step.placed)
    )
    named = (
        {step.tags[: step.key_of] for step in steps if step.key_of}
        | {step.tags for step in steps if step.placed}
        | {step.tags[: step.selected] for step in steps if step.selected}
    )
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


def compile_write(
    syntax: Syntax,
    label: str,
    steps: tuple[Entry, ...],
    groups: Mapping[str, Any],
    leave_out: frozenset[str] = frozenset(),
    profile: str = "",
) -> tuple[Callable[..., None], str]:
    """`write(holder, value, currency="", slots=None)` for a table's lines, and its source. `groups`: the tables
    of the groups its terms of kind group hold (each written by its `writer(profile)`). `leave_out`: terms
    not written (`profile`'s). Their aggregates stay as the value's terms make them: a profile leaves out a
    term's element, not the aggregate it shares (unless the term decides it, `!`)."""
    env: dict[str, Any] = {"syntax": syntax, "SubElement": etree.SubElement, "ZERO": Decimal(0)}
    currency_on_amounts = syntax.currency_on_amounts
    writers = {key: table.writer(profile) for key, table in groups.items()}
    lines = [
        "def write(holder, value, currency='', slots=None):",
        "    SE = SubElement",
        "    slots = slots or {}",
    ]
    for n, step in enumerate(steps):
        if step.term:
            lines.append(f"    v{n} = value.{step.term.field}")
    number = {id(step): n for n, step in enumerate(steps)}

    def present(entry: _Aggregate | Entry) -> str | None:
        """The condition `entry` is written on, None for always, "False" for never."""
        if isinstance(entry, _Aggregate):
            if entry.key is not None:
                return present(entry.key)
            conditions = [present(e) for e in entry.within if not (isinstance(e, Entry) and e.constant)]
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
                name = etree.QName(element_tags(entry.tags)[-1]).localname
                name = name if f"{name}_tags" not in env else f"{name}{len(lines)}"
                env[f"{name}_tags"] = element_tags(entry.tags[len(aggregate.tags) :])
                lines.append(f"{inner}{name} = {_make_expr(var, f'{name}_tags', len(env[f'{name}_tags']))}")
                emit(entry, name, inner, condition)
                continue
            if entry.name in leave_out:
                continue
            n = number[id(entry)]
            env[f"T{n}"] = element_tags(entry.tags[len(aggregate.tags) :])
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
            if isinstance(following, Entry) and following.attribute:  # the next term sets an attribute on it
                if condition is not None or entry.term.kind is not Kind.TEXT:
                    raise ValueError(f"{following.path!r}: the term before is not a text always written")
                made = f"(e := {made})"
            # `a|b[@schemeID]`: the element named by the value's scheme, made by _write_term
            if entry.by_scheme:
                env[f"S{n}"] = entry.alternatives[1][-1]
                made = _make_expr(var, f"T{n}", len(env[f"T{n}"]) - 1)
            lines.extend(
                inner + line for line in _write_term(entry, n, made, env, currency_on_amounts, writers)
            )

    emit(_aggregates(steps), "holder", "    ")
    lines.append("    return None")
    return compiled("\n".join(lines), label, env, "write")


def _write_term(
    step: Entry,
    n: int,
    made: str,
    env: dict[str, Any],
    currency_on_amounts: bool,
    writers: Mapping[str, Callable[..., None]],
) -> list[str]:
    """The code writing term `n` (its value `v{n}`) into the element `made` makes (by scheme: its aggregate)."""
    term = step.term
    assert term is not None
    if step.attribute:  # on the element the term just before wrote
        return [f"e.set({step.attribute!r}, v{n})"]
    if term.kind is Kind.GROUP:  # its own table writes it
        env[f"W{n}"] = writers[term.group]
        return [f"W{n}({made}, v{n}, currency)"]
    if step.by_scheme:  # CII's ID, or GlobalID with a schemeID (Annex B §1.1)
        env[f"W{n}"] = WRITERS[term.kind]
        if term.many:
            # every ID before every GlobalID, as CII's schema orders them, whatever the model's order
            return [
                f"for each in [*(i for i in v{n} if not i.scheme), *(i for i in v{n} if i.scheme)]:",
                f"    W{n}(syntax, SE({made}, S{n} if each.scheme else T{n}[-1]), each, '')",
            ]
        return [f"W{n}(syntax, SE({made}, S{n} if v{n}.scheme else T{n}[-1]), v{n}, '')"]
    if term.many:
        env[f"W{n}"] = WRITERS[term.kind]
        return [f"for each in v{n}:", f"    W{n}(syntax, {made}, each, currency)"]
    value = f"v{n}"
    if step.always and term.kind in DECIMALS:
        value = f"v{n} or ZERO"
    elif step.default:
        value = f"v{n} or {step.default!r}"
    if term.kind is Kind.TEXT:
        return [f"{made}.text = {value}"]
    if term.kind in DECIMALS:  # the usual non-text terms, written inline (an amount at two decimals)
        env[f"F{n}"] = terms.amount if term.kind is Kind.AMOUNT else terms.number
        if term.kind is not Kind.NUMBER and currency_on_amounts:  # the currency, given as the element is made
            made = made[: -len(")")] + ", {'currencyID': currency})"
        return [f"{made}.text = F{n}({value})"]
    env[f"W{n}"] = WRITERS[term.kind]
    return [f"W{n}(syntax, {made}, {value}, currency)"]


def _make_expr(var: str, tags: str, count: int) -> str:
    """The code creating the `count` elements of the path `tags` below `var`: `SE(SE(holder, T3[0]), T3[1])`."""
    expr = var
    for i in range(count):
        expr = f"SE({expr}, {tags}[{i}])"
    return expr


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


WRITERS: dict[Kind, Callable[[Syntax, Element, Any, str], None]] = {
    Kind.DATE: _write_date,
    Kind.IDENTIFIER: _write_identifier,
    Kind.CHARGE_INDICATOR: _write_charge_indicator,
    Kind.CLASSIFICATION: _write_classification,
}
