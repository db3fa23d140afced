"""What every rule module shares: the invoice under check, the findings so far, and facts computed once."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Literal

from domain.findings import Finding, Severity
from domain.invoice import AllowanceCharge, Invoice, VatCategory
from domain.rules.amounts import BadAmount, bad_amounts
from domain.totals import canonical_rate

VatKey = tuple[VatCategory, Decimal]


class Context:
    """One validation run: rules append findings through `fail` and read facts cached here."""

    __slots__ = ("invoice", "findings", "_allowances", "_charges", "_bad_amounts", "_line_nets")

    def __init__(self, invoice: Invoice) -> None:
        self.invoice = invoice
        self.findings: list[Finding] = []
        self._allowances: tuple[AllowanceCharge, ...] | None = None
        self._charges: tuple[AllowanceCharge, ...] | None = None
        self._bad_amounts: list[BadAmount] | None = None
        self._line_nets: list[Decimal] | None | Literal[False] = False  # False: not computed yet

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
    def bad_amounts(self) -> list[BadAmount]:
        """Amounts breaking BR-DEC / BR-FR-DEC-01, scanned once for both rule sets."""
        if self._bad_amounts is None:
            self._bad_amounts = bad_amounts(self.invoice)
        return self._bad_amounts

    @property
    def line_nets(self) -> list[Decimal] | None:
        """Every line's net amount (BT-131) in line order, or None when a line has none."""
        nets = self._line_nets
        if nets is False:
            nets = []
            for line in self.invoice.lines:
                # `is None`, not `None in nets`: comparing None with a Decimal is a slow ABC check
                if line.net_amount is None:
                    nets = None
                    break
                nets.append(line.net_amount)
            self._line_nets = nets
        return nets


def vat_key(category: VatCategory, rate: Decimal | None) -> VatKey:
    """How BG-23 groups amounts: one entry per category and rate; a missing rate counts as 0."""
    return category, canonical_rate(rate) if rate is not None else Decimal(0)


Check = Callable[[Context], None]
