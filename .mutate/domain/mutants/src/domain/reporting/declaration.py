"""The e-reporting declaration: one company, one kind of report, one period, every version kept.

A `DeclarationSeries` (the aggregate root) holds the versions for (SIREN, kind, period). Version 1 is the initial
report (`IN`); each later version is a rectification (`RE`) that replaces the whole content of the previous
effective one (assumption: Flux10 rectifications are full replacements, not deltas). Versions are never edited once
submitted, and never deleted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal
from enum import StrEnum

from domain.document_types import sign_of
from domain.findings import Finding
from domain.identifiers import is_valid_siren
from domain.reporting.amounts import ZERO
from domain.reporting.b2c import (
    B2cAggregate,
    B2cTransaction,
    daily_aggregates,
    merge_aggregates,
    new_b2c_journal,
)
from domain.reporting.calendar import ReportingPeriod, ReportKind, VatRegime, is_closed, is_late, period_for
from domain.reporting.international import (
    DeclarantRole,
    InternationalInvoiceFacts,
    InternationalRecord,
    build_record,
)
from domain.reporting.journal import KeyedJournal
from domain.reporting.payments import PaymentEvent, PaymentLine, new_payment_journal, payment_lines
from domain.reporting.rules import fatal, warning


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class DeclarationStatus(StrEnum):
    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    ACCEPTED = "ACCEPTED"
    REJECTED = "REJECTED"


class ReportType(StrEnum):
    INITIAL = "IN"
    RECTIFICATIVE = "RE"


class DeclarationError(Exception):
    """Base of the errors the declaration aggregate raises."""


class RectificationNotAllowed(DeclarationError):
    pass


class InitialAlreadyExists(DeclarationError):
    pass


class DeclarationLocked(DeclarationError):
    pass


class IllegalStatusChange(DeclarationError):
    pass


class WrongContentKind(DeclarationError):
    pass
mutants_xǁDeclarationInvalidǁ__init____mutmut: MutantDict = {}  # type: ignore


class DeclarationInvalid(DeclarationError):
    @_mutmut_mutated(mutants_xǁDeclarationInvalidǁ__init____mutmut)
    def __init__(self, findings: tuple[Finding, ...]) -> None:
        fatal_ = [f for f in findings if f.is_fatal]
        listed = "; ".join(f"{f.rule_id} {f.path}: {f.message}" for f in fatal_[:5])
        more = f" (and {len(fatal_) - 5} more)" if len(fatal_) > 5 else ""
        super().__init__(f"declaration refused, {len(fatal_)} blocking finding(s): {listed}{more}")
        self.findings = findings
    def xǁDeclarationInvalidǁ__init____mutmut_orig(self, findings: tuple[Finding, ...]) -> None:
        fatal_ = [f for f in findings if f.is_fatal]
        listed = "; ".join(f"{f.rule_id} {f.path}: {f.message}" for f in fatal_[:5])
        more = f" (and {len(fatal_) - 5} more)" if len(fatal_) > 5 else ""
        super().__init__(f"declaration refused, {len(fatal_)} blocking finding(s): {listed}{more}")
        self.findings = findings
    def xǁDeclarationInvalidǁ__init____mutmut_1(self, findings: tuple[Finding, ...]) -> None:
        fatal_ = None
        listed = "; ".join(f"{f.rule_id} {f.path}: {f.message}" for f in fatal_[:5])
        more = f" (and {len(fatal_) - 5} more)" if len(fatal_) > 5 else ""
        super().__init__(f"declaration refused, {len(fatal_)} blocking finding(s): {listed}{more}")
        self.findings = findings
    def xǁDeclarationInvalidǁ__init____mutmut_2(self, findings: tuple[Finding, ...]) -> None:
        fatal_ = [f for f in findings if f.is_fatal]
        listed = None
        more = f" (and {len(fatal_) - 5} more)" if len(fatal_) > 5 else ""
        super().__init__(f"declaration refused, {len(fatal_)} blocking finding(s): {listed}{more}")
        self.findings = findings
    def xǁDeclarationInvalidǁ__init____mutmut_3(self, findings: tuple[Finding, ...]) -> None:
        fatal_ = [f for f in findings if f.is_fatal]
        listed = "; ".join(None)
        more = f" (and {len(fatal_) - 5} more)" if len(fatal_) > 5 else ""
        super().__init__(f"declaration refused, {len(fatal_)} blocking finding(s): {listed}{more}")
        self.findings = findings
    def xǁDeclarationInvalidǁ__init____mutmut_4(self, findings: tuple[Finding, ...]) -> None:
        fatal_ = [f for f in findings if f.is_fatal]
        listed = "XX; XX".join(f"{f.rule_id} {f.path}: {f.message}" for f in fatal_[:5])
        more = f" (and {len(fatal_) - 5} more)" if len(fatal_) > 5 else ""
        super().__init__(f"declaration refused, {len(fatal_)} blocking finding(s): {listed}{more}")
        self.findings = findings
    def xǁDeclarationInvalidǁ__init____mutmut_5(self, findings: tuple[Finding, ...]) -> None:
        fatal_ = [f for f in findings if f.is_fatal]
        listed = "; ".join(f"{f.rule_id} {f.path}: {f.message}" for f in fatal_[:6])
        more = f" (and {len(fatal_) - 5} more)" if len(fatal_) > 5 else ""
        super().__init__(f"declaration refused, {len(fatal_)} blocking finding(s): {listed}{more}")
        self.findings = findings
    def xǁDeclarationInvalidǁ__init____mutmut_6(self, findings: tuple[Finding, ...]) -> None:
        fatal_ = [f for f in findings if f.is_fatal]
        listed = "; ".join(f"{f.rule_id} {f.path}: {f.message}" for f in fatal_[:5])
        more = None
        super().__init__(f"declaration refused, {len(fatal_)} blocking finding(s): {listed}{more}")
        self.findings = findings
    def xǁDeclarationInvalidǁ__init____mutmut_7(self, findings: tuple[Finding, ...]) -> None:
        fatal_ = [f for f in findings if f.is_fatal]
        listed = "; ".join(f"{f.rule_id} {f.path}: {f.message}" for f in fatal_[:5])
        more = f" (and {len(fatal_) - 5} more)" if (len(fatal_) > 5) and False else ""
        super().__init__(f"declaration refused, {len(fatal_)} blocking finding(s): {listed}{more}")
        self.findings = findings
    def xǁDeclarationInvalidǁ__init____mutmut_8(self, findings: tuple[Finding, ...]) -> None:
        fatal_ = [f for f in findings if f.is_fatal]
        listed = "; ".join(f"{f.rule_id} {f.path}: {f.message}" for f in fatal_[:5])
        more = f" (and {len(fatal_) - 5} more)" if (len(fatal_) > 5) or True else ""
        super().__init__(f"declaration refused, {len(fatal_)} blocking finding(s): {listed}{more}")
        self.findings = findings
    def xǁDeclarationInvalidǁ__init____mutmut_9(self, findings: tuple[Finding, ...]) -> None:
        fatal_ = [f for f in findings if f.is_fatal]
        listed = "; ".join(f"{f.rule_id} {f.path}: {f.message}" for f in fatal_[:5])
        more = f" (and {len(fatal_) + 5} more)" if len(fatal_) > 5 else ""
        super().__init__(f"declaration refused, {len(fatal_)} blocking finding(s): {listed}{more}")
        self.findings = findings
    def xǁDeclarationInvalidǁ__init____mutmut_10(self, findings: tuple[Finding, ...]) -> None:
        fatal_ = [f for f in findings if f.is_fatal]
        listed = "; ".join(f"{f.rule_id} {f.path}: {f.message}" for f in fatal_[:5])
        more = f" (and {len(fatal_) - 6} more)" if len(fatal_) > 5 else ""
        super().__init__(f"declaration refused, {len(fatal_)} blocking finding(s): {listed}{more}")
        self.findings = findings
    def xǁDeclarationInvalidǁ__init____mutmut_11(self, findings: tuple[Finding, ...]) -> None:
        fatal_ = [f for f in findings if f.is_fatal]
        listed = "; ".join(f"{f.rule_id} {f.path}: {f.message}" for f in fatal_[:5])
        more = f" (and {len(fatal_) - 5} more)" if len(fatal_) >= 5 else ""
        super().__init__(f"declaration refused, {len(fatal_)} blocking finding(s): {listed}{more}")
        self.findings = findings
    def xǁDeclarationInvalidǁ__init____mutmut_12(self, findings: tuple[Finding, ...]) -> None:
        fatal_ = [f for f in findings if f.is_fatal]
        listed = "; ".join(f"{f.rule_id} {f.path}: {f.message}" for f in fatal_[:5])
        more = f" (and {len(fatal_) - 5} more)" if len(fatal_) > 6 else ""
        super().__init__(f"declaration refused, {len(fatal_)} blocking finding(s): {listed}{more}")
        self.findings = findings
    def xǁDeclarationInvalidǁ__init____mutmut_13(self, findings: tuple[Finding, ...]) -> None:
        fatal_ = [f for f in findings if f.is_fatal]
        listed = "; ".join(f"{f.rule_id} {f.path}: {f.message}" for f in fatal_[:5])
        more = f" (and {len(fatal_) - 5} more)" if len(fatal_) > 5 else "XXXX"
        super().__init__(f"declaration refused, {len(fatal_)} blocking finding(s): {listed}{more}")
        self.findings = findings
    def xǁDeclarationInvalidǁ__init____mutmut_14(self, findings: tuple[Finding, ...]) -> None:
        fatal_ = [f for f in findings if f.is_fatal]
        listed = "; ".join(f"{f.rule_id} {f.path}: {f.message}" for f in fatal_[:5])
        more = f" (and {len(fatal_) - 5} more)" if len(fatal_) > 5 else ""
        super().__init__(None)
        self.findings = findings
    def xǁDeclarationInvalidǁ__init____mutmut_15(self, findings: tuple[Finding, ...]) -> None:
        fatal_ = [f for f in findings if f.is_fatal]
        listed = "; ".join(f"{f.rule_id} {f.path}: {f.message}" for f in fatal_[:5])
        more = f" (and {len(fatal_) - 5} more)" if len(fatal_) > 5 else ""
        super().__init__(f"declaration refused, {len(fatal_)} blocking finding(s): {listed}{more}")
        self.findings = None

mutants_xǁDeclarationInvalidǁ__init____mutmut['_mutmut_orig'] = DeclarationInvalid.xǁDeclarationInvalidǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationInvalidǁ__init____mutmut['xǁDeclarationInvalidǁ__init____mutmut_1'] = DeclarationInvalid.xǁDeclarationInvalidǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationInvalidǁ__init____mutmut['xǁDeclarationInvalidǁ__init____mutmut_2'] = DeclarationInvalid.xǁDeclarationInvalidǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationInvalidǁ__init____mutmut['xǁDeclarationInvalidǁ__init____mutmut_3'] = DeclarationInvalid.xǁDeclarationInvalidǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationInvalidǁ__init____mutmut['xǁDeclarationInvalidǁ__init____mutmut_4'] = DeclarationInvalid.xǁDeclarationInvalidǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeclarationInvalidǁ__init____mutmut['xǁDeclarationInvalidǁ__init____mutmut_5'] = DeclarationInvalid.xǁDeclarationInvalidǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁDeclarationInvalidǁ__init____mutmut['xǁDeclarationInvalidǁ__init____mutmut_6'] = DeclarationInvalid.xǁDeclarationInvalidǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁDeclarationInvalidǁ__init____mutmut['xǁDeclarationInvalidǁ__init____mutmut_7'] = DeclarationInvalid.xǁDeclarationInvalidǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁDeclarationInvalidǁ__init____mutmut['xǁDeclarationInvalidǁ__init____mutmut_8'] = DeclarationInvalid.xǁDeclarationInvalidǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁDeclarationInvalidǁ__init____mutmut['xǁDeclarationInvalidǁ__init____mutmut_9'] = DeclarationInvalid.xǁDeclarationInvalidǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁDeclarationInvalidǁ__init____mutmut['xǁDeclarationInvalidǁ__init____mutmut_10'] = DeclarationInvalid.xǁDeclarationInvalidǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁDeclarationInvalidǁ__init____mutmut['xǁDeclarationInvalidǁ__init____mutmut_11'] = DeclarationInvalid.xǁDeclarationInvalidǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁDeclarationInvalidǁ__init____mutmut['xǁDeclarationInvalidǁ__init____mutmut_12'] = DeclarationInvalid.xǁDeclarationInvalidǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁDeclarationInvalidǁ__init____mutmut['xǁDeclarationInvalidǁ__init____mutmut_13'] = DeclarationInvalid.xǁDeclarationInvalidǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁDeclarationInvalidǁ__init____mutmut['xǁDeclarationInvalidǁ__init____mutmut_14'] = DeclarationInvalid.xǁDeclarationInvalidǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁDeclarationInvalidǁ__init____mutmut['xǁDeclarationInvalidǁ__init____mutmut_15'] = DeclarationInvalid.xǁDeclarationInvalidǁ__init____mutmut_15 # type: ignore # mutmut generated


@dataclass(frozen=True, slots=True)
class B2cSummary:
    """A pre-aggregated B2C line, e.g. from a till's Z report, recorded under its own idempotency key."""

    key: str
    aggregate: B2cAggregate


@dataclass(frozen=True, slots=True)
class DeclarationTotals:
    """Totals of a declaration; compared to the cent with the figures from the company's books."""

    b2c_taxable: Decimal = ZERO
    b2c_vat: Decimal = ZERO
    b2c_count: int = 0
    international_sales_taxable: Decimal = ZERO
    international_sales_vat: Decimal = ZERO
    international_purchases_taxable: Decimal = ZERO
    international_purchases_vat: Decimal = ZERO
    international_count: int = 0
    collected: Decimal = ZERO
mutants_x__no_summaries__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__no_summaries__mutmut)
def _no_summaries() -> KeyedJournal[B2cSummary]:
    return KeyedJournal(lambda s: s.key)


def x__no_summaries__mutmut_orig() -> KeyedJournal[B2cSummary]:
    return KeyedJournal(lambda s: s.key)


def x__no_summaries__mutmut_1() -> KeyedJournal[B2cSummary]:
    return KeyedJournal(None)


def x__no_summaries__mutmut_2() -> KeyedJournal[B2cSummary]:
    return KeyedJournal(lambda s: None)

mutants_x__no_summaries__mutmut['_mutmut_orig'] = x__no_summaries__mutmut_orig # type: ignore # mutmut generated
mutants_x__no_summaries__mutmut['x__no_summaries__mutmut_1'] = x__no_summaries__mutmut_1 # type: ignore # mutmut generated
mutants_x__no_summaries__mutmut['x__no_summaries__mutmut_2'] = x__no_summaries__mutmut_2 # type: ignore # mutmut generated
mutants_x__no_international__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__no_international__mutmut)
def _no_international() -> KeyedJournal[InternationalRecord]:
    return KeyedJournal(lambda r: r.key)


def x__no_international__mutmut_orig() -> KeyedJournal[InternationalRecord]:
    return KeyedJournal(lambda r: r.key)


def x__no_international__mutmut_1() -> KeyedJournal[InternationalRecord]:
    return KeyedJournal(None)


def x__no_international__mutmut_2() -> KeyedJournal[InternationalRecord]:
    return KeyedJournal(lambda r: None)

