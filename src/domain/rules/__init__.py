"""Domain validation of an invoice: EN 16931, the French CIUS (BR-FR) and French VAT specifics.

`validate_invoice` runs every rule (EN 16931 in `en16931` and `code_lists`, BR-FR in `br_fr`, VAT in `vat`)
and returns every finding (it never stops at the first). The invoice may carry computed totals
(`domain.totals.compute_totals`) or declared ones (a parsed document): declared values are checked against their
recomputation, exactly to the cent. Rule ids agree with the official artefacts
(CEN EN 16931 CII validation, FNFE-MPE BR-FR-Flux2 CII schematron V1.4.0); rules of our own start with `PDP-`
and are listed in each module's docstring; the readings stricter than the official artefacts are listed in
`stricter` (warnings on a ready document: `as_ready_document`); `books` warns, by domain.payments' rule ids (PAY-...), of what a credit
note or corrective invoice will do to the books.
"""

from __future__ import annotations

from domain.findings import Finding
from domain.invoice import Invoice
from domain.money import arithmetic
from domain.rules import attachments, b2g, books, br_fr, code_lists, en16931, vat
from domain.rules._context import Check, Context
from domain.rules.stricter import STRICTER_THAN_OFFICIAL, as_ready_document

CHECKS: tuple[Check, ...] = (
    en16931.CHECKS
    + code_lists.CHECKS
    + br_fr.CHECKS
    + vat.CHECKS
    + attachments.CHECKS
    + b2g.CHECKS
    + books.CHECKS
)


def validate_invoice(invoice: Invoice) -> list[Finding]:
    """All findings of the domain rules on `invoice`, fatal and otherwise, in rule order."""
    ctx = Context(invoice)
    with arithmetic():  # products of bounded values exceed the default 28 digits
        for check in CHECKS:
            check(ctx)
    return ctx.findings


def base_rule_id(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


__all__ = ["CHECKS", "STRICTER_THAN_OFFICIAL", "as_ready_document", "base_rule_id", "validate_invoice"]
