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
from typing import Any

from domain.document_types import sign_of
from domain.errors import Refusal
from domain.findings import Finding
from domain.identifiers import is_valid_siren
from domain.reporting.amounts import ZERO_CENTS
from domain.reporting.b2c import (
    B2cAggregate,
    B2cTransaction,
    daily_aggregates,
    merge_aggregates,
)
from domain.reporting.calendar import ReportingPeriod, ReportKind, VatRegime, is_closed, is_late, period_for
from domain.reporting.international import (
    DeclarantRole,
    InternationalInvoiceFacts,
    InternationalRecord,
    build_record,
)
from domain.reporting.journal import KeyedJournal
from domain.reporting.payments import PaymentEvent, PaymentLine, payment_lines
from domain.reporting.rules import fatal, info, warning


class DeclarationStatus(StrEnum):
    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    ACCEPTED = "ACCEPTED"
    REJECTED = "REJECTED"


# A platform that acknowledges asynchronously (XP Z12-013) may refuse a transmission after taking it: the
# declaration is then rejected, whether the relay still sends its other parts (SUBMITTED) or is done (ACCEPTED).
REFUSABLE_BY_PLATFORM = (DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED)


class ReportType(StrEnum):
    INITIAL = "IN"
    RECTIFICATIVE = "RE"


class DeclarationEventKind(StrEnum):
    """What happened to a declaration version; the audit log names it `declaration.<value>`."""

    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class DeclarationEvent:
    """A status change of one declaration version, returned by the transition that made it."""

    kind: DeclarationEventKind
    version: int
    status: DeclarationStatus  # the status after it
    day: date | None = None  # SUBMITTED: the reporting day it was sent on
    reason: str = ""  # REJECTED: the platform's reason

    @property
    def audit_action(self) -> str:
        return f"declaration.{self.kind.value}"


class DeclarationError(Refusal):
    """Base of the refusals the declaration aggregate raises, each naming its rule (domain.errors.Refusal)."""

    layer = "reporting"

    def __init__(self, message: str, *, rule: str = "") -> None:
        super().__init__(message, rule=rule, layer=self.layer)


DRAFT_OPEN_RULE = "ER-DRAFT-OPEN"  # a version is still a draft: complete it before opening another


class RectificationNotAllowed(DeclarationError):
    rule_id = "ER-NOTHING-SENT"  # nothing was sent for the period: there is nothing to rectify


class InitialAlreadyExists(DeclarationError):
    rule_id = "ER-ALREADY-SENT"  # a report was sent for the period: correct it with a rectification


class DeclarationLocked(DeclarationError):
    rule_id = "ER-LOCKED"  # a sent report is never edited


class IllegalStatusChange(DeclarationError):
    rule_id = "ER-STATUS"


class WrongContentKind(DeclarationError):
    rule_id = "ER-CONTENT-KIND"


class DeclarationInvalid(DeclarationError):
    def __init__(self, findings: tuple[Finding, ...]) -> None:
        fatal_ = [f for f in findings if f.is_fatal]
        listed = "; ".join(f.described for f in fatal_[:5])
        more = f" (and {len(fatal_) - 5} more)" if len(fatal_) > 5 else ""
        # INVALID_ARGUMENT, naming every rule broken (its findings): no one rule of its own
        Exception.__init__(self, f"declaration refused, {len(fatal_)} blocking finding(s): {listed}{more}")
        self.findings = findings


@dataclass(frozen=True, slots=True)
class B2cSummary:
    """A pre-aggregated B2C line, e.g. from a till's Z report, recorded under its own idempotency key."""

    key: str
    aggregate: B2cAggregate


