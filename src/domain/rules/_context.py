"""What every rule module shares: the invoice under check, the findings so far, and facts computed once."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from domain.findings import Finding, Severity
from domain.invoice import AllowanceCharge, Invoice, VatCategory
from domain.rules._amounts import Amount, amounts
from domain.totals import canonical_rate

VatKey = tuple[VatCategory, Decimal]


class Context:
    """One validation run: rules append findings through `fail` and read facts cached here."""

    __slots__ = ("invoice", "findings", "_allowances", "_charges", "_amounts")

    def __init__(self, invoice: Invoice) -> None:
        self.invoice = invoice
        self.findings: list[Finding] = []
        self._allowances: tuple[AllowanceCharge, ...] | None = None
        self._charges: tuple[AllowanceCharge, ...] | None = None
        self._amounts: list[Amount] | None = None

    def fail(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(rule_id, Severity.FATAL, message, path))

    def warn(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(rule_id, Severity.WARNING, message, path))

    @property
    def allowances(self) -> tuple[AllowanceCharge, ...]:
        """BG-20 document level allowances, in document order (BG-20[i] counts allowances only)."""
        if self._allowances is None:
            self._allowances = tuple(ac for ac in self.invoice.allowances_charges if not ac.is_charge)
        return self._allowances

    @property
    def charges(self) -> tuple[AllowanceCharge, ...]:
        """BG-21 document level charges, in document order."""
        if self._charges is None:
            self._charges = tuple(ac for ac in self.invoice.allowances_charges if ac.is_charge)
        return self._charges

    @property
    def amounts(self) -> list[Amount]:
        if self._amounts is None:
            self._amounts = amounts(self.invoice)
        return self._amounts


def vat_key(category: VatCategory, rate: Decimal | None) -> VatKey:
    """How BG-23 groups amounts: one entry per category and rate; a missing rate counts as 0."""
    return category, canonical_rate(rate) if rate is not None else Decimal(0)


Check = Callable[[Context], None]
