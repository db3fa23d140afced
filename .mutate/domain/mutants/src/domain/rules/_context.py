"""What every rule module shares: the invoice under check, the findings so far, and facts computed once."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from domain.findings import Finding, Severity
from domain.invoice import AllowanceCharge, Invoice, VatCategory
from domain.rules._amounts import BadAmount, bad_amounts
from domain.totals import canonical_rate

VatKey = tuple[VatCategory, Decimal]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁContextǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁContextǁfail__mutmut: MutantDict = {}  # type: ignore
mutants_xǁContextǁwarn__mutmut: MutantDict = {}  # type: ignore


class Context:
    """One validation run: rules append findings through `fail` and read facts cached here."""

    __slots__ = ("invoice", "findings", "_allowances", "_charges", "_bad_amounts", "_line_nets")

    @_mutmut_mutated(mutants_xǁContextǁ__init____mutmut)
    def __init__(self, invoice: Invoice) -> None:
        self.invoice = invoice
        self.findings: list[Finding] = []
        self._allowances: tuple[AllowanceCharge, ...] | None = None
        self._charges: tuple[AllowanceCharge, ...] | None = None
        self._bad_amounts: list[BadAmount] | None = None
        self._line_nets: list[Decimal] | None | bool = False  # False: not computed yet

    def xǁContextǁ__init____mutmut_orig(self, invoice: Invoice) -> None:
        self.invoice = invoice
        self.findings: list[Finding] = []
        self._allowances: tuple[AllowanceCharge, ...] | None = None
        self._charges: tuple[AllowanceCharge, ...] | None = None
        self._bad_amounts: list[BadAmount] | None = None
        self._line_nets: list[Decimal] | None | bool = False  # False: not computed yet

    def xǁContextǁ__init____mutmut_1(self, invoice: Invoice) -> None:
        self.invoice = None
        self.findings: list[Finding] = []
        self._allowances: tuple[AllowanceCharge, ...] | None = None
        self._charges: tuple[AllowanceCharge, ...] | None = None
        self._bad_amounts: list[BadAmount] | None = None
        self._line_nets: list[Decimal] | None | bool = False  # False: not computed yet

    def xǁContextǁ__init____mutmut_2(self, invoice: Invoice) -> None:
        self.invoice = invoice
        self.findings: list[Finding] = None
        self._allowances: tuple[AllowanceCharge, ...] | None = None
        self._charges: tuple[AllowanceCharge, ...] | None = None
        self._bad_amounts: list[BadAmount] | None = None
        self._line_nets: list[Decimal] | None | bool = False  # False: not computed yet

    def xǁContextǁ__init____mutmut_3(self, invoice: Invoice) -> None:
        self.invoice = invoice
        self.findings: list[Finding] = []
        self._allowances: tuple[AllowanceCharge, ...] | None = ""
        self._charges: tuple[AllowanceCharge, ...] | None = None
        self._bad_amounts: list[BadAmount] | None = None
        self._line_nets: list[Decimal] | None | bool = False  # False: not computed yet

    def xǁContextǁ__init____mutmut_4(self, invoice: Invoice) -> None:
        self.invoice = invoice
        self.findings: list[Finding] = []
        self._allowances: tuple[AllowanceCharge, ...] | None = None
        self._charges: tuple[AllowanceCharge, ...] | None = ""
        self._bad_amounts: list[BadAmount] | None = None
        self._line_nets: list[Decimal] | None | bool = False  # False: not computed yet

    def xǁContextǁ__init____mutmut_5(self, invoice: Invoice) -> None:
        self.invoice = invoice
        self.findings: list[Finding] = []
        self._allowances: tuple[AllowanceCharge, ...] | None = None
        self._charges: tuple[AllowanceCharge, ...] | None = None
        self._bad_amounts: list[BadAmount] | None = ""
        self._line_nets: list[Decimal] | None | bool = False  # False: not computed yet

    def xǁContextǁ__init____mutmut_6(self, invoice: Invoice) -> None:
        self.invoice = invoice
        self.findings: list[Finding] = []
        self._allowances: tuple[AllowanceCharge, ...] | None = None
        self._charges: tuple[AllowanceCharge, ...] | None = None
        self._bad_amounts: list[BadAmount] | None = None
        self._line_nets: list[Decimal] | None | bool = None  # False: not computed yet

    def xǁContextǁ__init____mutmut_7(self, invoice: Invoice) -> None:
        self.invoice = invoice
        self.findings: list[Finding] = []
        self._allowances: tuple[AllowanceCharge, ...] | None = None
        self._charges: tuple[AllowanceCharge, ...] | None = None
        self._bad_amounts: list[BadAmount] | None = None
        self._line_nets: list[Decimal] | None | bool = True  # False: not computed yet

    @_mutmut_mutated(mutants_xǁContextǁfail__mutmut)
    def fail(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(rule_id, Severity.FATAL, message, path))

    def xǁContextǁfail__mutmut_orig(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(rule_id, Severity.FATAL, message, path))

    def xǁContextǁfail__mutmut_1(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(None)

    def xǁContextǁfail__mutmut_2(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(None, Severity.FATAL, message, path))

    def xǁContextǁfail__mutmut_3(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(rule_id, None, message, path))

    def xǁContextǁfail__mutmut_4(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(rule_id, Severity.FATAL, None, path))

    def xǁContextǁfail__mutmut_5(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(rule_id, Severity.FATAL, message, None))

    def xǁContextǁfail__mutmut_6(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(Severity.FATAL, message, path))

    def xǁContextǁfail__mutmut_7(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(rule_id, message, path))

    def xǁContextǁfail__mutmut_8(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(rule_id, Severity.FATAL, path))

    def xǁContextǁfail__mutmut_9(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(rule_id, Severity.FATAL, message, ))

    @_mutmut_mutated(mutants_xǁContextǁwarn__mutmut)
    def warn(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(rule_id, Severity.WARNING, message, path))

    def xǁContextǁwarn__mutmut_orig(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(rule_id, Severity.WARNING, message, path))

    def xǁContextǁwarn__mutmut_1(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(None)

    def xǁContextǁwarn__mutmut_2(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(None, Severity.WARNING, message, path))

    def xǁContextǁwarn__mutmut_3(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(rule_id, None, message, path))

    def xǁContextǁwarn__mutmut_4(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(rule_id, Severity.WARNING, None, path))

    def xǁContextǁwarn__mutmut_5(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(rule_id, Severity.WARNING, message, None))

    def xǁContextǁwarn__mutmut_6(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(Severity.WARNING, message, path))

    def xǁContextǁwarn__mutmut_7(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(rule_id, message, path))

    def xǁContextǁwarn__mutmut_8(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(rule_id, Severity.WARNING, path))

    def xǁContextǁwarn__mutmut_9(self, rule_id: str, path: str, message: str) -> None:
        self.findings.append(Finding(rule_id, Severity.WARNING, message, ))

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
        if self._line_nets is False:
            nets: list[Decimal] | None = []
            for line in self.invoice.lines:
                # `is None`, not `None in nets`: comparing None with a Decimal is a slow ABC check
                if line.net_amount is None:
                    nets = None
                    break
                nets.append(line.net_amount)  # type: ignore[union-attr]
            self._line_nets = nets
        return self._line_nets  # type: ignore[return-value]

mutants_xǁContextǁ__init____mutmut['_mutmut_orig'] = Context.xǁContextǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁContextǁ__init____mutmut['xǁContextǁ__init____mutmut_1'] = Context.xǁContextǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁContextǁ__init____mutmut['xǁContextǁ__init____mutmut_2'] = Context.xǁContextǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁContextǁ__init____mutmut['xǁContextǁ__init____mutmut_3'] = Context.xǁContextǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁContextǁ__init____mutmut['xǁContextǁ__init____mutmut_4'] = Context.xǁContextǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁContextǁ__init____mutmut['xǁContextǁ__init____mutmut_5'] = Context.xǁContextǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁContextǁ__init____mutmut['xǁContextǁ__init____mutmut_6'] = Context.xǁContextǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁContextǁ__init____mutmut['xǁContextǁ__init____mutmut_7'] = Context.xǁContextǁ__init____mutmut_7 # type: ignore # mutmut generated

mutants_xǁContextǁfail__mutmut['_mutmut_orig'] = Context.xǁContextǁfail__mutmut_orig # type: ignore # mutmut generated
mutants_xǁContextǁfail__mutmut['xǁContextǁfail__mutmut_1'] = Context.xǁContextǁfail__mutmut_1 # type: ignore # mutmut generated
mutants_xǁContextǁfail__mutmut['xǁContextǁfail__mutmut_2'] = Context.xǁContextǁfail__mutmut_2 # type: ignore # mutmut generated
mutants_xǁContextǁfail__mutmut['xǁContextǁfail__mutmut_3'] = Context.xǁContextǁfail__mutmut_3 # type: ignore # mutmut generated
mutants_xǁContextǁfail__mutmut['xǁContextǁfail__mutmut_4'] = Context.xǁContextǁfail__mutmut_4 # type: ignore # mutmut generated
mutants_xǁContextǁfail__mutmut['xǁContextǁfail__mutmut_5'] = Context.xǁContextǁfail__mutmut_5 # type: ignore # mutmut generated
mutants_xǁContextǁfail__mutmut['xǁContextǁfail__mutmut_6'] = Context.xǁContextǁfail__mutmut_6 # type: ignore # mutmut generated
mutants_xǁContextǁfail__mutmut['xǁContextǁfail__mutmut_7'] = Context.xǁContextǁfail__mutmut_7 # type: ignore # mutmut generated
mutants_xǁContextǁfail__mutmut['xǁContextǁfail__mutmut_8'] = Context.xǁContextǁfail__mutmut_8 # type: ignore # mutmut generated
mutants_xǁContextǁfail__mutmut['xǁContextǁfail__mutmut_9'] = Context.xǁContextǁfail__mutmut_9 # type: ignore # mutmut generated

mutants_xǁContextǁwarn__mutmut['_mutmut_orig'] = Context.xǁContextǁwarn__mutmut_orig # type: ignore # mutmut generated
mutants_xǁContextǁwarn__mutmut['xǁContextǁwarn__mutmut_1'] = Context.xǁContextǁwarn__mutmut_1 # type: ignore # mutmut generated
mutants_xǁContextǁwarn__mutmut['xǁContextǁwarn__mutmut_2'] = Context.xǁContextǁwarn__mutmut_2 # type: ignore # mutmut generated
mutants_xǁContextǁwarn__mutmut['xǁContextǁwarn__mutmut_3'] = Context.xǁContextǁwarn__mutmut_3 # type: ignore # mutmut generated
mutants_xǁContextǁwarn__mutmut['xǁContextǁwarn__mutmut_4'] = Context.xǁContextǁwarn__mutmut_4 # type: ignore # mutmut generated
mutants_xǁContextǁwarn__mutmut['xǁContextǁwarn__mutmut_5'] = Context.xǁContextǁwarn__mutmut_5 # type: ignore # mutmut generated
mutants_xǁContextǁwarn__mutmut['xǁContextǁwarn__mutmut_6'] = Context.xǁContextǁwarn__mutmut_6 # type: ignore # mutmut generated
mutants_xǁContextǁwarn__mutmut['xǁContextǁwarn__mutmut_7'] = Context.xǁContextǁwarn__mutmut_7 # type: ignore # mutmut generated
mutants_xǁContextǁwarn__mutmut['xǁContextǁwarn__mutmut_8'] = Context.xǁContextǁwarn__mutmut_8 # type: ignore # mutmut generated
mutants_xǁContextǁwarn__mutmut['xǁContextǁwarn__mutmut_9'] = Context.xǁContextǁwarn__mutmut_9 # type: ignore # mutmut generated
mutants_x_vat_key__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_vat_key__mutmut)
def vat_key(category: VatCategory, rate: Decimal | None) -> VatKey:
    """How BG-23 groups amounts: one entry per category and rate; a missing rate counts as 0."""
    return category, canonical_rate(rate) if rate is not None else Decimal(0)


def x_vat_key__mutmut_orig(category: VatCategory, rate: Decimal | None) -> VatKey:
    """How BG-23 groups amounts: one entry per category and rate; a missing rate counts as 0."""
    return category, canonical_rate(rate) if rate is not None else Decimal(0)


def x_vat_key__mutmut_1(category: VatCategory, rate: Decimal | None) -> VatKey:
    """How BG-23 groups amounts: one entry per category and rate; a missing rate counts as 0."""
    return category, canonical_rate(rate) if (rate is not None) and False else Decimal(0)


def x_vat_key__mutmut_2(category: VatCategory, rate: Decimal | None) -> VatKey:
    """How BG-23 groups amounts: one entry per category and rate; a missing rate counts as 0."""
    return category, canonical_rate(rate) if (rate is not None) or True else Decimal(0)


def x_vat_key__mutmut_3(category: VatCategory, rate: Decimal | None) -> VatKey:
    """How BG-23 groups amounts: one entry per category and rate; a missing rate counts as 0."""
    return category, canonical_rate(None) if rate is not None else Decimal(0)


def x_vat_key__mutmut_4(category: VatCategory, rate: Decimal | None) -> VatKey:
    """How BG-23 groups amounts: one entry per category and rate; a missing rate counts as 0."""
    return category, canonical_rate(rate) if rate is None else Decimal(0)


def x_vat_key__mutmut_5(category: VatCategory, rate: Decimal | None) -> VatKey:
    """How BG-23 groups amounts: one entry per category and rate; a missing rate counts as 0."""
    return category, canonical_rate(rate) if rate is not None else Decimal(None)


def x_vat_key__mutmut_6(category: VatCategory, rate: Decimal | None) -> VatKey:
    """How BG-23 groups amounts: one entry per category and rate; a missing rate counts as 0."""
    return category, canonical_rate(rate) if rate is not None else Decimal(1)

mutants_x_vat_key__mutmut['_mutmut_orig'] = x_vat_key__mutmut_orig # type: ignore # mutmut generated
mutants_x_vat_key__mutmut['x_vat_key__mutmut_1'] = x_vat_key__mutmut_1 # type: ignore # mutmut generated
mutants_x_vat_key__mutmut['x_vat_key__mutmut_2'] = x_vat_key__mutmut_2 # type: ignore # mutmut generated
mutants_x_vat_key__mutmut['x_vat_key__mutmut_3'] = x_vat_key__mutmut_3 # type: ignore # mutmut generated
mutants_x_vat_key__mutmut['x_vat_key__mutmut_4'] = x_vat_key__mutmut_4 # type: ignore # mutmut generated
mutants_x_vat_key__mutmut['x_vat_key__mutmut_5'] = x_vat_key__mutmut_5 # type: ignore # mutmut generated
mutants_x_vat_key__mutmut['x_vat_key__mutmut_6'] = x_vat_key__mutmut_6 # type: ignore # mutmut generated


Check = Callable[[Context], None]