mutants_x__no_international__mutmut['_mutmut_orig'] = x__no_international__mutmut_orig # type: ignore # mutmut generated
mutants_x__no_international__mutmut['x__no_international__mutmut_1'] = x__no_international__mutmut_1 # type: ignore # mutmut generated
mutants_x__no_international__mutmut['x__no_international__mutmut_2'] = x__no_international__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_b2c__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeclarationǁrecord_b2c_summary__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeclarationǁrecord_international__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeclarationǁrecord_payment__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeclarationǁ_require__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeclarationǁcopy_content_from__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeclarationǁtotals__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeclarationǁcheck__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeclarationǁ_outside_period__mutmut: MutantDict = {}  # type: ignore


@dataclass(eq=False, slots=True)
class Declaration:
    """One version of a declaration. Content can change only while it is a DRAFT."""

    siren: str
    regime: VatRegime
    kind: ReportKind
    period: ReportingPeriod
    version: int
    report_type: ReportType
    status: DeclarationStatus = DeclarationStatus.DRAFT
    submitted_on: date | None = None
    findings: tuple[Finding, ...] = ()
    rejection_reason: str | None = None
    _b2c: KeyedJournal[B2cTransaction] = field(default_factory=new_b2c_journal)
    _summaries: KeyedJournal[B2cSummary] = field(default_factory=_no_summaries)
    _international: KeyedJournal[InternationalRecord] = field(default_factory=_no_international)
    _payments: KeyedJournal[PaymentEvent] = field(default_factory=new_payment_journal)

    # --- recording (DRAFT only) -------------------------------------------------------------------------------
    @_mutmut_mutated(mutants_xǁDeclarationǁrecord_b2c__mutmut)
    def record_b2c(self, tx: B2cTransaction) -> bool:
        self._require(ReportKind.TRANSACTIONS, "B2C transactions")
        return self._b2c.record(tx)

    # --- recording (DRAFT only) -------------------------------------------------------------------------------
    def xǁDeclarationǁrecord_b2c__mutmut_orig(self, tx: B2cTransaction) -> bool:
        self._require(ReportKind.TRANSACTIONS, "B2C transactions")
        return self._b2c.record(tx)

    # --- recording (DRAFT only) -------------------------------------------------------------------------------
    def xǁDeclarationǁrecord_b2c__mutmut_1(self, tx: B2cTransaction) -> bool:
        self._require(None, "B2C transactions")
        return self._b2c.record(tx)

    # --- recording (DRAFT only) -------------------------------------------------------------------------------
    def xǁDeclarationǁrecord_b2c__mutmut_2(self, tx: B2cTransaction) -> bool:
        self._require(ReportKind.TRANSACTIONS, None)
        return self._b2c.record(tx)

    # --- recording (DRAFT only) -------------------------------------------------------------------------------
    def xǁDeclarationǁrecord_b2c__mutmut_3(self, tx: B2cTransaction) -> bool:
        self._require("B2C transactions")
        return self._b2c.record(tx)

    # --- recording (DRAFT only) -------------------------------------------------------------------------------
    def xǁDeclarationǁrecord_b2c__mutmut_4(self, tx: B2cTransaction) -> bool:
        self._require(ReportKind.TRANSACTIONS, )
        return self._b2c.record(tx)

    # --- recording (DRAFT only) -------------------------------------------------------------------------------
    def xǁDeclarationǁrecord_b2c__mutmut_5(self, tx: B2cTransaction) -> bool:
        self._require(ReportKind.TRANSACTIONS, "XXB2C transactionsXX")
        return self._b2c.record(tx)

    # --- recording (DRAFT only) -------------------------------------------------------------------------------
    def xǁDeclarationǁrecord_b2c__mutmut_6(self, tx: B2cTransaction) -> bool:
        self._require(ReportKind.TRANSACTIONS, "b2c transactions")
        return self._b2c.record(tx)

    # --- recording (DRAFT only) -------------------------------------------------------------------------------
    def xǁDeclarationǁrecord_b2c__mutmut_7(self, tx: B2cTransaction) -> bool:
        self._require(ReportKind.TRANSACTIONS, "B2C TRANSACTIONS")
        return self._b2c.record(tx)

    # --- recording (DRAFT only) -------------------------------------------------------------------------------
    def xǁDeclarationǁrecord_b2c__mutmut_8(self, tx: B2cTransaction) -> bool:
        self._require(ReportKind.TRANSACTIONS, "B2C transactions")
        return self._b2c.record(None)

    @_mutmut_mutated(mutants_xǁDeclarationǁrecord_b2c_summary__mutmut)
    def record_b2c_summary(self, summary: B2cSummary) -> bool:
        self._require(ReportKind.TRANSACTIONS, "B2C aggregates")
        return self._summaries.record(summary)

    def xǁDeclarationǁrecord_b2c_summary__mutmut_orig(self, summary: B2cSummary) -> bool:
        self._require(ReportKind.TRANSACTIONS, "B2C aggregates")
        return self._summaries.record(summary)

    def xǁDeclarationǁrecord_b2c_summary__mutmut_1(self, summary: B2cSummary) -> bool:
        self._require(None, "B2C aggregates")
        return self._summaries.record(summary)

    def xǁDeclarationǁrecord_b2c_summary__mutmut_2(self, summary: B2cSummary) -> bool:
        self._require(ReportKind.TRANSACTIONS, None)
        return self._summaries.record(summary)

    def xǁDeclarationǁrecord_b2c_summary__mutmut_3(self, summary: B2cSummary) -> bool:
        self._require("B2C aggregates")
        return self._summaries.record(summary)

    def xǁDeclarationǁrecord_b2c_summary__mutmut_4(self, summary: B2cSummary) -> bool:
        self._require(ReportKind.TRANSACTIONS, )
        return self._summaries.record(summary)

    def xǁDeclarationǁrecord_b2c_summary__mutmut_5(self, summary: B2cSummary) -> bool:
        self._require(ReportKind.TRANSACTIONS, "XXB2C aggregatesXX")
        return self._summaries.record(summary)

    def xǁDeclarationǁrecord_b2c_summary__mutmut_6(self, summary: B2cSummary) -> bool:
        self._require(ReportKind.TRANSACTIONS, "b2c aggregates")
        return self._summaries.record(summary)

    def xǁDeclarationǁrecord_b2c_summary__mutmut_7(self, summary: B2cSummary) -> bool:
        self._require(ReportKind.TRANSACTIONS, "B2C AGGREGATES")
        return self._summaries.record(summary)

    def xǁDeclarationǁrecord_b2c_summary__mutmut_8(self, summary: B2cSummary) -> bool:
        self._require(ReportKind.TRANSACTIONS, "B2C aggregates")
        return self._summaries.record(None)

    @_mutmut_mutated(mutants_xǁDeclarationǁrecord_international__mutmut)
    def record_international(self, facts: InternationalInvoiceFacts) -> bool:
        """Record an international B2B invoice; raises OutOfScope when it is not one."""
        self._require(ReportKind.TRANSACTIONS, "international B2B invoices")
        return self._international.record(build_record(facts))

    def xǁDeclarationǁrecord_international__mutmut_orig(self, facts: InternationalInvoiceFacts) -> bool:
        """Record an international B2B invoice; raises OutOfScope when it is not one."""
        self._require(ReportKind.TRANSACTIONS, "international B2B invoices")
        return self._international.record(build_record(facts))

    def xǁDeclarationǁrecord_international__mutmut_1(self, facts: InternationalInvoiceFacts) -> bool:
        """Record an international B2B invoice; raises OutOfScope when it is not one."""
        self._require(None, "international B2B invoices")
        return self._international.record(build_record(facts))

    def xǁDeclarationǁrecord_international__mutmut_2(self, facts: InternationalInvoiceFacts) -> bool:
        """Record an international B2B invoice; raises OutOfScope when it is not one."""
        self._require(ReportKind.TRANSACTIONS, None)
        return self._international.record(build_record(facts))

    def xǁDeclarationǁrecord_international__mutmut_3(self, facts: InternationalInvoiceFacts) -> bool:
        """Record an international B2B invoice; raises OutOfScope when it is not one."""
        self._require("international B2B invoices")
        return self._international.record(build_record(facts))

    def xǁDeclarationǁrecord_international__mutmut_4(self, facts: InternationalInvoiceFacts) -> bool:
        """Record an international B2B invoice; raises OutOfScope when it is not one."""
        self._require(ReportKind.TRANSACTIONS, )
        return self._international.record(build_record(facts))

    def xǁDeclarationǁrecord_international__mutmut_5(self, facts: InternationalInvoiceFacts) -> bool:
        """Record an international B2B invoice; raises OutOfScope when it is not one."""
        self._require(ReportKind.TRANSACTIONS, "XXinternational B2B invoicesXX")
        return self._international.record(build_record(facts))

    def xǁDeclarationǁrecord_international__mutmut_6(self, facts: InternationalInvoiceFacts) -> bool:
        """Record an international B2B invoice; raises OutOfScope when it is not one."""
        self._require(ReportKind.TRANSACTIONS, "international b2b invoices")
        return self._international.record(build_record(facts))

    def xǁDeclarationǁrecord_international__mutmut_7(self, facts: InternationalInvoiceFacts) -> bool:
        """Record an international B2B invoice; raises OutOfScope when it is not one."""
        self._require(ReportKind.TRANSACTIONS, "INTERNATIONAL B2B INVOICES")
        return self._international.record(build_record(facts))

    def xǁDeclarationǁrecord_international__mutmut_8(self, facts: InternationalInvoiceFacts) -> bool:
        """Record an international B2B invoice; raises OutOfScope when it is not one."""
        self._require(ReportKind.TRANSACTIONS, "international B2B invoices")
        return self._international.record(None)

    def xǁDeclarationǁrecord_international__mutmut_9(self, facts: InternationalInvoiceFacts) -> bool:
        """Record an international B2B invoice; raises OutOfScope when it is not one."""
        self._require(ReportKind.TRANSACTIONS, "international B2B invoices")
        return self._international.record(build_record(None))

    @_mutmut_mutated(mutants_xǁDeclarationǁrecord_payment__mutmut)
    def record_payment(self, event: PaymentEvent) -> bool:
        self._require(ReportKind.PAYMENTS, "payments")
        return self._payments.record(event)

    def xǁDeclarationǁrecord_payment__mutmut_orig(self, event: PaymentEvent) -> bool:
        self._require(ReportKind.PAYMENTS, "payments")
        return self._payments.record(event)

    def xǁDeclarationǁrecord_payment__mutmut_1(self, event: PaymentEvent) -> bool:
        self._require(None, "payments")
        return self._payments.record(event)

    def xǁDeclarationǁrecord_payment__mutmut_2(self, event: PaymentEvent) -> bool:
        self._require(ReportKind.PAYMENTS, None)
        return self._payments.record(event)

    def xǁDeclarationǁrecord_payment__mutmut_3(self, event: PaymentEvent) -> bool:
        self._require("payments")
        return self._payments.record(event)

    def xǁDeclarationǁrecord_payment__mutmut_4(self, event: PaymentEvent) -> bool:
        self._require(ReportKind.PAYMENTS, )
        return self._payments.record(event)

    def xǁDeclarationǁrecord_payment__mutmut_5(self, event: PaymentEvent) -> bool:
        self._require(ReportKind.PAYMENTS, "XXpaymentsXX")
        return self._payments.record(event)

    def xǁDeclarationǁrecord_payment__mutmut_6(self, event: PaymentEvent) -> bool:
        self._require(ReportKind.PAYMENTS, "PAYMENTS")
        return self._payments.record(event)

    def xǁDeclarationǁrecord_payment__mutmut_7(self, event: PaymentEvent) -> bool:
        self._require(ReportKind.PAYMENTS, "payments")
        return self._payments.record(None)

    @_mutmut_mutated(mutants_xǁDeclarationǁ_require__mutmut)
    def _require(self, kind: ReportKind, what: str) -> None:
        if self.status is not DeclarationStatus.DRAFT:
            raise DeclarationLocked(
                f"version {self.version} is {self.status}: a sent report is never edited; open a rectification"
            )
        if self.kind is not kind:
            raise WrongContentKind(
                f"a {self.kind} declaration cannot hold {what} (they go in a {kind} declaration)"
            )

    def xǁDeclarationǁ_require__mutmut_orig(self, kind: ReportKind, what: str) -> None:
        if self.status is not DeclarationStatus.DRAFT:
            raise DeclarationLocked(
                f"version {self.version} is {self.status}: a sent report is never edited; open a rectification"
            )
        if self.kind is not kind:
            raise WrongContentKind(
                f"a {self.kind} declaration cannot hold {what} (they go in a {kind} declaration)"
            )

    def xǁDeclarationǁ_require__mutmut_1(self, kind: ReportKind, what: str) -> None:
        if self.status is DeclarationStatus.DRAFT:
            raise DeclarationLocked(
                f"version {self.version} is {self.status}: a sent report is never edited; open a rectification"
            )
        if self.kind is not kind:
            raise WrongContentKind(
                f"a {self.kind} declaration cannot hold {what} (they go in a {kind} declaration)"
            )

    def xǁDeclarationǁ_require__mutmut_2(self, kind: ReportKind, what: str) -> None:
        if self.status is not DeclarationStatus.DRAFT:
            raise DeclarationLocked(
                None
            )
        if self.kind is not kind:
            raise WrongContentKind(
                f"a {self.kind} declaration cannot hold {what} (they go in a {kind} declaration)"
            )

    def xǁDeclarationǁ_require__mutmut_3(self, kind: ReportKind, what: str) -> None:
        if self.status is not DeclarationStatus.DRAFT:
            raise DeclarationLocked(
                f"version {self.version} is {self.status}: a sent report is never edited; open a rectification"
            )
        if self.kind is kind:
            raise WrongContentKind(
                f"a {self.kind} declaration cannot hold {what} (they go in a {kind} declaration)"
            )

    def xǁDeclarationǁ_require__mutmut_4(self, kind: ReportKind, what: str) -> None:
        if self.status is not DeclarationStatus.DRAFT:
            raise DeclarationLocked(
                f"version {self.version} is {self.status}: a sent report is never edited; open a rectification"
            )
        if self.kind is not kind:
            raise WrongContentKind(
                None
            )

    @_mutmut_mutated(mutants_xǁDeclarationǁcopy_content_from__mutmut)
    def copy_content_from(self, other: Declaration) -> None:
        for tx in other._b2c:
            self.record_b2c(tx)
        for summary in other._summaries:
            self.record_b2c_summary(summary)
        for record in other._international:
            self.record_international(record.facts)
        for event in other._payments:
            self.record_payment(event)

    def xǁDeclarationǁcopy_content_from__mutmut_orig(self, other: Declaration) -> None:
        for tx in other._b2c:
            self.record_b2c(tx)
        for summary in other._summaries:
            self.record_b2c_summary(summary)
        for record in other._international:
            self.record_international(record.facts)
        for event in other._payments:
            self.record_payment(event)

    def xǁDeclarationǁcopy_content_from__mutmut_1(self, other: Declaration) -> None:
        for tx in other._b2c:
            self.record_b2c(None)
        for summary in other._summaries:
            self.record_b2c_summary(summary)
        for record in other._international:
            self.record_international(record.facts)
        for event in other._payments:
            self.record_payment(event)

    def xǁDeclarationǁcopy_content_from__mutmut_2(self, other: Declaration) -> None:
        for tx in other._b2c:
            self.record_b2c(tx)
        for summary in other._summaries:
            self.record_b2c_summary(None)
        for record in other._international:
            self.record_international(record.facts)
        for event in other._payments:
            self.record_payment(event)

    def xǁDeclarationǁcopy_content_from__mutmut_3(self, other: Declaration) -> None:
        for tx in other._b2c:
            self.record_b2c(tx)
        for summary in other._summaries:
            self.record_b2c_summary(summary)
        for record in other._international:
            self.record_international(None)
        for event in other._payments:
            self.record_payment(event)

    def xǁDeclarationǁcopy_content_from__mutmut_4(self, other: Declaration) -> None:
        for tx in other._b2c:
            self.record_b2c(tx)
        for summary in other._summaries:
            self.record_b2c_summary(summary)
        for record in other._international:
            self.record_international(record.facts)
        for event in other._payments:
            self.record_payment(None)

    # --- content ----------------------------------------------------------------------------------------------
    @property
    def b2c_transactions(self) -> tuple[B2cTransaction, ...]:
        return self._b2c.items()

    @property
    def b2c_aggregates(self) -> tuple[B2cAggregate, ...]:
        return merge_aggregates((*daily_aggregates(self._b2c), *(s.aggregate for s in self._summaries)))

    @property
    def international_records(self) -> tuple[InternationalRecord, ...]:
        return tuple(sorted(self._international, key=lambda r: (r.day, r.key)))

    @property
    def payment_events(self) -> tuple[PaymentEvent, ...]:
        return self._payments.items()

    @property
    def payment_lines(self) -> tuple[PaymentLine, ...]:
        return payment_lines(self._payments)

    @property
    def is_empty(self) -> bool:
        return not (self._b2c or self._summaries or self._international or self._payments)

    @_mutmut_mutated(mutants_xǁDeclarationǁtotals__mutmut)
    def totals(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_orig(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_1(self) -> DeclarationTotals:
        b2c = None
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_2(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = None
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_3(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is not DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_4(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = None
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_5(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is not DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_6(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=None,
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_7(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=None,
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_8(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=None,
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_9(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=None,
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_10(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=None,
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_11(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=None,
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_12(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=None,
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_13(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=None,
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_14(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=None,
        )

    def xǁDeclarationǁtotals__mutmut_15(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_16(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_17(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_18(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_19(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_20(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_21(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_22(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_23(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            )

    def xǁDeclarationǁtotals__mutmut_24(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(None),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_25(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(None),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_26(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(None),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_27(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(None),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_28(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) / f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_29(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(None) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_30(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(None),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_31(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) / f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_32(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(None) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_33(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                None
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_34(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) / f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_35(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(None) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_36(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(None),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_37(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) / f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_38(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(None) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(line.amount for line in self.payment_lines),
        )

    def xǁDeclarationǁtotals__mutmut_39(self) -> DeclarationTotals:
        b2c = self.b2c_aggregates
        sales = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.SELLER]
        purchases = [r.facts for r in self._international if r.facts.declarant_role is DeclarantRole.BUYER]
        return DeclarationTotals(
            b2c_taxable=_sum(a.taxable_total for a in b2c),
            b2c_vat=_sum(a.vat_total for a in b2c),
            b2c_count=sum(a.count for a in b2c),
            # a credit note is reported with its own (positive) amounts and reduces the period's totals
            international_sales_taxable=_sum(sign_of(f.type_code) * f.total_without_vat for f in sales),
            international_sales_vat=_sum(sign_of(f.type_code) * f.total_vat for f in sales),
            international_purchases_taxable=_sum(
                sign_of(f.type_code) * f.total_without_vat for f in purchases
            ),
            international_purchases_vat=_sum(sign_of(f.type_code) * f.total_vat for f in purchases),
            international_count=len(self._international),
            collected=_sum(None),
        )

    # --- checks -----------------------------------------------------------------------------------------------
    @_mutmut_mutated(mutants_xǁDeclarationǁcheck__mutmut)
    def check(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_orig(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_1(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = None
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_2(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = None
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_3(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(None)
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_4(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(None)
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_5(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(None, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_6(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, None))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_7(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_8(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, ))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_9(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(None)
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_10(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(None)
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_11(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(None, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_12(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, None))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_13(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_14(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, ))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_15(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(None)
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_16(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(None)
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_17(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(None, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_18(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, None))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_19(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_20(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, ))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_21(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_22(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(None)
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_23(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(None, expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_24(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), None, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_25(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, None))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_26(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_27(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_28(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, ))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_29(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_30(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(None, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_31(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, None):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_32(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_33(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, ):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_34(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = None
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_35(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(None)
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_36(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal(None, msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_37(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", None, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_38(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, None))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_39(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal(msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_40(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_41(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, ))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_42(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("XXER-EARLYXX", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_43(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("er-early", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_44(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(None, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_45(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, None):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_46(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_47(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, ):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_48(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = None
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_49(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today + self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_50(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = None
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_51(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(None)
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_52(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning(None, msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_53(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", None, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_54(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, None))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_55(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning(msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_56(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_57(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, ))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_58(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("XXER-LATEXX", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_59(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("er-late", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_60(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(None)
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_61(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning(None, "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_62(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", None, at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_63(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", None))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_64(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_65(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_66(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", ))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_67(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("XXER-EMPTYXX", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_68(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("er-empty", "the declaration holds nothing for the period", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_69(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "XXthe declaration holds nothing for the periodXX", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_70(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "THE DECLARATION HOLDS NOTHING FOR THE PERIOD", at))
        return tuple(out)

    # --- checks -----------------------------------------------------------------------------------------------
    def xǁDeclarationǁcheck__mutmut_71(self, today: date, expected: DeclarationTotals | None = None) -> tuple[Finding, ...]:
        """Every finding a submission on `today` would raise (ids in docs/ereporting.md)."""
        at = self.label
        out: list[Finding] = []
        for b2c in self.b2c_aggregates:
            out.extend(b2c.findings())
            out.extend(self._outside_period(b2c.day, b2c.key.label))
        for record in self.international_records:
            out.extend(record.findings())
            out.extend(self._outside_period(record.day, f"international[{record.facts.invoice_id}]"))
        for line in self.payment_lines:
            out.extend(line.findings())
            out.extend(self._outside_period(line.day, line.label))
        if expected is not None:
            out.extend(totals_findings(self.totals(), expected, at))
        if not is_closed(self.period, today):
            msg = f"the period ends on {self.period.end}: a report sent on {today} could miss transactions"
            out.append(fatal("ER-EARLY", msg, at))
        if is_late(self.period, today):
            days = (today - self.period.deadline).days
            msg = f"sent on {today}, {days} day(s) after the deadline {self.period.deadline} (penalty risk)"
            out.append(warning("ER-LATE", msg, at))
        if self.is_empty:
            out.append(warning("ER-EMPTY", "the declaration holds nothing for the period", at))
        return tuple(None)

    @_mutmut_mutated(mutants_xǁDeclarationǁ_outside_period__mutmut)
    def _outside_period(self, day: date, where: str) -> tuple[Finding, ...]:
        if self.period.contains(day):
            return ()
        msg = f"dated {day}, outside the period {self.period.start} to {self.period.end}"
        return (fatal("ER-PERIOD", msg, where),)

    def xǁDeclarationǁ_outside_period__mutmut_orig(self, day: date, where: str) -> tuple[Finding, ...]:
        if self.period.contains(day):
            return ()
        msg = f"dated {day}, outside the period {self.period.start} to {self.period.end}"
        return (fatal("ER-PERIOD", msg, where),)

    def xǁDeclarationǁ_outside_period__mutmut_1(self, day: date, where: str) -> tuple[Finding, ...]:
        if self.period.contains(None):
            return ()
        msg = f"dated {day}, outside the period {self.period.start} to {self.period.end}"
        return (fatal("ER-PERIOD", msg, where),)

    def xǁDeclarationǁ_outside_period__mutmut_2(self, day: date, where: str) -> tuple[Finding, ...]:
        if self.period.contains(day):
            return ()
        msg = None
        return (fatal("ER-PERIOD", msg, where),)

    def xǁDeclarationǁ_outside_period__mutmut_3(self, day: date, where: str) -> tuple[Finding, ...]:
        if self.period.contains(day):
            return ()
        msg = f"dated {day}, outside the period {self.period.start} to {self.period.end}"
        return (fatal(None, msg, where),)

    def xǁDeclarationǁ_outside_period__mutmut_4(self, day: date, where: str) -> tuple[Finding, ...]:
        if self.period.contains(day):
            return ()
        msg = f"dated {day}, outside the period {self.period.start} to {self.period.end}"
        return (fatal("ER-PERIOD", None, where),)

    def xǁDeclarationǁ_outside_period__mutmut_5(self, day: date, where: str) -> tuple[Finding, ...]:
        if self.period.contains(day):
            return ()
        msg = f"dated {day}, outside the period {self.period.start} to {self.period.end}"
        return (fatal("ER-PERIOD", msg, None),)

    def xǁDeclarationǁ_outside_period__mutmut_6(self, day: date, where: str) -> tuple[Finding, ...]:
        if self.period.contains(day):
            return ()
        msg = f"dated {day}, outside the period {self.period.start} to {self.period.end}"
        return (fatal(msg, where),)

    def xǁDeclarationǁ_outside_period__mutmut_7(self, day: date, where: str) -> tuple[Finding, ...]:
        if self.period.contains(day):
            return ()
        msg = f"dated {day}, outside the period {self.period.start} to {self.period.end}"
        return (fatal("ER-PERIOD", where),)

    def xǁDeclarationǁ_outside_period__mutmut_8(self, day: date, where: str) -> tuple[Finding, ...]:
        if self.period.contains(day):
            return ()
        msg = f"dated {day}, outside the period {self.period.start} to {self.period.end}"
        return (fatal("ER-PERIOD", msg, ),)

    def xǁDeclarationǁ_outside_period__mutmut_9(self, day: date, where: str) -> tuple[Finding, ...]:
        if self.period.contains(day):
            return ()
        msg = f"dated {day}, outside the period {self.period.start} to {self.period.end}"
        return (fatal("XXER-PERIODXX", msg, where),)

    def xǁDeclarationǁ_outside_period__mutmut_10(self, day: date, where: str) -> tuple[Finding, ...]:
        if self.period.contains(day):
            return ()
        msg = f"dated {day}, outside the period {self.period.start} to {self.period.end}"
        return (fatal("er-period", msg, where),)

    @property
    def label(self) -> str:
        return f"declaration[{self.siren}/{self.kind}/{self.period.start}..{self.period.end}/v{self.version}]"

mutants_xǁDeclarationǁrecord_b2c__mutmut['_mutmut_orig'] = Declaration.xǁDeclarationǁrecord_b2c__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_b2c__mutmut['xǁDeclarationǁrecord_b2c__mutmut_1'] = Declaration.xǁDeclarationǁrecord_b2c__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_b2c__mutmut['xǁDeclarationǁrecord_b2c__mutmut_2'] = Declaration.xǁDeclarationǁrecord_b2c__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_b2c__mutmut['xǁDeclarationǁrecord_b2c__mutmut_3'] = Declaration.xǁDeclarationǁrecord_b2c__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_b2c__mutmut['xǁDeclarationǁrecord_b2c__mutmut_4'] = Declaration.xǁDeclarationǁrecord_b2c__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_b2c__mutmut['xǁDeclarationǁrecord_b2c__mutmut_5'] = Declaration.xǁDeclarationǁrecord_b2c__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_b2c__mutmut['xǁDeclarationǁrecord_b2c__mutmut_6'] = Declaration.xǁDeclarationǁrecord_b2c__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_b2c__mutmut['xǁDeclarationǁrecord_b2c__mutmut_7'] = Declaration.xǁDeclarationǁrecord_b2c__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_b2c__mutmut['xǁDeclarationǁrecord_b2c__mutmut_8'] = Declaration.xǁDeclarationǁrecord_b2c__mutmut_8 # type: ignore # mutmut generated

mutants_xǁDeclarationǁrecord_b2c_summary__mutmut['_mutmut_orig'] = Declaration.xǁDeclarationǁrecord_b2c_summary__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_b2c_summary__mutmut['xǁDeclarationǁrecord_b2c_summary__mutmut_1'] = Declaration.xǁDeclarationǁrecord_b2c_summary__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_b2c_summary__mutmut['xǁDeclarationǁrecord_b2c_summary__mutmut_2'] = Declaration.xǁDeclarationǁrecord_b2c_summary__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_b2c_summary__mutmut['xǁDeclarationǁrecord_b2c_summary__mutmut_3'] = Declaration.xǁDeclarationǁrecord_b2c_summary__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_b2c_summary__mutmut['xǁDeclarationǁrecord_b2c_summary__mutmut_4'] = Declaration.xǁDeclarationǁrecord_b2c_summary__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_b2c_summary__mutmut['xǁDeclarationǁrecord_b2c_summary__mutmut_5'] = Declaration.xǁDeclarationǁrecord_b2c_summary__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_b2c_summary__mutmut['xǁDeclarationǁrecord_b2c_summary__mutmut_6'] = Declaration.xǁDeclarationǁrecord_b2c_summary__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_b2c_summary__mutmut['xǁDeclarationǁrecord_b2c_summary__mutmut_7'] = Declaration.xǁDeclarationǁrecord_b2c_summary__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_b2c_summary__mutmut['xǁDeclarationǁrecord_b2c_summary__mutmut_8'] = Declaration.xǁDeclarationǁrecord_b2c_summary__mutmut_8 # type: ignore # mutmut generated

mutants_xǁDeclarationǁrecord_international__mutmut['_mutmut_orig'] = Declaration.xǁDeclarationǁrecord_international__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_international__mutmut['xǁDeclarationǁrecord_international__mutmut_1'] = Declaration.xǁDeclarationǁrecord_international__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_international__mutmut['xǁDeclarationǁrecord_international__mutmut_2'] = Declaration.xǁDeclarationǁrecord_international__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_international__mutmut['xǁDeclarationǁrecord_international__mutmut_3'] = Declaration.xǁDeclarationǁrecord_international__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_international__mutmut['xǁDeclarationǁrecord_international__mutmut_4'] = Declaration.xǁDeclarationǁrecord_international__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_international__mutmut['xǁDeclarationǁrecord_international__mutmut_5'] = Declaration.xǁDeclarationǁrecord_international__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_international__mutmut['xǁDeclarationǁrecord_international__mutmut_6'] = Declaration.xǁDeclarationǁrecord_international__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_international__mutmut['xǁDeclarationǁrecord_international__mutmut_7'] = Declaration.xǁDeclarationǁrecord_international__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_international__mutmut['xǁDeclarationǁrecord_international__mutmut_8'] = Declaration.xǁDeclarationǁrecord_international__mutmut_8 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_international__mutmut['xǁDeclarationǁrecord_international__mutmut_9'] = Declaration.xǁDeclarationǁrecord_international__mutmut_9 # type: ignore # mutmut generated

mutants_xǁDeclarationǁrecord_payment__mutmut['_mutmut_orig'] = Declaration.xǁDeclarationǁrecord_payment__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_payment__mutmut['xǁDeclarationǁrecord_payment__mutmut_1'] = Declaration.xǁDeclarationǁrecord_payment__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_payment__mutmut['xǁDeclarationǁrecord_payment__mutmut_2'] = Declaration.xǁDeclarationǁrecord_payment__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_payment__mutmut['xǁDeclarationǁrecord_payment__mutmut_3'] = Declaration.xǁDeclarationǁrecord_payment__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_payment__mutmut['xǁDeclarationǁrecord_payment__mutmut_4'] = Declaration.xǁDeclarationǁrecord_payment__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_payment__mutmut['xǁDeclarationǁrecord_payment__mutmut_5'] = Declaration.xǁDeclarationǁrecord_payment__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_payment__mutmut['xǁDeclarationǁrecord_payment__mutmut_6'] = Declaration.xǁDeclarationǁrecord_payment__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDeclarationǁrecord_payment__mutmut['xǁDeclarationǁrecord_payment__mutmut_7'] = Declaration.xǁDeclarationǁrecord_payment__mutmut_7 # type: ignore # mutmut generated

mutants_xǁDeclarationǁ_require__mutmut['_mutmut_orig'] = Declaration.xǁDeclarationǁ_require__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationǁ_require__mutmut['xǁDeclarationǁ_require__mutmut_1'] = Declaration.xǁDeclarationǁ_require__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationǁ_require__mutmut['xǁDeclarationǁ_require__mutmut_2'] = Declaration.xǁDeclarationǁ_require__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationǁ_require__mutmut['xǁDeclarationǁ_require__mutmut_3'] = Declaration.xǁDeclarationǁ_require__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationǁ_require__mutmut['xǁDeclarationǁ_require__mutmut_4'] = Declaration.xǁDeclarationǁ_require__mutmut_4 # type: ignore # mutmut generated

mutants_xǁDeclarationǁcopy_content_from__mutmut['_mutmut_orig'] = Declaration.xǁDeclarationǁcopy_content_from__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationǁcopy_content_from__mutmut['xǁDeclarationǁcopy_content_from__mutmut_1'] = Declaration.xǁDeclarationǁcopy_content_from__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcopy_content_from__mutmut['xǁDeclarationǁcopy_content_from__mutmut_2'] = Declaration.xǁDeclarationǁcopy_content_from__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcopy_content_from__mutmut['xǁDeclarationǁcopy_content_from__mutmut_3'] = Declaration.xǁDeclarationǁcopy_content_from__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcopy_content_from__mutmut['xǁDeclarationǁcopy_content_from__mutmut_4'] = Declaration.xǁDeclarationǁcopy_content_from__mutmut_4 # type: ignore # mutmut generated

mutants_xǁDeclarationǁtotals__mutmut['_mutmut_orig'] = Declaration.xǁDeclarationǁtotals__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_1'] = Declaration.xǁDeclarationǁtotals__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_2'] = Declaration.xǁDeclarationǁtotals__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_3'] = Declaration.xǁDeclarationǁtotals__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_4'] = Declaration.xǁDeclarationǁtotals__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_5'] = Declaration.xǁDeclarationǁtotals__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_6'] = Declaration.xǁDeclarationǁtotals__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_7'] = Declaration.xǁDeclarationǁtotals__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_8'] = Declaration.xǁDeclarationǁtotals__mutmut_8 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_9'] = Declaration.xǁDeclarationǁtotals__mutmut_9 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_10'] = Declaration.xǁDeclarationǁtotals__mutmut_10 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_11'] = Declaration.xǁDeclarationǁtotals__mutmut_11 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_12'] = Declaration.xǁDeclarationǁtotals__mutmut_12 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_13'] = Declaration.xǁDeclarationǁtotals__mutmut_13 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_14'] = Declaration.xǁDeclarationǁtotals__mutmut_14 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_15'] = Declaration.xǁDeclarationǁtotals__mutmut_15 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_16'] = Declaration.xǁDeclarationǁtotals__mutmut_16 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_17'] = Declaration.xǁDeclarationǁtotals__mutmut_17 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_18'] = Declaration.xǁDeclarationǁtotals__mutmut_18 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_19'] = Declaration.xǁDeclarationǁtotals__mutmut_19 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_20'] = Declaration.xǁDeclarationǁtotals__mutmut_20 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_21'] = Declaration.xǁDeclarationǁtotals__mutmut_21 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_22'] = Declaration.xǁDeclarationǁtotals__mutmut_22 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_23'] = Declaration.xǁDeclarationǁtotals__mutmut_23 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_24'] = Declaration.xǁDeclarationǁtotals__mutmut_24 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_25'] = Declaration.xǁDeclarationǁtotals__mutmut_25 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_26'] = Declaration.xǁDeclarationǁtotals__mutmut_26 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_27'] = Declaration.xǁDeclarationǁtotals__mutmut_27 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_28'] = Declaration.xǁDeclarationǁtotals__mutmut_28 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_29'] = Declaration.xǁDeclarationǁtotals__mutmut_29 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_30'] = Declaration.xǁDeclarationǁtotals__mutmut_30 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_31'] = Declaration.xǁDeclarationǁtotals__mutmut_31 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_32'] = Declaration.xǁDeclarationǁtotals__mutmut_32 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_33'] = Declaration.xǁDeclarationǁtotals__mutmut_33 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_34'] = Declaration.xǁDeclarationǁtotals__mutmut_34 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_35'] = Declaration.xǁDeclarationǁtotals__mutmut_35 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_36'] = Declaration.xǁDeclarationǁtotals__mutmut_36 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_37'] = Declaration.xǁDeclarationǁtotals__mutmut_37 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_38'] = Declaration.xǁDeclarationǁtotals__mutmut_38 # type: ignore # mutmut generated
mutants_xǁDeclarationǁtotals__mutmut['xǁDeclarationǁtotals__mutmut_39'] = Declaration.xǁDeclarationǁtotals__mutmut_39 # type: ignore # mutmut generated

mutants_xǁDeclarationǁcheck__mutmut['_mutmut_orig'] = Declaration.xǁDeclarationǁcheck__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_1'] = Declaration.xǁDeclarationǁcheck__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_2'] = Declaration.xǁDeclarationǁcheck__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_3'] = Declaration.xǁDeclarationǁcheck__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_4'] = Declaration.xǁDeclarationǁcheck__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_5'] = Declaration.xǁDeclarationǁcheck__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_6'] = Declaration.xǁDeclarationǁcheck__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_7'] = Declaration.xǁDeclarationǁcheck__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_8'] = Declaration.xǁDeclarationǁcheck__mutmut_8 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_9'] = Declaration.xǁDeclarationǁcheck__mutmut_9 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_10'] = Declaration.xǁDeclarationǁcheck__mutmut_10 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_11'] = Declaration.xǁDeclarationǁcheck__mutmut_11 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_12'] = Declaration.xǁDeclarationǁcheck__mutmut_12 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_13'] = Declaration.xǁDeclarationǁcheck__mutmut_13 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_14'] = Declaration.xǁDeclarationǁcheck__mutmut_14 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_15'] = Declaration.xǁDeclarationǁcheck__mutmut_15 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_16'] = Declaration.xǁDeclarationǁcheck__mutmut_16 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_17'] = Declaration.xǁDeclarationǁcheck__mutmut_17 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_18'] = Declaration.xǁDeclarationǁcheck__mutmut_18 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_19'] = Declaration.xǁDeclarationǁcheck__mutmut_19 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_20'] = Declaration.xǁDeclarationǁcheck__mutmut_20 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_21'] = Declaration.xǁDeclarationǁcheck__mutmut_21 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_22'] = Declaration.xǁDeclarationǁcheck__mutmut_22 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_23'] = Declaration.xǁDeclarationǁcheck__mutmut_23 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_24'] = Declaration.xǁDeclarationǁcheck__mutmut_24 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_25'] = Declaration.xǁDeclarationǁcheck__mutmut_25 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_26'] = Declaration.xǁDeclarationǁcheck__mutmut_26 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_27'] = Declaration.xǁDeclarationǁcheck__mutmut_27 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_28'] = Declaration.xǁDeclarationǁcheck__mutmut_28 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_29'] = Declaration.xǁDeclarationǁcheck__mutmut_29 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_30'] = Declaration.xǁDeclarationǁcheck__mutmut_30 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_31'] = Declaration.xǁDeclarationǁcheck__mutmut_31 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_32'] = Declaration.xǁDeclarationǁcheck__mutmut_32 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_33'] = Declaration.xǁDeclarationǁcheck__mutmut_33 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_34'] = Declaration.xǁDeclarationǁcheck__mutmut_34 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_35'] = Declaration.xǁDeclarationǁcheck__mutmut_35 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_36'] = Declaration.xǁDeclarationǁcheck__mutmut_36 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_37'] = Declaration.xǁDeclarationǁcheck__mutmut_37 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_38'] = Declaration.xǁDeclarationǁcheck__mutmut_38 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_39'] = Declaration.xǁDeclarationǁcheck__mutmut_39 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_40'] = Declaration.xǁDeclarationǁcheck__mutmut_40 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_41'] = Declaration.xǁDeclarationǁcheck__mutmut_41 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_42'] = Declaration.xǁDeclarationǁcheck__mutmut_42 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_43'] = Declaration.xǁDeclarationǁcheck__mutmut_43 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_44'] = Declaration.xǁDeclarationǁcheck__mutmut_44 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_45'] = Declaration.xǁDeclarationǁcheck__mutmut_45 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_46'] = Declaration.xǁDeclarationǁcheck__mutmut_46 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_47'] = Declaration.xǁDeclarationǁcheck__mutmut_47 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_48'] = Declaration.xǁDeclarationǁcheck__mutmut_48 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_49'] = Declaration.xǁDeclarationǁcheck__mutmut_49 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_50'] = Declaration.xǁDeclarationǁcheck__mutmut_50 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_51'] = Declaration.xǁDeclarationǁcheck__mutmut_51 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_52'] = Declaration.xǁDeclarationǁcheck__mutmut_52 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_53'] = Declaration.xǁDeclarationǁcheck__mutmut_53 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_54'] = Declaration.xǁDeclarationǁcheck__mutmut_54 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_55'] = Declaration.xǁDeclarationǁcheck__mutmut_55 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_56'] = Declaration.xǁDeclarationǁcheck__mutmut_56 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_57'] = Declaration.xǁDeclarationǁcheck__mutmut_57 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_58'] = Declaration.xǁDeclarationǁcheck__mutmut_58 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_59'] = Declaration.xǁDeclarationǁcheck__mutmut_59 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_60'] = Declaration.xǁDeclarationǁcheck__mutmut_60 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_61'] = Declaration.xǁDeclarationǁcheck__mutmut_61 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_62'] = Declaration.xǁDeclarationǁcheck__mutmut_62 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_63'] = Declaration.xǁDeclarationǁcheck__mutmut_63 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_64'] = Declaration.xǁDeclarationǁcheck__mutmut_64 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_65'] = Declaration.xǁDeclarationǁcheck__mutmut_65 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_66'] = Declaration.xǁDeclarationǁcheck__mutmut_66 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_67'] = Declaration.xǁDeclarationǁcheck__mutmut_67 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_68'] = Declaration.xǁDeclarationǁcheck__mutmut_68 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_69'] = Declaration.xǁDeclarationǁcheck__mutmut_69 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_70'] = Declaration.xǁDeclarationǁcheck__mutmut_70 # type: ignore # mutmut generated
mutants_xǁDeclarationǁcheck__mutmut['xǁDeclarationǁcheck__mutmut_71'] = Declaration.xǁDeclarationǁcheck__mutmut_71 # type: ignore # mutmut generated

mutants_xǁDeclarationǁ_outside_period__mutmut['_mutmut_orig'] = Declaration.xǁDeclarationǁ_outside_period__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationǁ_outside_period__mutmut['xǁDeclarationǁ_outside_period__mutmut_1'] = Declaration.xǁDeclarationǁ_outside_period__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationǁ_outside_period__mutmut['xǁDeclarationǁ_outside_period__mutmut_2'] = Declaration.xǁDeclarationǁ_outside_period__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationǁ_outside_period__mutmut['xǁDeclarationǁ_outside_period__mutmut_3'] = Declaration.xǁDeclarationǁ_outside_period__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationǁ_outside_period__mutmut['xǁDeclarationǁ_outside_period__mutmut_4'] = Declaration.xǁDeclarationǁ_outside_period__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeclarationǁ_outside_period__mutmut['xǁDeclarationǁ_outside_period__mutmut_5'] = Declaration.xǁDeclarationǁ_outside_period__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDeclarationǁ_outside_period__mutmut['xǁDeclarationǁ_outside_period__mutmut_6'] = Declaration.xǁDeclarationǁ_outside_period__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDeclarationǁ_outside_period__mutmut['xǁDeclarationǁ_outside_period__mutmut_7'] = Declaration.xǁDeclarationǁ_outside_period__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDeclarationǁ_outside_period__mutmut['xǁDeclarationǁ_outside_period__mutmut_8'] = Declaration.xǁDeclarationǁ_outside_period__mutmut_8 # type: ignore # mutmut generated
mutants_xǁDeclarationǁ_outside_period__mutmut['xǁDeclarationǁ_outside_period__mutmut_9'] = Declaration.xǁDeclarationǁ_outside_period__mutmut_9 # type: ignore # mutmut generated
mutants_xǁDeclarationǁ_outside_period__mutmut['xǁDeclarationǁ_outside_period__mutmut_10'] = Declaration.xǁDeclarationǁ_outside_period__mutmut_10 # type: ignore # mutmut generated
mutants_x__sum__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__sum__mutmut)
def _sum(values: Iterable[Decimal]) -> Decimal:
    return sum(values, ZERO)


def x__sum__mutmut_orig(values: Iterable[Decimal]) -> Decimal:
    return sum(values, ZERO)


def x__sum__mutmut_1(values: Iterable[Decimal]) -> Decimal:
    return sum(None, ZERO)


def x__sum__mutmut_2(values: Iterable[Decimal]) -> Decimal:
    return sum(values, None)


def x__sum__mutmut_3(values: Iterable[Decimal]) -> Decimal:
    return sum(ZERO)


def x__sum__mutmut_4(values: Iterable[Decimal]) -> Decimal:
    return sum(values, )

mutants_x__sum__mutmut['_mutmut_orig'] = x__sum__mutmut_orig # type: ignore # mutmut generated
mutants_x__sum__mutmut['x__sum__mutmut_1'] = x__sum__mutmut_1 # type: ignore # mutmut generated
mutants_x__sum__mutmut['x__sum__mutmut_2'] = x__sum__mutmut_2 # type: ignore # mutmut generated
mutants_x__sum__mutmut['x__sum__mutmut_3'] = x__sum__mutmut_3 # type: ignore # mutmut generated
mutants_x__sum__mutmut['x__sum__mutmut_4'] = x__sum__mutmut_4 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_totals_findings__mutmut)
def totals_findings(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(expected, f.name)
        if got != want:
            out.append(fatal("ER-TOTALS", f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


def x_totals_findings__mutmut_orig(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(expected, f.name)
        if got != want:
            out.append(fatal("ER-TOTALS", f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


def x_totals_findings__mutmut_1(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = None
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(expected, f.name)
        if got != want:
            out.append(fatal("ER-TOTALS", f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


def x_totals_findings__mutmut_2(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(None):
        got, want = getattr(computed, f.name), getattr(expected, f.name)
        if got != want:
            out.append(fatal("ER-TOTALS", f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


def x_totals_findings__mutmut_3(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = None
        if got != want:
            out.append(fatal("ER-TOTALS", f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


def x_totals_findings__mutmut_4(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(None, f.name), getattr(expected, f.name)
        if got != want:
            out.append(fatal("ER-TOTALS", f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


def x_totals_findings__mutmut_5(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, None), getattr(expected, f.name)
        if got != want:
            out.append(fatal("ER-TOTALS", f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


def x_totals_findings__mutmut_6(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(f.name), getattr(expected, f.name)
        if got != want:
            out.append(fatal("ER-TOTALS", f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


def x_totals_findings__mutmut_7(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, ), getattr(expected, f.name)
        if got != want:
            out.append(fatal("ER-TOTALS", f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


def x_totals_findings__mutmut_8(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(None, f.name)
        if got != want:
            out.append(fatal("ER-TOTALS", f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


def x_totals_findings__mutmut_9(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(expected, None)
        if got != want:
            out.append(fatal("ER-TOTALS", f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


def x_totals_findings__mutmut_10(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(f.name)
        if got != want:
            out.append(fatal("ER-TOTALS", f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


def x_totals_findings__mutmut_11(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(expected, )
        if got != want:
            out.append(fatal("ER-TOTALS", f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


def x_totals_findings__mutmut_12(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(expected, f.name)
        if got == want:
            out.append(fatal("ER-TOTALS", f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


def x_totals_findings__mutmut_13(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(expected, f.name)
        if got != want:
            out.append(None)
    return tuple(out)


def x_totals_findings__mutmut_14(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(expected, f.name)
        if got != want:
            out.append(fatal(None, f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


def x_totals_findings__mutmut_15(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(expected, f.name)
        if got != want:
            out.append(fatal("ER-TOTALS", None, where))
    return tuple(out)


def x_totals_findings__mutmut_16(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(expected, f.name)
        if got != want:
            out.append(fatal("ER-TOTALS", f"{f.name}: the report gives {got}, the books give {want}", None))
    return tuple(out)


def x_totals_findings__mutmut_17(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(expected, f.name)
        if got != want:
            out.append(fatal(f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


def x_totals_findings__mutmut_18(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(expected, f.name)
        if got != want:
            out.append(fatal("ER-TOTALS", where))
    return tuple(out)


def x_totals_findings__mutmut_19(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(expected, f.name)
        if got != want:
            out.append(fatal("ER-TOTALS", f"{f.name}: the report gives {got}, the books give {want}", ))
    return tuple(out)


def x_totals_findings__mutmut_20(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(expected, f.name)
        if got != want:
            out.append(fatal("XXER-TOTALSXX", f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


def x_totals_findings__mutmut_21(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(expected, f.name)
        if got != want:
            out.append(fatal("er-totals", f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


def x_totals_findings__mutmut_22(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(expected, f.name)
        if got != want:
            out.append(fatal("ER-TOTALS", f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(None)

mutants_x_totals_findings__mutmut['_mutmut_orig'] = x_totals_findings__mutmut_orig # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_1'] = x_totals_findings__mutmut_1 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_2'] = x_totals_findings__mutmut_2 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_3'] = x_totals_findings__mutmut_3 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_4'] = x_totals_findings__mutmut_4 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_5'] = x_totals_findings__mutmut_5 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_6'] = x_totals_findings__mutmut_6 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_7'] = x_totals_findings__mutmut_7 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_8'] = x_totals_findings__mutmut_8 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_9'] = x_totals_findings__mutmut_9 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_10'] = x_totals_findings__mutmut_10 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_11'] = x_totals_findings__mutmut_11 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_12'] = x_totals_findings__mutmut_12 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_13'] = x_totals_findings__mutmut_13 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_14'] = x_totals_findings__mutmut_14 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_15'] = x_totals_findings__mutmut_15 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_16'] = x_totals_findings__mutmut_16 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_17'] = x_totals_findings__mutmut_17 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_18'] = x_totals_findings__mutmut_18 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_19'] = x_totals_findings__mutmut_19 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_20'] = x_totals_findings__mutmut_20 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_21'] = x_totals_findings__mutmut_21 # type: ignore # mutmut generated
mutants_x_totals_findings__mutmut['x_totals_findings__mutmut_22'] = x_totals_findings__mutmut_22 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeclarationSeriesǁfor_day__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeclarationSeriesǁsuperseded_by__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeclarationSeriesǁget__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeclarationSeriesǁopen_initial__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeclarationSeriesǁopen_rectification__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeclarationSeriesǁsubmit__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeclarationSeriesǁmark_accepted__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeclarationSeriesǁmark_rejected__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeclarationSeriesǁ_transition__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeclarationSeriesǁ_new__mutmut: MutantDict = {}  # type: ignore


@dataclass(eq=False, slots=True)
class DeclarationSeries:
    """Every version of the declaration of one company, for one kind of report and one period."""

    siren: str
    regime: VatRegime
    kind: ReportKind
    period: ReportingPeriod
    versions: list[Declaration] = field(default_factory=list)

    @_mutmut_mutated(mutants_xǁDeclarationSeriesǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        if not is_valid_siren(self.siren):
            raise ValueError(f"SIREN must be 9 digits with a valid Luhn key, got {self.siren!r}")

    def xǁDeclarationSeriesǁ__post_init____mutmut_orig(self) -> None:
        if not is_valid_siren(self.siren):
            raise ValueError(f"SIREN must be 9 digits with a valid Luhn key, got {self.siren!r}")

    def xǁDeclarationSeriesǁ__post_init____mutmut_1(self) -> None:
        if is_valid_siren(self.siren):
            raise ValueError(f"SIREN must be 9 digits with a valid Luhn key, got {self.siren!r}")

    def xǁDeclarationSeriesǁ__post_init____mutmut_2(self) -> None:
        if not is_valid_siren(None):
            raise ValueError(f"SIREN must be 9 digits with a valid Luhn key, got {self.siren!r}")

    def xǁDeclarationSeriesǁ__post_init____mutmut_3(self) -> None:
        if not is_valid_siren(self.siren):
            raise ValueError(None)

    @classmethod
    @_mutmut_mutated(mutants_xǁDeclarationSeriesǁfor_day__mutmut, is_classmethod = True)
    def for_day(cls, siren: str, regime: VatRegime, kind: ReportKind, day: date) -> DeclarationSeries:
        return cls(siren, regime, kind, period_for(regime, kind, day))

    @classmethod
    def xǁDeclarationSeriesǁfor_day__mutmut_orig(cls, siren: str, regime: VatRegime, kind: ReportKind, day: date) -> DeclarationSeries:
        return cls(siren, regime, kind, period_for(regime, kind, day))

    @classmethod
    def xǁDeclarationSeriesǁfor_day__mutmut_1(cls, siren: str, regime: VatRegime, kind: ReportKind, day: date) -> DeclarationSeries:
        return cls(None, regime, kind, period_for(regime, kind, day))

    @classmethod
    def xǁDeclarationSeriesǁfor_day__mutmut_2(cls, siren: str, regime: VatRegime, kind: ReportKind, day: date) -> DeclarationSeries:
        return cls(siren, None, kind, period_for(regime, kind, day))

    @classmethod
    def xǁDeclarationSeriesǁfor_day__mutmut_3(cls, siren: str, regime: VatRegime, kind: ReportKind, day: date) -> DeclarationSeries:
        return cls(siren, regime, None, period_for(regime, kind, day))

    @classmethod
    def xǁDeclarationSeriesǁfor_day__mutmut_4(cls, siren: str, regime: VatRegime, kind: ReportKind, day: date) -> DeclarationSeries:
        return cls(siren, regime, kind, None)

    @classmethod
    def xǁDeclarationSeriesǁfor_day__mutmut_5(cls, siren: str, regime: VatRegime, kind: ReportKind, day: date) -> DeclarationSeries:
        return cls(regime, kind, period_for(regime, kind, day))

    @classmethod
    def xǁDeclarationSeriesǁfor_day__mutmut_6(cls, siren: str, regime: VatRegime, kind: ReportKind, day: date) -> DeclarationSeries:
        return cls(siren, kind, period_for(regime, kind, day))

    @classmethod
    def xǁDeclarationSeriesǁfor_day__mutmut_7(cls, siren: str, regime: VatRegime, kind: ReportKind, day: date) -> DeclarationSeries:
        return cls(siren, regime, period_for(regime, kind, day))

    @classmethod
    def xǁDeclarationSeriesǁfor_day__mutmut_8(cls, siren: str, regime: VatRegime, kind: ReportKind, day: date) -> DeclarationSeries:
        return cls(siren, regime, kind, )

    @classmethod
    def xǁDeclarationSeriesǁfor_day__mutmut_9(cls, siren: str, regime: VatRegime, kind: ReportKind, day: date) -> DeclarationSeries:
        return cls(siren, regime, kind, period_for(None, kind, day))

    @classmethod
    def xǁDeclarationSeriesǁfor_day__mutmut_10(cls, siren: str, regime: VatRegime, kind: ReportKind, day: date) -> DeclarationSeries:
        return cls(siren, regime, kind, period_for(regime, None, day))

    @classmethod
    def xǁDeclarationSeriesǁfor_day__mutmut_11(cls, siren: str, regime: VatRegime, kind: ReportKind, day: date) -> DeclarationSeries:
        return cls(siren, regime, kind, period_for(regime, kind, None))

    @classmethod
    def xǁDeclarationSeriesǁfor_day__mutmut_12(cls, siren: str, regime: VatRegime, kind: ReportKind, day: date) -> DeclarationSeries:
        return cls(siren, regime, kind, period_for(kind, day))

    @classmethod
    def xǁDeclarationSeriesǁfor_day__mutmut_13(cls, siren: str, regime: VatRegime, kind: ReportKind, day: date) -> DeclarationSeries:
        return cls(siren, regime, kind, period_for(regime, day))

    @classmethod
    def xǁDeclarationSeriesǁfor_day__mutmut_14(cls, siren: str, regime: VatRegime, kind: ReportKind, day: date) -> DeclarationSeries:
        return cls(siren, regime, kind, period_for(regime, kind, ))

    # --- queries ----------------------------------------------------------------------------------------------
    @property
    def draft(self) -> Declaration | None:
        last = self.versions[-1] if self.versions else None
        return last if last is not None and last.status is DeclarationStatus.DRAFT else None

    @property
    def effective(self) -> Declaration | None:
        """The version the administration holds: the latest one sent and not rejected."""
        sent = [
            d for d in self.versions if d.status in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED)
        ]
        return sent[-1] if sent else None

    @_mutmut_mutated(mutants_xǁDeclarationSeriesǁsuperseded_by__mutmut)
    def superseded_by(self, version: int) -> int | None:
        """The version that replaced `version`, if a later one was sent and not rejected."""
        me = self.get(version)
        if me.status not in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED):
            return None
        later = [
            d.version
            for d in self.versions
            if d.version > version and d.status in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED)
        ]
        return later[0] if later else None

    def xǁDeclarationSeriesǁsuperseded_by__mutmut_orig(self, version: int) -> int | None:
        """The version that replaced `version`, if a later one was sent and not rejected."""
        me = self.get(version)
        if me.status not in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED):
            return None
        later = [
            d.version
            for d in self.versions
            if d.version > version and d.status in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED)
        ]
        return later[0] if later else None

    def xǁDeclarationSeriesǁsuperseded_by__mutmut_1(self, version: int) -> int | None:
        """The version that replaced `version`, if a later one was sent and not rejected."""
        me = None
        if me.status not in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED):
            return None
        later = [
            d.version
            for d in self.versions
            if d.version > version and d.status in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED)
        ]
        return later[0] if later else None

    def xǁDeclarationSeriesǁsuperseded_by__mutmut_2(self, version: int) -> int | None:
        """The version that replaced `version`, if a later one was sent and not rejected."""
        me = self.get(None)
        if me.status not in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED):
            return None
        later = [
            d.version
            for d in self.versions
            if d.version > version and d.status in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED)
        ]
        return later[0] if later else None

    def xǁDeclarationSeriesǁsuperseded_by__mutmut_3(self, version: int) -> int | None:
        """The version that replaced `version`, if a later one was sent and not rejected."""
        me = self.get(version)
        if me.status in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED):
            return None
        later = [
            d.version
            for d in self.versions
            if d.version > version and d.status in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED)
        ]
        return later[0] if later else None

    def xǁDeclarationSeriesǁsuperseded_by__mutmut_4(self, version: int) -> int | None:
        """The version that replaced `version`, if a later one was sent and not rejected."""
        me = self.get(version)
        if me.status not in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED):
            return None
        later = None
        return later[0] if later else None

    def xǁDeclarationSeriesǁsuperseded_by__mutmut_5(self, version: int) -> int | None:
        """The version that replaced `version`, if a later one was sent and not rejected."""
        me = self.get(version)
        if me.status not in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED):
            return None
        later = [
            d.version
            for d in self.versions
            if d.version > version or d.status in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED)
        ]
        return later[0] if later else None

    def xǁDeclarationSeriesǁsuperseded_by__mutmut_6(self, version: int) -> int | None:
        """The version that replaced `version`, if a later one was sent and not rejected."""
        me = self.get(version)
        if me.status not in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED):
            return None
        later = [
            d.version
            for d in self.versions
            if d.version >= version and d.status in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED)
        ]
        return later[0] if later else None

    def xǁDeclarationSeriesǁsuperseded_by__mutmut_7(self, version: int) -> int | None:
        """The version that replaced `version`, if a later one was sent and not rejected."""
        me = self.get(version)
        if me.status not in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED):
            return None
        later = [
            d.version
            for d in self.versions
            if d.version > version and d.status not in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED)
        ]
        return later[0] if later else None

    def xǁDeclarationSeriesǁsuperseded_by__mutmut_8(self, version: int) -> int | None:
        """The version that replaced `version`, if a later one was sent and not rejected."""
        me = self.get(version)
        if me.status not in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED):
            return None
        later = [
            d.version
            for d in self.versions
            if d.version > version and d.status in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED)
        ]
        return later[0] if (later) and False else None

    def xǁDeclarationSeriesǁsuperseded_by__mutmut_9(self, version: int) -> int | None:
        """The version that replaced `version`, if a later one was sent and not rejected."""
        me = self.get(version)
        if me.status not in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED):
            return None
        later = [
            d.version
            for d in self.versions
            if d.version > version and d.status in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED)
        ]
        return later[0] if (later) or True else None

    def xǁDeclarationSeriesǁsuperseded_by__mutmut_10(self, version: int) -> int | None:
        """The version that replaced `version`, if a later one was sent and not rejected."""
        me = self.get(version)
        if me.status not in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED):
            return None
        later = [
            d.version
            for d in self.versions
            if d.version > version and d.status in (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED)
        ]
        return later[1] if later else None

    @_mutmut_mutated(mutants_xǁDeclarationSeriesǁget__mutmut)
    def get(self, version: int) -> Declaration:
        for d in self.versions:
            if d.version == version:
                return d
        raise KeyError(f"{self.siren}/{self.kind}/{self.period.start}: no version {version}")

    def xǁDeclarationSeriesǁget__mutmut_orig(self, version: int) -> Declaration:
        for d in self.versions:
            if d.version == version:
                return d
        raise KeyError(f"{self.siren}/{self.kind}/{self.period.start}: no version {version}")

    def xǁDeclarationSeriesǁget__mutmut_1(self, version: int) -> Declaration:
        for d in self.versions:
            if d.version != version:
                return d
        raise KeyError(f"{self.siren}/{self.kind}/{self.period.start}: no version {version}")

    def xǁDeclarationSeriesǁget__mutmut_2(self, version: int) -> Declaration:
        for d in self.versions:
            if d.version == version:
                return d
        raise KeyError(None)

    # --- commands ---------------------------------------------------------------------------------------------
    @_mutmut_mutated(mutants_xǁDeclarationSeriesǁopen_initial__mutmut)
    def open_initial(self) -> Declaration:
        """Start the initial report; allowed while nothing was sent for the period, or everything was rejected."""
        if self.draft is not None:
            raise InitialAlreadyExists(f"version {self.draft.version} is still a draft: complete it")
        if self.effective is not None:
            raise InitialAlreadyExists(
                f"version {self.effective.version} was already sent for this period: correct it with a rectification"
            )
        return self._new(ReportType.INITIAL)

    # --- commands ---------------------------------------------------------------------------------------------
    def xǁDeclarationSeriesǁopen_initial__mutmut_orig(self) -> Declaration:
        """Start the initial report; allowed while nothing was sent for the period, or everything was rejected."""
        if self.draft is not None:
            raise InitialAlreadyExists(f"version {self.draft.version} is still a draft: complete it")
        if self.effective is not None:
            raise InitialAlreadyExists(
                f"version {self.effective.version} was already sent for this period: correct it with a rectification"
            )
        return self._new(ReportType.INITIAL)

    # --- commands ---------------------------------------------------------------------------------------------
    def xǁDeclarationSeriesǁopen_initial__mutmut_1(self) -> Declaration:
        """Start the initial report; allowed while nothing was sent for the period, or everything was rejected."""
        if self.draft is None:
            raise InitialAlreadyExists(f"version {self.draft.version} is still a draft: complete it")
        if self.effective is not None:
            raise InitialAlreadyExists(
                f"version {self.effective.version} was already sent for this period: correct it with a rectification"
            )
        return self._new(ReportType.INITIAL)

    # --- commands ---------------------------------------------------------------------------------------------
    def xǁDeclarationSeriesǁopen_initial__mutmut_2(self) -> Declaration:
        """Start the initial report; allowed while nothing was sent for the period, or everything was rejected."""
        if self.draft is not None:
            raise InitialAlreadyExists(None)
        if self.effective is not None:
            raise InitialAlreadyExists(
                f"version {self.effective.version} was already sent for this period: correct it with a rectification"
            )
        return self._new(ReportType.INITIAL)

    # --- commands ---------------------------------------------------------------------------------------------
    def xǁDeclarationSeriesǁopen_initial__mutmut_3(self) -> Declaration:
        """Start the initial report; allowed while nothing was sent for the period, or everything was rejected."""
        if self.draft is not None:
            raise InitialAlreadyExists(f"version {self.draft.version} is still a draft: complete it")
        if self.effective is None:
            raise InitialAlreadyExists(
                f"version {self.effective.version} was already sent for this period: correct it with a rectification"
            )
        return self._new(ReportType.INITIAL)

    # --- commands ---------------------------------------------------------------------------------------------
    def xǁDeclarationSeriesǁopen_initial__mutmut_4(self) -> Declaration:
        """Start the initial report; allowed while nothing was sent for the period, or everything was rejected."""
        if self.draft is not None:
            raise InitialAlreadyExists(f"version {self.draft.version} is still a draft: complete it")
        if self.effective is not None:
            raise InitialAlreadyExists(
                None
            )
        return self._new(ReportType.INITIAL)

    # --- commands ---------------------------------------------------------------------------------------------
    def xǁDeclarationSeriesǁopen_initial__mutmut_5(self) -> Declaration:
        """Start the initial report; allowed while nothing was sent for the period, or everything was rejected."""
        if self.draft is not None:
            raise InitialAlreadyExists(f"version {self.draft.version} is still a draft: complete it")
        if self.effective is not None:
            raise InitialAlreadyExists(
                f"version {self.effective.version} was already sent for this period: correct it with a rectification"
            )
        return self._new(None)

    @_mutmut_mutated(mutants_xǁDeclarationSeriesǁopen_rectification__mutmut)
    def open_rectification(self, *, copy_previous: bool = True) -> Declaration:
        """Start a rectification of the effective version; only for a period already sent."""
        previous = self.effective
        if previous is None:
            raise RectificationNotAllowed(
                f"no report was sent for {self.period.start} to {self.period.end}: send an initial report first"
            )
        if self.draft is not None:
            raise RectificationNotAllowed(f"version {self.draft.version} is still a draft: complete it")
        new = self._new(ReportType.RECTIFICATIVE)
        if copy_previous:
            new.copy_content_from(previous)
        return new

    def xǁDeclarationSeriesǁopen_rectification__mutmut_orig(self, *, copy_previous: bool = True) -> Declaration:
        """Start a rectification of the effective version; only for a period already sent."""
        previous = self.effective
        if previous is None:
            raise RectificationNotAllowed(
                f"no report was sent for {self.period.start} to {self.period.end}: send an initial report first"
            )
        if self.draft is not None:
            raise RectificationNotAllowed(f"version {self.draft.version} is still a draft: complete it")
        new = self._new(ReportType.RECTIFICATIVE)
        if copy_previous:
            new.copy_content_from(previous)
        return new

    def xǁDeclarationSeriesǁopen_rectification__mutmut_1(self, *, copy_previous: bool = False) -> Declaration:
        """Start a rectification of the effective version; only for a period already sent."""
        previous = self.effective
        if previous is None:
            raise RectificationNotAllowed(
                f"no report was sent for {self.period.start} to {self.period.end}: send an initial report first"
            )
        if self.draft is not None:
            raise RectificationNotAllowed(f"version {self.draft.version} is still a draft: complete it")
        new = self._new(ReportType.RECTIFICATIVE)
        if copy_previous:
            new.copy_content_from(previous)
        return new

    def xǁDeclarationSeriesǁopen_rectification__mutmut_2(self, *, copy_previous: bool = True) -> Declaration:
        """Start a rectification of the effective version; only for a period already sent."""
        previous = None
        if previous is None:
            raise RectificationNotAllowed(
                f"no report was sent for {self.period.start} to {self.period.end}: send an initial report first"
            )
        if self.draft is not None:
            raise RectificationNotAllowed(f"version {self.draft.version} is still a draft: complete it")
        new = self._new(ReportType.RECTIFICATIVE)
        if copy_previous:
            new.copy_content_from(previous)
        return new

    def xǁDeclarationSeriesǁopen_rectification__mutmut_3(self, *, copy_previous: bool = True) -> Declaration:
        """Start a rectification of the effective version; only for a period already sent."""
        previous = self.effective
        if previous is not None:
            raise RectificationNotAllowed(
                f"no report was sent for {self.period.start} to {self.period.end}: send an initial report first"
            )
        if self.draft is not None:
            raise RectificationNotAllowed(f"version {self.draft.version} is still a draft: complete it")
        new = self._new(ReportType.RECTIFICATIVE)
        if copy_previous:
            new.copy_content_from(previous)
        return new

    def xǁDeclarationSeriesǁopen_rectification__mutmut_4(self, *, copy_previous: bool = True) -> Declaration:
        """Start a rectification of the effective version; only for a period already sent."""
        previous = self.effective
        if previous is None:
            raise RectificationNotAllowed(
                None
            )
        if self.draft is not None:
            raise RectificationNotAllowed(f"version {self.draft.version} is still a draft: complete it")
        new = self._new(ReportType.RECTIFICATIVE)
        if copy_previous:
            new.copy_content_from(previous)
        return new

    def xǁDeclarationSeriesǁopen_rectification__mutmut_5(self, *, copy_previous: bool = True) -> Declaration:
        """Start a rectification of the effective version; only for a period already sent."""
        previous = self.effective
        if previous is None:
            raise RectificationNotAllowed(
                f"no report was sent for {self.period.start} to {self.period.end}: send an initial report first"
            )
        if self.draft is None:
            raise RectificationNotAllowed(f"version {self.draft.version} is still a draft: complete it")
        new = self._new(ReportType.RECTIFICATIVE)
        if copy_previous:
            new.copy_content_from(previous)
        return new

    def xǁDeclarationSeriesǁopen_rectification__mutmut_6(self, *, copy_previous: bool = True) -> Declaration:
        """Start a rectification of the effective version; only for a period already sent."""
        previous = self.effective
        if previous is None:
            raise RectificationNotAllowed(
                f"no report was sent for {self.period.start} to {self.period.end}: send an initial report first"
            )
        if self.draft is not None:
            raise RectificationNotAllowed(None)
        new = self._new(ReportType.RECTIFICATIVE)
        if copy_previous:
            new.copy_content_from(previous)
        return new

    def xǁDeclarationSeriesǁopen_rectification__mutmut_7(self, *, copy_previous: bool = True) -> Declaration:
        """Start a rectification of the effective version; only for a period already sent."""
        previous = self.effective
        if previous is None:
            raise RectificationNotAllowed(
                f"no report was sent for {self.period.start} to {self.period.end}: send an initial report first"
            )
        if self.draft is not None:
            raise RectificationNotAllowed(f"version {self.draft.version} is still a draft: complete it")
        new = None
        if copy_previous:
            new.copy_content_from(previous)
        return new

    def xǁDeclarationSeriesǁopen_rectification__mutmut_8(self, *, copy_previous: bool = True) -> Declaration:
        """Start a rectification of the effective version; only for a period already sent."""
        previous = self.effective
        if previous is None:
            raise RectificationNotAllowed(
                f"no report was sent for {self.period.start} to {self.period.end}: send an initial report first"
            )
        if self.draft is not None:
            raise RectificationNotAllowed(f"version {self.draft.version} is still a draft: complete it")
        new = self._new(None)
        if copy_previous:
            new.copy_content_from(previous)
        return new

    def xǁDeclarationSeriesǁopen_rectification__mutmut_9(self, *, copy_previous: bool = True) -> Declaration:
        """Start a rectification of the effective version; only for a period already sent."""
        previous = self.effective
        if previous is None:
            raise RectificationNotAllowed(
                f"no report was sent for {self.period.start} to {self.period.end}: send an initial report first"
            )
        if self.draft is not None:
            raise RectificationNotAllowed(f"version {self.draft.version} is still a draft: complete it")
        new = self._new(ReportType.RECTIFICATIVE)
        if copy_previous:
            new.copy_content_from(None)
        return new

    @_mutmut_mutated(mutants_xǁDeclarationSeriesǁsubmit__mutmut)
    def submit(self, today: date, expected: DeclarationTotals | None = None) -> Declaration:
        """Send the draft. Fails closed on any fatal finding; lateness is a warning, never a refusal."""
        draft = self.draft
        if draft is None:
            raise IllegalStatusChange("there is no draft to submit")
        found = draft.check(today, expected)
        if any(f.is_fatal for f in found):
            raise DeclarationInvalid(found)
        draft.status = DeclarationStatus.SUBMITTED
        draft.submitted_on = today
        draft.findings = found
        return draft

    def xǁDeclarationSeriesǁsubmit__mutmut_orig(self, today: date, expected: DeclarationTotals | None = None) -> Declaration:
        """Send the draft. Fails closed on any fatal finding; lateness is a warning, never a refusal."""
        draft = self.draft
        if draft is None:
            raise IllegalStatusChange("there is no draft to submit")
        found = draft.check(today, expected)
        if any(f.is_fatal for f in found):
            raise DeclarationInvalid(found)
        draft.status = DeclarationStatus.SUBMITTED
        draft.submitted_on = today
        draft.findings = found
        return draft

    def xǁDeclarationSeriesǁsubmit__mutmut_1(self, today: date, expected: DeclarationTotals | None = None) -> Declaration:
        """Send the draft. Fails closed on any fatal finding; lateness is a warning, never a refusal."""
        draft = None
        if draft is None:
            raise IllegalStatusChange("there is no draft to submit")
        found = draft.check(today, expected)
        if any(f.is_fatal for f in found):
            raise DeclarationInvalid(found)
        draft.status = DeclarationStatus.SUBMITTED
        draft.submitted_on = today
        draft.findings = found
        return draft

    def xǁDeclarationSeriesǁsubmit__mutmut_2(self, today: date, expected: DeclarationTotals | None = None) -> Declaration:
        """Send the draft. Fails closed on any fatal finding; lateness is a warning, never a refusal."""
        draft = self.draft
        if draft is not None:
            raise IllegalStatusChange("there is no draft to submit")
        found = draft.check(today, expected)
        if any(f.is_fatal for f in found):
            raise DeclarationInvalid(found)
        draft.status = DeclarationStatus.SUBMITTED
        draft.submitted_on = today
        draft.findings = found
        return draft

    def xǁDeclarationSeriesǁsubmit__mutmut_3(self, today: date, expected: DeclarationTotals | None = None) -> Declaration:
        """Send the draft. Fails closed on any fatal finding; lateness is a warning, never a refusal."""
        draft = self.draft
        if draft is None:
            raise IllegalStatusChange(None)
        found = draft.check(today, expected)
        if any(f.is_fatal for f in found):
            raise DeclarationInvalid(found)
        draft.status = DeclarationStatus.SUBMITTED
        draft.submitted_on = today
        draft.findings = found
        return draft

    def xǁDeclarationSeriesǁsubmit__mutmut_4(self, today: date, expected: DeclarationTotals | None = None) -> Declaration:
        """Send the draft. Fails closed on any fatal finding; lateness is a warning, never a refusal."""
        draft = self.draft
        if draft is None:
            raise IllegalStatusChange("XXthere is no draft to submitXX")
        found = draft.check(today, expected)
        if any(f.is_fatal for f in found):
            raise DeclarationInvalid(found)
        draft.status = DeclarationStatus.SUBMITTED
        draft.submitted_on = today
        draft.findings = found
        return draft

    def xǁDeclarationSeriesǁsubmit__mutmut_5(self, today: date, expected: DeclarationTotals | None = None) -> Declaration:
        """Send the draft. Fails closed on any fatal finding; lateness is a warning, never a refusal."""
        draft = self.draft
        if draft is None:
            raise IllegalStatusChange("THERE IS NO DRAFT TO SUBMIT")
        found = draft.check(today, expected)
        if any(f.is_fatal for f in found):
            raise DeclarationInvalid(found)
        draft.status = DeclarationStatus.SUBMITTED
        draft.submitted_on = today
        draft.findings = found
        return draft

    def xǁDeclarationSeriesǁsubmit__mutmut_6(self, today: date, expected: DeclarationTotals | None = None) -> Declaration:
        """Send the draft. Fails closed on any fatal finding; lateness is a warning, never a refusal."""
        draft = self.draft
        if draft is None:
            raise IllegalStatusChange("there is no draft to submit")
        found = None
        if any(f.is_fatal for f in found):
            raise DeclarationInvalid(found)
        draft.status = DeclarationStatus.SUBMITTED
        draft.submitted_on = today
        draft.findings = found
        return draft

    def xǁDeclarationSeriesǁsubmit__mutmut_7(self, today: date, expected: DeclarationTotals | None = None) -> Declaration:
        """Send the draft. Fails closed on any fatal finding; lateness is a warning, never a refusal."""
        draft = self.draft
        if draft is None:
            raise IllegalStatusChange("there is no draft to submit")
        found = draft.check(None, expected)
        if any(f.is_fatal for f in found):
            raise DeclarationInvalid(found)
        draft.status = DeclarationStatus.SUBMITTED
        draft.submitted_on = today
        draft.findings = found
        return draft

    def xǁDeclarationSeriesǁsubmit__mutmut_8(self, today: date, expected: DeclarationTotals | None = None) -> Declaration:
        """Send the draft. Fails closed on any fatal finding; lateness is a warning, never a refusal."""
        draft = self.draft
        if draft is None:
            raise IllegalStatusChange("there is no draft to submit")
        found = draft.check(today, None)
        if any(f.is_fatal for f in found):
            raise DeclarationInvalid(found)
        draft.status = DeclarationStatus.SUBMITTED
        draft.submitted_on = today
        draft.findings = found
        return draft

    def xǁDeclarationSeriesǁsubmit__mutmut_9(self, today: date, expected: DeclarationTotals | None = None) -> Declaration:
        """Send the draft. Fails closed on any fatal finding; lateness is a warning, never a refusal."""
        draft = self.draft
        if draft is None:
            raise IllegalStatusChange("there is no draft to submit")
        found = draft.check(expected)
        if any(f.is_fatal for f in found):
            raise DeclarationInvalid(found)
        draft.status = DeclarationStatus.SUBMITTED
        draft.submitted_on = today
        draft.findings = found
        return draft

    def xǁDeclarationSeriesǁsubmit__mutmut_10(self, today: date, expected: DeclarationTotals | None = None) -> Declaration:
        """Send the draft. Fails closed on any fatal finding; lateness is a warning, never a refusal."""
        draft = self.draft
        if draft is None:
            raise IllegalStatusChange("there is no draft to submit")
        found = draft.check(today, )
        if any(f.is_fatal for f in found):
            raise DeclarationInvalid(found)
        draft.status = DeclarationStatus.SUBMITTED
        draft.submitted_on = today
        draft.findings = found
        return draft

    def xǁDeclarationSeriesǁsubmit__mutmut_11(self, today: date, expected: DeclarationTotals | None = None) -> Declaration:
        """Send the draft. Fails closed on any fatal finding; lateness is a warning, never a refusal."""
        draft = self.draft
        if draft is None:
            raise IllegalStatusChange("there is no draft to submit")
        found = draft.check(today, expected)
        if any(None):
            raise DeclarationInvalid(found)
        draft.status = DeclarationStatus.SUBMITTED
        draft.submitted_on = today
        draft.findings = found
        return draft

    def xǁDeclarationSeriesǁsubmit__mutmut_12(self, today: date, expected: DeclarationTotals | None = None) -> Declaration:
        """Send the draft. Fails closed on any fatal finding; lateness is a warning, never a refusal."""
        draft = self.draft
        if draft is None:
            raise IllegalStatusChange("there is no draft to submit")
        found = draft.check(today, expected)
        if any(f.is_fatal for f in found):
            raise DeclarationInvalid(None)
        draft.status = DeclarationStatus.SUBMITTED
        draft.submitted_on = today
        draft.findings = found
        return draft

    def xǁDeclarationSeriesǁsubmit__mutmut_13(self, today: date, expected: DeclarationTotals | None = None) -> Declaration:
        """Send the draft. Fails closed on any fatal finding; lateness is a warning, never a refusal."""
        draft = self.draft
        if draft is None:
            raise IllegalStatusChange("there is no draft to submit")
        found = draft.check(today, expected)
        if any(f.is_fatal for f in found):
            raise DeclarationInvalid(found)
        draft.status = None
        draft.submitted_on = today
        draft.findings = found
        return draft

    def xǁDeclarationSeriesǁsubmit__mutmut_14(self, today: date, expected: DeclarationTotals | None = None) -> Declaration:
        """Send the draft. Fails closed on any fatal finding; lateness is a warning, never a refusal."""
        draft = self.draft
        if draft is None:
            raise IllegalStatusChange("there is no draft to submit")
        found = draft.check(today, expected)
        if any(f.is_fatal for f in found):
            raise DeclarationInvalid(found)
        draft.status = DeclarationStatus.SUBMITTED
        draft.submitted_on = None
        draft.findings = found
        return draft

    def xǁDeclarationSeriesǁsubmit__mutmut_15(self, today: date, expected: DeclarationTotals | None = None) -> Declaration:
        """Send the draft. Fails closed on any fatal finding; lateness is a warning, never a refusal."""
        draft = self.draft
        if draft is None:
            raise IllegalStatusChange("there is no draft to submit")
        found = draft.check(today, expected)
        if any(f.is_fatal for f in found):
            raise DeclarationInvalid(found)
        draft.status = DeclarationStatus.SUBMITTED
        draft.submitted_on = today
        draft.findings = None
        return draft

    @_mutmut_mutated(mutants_xǁDeclarationSeriesǁmark_accepted__mutmut)
    def mark_accepted(self, version: int) -> None:
        self._transition(version, DeclarationStatus.ACCEPTED)

    def xǁDeclarationSeriesǁmark_accepted__mutmut_orig(self, version: int) -> None:
        self._transition(version, DeclarationStatus.ACCEPTED)

    def xǁDeclarationSeriesǁmark_accepted__mutmut_1(self, version: int) -> None:
        self._transition(None, DeclarationStatus.ACCEPTED)

    def xǁDeclarationSeriesǁmark_accepted__mutmut_2(self, version: int) -> None:
        self._transition(version, None)

    def xǁDeclarationSeriesǁmark_accepted__mutmut_3(self, version: int) -> None:
        self._transition(DeclarationStatus.ACCEPTED)

    def xǁDeclarationSeriesǁmark_accepted__mutmut_4(self, version: int) -> None:
        self._transition(version, )

    @_mutmut_mutated(mutants_xǁDeclarationSeriesǁmark_rejected__mutmut)
    def mark_rejected(self, version: int, reason: str) -> None:
        self._transition(version, DeclarationStatus.REJECTED)
        self.get(version).rejection_reason = reason

    def xǁDeclarationSeriesǁmark_rejected__mutmut_orig(self, version: int, reason: str) -> None:
        self._transition(version, DeclarationStatus.REJECTED)
        self.get(version).rejection_reason = reason

    def xǁDeclarationSeriesǁmark_rejected__mutmut_1(self, version: int, reason: str) -> None:
        self._transition(None, DeclarationStatus.REJECTED)
        self.get(version).rejection_reason = reason

    def xǁDeclarationSeriesǁmark_rejected__mutmut_2(self, version: int, reason: str) -> None:
        self._transition(version, None)
        self.get(version).rejection_reason = reason

    def xǁDeclarationSeriesǁmark_rejected__mutmut_3(self, version: int, reason: str) -> None:
        self._transition(DeclarationStatus.REJECTED)
        self.get(version).rejection_reason = reason

    def xǁDeclarationSeriesǁmark_rejected__mutmut_4(self, version: int, reason: str) -> None:
        self._transition(version, )
        self.get(version).rejection_reason = reason

    def xǁDeclarationSeriesǁmark_rejected__mutmut_5(self, version: int, reason: str) -> None:
        self._transition(version, DeclarationStatus.REJECTED)
        self.get(version).rejection_reason = None

    def xǁDeclarationSeriesǁmark_rejected__mutmut_6(self, version: int, reason: str) -> None:
        self._transition(version, DeclarationStatus.REJECTED)
        self.get(None).rejection_reason = reason

    @_mutmut_mutated(mutants_xǁDeclarationSeriesǁ_transition__mutmut)
    def _transition(self, version: int, to: DeclarationStatus) -> None:
        d = self.get(version)
        if d.status is not DeclarationStatus.SUBMITTED:
            raise IllegalStatusChange(
                f"version {version} is {d.status}: only a submitted report can become {to}"
            )
        d.status = to

    def xǁDeclarationSeriesǁ_transition__mutmut_orig(self, version: int, to: DeclarationStatus) -> None:
        d = self.get(version)
        if d.status is not DeclarationStatus.SUBMITTED:
            raise IllegalStatusChange(
                f"version {version} is {d.status}: only a submitted report can become {to}"
            )
        d.status = to

    def xǁDeclarationSeriesǁ_transition__mutmut_1(self, version: int, to: DeclarationStatus) -> None:
        d = None
        if d.status is not DeclarationStatus.SUBMITTED:
            raise IllegalStatusChange(
                f"version {version} is {d.status}: only a submitted report can become {to}"
            )
        d.status = to

    def xǁDeclarationSeriesǁ_transition__mutmut_2(self, version: int, to: DeclarationStatus) -> None:
        d = self.get(None)
        if d.status is not DeclarationStatus.SUBMITTED:
            raise IllegalStatusChange(
                f"version {version} is {d.status}: only a submitted report can become {to}"
            )
        d.status = to

    def xǁDeclarationSeriesǁ_transition__mutmut_3(self, version: int, to: DeclarationStatus) -> None:
        d = self.get(version)
        if d.status is DeclarationStatus.SUBMITTED:
            raise IllegalStatusChange(
                f"version {version} is {d.status}: only a submitted report can become {to}"
            )
        d.status = to

    def xǁDeclarationSeriesǁ_transition__mutmut_4(self, version: int, to: DeclarationStatus) -> None:
        d = self.get(version)
        if d.status is not DeclarationStatus.SUBMITTED:
            raise IllegalStatusChange(
                None
            )
        d.status = to

    def xǁDeclarationSeriesǁ_transition__mutmut_5(self, version: int, to: DeclarationStatus) -> None:
        d = self.get(version)
        if d.status is not DeclarationStatus.SUBMITTED:
            raise IllegalStatusChange(
                f"version {version} is {d.status}: only a submitted report can become {to}"
            )
        d.status = None

    @_mutmut_mutated(mutants_xǁDeclarationSeriesǁ_new__mutmut)
    def _new(self, report_type: ReportType) -> Declaration:
        d = Declaration(self.siren, self.regime, self.kind, self.period, len(self.versions) + 1, report_type)
        self.versions.append(d)
        return d

    def xǁDeclarationSeriesǁ_new__mutmut_orig(self, report_type: ReportType) -> Declaration:
        d = Declaration(self.siren, self.regime, self.kind, self.period, len(self.versions) + 1, report_type)
        self.versions.append(d)
        return d

    def xǁDeclarationSeriesǁ_new__mutmut_1(self, report_type: ReportType) -> Declaration:
        d = None
        self.versions.append(d)
        return d

    def xǁDeclarationSeriesǁ_new__mutmut_2(self, report_type: ReportType) -> Declaration:
        d = Declaration(None, self.regime, self.kind, self.period, len(self.versions) + 1, report_type)
        self.versions.append(d)
        return d

    def xǁDeclarationSeriesǁ_new__mutmut_3(self, report_type: ReportType) -> Declaration:
        d = Declaration(self.siren, None, self.kind, self.period, len(self.versions) + 1, report_type)
        self.versions.append(d)
        return d

    def xǁDeclarationSeriesǁ_new__mutmut_4(self, report_type: ReportType) -> Declaration:
        d = Declaration(self.siren, self.regime, None, self.period, len(self.versions) + 1, report_type)
        self.versions.append(d)
        return d

    def xǁDeclarationSeriesǁ_new__mutmut_5(self, report_type: ReportType) -> Declaration:
        d = Declaration(self.siren, self.regime, self.kind, None, len(self.versions) + 1, report_type)
        self.versions.append(d)
        return d

    def xǁDeclarationSeriesǁ_new__mutmut_6(self, report_type: ReportType) -> Declaration:
        d = Declaration(self.siren, self.regime, self.kind, self.period, None, report_type)
        self.versions.append(d)
        return d

    def xǁDeclarationSeriesǁ_new__mutmut_7(self, report_type: ReportType) -> Declaration:
        d = Declaration(self.siren, self.regime, self.kind, self.period, len(self.versions) + 1, None)
        self.versions.append(d)
        return d

    def xǁDeclarationSeriesǁ_new__mutmut_8(self, report_type: ReportType) -> Declaration:
        d = Declaration(self.regime, self.kind, self.period, len(self.versions) + 1, report_type)
        self.versions.append(d)
        return d

    def xǁDeclarationSeriesǁ_new__mutmut_9(self, report_type: ReportType) -> Declaration:
        d = Declaration(self.siren, self.kind, self.period, len(self.versions) + 1, report_type)
        self.versions.append(d)
        return d

    def xǁDeclarationSeriesǁ_new__mutmut_10(self, report_type: ReportType) -> Declaration:
        d = Declaration(self.siren, self.regime, self.period, len(self.versions) + 1, report_type)
        self.versions.append(d)
        return d

    def xǁDeclarationSeriesǁ_new__mutmut_11(self, report_type: ReportType) -> Declaration:
        d = Declaration(self.siren, self.regime, self.kind, len(self.versions) + 1, report_type)
        self.versions.append(d)
        return d

    def xǁDeclarationSeriesǁ_new__mutmut_12(self, report_type: ReportType) -> Declaration:
        d = Declaration(self.siren, self.regime, self.kind, self.period, report_type)
        self.versions.append(d)
        return d

    def xǁDeclarationSeriesǁ_new__mutmut_13(self, report_type: ReportType) -> Declaration:
        d = Declaration(self.siren, self.regime, self.kind, self.period, len(self.versions) + 1, )
        self.versions.append(d)
        return d

    def xǁDeclarationSeriesǁ_new__mutmut_14(self, report_type: ReportType) -> Declaration:
        d = Declaration(self.siren, self.regime, self.kind, self.period, len(self.versions) - 1, report_type)
        self.versions.append(d)
        return d

    def xǁDeclarationSeriesǁ_new__mutmut_15(self, report_type: ReportType) -> Declaration:
        d = Declaration(self.siren, self.regime, self.kind, self.period, len(self.versions) + 2, report_type)
        self.versions.append(d)
        return d

    def xǁDeclarationSeriesǁ_new__mutmut_16(self, report_type: ReportType) -> Declaration:
        d = Declaration(self.siren, self.regime, self.kind, self.period, len(self.versions) + 1, report_type)
        self.versions.append(None)
        return d

mutants_xǁDeclarationSeriesǁ__post_init____mutmut['_mutmut_orig'] = DeclarationSeries.xǁDeclarationSeriesǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ__post_init____mutmut['xǁDeclarationSeriesǁ__post_init____mutmut_1'] = DeclarationSeries.xǁDeclarationSeriesǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ__post_init____mutmut['xǁDeclarationSeriesǁ__post_init____mutmut_2'] = DeclarationSeries.xǁDeclarationSeriesǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ__post_init____mutmut['xǁDeclarationSeriesǁ__post_init____mutmut_3'] = DeclarationSeries.xǁDeclarationSeriesǁ__post_init____mutmut_3 # type: ignore # mutmut generated

mutants_xǁDeclarationSeriesǁfor_day__mutmut['_mutmut_orig'] = DeclarationSeries.xǁDeclarationSeriesǁfor_day__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁfor_day__mutmut['xǁDeclarationSeriesǁfor_day__mutmut_1'] = DeclarationSeries.xǁDeclarationSeriesǁfor_day__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁfor_day__mutmut['xǁDeclarationSeriesǁfor_day__mutmut_2'] = DeclarationSeries.xǁDeclarationSeriesǁfor_day__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁfor_day__mutmut['xǁDeclarationSeriesǁfor_day__mutmut_3'] = DeclarationSeries.xǁDeclarationSeriesǁfor_day__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁfor_day__mutmut['xǁDeclarationSeriesǁfor_day__mutmut_4'] = DeclarationSeries.xǁDeclarationSeriesǁfor_day__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁfor_day__mutmut['xǁDeclarationSeriesǁfor_day__mutmut_5'] = DeclarationSeries.xǁDeclarationSeriesǁfor_day__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁfor_day__mutmut['xǁDeclarationSeriesǁfor_day__mutmut_6'] = DeclarationSeries.xǁDeclarationSeriesǁfor_day__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁfor_day__mutmut['xǁDeclarationSeriesǁfor_day__mutmut_7'] = DeclarationSeries.xǁDeclarationSeriesǁfor_day__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁfor_day__mutmut['xǁDeclarationSeriesǁfor_day__mutmut_8'] = DeclarationSeries.xǁDeclarationSeriesǁfor_day__mutmut_8 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁfor_day__mutmut['xǁDeclarationSeriesǁfor_day__mutmut_9'] = DeclarationSeries.xǁDeclarationSeriesǁfor_day__mutmut_9 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁfor_day__mutmut['xǁDeclarationSeriesǁfor_day__mutmut_10'] = DeclarationSeries.xǁDeclarationSeriesǁfor_day__mutmut_10 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁfor_day__mutmut['xǁDeclarationSeriesǁfor_day__mutmut_11'] = DeclarationSeries.xǁDeclarationSeriesǁfor_day__mutmut_11 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁfor_day__mutmut['xǁDeclarationSeriesǁfor_day__mutmut_12'] = DeclarationSeries.xǁDeclarationSeriesǁfor_day__mutmut_12 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁfor_day__mutmut['xǁDeclarationSeriesǁfor_day__mutmut_13'] = DeclarationSeries.xǁDeclarationSeriesǁfor_day__mutmut_13 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁfor_day__mutmut['xǁDeclarationSeriesǁfor_day__mutmut_14'] = DeclarationSeries.xǁDeclarationSeriesǁfor_day__mutmut_14 # type: ignore # mutmut generated

mutants_xǁDeclarationSeriesǁsuperseded_by__mutmut['_mutmut_orig'] = DeclarationSeries.xǁDeclarationSeriesǁsuperseded_by__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsuperseded_by__mutmut['xǁDeclarationSeriesǁsuperseded_by__mutmut_1'] = DeclarationSeries.xǁDeclarationSeriesǁsuperseded_by__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsuperseded_by__mutmut['xǁDeclarationSeriesǁsuperseded_by__mutmut_2'] = DeclarationSeries.xǁDeclarationSeriesǁsuperseded_by__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsuperseded_by__mutmut['xǁDeclarationSeriesǁsuperseded_by__mutmut_3'] = DeclarationSeries.xǁDeclarationSeriesǁsuperseded_by__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsuperseded_by__mutmut['xǁDeclarationSeriesǁsuperseded_by__mutmut_4'] = DeclarationSeries.xǁDeclarationSeriesǁsuperseded_by__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsuperseded_by__mutmut['xǁDeclarationSeriesǁsuperseded_by__mutmut_5'] = DeclarationSeries.xǁDeclarationSeriesǁsuperseded_by__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsuperseded_by__mutmut['xǁDeclarationSeriesǁsuperseded_by__mutmut_6'] = DeclarationSeries.xǁDeclarationSeriesǁsuperseded_by__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsuperseded_by__mutmut['xǁDeclarationSeriesǁsuperseded_by__mutmut_7'] = DeclarationSeries.xǁDeclarationSeriesǁsuperseded_by__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsuperseded_by__mutmut['xǁDeclarationSeriesǁsuperseded_by__mutmut_8'] = DeclarationSeries.xǁDeclarationSeriesǁsuperseded_by__mutmut_8 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsuperseded_by__mutmut['xǁDeclarationSeriesǁsuperseded_by__mutmut_9'] = DeclarationSeries.xǁDeclarationSeriesǁsuperseded_by__mutmut_9 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsuperseded_by__mutmut['xǁDeclarationSeriesǁsuperseded_by__mutmut_10'] = DeclarationSeries.xǁDeclarationSeriesǁsuperseded_by__mutmut_10 # type: ignore # mutmut generated

mutants_xǁDeclarationSeriesǁget__mutmut['_mutmut_orig'] = DeclarationSeries.xǁDeclarationSeriesǁget__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁget__mutmut['xǁDeclarationSeriesǁget__mutmut_1'] = DeclarationSeries.xǁDeclarationSeriesǁget__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁget__mutmut['xǁDeclarationSeriesǁget__mutmut_2'] = DeclarationSeries.xǁDeclarationSeriesǁget__mutmut_2 # type: ignore # mutmut generated

mutants_xǁDeclarationSeriesǁopen_initial__mutmut['_mutmut_orig'] = DeclarationSeries.xǁDeclarationSeriesǁopen_initial__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁopen_initial__mutmut['xǁDeclarationSeriesǁopen_initial__mutmut_1'] = DeclarationSeries.xǁDeclarationSeriesǁopen_initial__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁopen_initial__mutmut['xǁDeclarationSeriesǁopen_initial__mutmut_2'] = DeclarationSeries.xǁDeclarationSeriesǁopen_initial__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁopen_initial__mutmut['xǁDeclarationSeriesǁopen_initial__mutmut_3'] = DeclarationSeries.xǁDeclarationSeriesǁopen_initial__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁopen_initial__mutmut['xǁDeclarationSeriesǁopen_initial__mutmut_4'] = DeclarationSeries.xǁDeclarationSeriesǁopen_initial__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁopen_initial__mutmut['xǁDeclarationSeriesǁopen_initial__mutmut_5'] = DeclarationSeries.xǁDeclarationSeriesǁopen_initial__mutmut_5 # type: ignore # mutmut generated

mutants_xǁDeclarationSeriesǁopen_rectification__mutmut['_mutmut_orig'] = DeclarationSeries.xǁDeclarationSeriesǁopen_rectification__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁopen_rectification__mutmut['xǁDeclarationSeriesǁopen_rectification__mutmut_1'] = DeclarationSeries.xǁDeclarationSeriesǁopen_rectification__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁopen_rectification__mutmut['xǁDeclarationSeriesǁopen_rectification__mutmut_2'] = DeclarationSeries.xǁDeclarationSeriesǁopen_rectification__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁopen_rectification__mutmut['xǁDeclarationSeriesǁopen_rectification__mutmut_3'] = DeclarationSeries.xǁDeclarationSeriesǁopen_rectification__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁopen_rectification__mutmut['xǁDeclarationSeriesǁopen_rectification__mutmut_4'] = DeclarationSeries.xǁDeclarationSeriesǁopen_rectification__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁopen_rectification__mutmut['xǁDeclarationSeriesǁopen_rectification__mutmut_5'] = DeclarationSeries.xǁDeclarationSeriesǁopen_rectification__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁopen_rectification__mutmut['xǁDeclarationSeriesǁopen_rectification__mutmut_6'] = DeclarationSeries.xǁDeclarationSeriesǁopen_rectification__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁopen_rectification__mutmut['xǁDeclarationSeriesǁopen_rectification__mutmut_7'] = DeclarationSeries.xǁDeclarationSeriesǁopen_rectification__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁopen_rectification__mutmut['xǁDeclarationSeriesǁopen_rectification__mutmut_8'] = DeclarationSeries.xǁDeclarationSeriesǁopen_rectification__mutmut_8 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁopen_rectification__mutmut['xǁDeclarationSeriesǁopen_rectification__mutmut_9'] = DeclarationSeries.xǁDeclarationSeriesǁopen_rectification__mutmut_9 # type: ignore # mutmut generated

mutants_xǁDeclarationSeriesǁsubmit__mutmut['_mutmut_orig'] = DeclarationSeries.xǁDeclarationSeriesǁsubmit__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsubmit__mutmut['xǁDeclarationSeriesǁsubmit__mutmut_1'] = DeclarationSeries.xǁDeclarationSeriesǁsubmit__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsubmit__mutmut['xǁDeclarationSeriesǁsubmit__mutmut_2'] = DeclarationSeries.xǁDeclarationSeriesǁsubmit__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsubmit__mutmut['xǁDeclarationSeriesǁsubmit__mutmut_3'] = DeclarationSeries.xǁDeclarationSeriesǁsubmit__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsubmit__mutmut['xǁDeclarationSeriesǁsubmit__mutmut_4'] = DeclarationSeries.xǁDeclarationSeriesǁsubmit__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsubmit__mutmut['xǁDeclarationSeriesǁsubmit__mutmut_5'] = DeclarationSeries.xǁDeclarationSeriesǁsubmit__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsubmit__mutmut['xǁDeclarationSeriesǁsubmit__mutmut_6'] = DeclarationSeries.xǁDeclarationSeriesǁsubmit__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsubmit__mutmut['xǁDeclarationSeriesǁsubmit__mutmut_7'] = DeclarationSeries.xǁDeclarationSeriesǁsubmit__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsubmit__mutmut['xǁDeclarationSeriesǁsubmit__mutmut_8'] = DeclarationSeries.xǁDeclarationSeriesǁsubmit__mutmut_8 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsubmit__mutmut['xǁDeclarationSeriesǁsubmit__mutmut_9'] = DeclarationSeries.xǁDeclarationSeriesǁsubmit__mutmut_9 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsubmit__mutmut['xǁDeclarationSeriesǁsubmit__mutmut_10'] = DeclarationSeries.xǁDeclarationSeriesǁsubmit__mutmut_10 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsubmit__mutmut['xǁDeclarationSeriesǁsubmit__mutmut_11'] = DeclarationSeries.xǁDeclarationSeriesǁsubmit__mutmut_11 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsubmit__mutmut['xǁDeclarationSeriesǁsubmit__mutmut_12'] = DeclarationSeries.xǁDeclarationSeriesǁsubmit__mutmut_12 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsubmit__mutmut['xǁDeclarationSeriesǁsubmit__mutmut_13'] = DeclarationSeries.xǁDeclarationSeriesǁsubmit__mutmut_13 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsubmit__mutmut['xǁDeclarationSeriesǁsubmit__mutmut_14'] = DeclarationSeries.xǁDeclarationSeriesǁsubmit__mutmut_14 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁsubmit__mutmut['xǁDeclarationSeriesǁsubmit__mutmut_15'] = DeclarationSeries.xǁDeclarationSeriesǁsubmit__mutmut_15 # type: ignore # mutmut generated

mutants_xǁDeclarationSeriesǁmark_accepted__mutmut['_mutmut_orig'] = DeclarationSeries.xǁDeclarationSeriesǁmark_accepted__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁmark_accepted__mutmut['xǁDeclarationSeriesǁmark_accepted__mutmut_1'] = DeclarationSeries.xǁDeclarationSeriesǁmark_accepted__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁmark_accepted__mutmut['xǁDeclarationSeriesǁmark_accepted__mutmut_2'] = DeclarationSeries.xǁDeclarationSeriesǁmark_accepted__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁmark_accepted__mutmut['xǁDeclarationSeriesǁmark_accepted__mutmut_3'] = DeclarationSeries.xǁDeclarationSeriesǁmark_accepted__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁmark_accepted__mutmut['xǁDeclarationSeriesǁmark_accepted__mutmut_4'] = DeclarationSeries.xǁDeclarationSeriesǁmark_accepted__mutmut_4 # type: ignore # mutmut generated

mutants_xǁDeclarationSeriesǁmark_rejected__mutmut['_mutmut_orig'] = DeclarationSeries.xǁDeclarationSeriesǁmark_rejected__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁmark_rejected__mutmut['xǁDeclarationSeriesǁmark_rejected__mutmut_1'] = DeclarationSeries.xǁDeclarationSeriesǁmark_rejected__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁmark_rejected__mutmut['xǁDeclarationSeriesǁmark_rejected__mutmut_2'] = DeclarationSeries.xǁDeclarationSeriesǁmark_rejected__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁmark_rejected__mutmut['xǁDeclarationSeriesǁmark_rejected__mutmut_3'] = DeclarationSeries.xǁDeclarationSeriesǁmark_rejected__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁmark_rejected__mutmut['xǁDeclarationSeriesǁmark_rejected__mutmut_4'] = DeclarationSeries.xǁDeclarationSeriesǁmark_rejected__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁmark_rejected__mutmut['xǁDeclarationSeriesǁmark_rejected__mutmut_5'] = DeclarationSeries.xǁDeclarationSeriesǁmark_rejected__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁmark_rejected__mutmut['xǁDeclarationSeriesǁmark_rejected__mutmut_6'] = DeclarationSeries.xǁDeclarationSeriesǁmark_rejected__mutmut_6 # type: ignore # mutmut generated

mutants_xǁDeclarationSeriesǁ_transition__mutmut['_mutmut_orig'] = DeclarationSeries.xǁDeclarationSeriesǁ_transition__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_transition__mutmut['xǁDeclarationSeriesǁ_transition__mutmut_1'] = DeclarationSeries.xǁDeclarationSeriesǁ_transition__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_transition__mutmut['xǁDeclarationSeriesǁ_transition__mutmut_2'] = DeclarationSeries.xǁDeclarationSeriesǁ_transition__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_transition__mutmut['xǁDeclarationSeriesǁ_transition__mutmut_3'] = DeclarationSeries.xǁDeclarationSeriesǁ_transition__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_transition__mutmut['xǁDeclarationSeriesǁ_transition__mutmut_4'] = DeclarationSeries.xǁDeclarationSeriesǁ_transition__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_transition__mutmut['xǁDeclarationSeriesǁ_transition__mutmut_5'] = DeclarationSeries.xǁDeclarationSeriesǁ_transition__mutmut_5 # type: ignore # mutmut generated

mutants_xǁDeclarationSeriesǁ_new__mutmut['_mutmut_orig'] = DeclarationSeries.xǁDeclarationSeriesǁ_new__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_new__mutmut['xǁDeclarationSeriesǁ_new__mutmut_1'] = DeclarationSeries.xǁDeclarationSeriesǁ_new__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_new__mutmut['xǁDeclarationSeriesǁ_new__mutmut_2'] = DeclarationSeries.xǁDeclarationSeriesǁ_new__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_new__mutmut['xǁDeclarationSeriesǁ_new__mutmut_3'] = DeclarationSeries.xǁDeclarationSeriesǁ_new__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_new__mutmut['xǁDeclarationSeriesǁ_new__mutmut_4'] = DeclarationSeries.xǁDeclarationSeriesǁ_new__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_new__mutmut['xǁDeclarationSeriesǁ_new__mutmut_5'] = DeclarationSeries.xǁDeclarationSeriesǁ_new__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_new__mutmut['xǁDeclarationSeriesǁ_new__mutmut_6'] = DeclarationSeries.xǁDeclarationSeriesǁ_new__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_new__mutmut['xǁDeclarationSeriesǁ_new__mutmut_7'] = DeclarationSeries.xǁDeclarationSeriesǁ_new__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_new__mutmut['xǁDeclarationSeriesǁ_new__mutmut_8'] = DeclarationSeries.xǁDeclarationSeriesǁ_new__mutmut_8 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_new__mutmut['xǁDeclarationSeriesǁ_new__mutmut_9'] = DeclarationSeries.xǁDeclarationSeriesǁ_new__mutmut_9 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_new__mutmut['xǁDeclarationSeriesǁ_new__mutmut_10'] = DeclarationSeries.xǁDeclarationSeriesǁ_new__mutmut_10 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_new__mutmut['xǁDeclarationSeriesǁ_new__mutmut_11'] = DeclarationSeries.xǁDeclarationSeriesǁ_new__mutmut_11 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_new__mutmut['xǁDeclarationSeriesǁ_new__mutmut_12'] = DeclarationSeries.xǁDeclarationSeriesǁ_new__mutmut_12 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_new__mutmut['xǁDeclarationSeriesǁ_new__mutmut_13'] = DeclarationSeries.xǁDeclarationSeriesǁ_new__mutmut_13 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_new__mutmut['xǁDeclarationSeriesǁ_new__mutmut_14'] = DeclarationSeries.xǁDeclarationSeriesǁ_new__mutmut_14 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_new__mutmut['xǁDeclarationSeriesǁ_new__mutmut_15'] = DeclarationSeries.xǁDeclarationSeriesǁ_new__mutmut_15 # type: ignore # mutmut generated
mutants_xǁDeclarationSeriesǁ_new__mutmut['xǁDeclarationSeriesǁ_new__mutmut_16'] = DeclarationSeries.xǁDeclarationSeriesǁ_new__mutmut_16 # type: ignore # mutmut generated
