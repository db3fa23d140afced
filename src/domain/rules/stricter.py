"""The domain's readings stricter than the official artefacts, stated once, and what they weigh on a ready document.

A ready document (made elsewhere, submitted as bytes) is refused only for what an official layer refuses, or for
what makes it unsafe or unsendable: every platform takes the others, and an ERP that rounds VAT per line or truncates
it is not blocked. There the rules below are warnings, kept in the answer and the stored findings so the finance team
sees them. An invoice the gateway writes itself keeps them as errors: it promises correct to the cent what it writes.

`PDP-VAT-BREAKDOWN-MISSING` is not among them: a line at a rate no VAT breakdown (BG-23) names passes CEN's rules
(they iterate over the breakdowns present), but its VAT is charged nowhere and the books would share the amount due
over the rates present, so each payment's VAT on receipt (212) and the payments e-reporting would declare that
line's money at another rate. Unsafe to carry, not a stricter reading: fatal on every door.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from domain.findings import Finding, Severity

STRICTER_THAN_OFFICIAL: frozenset[str] = frozenset(
    (
        # exact to the cent, where CEN's artefact tolerates ±1 currency unit
        "BR-CO-17",
        "BR-S-09",
        "BR-Z-08",
        "BR-E-08",
        "BR-AE-08",
        "BR-IC-08",
        "BR-G-08",
        # a rule of our own: no artefact has it (the line's stated net is what the totals and the books add up)
        "PDP-LINE-NET",
        # EN 16931's rule, which CEN's CII and UBL artefacts of the bundle leave out (EXTENDED-CTC-FR has it)
        "BR-CO-25",
        # a BG-16 of remittance information alone (CII's PaymentReference without a payment means): CEN's CII
        # rule sees only a payment means without its code
        "BR-49",
        # BT-6 equal to BT-5: CEN's CII artefact refuses it (and still does on a CII), UBL's allows it
        "BR-53",
    )
)

_READY_DOCUMENT_NOTE = " (the gateway's stricter reading: a warning on a document made elsewhere, which every official layer passes)"


def as_ready_document(findings: Iterable[Finding]) -> list[Finding]:
    """The domain's findings on an invoice read from a ready document: a fatal finding of a stricter-than-official
    rule becomes a warning, its rule id, path and message kept."""
    return [
        replace(f, severity=Severity.WARNING, message=f.message + _READY_DOCUMENT_NOTE)
        if f.is_fatal and f.rule_id in STRICTER_THAN_OFFICIAL
        else f
        for f in findings
    ]
