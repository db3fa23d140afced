"""The gateway's business on `/metrics`: what happened (counted where it happens, in whichever process) and where
things stand (read from the database at scrape time).

Counted where it happens (prometheus-client's default registry, summed over processes by service.observability.metrics):
- `pdp_gateway_submit_to_sent_seconds`: from SubmitInvoice's commit to the platform's acceptance (SENT);
- `pdp_gateway_sent_to_deposited_seconds`: from the upload to status 200 Déposée;
- `pdp_gateway_platform_calls_total{operation, outcome}` and `pdp_gateway_platform_call_seconds{operation}`;
- `pdp_gateway_webhook_deliveries_total{route, result}`;
- `pdp_gateway_relay_stalls_total{task}` (a relay seen stalled: /healthz 503, a liveness probe restarting it).

Read at scrape time (the same on every replica of one database: aggregate them with max, not sum), at most once
per SNAPSHOT_TTL_S whatever the scrape rate:
- `pdp_gateway_invoices{state, processing_rule}`;
- `pdp_gateway_outbox_depth{kind}`, `pdp_gateway_outbox_oldest_age_seconds{kind}`, `pdp_gateway_outbox_retrying{kind}`;
- `pdp_gateway_inbox_depth{state}`, `pdp_gateway_inbox_oldest_age_seconds{state}`;
- `pdp_gateway_parked_items{what}` (deliveries, statuses, held_payments: held until a deposit, nothing left to
  apply them);
- `pdp_gateway_archive_documents`, `pdp_gateway_archive_bytes`;
- `pdp_gateway_declarations_due{kind}`, `pdp_gateway_declaration_next_deadline_seconds{kind}`;
- `pdp_gateway_metrics_database_up` (0 when the snapshot could not be read: the other figures are then absent).

Every state, kind and processing rule the gateway knows is exposed, at 0 when nothing is there: an absent series is
"no data" on a dashboard, and an alert on a change (`delta(pdp_gateway_invoices{state="FAILED"}[30m]) > 0`) missed
the first FAILED invoices of a quiet installation, whose series appeared at 1 and stayed there. A deadline has no
zero (0 s would read "due now"): `pdp_gateway_declaration_next_deadline_seconds` is there only for what is due.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from functools import wraps
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from domain.emission import ProcessingState
from domain.invoice import ProcessingRule
from domain.operations import OperationsSnapshot, OutageFigures, QueueFigures, ReadOperations
from domain.pipeline_ports import OutboxKind
from domain.platform import (
    PlatformAuthError,
    PlatformConfigError,
    PlatformOutcomeUnknown,
    PlatformRejected,
    PlatformUnavailable,
    SubmissionNotFound,
)
from domain.reception import DeliveryState
from domain.reporting.calendar import ReportKind

_log = logging.getLogger(__name__)

# The label values exposed at 0 when the database has none of them (the inbox's DONE deliveries are not counted).
_INVOICE_SERIES = tuple((state.value, rule.value) for state in ProcessingState for rule in ProcessingRule)
_OUTBOX_KINDS = tuple(kind.value for kind in OutboxKind)
_INBOX_STATES = tuple(state.value for state in DeliveryState if state is not DeliveryState.DONE)
_DECLARATION_KINDS = tuple(kind.value for kind in ReportKind)

SNAPSHOT_TTL_S = 15.0
_PIPELINE_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 14400)
_CALL_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)

SUBMIT_TO_SENT = Histogram(
    "pdp_gateway_submit_to_sent_seconds",
    "From SubmitInvoice's commit to the platform's acceptance of the upload (SENT)",
    buckets=_PIPELINE_BUCKETS,
)
SENT_TO_DEPOSITED = Histogram(
    "pdp_gateway_sent_to_deposited_seconds",
    "From the upload to the platform's status 200 Deposee",
    buckets=_PIPELINE_BUCKETS,
)
PLATFORM_CALLS = Counter(
    "pdp_gateway_platform_calls", "Calls to the e-invoicing platform", ["operation", "outcome"]
)
PLATFORM_CALL_SECONDS = Histogram(
    "pdp_gateway_platform_call_seconds", "Platform call latency", ["operation"], buckets=_CALL_BUCKETS
)
WEBHOOK_DELIVERIES = Counter(
    "pdp_gateway_webhook_deliveries", "Platform webhook deliveries answered", ["route", "result"]
)
# Items a catch-up round could not hand over (domain.platform_inbound.CatchUpTally), by poller (one per platform
# profile): skipped (left for a later round) or given_up (unreadable round after round: an operator should look)
CATCH_UP_ITEMS = Counter(
    "pdp_gateway_catch_up_items", "Catch-up items not handed over, by outcome", ["poller", "outcome"]
)
# Catch-up rounds, by poller and outcome: ok, failed (the platform's failure: its list unreachable or unreadable) or
# crashed (a bug of ours). A poller failing round after round keeps running (and /readyz ready): this shows it.
CATCH_UP_ROUNDS = Counter("pdp_gateway_catch_up_rounds", "Catch-up rounds, by outcome", ["poller", "outcome"])
# Relays seen stalled (service.workers.supervisor): counted when first seen, since a liveness probe restarts the
# process soon after (its idle seconds gone with it) and the alert must still say it happened.
RELAY_STALLS = Counter(
    "pdp_gateway_relay_stalls", "Relays seen stalled (no sign of life past two leases), by task", ["task"]
)
# The 211s (payment sent) buyers sent about our invoices, told against the books when they came: matched (what the
# buyer reports sent in all is what the payments recorded paid), unmatched (PAY-SENT-UNMATCHED), no_amount. Counted
# once the transaction storing the 211 commits (`count_payment_reports`): one retried counts once.
PAYMENT_REPORTS = Counter(
    "pdp_gateway_payment_reports", "Buyers' 211 (payment sent) against the books, by outcome", ["outcome"]
)

# The platform operations counted (domain.platform.PdpGateway).
PLATFORM_OPERATIONS = (
    "submit",
    "status_history",
    "find_submissions",
    "send_status",
    "lookup_directory",
    "health",
)
_OUTCOMES: tuple[tuple[type[BaseException], str], ...] = (
    (PlatformUnavailable, "unavailable"),
    (PlatformRejected, "rejected"),
    (PlatformOutcomeUnknown, "outcome_unknown"),
    (PlatformAuthError, "auth_error"),
    (PlatformConfigError, "config_error"),
    (SubmissionNotFound, "not_found"),
)


# Every outcome a call can have (the README's table lists them).
OUTCOMES = ("ok", *(name for _, name in _OUTCOMES), "error")


def outcome_of(error: BaseException | None) -> str:
    if error is None:
        return "ok"
    return next((name for kind, name in _OUTCOMES if isinstance(error, kind)), "error")


class MeteredPlatform:
    """A PdpGateway that counts and times every call by operation and outcome; everything else passes through."""

    def __init__(self, gateway: Any) -> None:
        self._gateway = gateway
        # Every series from 0: an alert on an increase misses the first call of a series that appears at 1.
        for operation in PLATFORM_OPERATIONS:
            for outcome in OUTCOMES:
                PLATFORM_CALLS.labels(operation, outcome)

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._gateway, name)
        if name not in PLATFORM_OPERATIONS or not inspect.iscoroutinefunction(attribute):
            return attribute
        calls = {outcome: PLATFORM_CALLS.labels(name, outcome) for outcome in ("ok", "error")}
        latency = PLATFORM_CALL_SECONDS.labels(name)

        @wraps(attribute)
        async def metered(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            error: BaseException | None = None
            try:
                return await attribute(*args, **kwargs)
            except Exception as exc:
                error = exc
                raise
            finally:
                latency.observe(time.perf_counter() - started)
                outcome = outcome_of(error)
                (calls.get(outcome) or PLATFORM_CALLS.labels(name, outcome)).inc()

        return metered


def observe_sent(created_at: datetime, now: datetime) -> None:
    SUBMIT_TO_SENT.observe(max((now - created_at).total_seconds(), 0.0))


def count_payment_reports(outcomes: Iterable[str]) -> None:
    """The 211s a committed transaction stored, each by its outcome (PAYMENT_REPORTS)."""
    for outcome in outcomes:
        PAYMENT_REPORTS.labels(outcome).inc()


def observe_deposited(upload_started_at: datetime | None, now: datetime) -> None:
    if upload_started_at is not None:
        SENT_TO_DEPOSITED.observe(max((now - upload_started_at).total_seconds(), 0.0))


def webhook_result(status_code: int) -> str:
    if 200 <= status_code < 300:
        return "accepted"
    return {400: "malformed", 401: "bad_signature", 403: "bad_signature", 413: "too_large"}.get(
        status_code, "refused" if status_code < 500 else "error"
    )


class _SnapshotCollector(Collector):
    def __init__(self, snapshot: OperationsSnapshot | None, platforms: Iterable[str] = ()) -> None:
        self._snapshot = snapshot
        self._platforms = tuple(platforms)  # the configured profiles: their outage series exist at 0

    def collect(self) -> Iterator[GaugeMetricFamily]:
        up = GaugeMetricFamily(
            "pdp_gateway_metrics_database_up", "1 when the database figures below could be read"
        )
        up.add_metric([], 1 if self._snapshot is not None else 0)
        yield up
        s = self._snapshot
        if s is None:
            return
        invoices = GaugeMetricFamily(
            "pdp_gateway_invoices",
            "Invoices by state and processing rule",
            labels=["state", "processing_rule"],
        )
        for (state, rule), count in _with_zeros(_INVOICE_SERIES, [((st, r), n) for st, r, n in s.invoices]):
            invoices.add_metric([state, rule], count)
        yield invoices
        for prefix, label, queues, known, what in (
            ("outbox", "kind", s.outbox, _OUTBOX_KINDS, "Outbox work not done"),
            ("inbox", "state", s.inbox, _INBOX_STATES, "Webhook deliveries not done"),
        ):
            depth = GaugeMetricFamily(f"pdp_gateway_{prefix}_depth", f"{what}: items", labels=[label])
            age = GaugeMetricFamily(
                f"pdp_gateway_{prefix}_oldest_age_seconds", f"{what}: age of the oldest", labels=[label]
            )
            retrying = GaugeMetricFamily(
                f"pdp_gateway_{prefix}_retrying", f"{what}: items tried at least once", labels=[label]
            )
            empty = QueueFigures("", 0, 0.0, 0)
            for kind, q in _with_zeros(known, [(q.kind, q) for q in queues], empty):
                depth.add_metric([kind], q.depth)
                age.add_metric([kind], q.oldest_age_s)
                retrying.add_metric([kind], q.retrying)
            yield from (depth, age, retrying)
        parked = GaugeMetricFamily(
            "pdp_gateway_parked_items", "Items waiting for an operator or a missing peer", labels=["what"]
        )
        parked.add_metric(["deliveries"], s.parked_deliveries)
        parked.add_metric(["statuses"], s.parked_statuses)
        parked.add_metric(["held_payments"], s.parked_payments)
        yield parked
        yield GaugeMetricFamily(
            "pdp_gateway_archive_documents", "Documents in the archive", value=s.archive_documents
        )
        yield GaugeMetricFamily(
            "pdp_gateway_archive_bytes", "Bytes of documents in the archive", value=s.archive_bytes
        )
        due = GaugeMetricFamily(
            "pdp_gateway_declarations_due",
            "E-reporting declarations not accepted whose deadline is within 30 days or past",
            labels=["kind"],
        )
        next_deadline = GaugeMetricFamily(
            "pdp_gateway_declaration_next_deadline_seconds",
            "Seconds to the earliest deadline of those declarations (negative: overdue)",
            labels=["kind"],
        )
        for kind, count in _with_zeros(_DECLARATION_KINDS, [(d.kind, d.count) for d in s.declarations_due]):
            due.add_metric([kind], count)
        for d in s.declarations_due:
            next_deadline.add_metric([d.kind], d.next_deadline_s)
        yield from (due, next_deadline)
        # A platform outage (domain.outage): its items spend no attempt, so nothing else would show it. A series
        # per configured platform profile, at 0 while it answers (an alert sees data from the start), and per
        # profile no longer configured while items still wait on it.
        waiting = GaugeMetricFamily(
            "pdp_gateway_platform_outage_items",
            "Outbox items and webhook deliveries waiting on a platform profile that does not answer (no attempt spent)",
            labels=["platform"],
        )
        lasted = GaugeMetricFamily(
            "pdp_gateway_platform_outage_seconds",
            "How long the item waiting longest on that platform has waited on it",
            labels=["platform"],
        )
        none = OutageFigures("", 0, None, 0.0)
        for platform, outage in _with_zeros(self._platforms, [(o.platform, o) for o in s.outages], none):
            waiting.add_metric([platform], outage.items)
            lasted.add_metric([platform], outage.waited_s)
        yield from (waiting, lasted)


def _with_zeros(
    known: Iterable[Any], found: Iterable[tuple[Any, Any]], zero: Any = 0
) -> list[tuple[Any, Any]]:
    """`found` with `zero` for each known key it lacks; keys outside `known` (a newer version's) are kept."""
    values = dict.fromkeys(known, zero)
    values.update(found)
    return list(values.items())


class DatabaseFigures:
    """The scrape-time figures, read at most once per `ttl_s` (concurrent scrapes share one read)."""

    def __init__(
        self,
        read: ReadOperations,
        *,
        ttl_s: float = SNAPSHOT_TTL_S,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        platforms: Iterable[str] = (),
    ) -> None:
        self._read = read
        self._platforms = tuple(platforms)
        self._ttl_s = ttl_s
        self._now = now
        self._snapshot: OperationsSnapshot | None = None
        self._read_at = float("-inf")
        self._lock = asyncio.Lock()

    async def snapshot(self) -> OperationsSnapshot | None:
        async with self._lock:
            if time.monotonic() - self._read_at >= self._ttl_s:
                try:
                    self._snapshot = await self._read(self._now())
                except Exception:  # the figures are absent and database_up says 0; never a failed scrape
                    _log.warning("metrics: the database figures could not be read", exc_info=True)
                    self._snapshot = None
                self._read_at = time.monotonic()
            return self._snapshot

    async def text(self) -> bytes:
        registry = CollectorRegistry()
        registry.register(_SnapshotCollector(await self.snapshot(), self._platforms))
        return generate_latest(registry)