@dataclass(frozen=True, slots=True)
class DeclarationTotals:
    """Totals of a declaration; compared to the cent with the figures from the company's books."""

    b2c_taxable: Decimal = ZERO_CENTS
    b2c_vat: Decimal = ZERO_CENTS
    b2c_count: int = 0
    international_sales_taxable: Decimal = ZERO_CENTS
    international_sales_vat: Decimal = ZERO_CENTS
    international_purchases_taxable: Decimal = ZERO_CENTS
    international_purchases_vat: Decimal = ZERO_CENTS
    international_count: int = 0
    collected: Decimal = ZERO_CENTS


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
    _b2c: KeyedJournal[B2cTransaction] = field(default_factory=KeyedJournal[B2cTransaction])
    _summaries: KeyedJournal[B2cSummary] = field(default_factory=KeyedJournal[B2cSummary])
    _international: KeyedJournal[InternationalRecord] = field(
        default_factory=KeyedJournal[InternationalRecord]
    )
    _payments: KeyedJournal[PaymentEvent] = field(default_factory=KeyedJournal[PaymentEvent])
    # b2c_aggregates once built, until a sale or a summary is recorded: a preview reads them five times, and over a
    # month of 578,000 sales each build took 13 s of the process's event loop
    _aggregates: tuple[B2cAggregate, ...] | None = field(default=None, init=False, repr=False)

    # --- recording (DRAFT only) -------------------------------------------------------------------------------
    def record_b2c(self, tx: B2cTransaction) -> bool:
        self._require(ReportKind.TRANSACTIONS, "B2C transactions")
        self._aggregates = None
        return self._b2c.record(tx)

    def record_b2c_summary(self, summary: B2cSummary) -> bool:
        self._require(ReportKind.TRANSACTIONS, "B2C aggregates")
        self._aggregates = None
        return self._summaries.record(summary)

    def record_international(self, facts: InternationalInvoiceFacts) -> bool:
        """Record an international B2B invoice; raises OutOfScope when it is not one."""
        self._require(ReportKind.TRANSACTIONS, "international B2B invoices")
        return self._international.record(build_record(facts))

    def record_payment(self, event: PaymentEvent) -> bool:
        self._require(ReportKind.PAYMENTS, "payments")
        return self._payments.record(event)

    # --- transitions (DRAFT → SUBMITTED → ACCEPTED | REJECTED), each checked, each returning its event ----------
    def submit(self, today: date, found: tuple[Finding, ...]) -> DeclarationEvent:
        """Sent on `today` with the findings of its check (no fatal one: DeclarationSeries.submit checks)."""
        if self.status is not DeclarationStatus.DRAFT:
            raise IllegalStatusChange(f"version {self.version} is {self.status}: only a draft is submitted")
        self.status, self.submitted_on, self.findings = DeclarationStatus.SUBMITTED, today, found
        return DeclarationEvent(DeclarationEventKind.SUBMITTED, self.version, self.status, day=today)

    def accept(self) -> DeclarationEvent:
        """The platform took every call of the report."""
        self._settle(DeclarationStatus.ACCEPTED)
        return DeclarationEvent(DeclarationEventKind.ACCEPTED, self.version, self.status)

    def reject(self, reason: str) -> DeclarationEvent:
        """The platform refused the report: the version stays, not in force; a new one may be sent."""
        self._settle(DeclarationStatus.REJECTED)
        self.rejection_reason = reason
        return DeclarationEvent(DeclarationEventKind.REJECTED, self.version, self.status, reason=reason)

    def refused_by_platform(self, reason: str) -> DeclarationEvent:
        """An acknowledgement came back refusing the report, maybe after the relay recorded it accepted (an
        asynchronous answer, XP Z12-013): REJECTED from SUBMITTED or ACCEPTED (REFUSABLE_BY_PLATFORM)."""
        if self.status not in REFUSABLE_BY_PLATFORM:
            raise IllegalStatusChange(
                f"version {self.version} is {self.status}: only a submitted or accepted report can be refused"
            )
        self.status, self.rejection_reason = DeclarationStatus.REJECTED, reason
        return DeclarationEvent(DeclarationEventKind.REJECTED, self.version, self.status, reason=reason)

    def _settle(self, to: DeclarationStatus) -> None:
        if self.status is not DeclarationStatus.SUBMITTED:
            raise IllegalStatusChange(
                f"version {self.version} is {self.status}: only a submitted report can become {to}"
            )
        self.status = to

    def _require(self, kind: ReportKind, what: str) -> None:
        if self.status is not DeclarationStatus.DRAFT:
            raise DeclarationLocked(
                f"version {self.version} is {self.status}: a sent report is never edited; open a rectification"
            )
        if self.kind is not kind:
            raise WrongContentKind(
                f"a {self.kind} declaration cannot hold {what} (they go in a {kind} declaration)"
            )

    def copy_content_from(self, other: Declaration) -> None:
        for tx in other._b2c:
            self.record_b2c(tx)
        for summary in other._summaries:
            self.record_b2c_summary(summary)
        for record in other._international:
            self.record_international(record.facts)
        for event in other._payments:
            self.record_payment(event)

    # --- content ----------------------------------------------------------------------------------------------
    @property
    def b2c_transactions(self) -> tuple[B2cTransaction, ...]:
        return self._b2c.items()

    @property
    def b2c_aggregates(self) -> tuple[B2cAggregate, ...]:
        if self._aggregates is None:
            self._aggregates = merge_aggregates(
                (*daily_aggregates(self._b2c), *(s.aggregate for s in self._summaries))
            )
        return self._aggregates

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

    # --- checks -----------------------------------------------------------------------------------------------
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

    def _outside_period(self, day: date, where: str) -> tuple[Finding, ...]:
        if self.period.contains(day):
            return ()
        msg = f"dated {day}, outside the period {self.period.start} to {self.period.end}"
        return (fatal("ER-PERIOD", msg, where),)

    @property
    def label(self) -> str:
        return f"declaration[{self.siren}/{self.kind}/{self.period.start}..{self.period.end}/v{self.version}]"


def _sum(values: Iterable[Decimal]) -> Decimal:
    return sum(values, ZERO_CENTS)


