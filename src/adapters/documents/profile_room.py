"""What a profile has no room for: the terms of an invoice that a document announcing it leaves out, named by their
BT or BG id, so that RenderDocument says what the document does not hold instead of dropping it silently.

Factur-X BASIC WL leaves terms out, and EN 16931 one: a line's invoice reference (EXT-FR-FE-136/138, an
EXTENDED-CTC-FR term; EXTENDED-CTC-FR and EXTENDED hold every term of the model): the terms its CII tables leave out (`[leave-out.BASICWL]` in cii_paths.toml, which the writer obeys) and what
cii_writer itself does not write in it (`_WRITER`: the lines, BT-7, BT-18, BG-24; and the buyer's BT-45). A reader
reading the document back gets `left_out(...)`'s invoice (tests/unit/adapters/documents/test_profile_room.py holds
the two to each other).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, fields, replace
from typing import Any

from adapters.documents.cii_paths import TABLES
from domain.document_formats import Profile, document_finding
from domain.findings import Finding, Severity
from domain.invoice import Invoice

LEFT_OUT_RULE = "PDP-NOT-IN-PROFILE"

# A group of the leave-out tables -> the values of that group an invoice holds, (where, value, role) each, `role`
# picking the BT of a term named per role ("BT-28/BT-45": 0 the seller's, 1 the buyer's); and the invoice with
# those values replaced.
_Held = list[tuple[str, Any, int]]
_HOLDERS: dict[str, tuple[Callable[[Invoice], _Held], Callable[[Invoice, list[Any]], Invoice]]] = {
    "references": (lambda inv: [("", inv, 0)], lambda inv, values: values[0]),
    "party": (
        lambda inv: [("BG-4", inv.seller, 0), ("BG-7", inv.buyer, 1)],
        lambda inv, values: inv.evolve(seller=values[0], buyer=values[1]),
    ),
    "payment-instructions": (
        lambda inv: [(f"BG-16[{i}]", m, 0) for i, m in enumerate(inv.payment_instructions, 1)],
        lambda inv, values: inv.evolve(payment_instructions=tuple(values)),
    ),
    "line": (
        lambda inv: [(f"BG-25[{i}]", line, 0) for i, line in enumerate(inv.lines, 1)],
        lambda inv, values: inv.evolve(lines=tuple(values)),
    ),
}
_LEFT_OUT = {
    profile: {key: names for key, table in TABLES.items() if (names := table.leave_out.get(profile.value))}
    for profile in Profile
}
_unheld = {key for groups in _LEFT_OUT.values() for key in groups} - set(_HOLDERS)
if _unheld:  # a leave-out the writer obeys and this module would not report: never silent
    raise ValueError(f"cii_paths.toml leaves out terms of {sorted(_unheld)}: say where an invoice holds them")

# What cii_writer leaves out of BASIC WL by itself, (term, the invoice's field) each; and the buyer's BT-45 (below).
_WRITER: dict[Profile, tuple[tuple[str, str], ...]] = {
    Profile.BASIC_WL: (
        ("BG-25", "lines"),
        ("BT-7", "vat_point_date"),
        ("BT-18", "invoiced_object"),
        ("BG-24", "attachments"),
    ),
}


def _default(value: object, name: str) -> object:
    """What the model holds when the term is absent: the field's default."""
    for f in fields(value):  # type: ignore[arg-type]
        if f.name == name:
            if f.default is not MISSING:
                return f.default
            if f.default_factory is not MISSING:
                return f.default_factory()
    return ()  # a required tuple (Invoice.lines): none


def _term(bts: str, role: int, where: str, name: str) -> str:
    parts = bts.split("/")
    if role < len(parts) and not (role and len(parts) == 1):
        return parts[role]
    return f"{where}/{name}"  # a term EN 16931 gives one role only (BT-33, the seller's): the model's other


def left_out(invoice: Invoice, profile: Profile) -> tuple[Invoice, tuple[Finding, ...]]:
    """`invoice` as a document announcing `profile` holds it, and one WARNING (PDP-NOT-IN-PROFILE) per term of
    `invoice` it leaves out, its path the term's id (`BT-82`, `BG-16[2]/BT-82` for a repeated group's)."""
    warnings: list[Finding] = []

    def warn(term: str, what: str) -> None:
        warnings.append(
            document_finding(
                LEFT_OUT_RULE,
                Severity.WARNING,
                f"{term} ({what}) is left out: the {profile.value} profile has no room for it",
                term,
            )
        )

    def cleared(where: str, value: Any, role: int, names: frozenset[str], group: str) -> Any:
        changes = {}
        for name in sorted(names):
            if getattr(value, name) in (None, "", ()):
                continue
            term = _term(TABLES[group].group.terms[name].bts, role, where, name)
            # a repeated group's term says which one: BG-16[2]/BT-85
            warn(f"{where}/{term}" if "[" in where else term, name.replace("_", " "))
            changes[name] = _default(value, name)
        return replace(value, **changes) if changes else value

    out = invoice
    for group, names in _LEFT_OUT[profile].items():
        held, put = _HOLDERS[group]
        out = put(out, [cleared(where, value, role, names, group) for where, value, role in held(out)])
    # BASIC WL has the seller's BT-28, not the buyer's BT-45: a leave-out names a group's terms, not a role's
    if profile is Profile.BASIC_WL and out.buyer.trading_name:
        warn("BT-45", "buyer trading name")
        out = out.evolve(buyer=replace(out.buyer, trading_name=""))
    for term, name in _WRITER.get(profile, ()):
        if getattr(out, name) not in (None, "", ()):
            count = len(getattr(out, name)) if isinstance(getattr(out, name), tuple) else 0
            plural = name.replace("_", " ")
            warn(term, f"{count} {plural if count > 1 else plural.removesuffix('s')}" if count else plural)
            out = out.evolve(**{name: _default(out, name)})
    return out, tuple(warnings)


def warnings_of(invoice: Invoice, profile: Profile) -> tuple[Finding, ...]:
    """`left_out`'s warnings alone: what RenderDocument answers (domain.document_ports.DocumentTools.left_out)."""
    return left_out(invoice, profile)[1]