def totals_findings(
    computed: DeclarationTotals, expected: DeclarationTotals, where: str
) -> tuple[Finding, ...]:
    out = []
    for f in fields(DeclarationTotals):
        got, want = getattr(computed, f.name), getattr(expected, f.name)
        if got != want:
            out.append(fatal("ER-TOTALS", f"{f.name}: the report gives {got}, the books give {want}", where))
    return tuple(out)


@dataclass(eq=False, slots=True)
class DeclarationSeries:
    """Every version of the declaration of one company, for one kind of report and one period."""

    siren: str
    regime: VatRegime
    kind: ReportKind
    period: ReportingPeriod
    versions: list[Declaration] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not is_valid_siren(self.siren):
            raise ValueError(f"SIREN must be 9 digits with a valid Luhn key, got {self.siren!r}")

    @classmethod
    def for_day(cls, siren: str, regime: VatRegime, kind: ReportKind, day: date) -> DeclarationSeries:
        return cls(siren, regime, kind, period_for(regime, kind, day))

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

    def against_in_force(self, draft: Declaration) -> tuple[Finding, ...]:
        """Whether the version in force holds what is recorded now, as `draft` (the rectification a preview would
        send) reads it: ER-RECTIFY (warning) with what was added, removed or changed since, row by row (a row
        recorded or received late, voided, or refused since), or ER-IN-FORCE (info): nothing to rectify. The
        finance team closing a month sees there what its answers and events named one by one."""
        effective = self.effective
        if effective is None or draft is effective:
            return ()
        changes = [
            change
            for label, before, now in (
                ("B2C sales", effective.b2c_transactions, draft.b2c_transactions),
                ("international records", effective.international_records, draft.international_records),
                ("payments", effective.payment_events, draft.payment_events),
            )
            if (change := _changed(label, before, now))
        ]
        held = f"v{effective.version} ({effective.status.value}, the version in force)"
        if not changes:
            return (
                info("ER-IN-FORCE", f"{held} holds what is recorded now: nothing to rectify", draft.label),
            )
        return (
            warning(
                "ER-RECTIFY",
                f"{held} does not hold what is recorded now ({'; '.join(changes)}): send this rectification"
                f" (`pdp-gateway report rectify --regime {self.regime} --kind {self.kind} --day {self.period.start}`,"
                " RectifyDeclaration)",
                draft.label,
            ),
        )

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

    def get(self, version: int) -> Declaration:
        for d in self.versions:
            if d.version == version:
                return d
        raise KeyError(f"{self.siren}/{self.kind}/{self.period.start}: no version {version}")

    # --- commands ---------------------------------------------------------------------------------------------
    def open_initial(self) -> Declaration:
        """Start the initial report; allowed while nothing was sent for the period, or everything was rejected."""
        if self.draft is not None:
            raise InitialAlreadyExists(
                f"version {self.draft.version} is still a draft: complete it", rule=DRAFT_OPEN_RULE
            )
        if self.effective is not None:
            raise InitialAlreadyExists(
                f"version {self.effective.version} was already sent for this period: correct it with a rectification"
            )
        return self._new(ReportType.INITIAL)

    def open_rectification(self, *, copy_previous: bool = True) -> Declaration:
        """Start a rectification of the effective version; only for a period already sent."""
        previous = self.effective
        if previous is None:
            raise RectificationNotAllowed(
                f"no report was sent for {self.period.start} to {self.period.end}: send an initial report first"
            )
        if self.draft is not None:
            raise RectificationNotAllowed(
                f"version {self.draft.version} is still a draft: complete it", rule=DRAFT_OPEN_RULE
            )
        new = self._new(ReportType.RECTIFICATIVE)
        if copy_previous:
            new.copy_content_from(previous)
        return new

    def submit(self, today: date, expected: DeclarationTotals | None = None) -> Declaration:
        """Send the draft. Fails closed on any fatal finding; lateness is a warning, never a refusal."""
        draft = self.draft
        if draft is None:
            raise IllegalStatusChange("there is no draft to submit")
        found = draft.check(today, expected)
        if any(f.is_fatal for f in found):
            raise DeclarationInvalid(found)
        draft.submit(today, found)
        return draft

    def mark_accepted(self, version: int) -> DeclarationEvent:
        return self.get(version).accept()

    def mark_rejected(self, version: int, reason: str) -> DeclarationEvent:
        return self.get(version).reject(reason)

    def _new(self, report_type: ReportType) -> Declaration:
        d = Declaration(self.siren, self.regime, self.kind, self.period, len(self.versions) + 1, report_type)
        self.versions.append(d)
        return d


def _changed(label: str, before: Iterable[Any], now: Iterable[Any]) -> str:
    """Rows (each with its `key`) added, removed or changed between two contents: "" when none."""
    old, new = {r.key: r for r in before}, {r.key: r for r in now}
    counts = (
        ("added", sum(1 for k in new if k not in old)),
        ("removed", sum(1 for k in old if k not in new)),
        ("changed", sum(1 for k in new if k in old and new[k] != old[k])),
    )
    said = ", ".join(f"{n} {what}" for what, n in counts if n)
    return f"{label}: {said}" if said else ""
