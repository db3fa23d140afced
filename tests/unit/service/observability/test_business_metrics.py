"""The figures read from the database at scrape time, as Prometheus sees them.

A label value with nothing behind it is exposed at 0, not left out: an absent series is no data on the dashboard,
and an alert on a change (`delta(pdp_gateway_invoices{state="FAILED"}[30m]) > 0`) never saw the first FAILED
invoices of a quiet installation, whose series then appeared at 1 and stayed there.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families

from domain.emission import ProcessingState
from domain.invoice import ProcessingRule
from domain.operations import DeclarationsDue, OperationsSnapshot, OutageFigures, QueueFigures
from domain.pipeline_ports import OutboxKind
from domain.reporting.calendar import ReportKind
from service.observability.business_metrics import (
    OUTCOMES,
    PLATFORM_OPERATIONS,
    DatabaseFigures,
    MeteredPlatform,
)

EMPTY = OperationsSnapshot(
    invoices=(),
    outbox=(),
    inbox=(),
    parked_statuses=0,
    archive_documents=0,
    archive_bytes=0,
    declarations_due=(),
)


async def samples(
    snapshot: OperationsSnapshot, platforms: tuple[str, ...] = ()
) -> dict[str, dict[tuple[tuple[str, str], ...], float]]:
    async def read(now: datetime) -> OperationsSnapshot:
        return snapshot

    figures = DatabaseFigures(read, now=lambda: datetime(2026, 12, 6, tzinfo=UTC), platforms=platforms)
    text = (await figures.text()).decode()
    found: dict[str, dict[tuple[tuple[str, str], ...], float]] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found.setdefault(sample.name, {})[tuple(sorted(sample.labels.items()))] = sample.value
    return found


async def test_an_empty_installation_exposes_every_series_at_zero() -> None:
    exposed = await samples(EMPTY)
    assert exposed["pdp_gateway_invoices"] == {
        (("processing_rule", rule.value), ("state", state.value)): 0.0
        for state in ProcessingState
        for rule in ProcessingRule
    }
    for name in (
        "pdp_gateway_outbox_depth",
        "pdp_gateway_outbox_oldest_age_seconds",
        "pdp_gateway_outbox_retrying",
    ):
        assert exposed[name] == {(("kind", kind.value),): 0.0 for kind in OutboxKind}, name
    for name in (
        "pdp_gateway_inbox_depth",
        "pdp_gateway_inbox_oldest_age_seconds",
        "pdp_gateway_inbox_retrying",
    ):
        assert exposed[name] == {(("state", s),): 0.0 for s in ("PENDING", "PARKED", "UNPROCESSABLE")}, name
    assert exposed["pdp_gateway_declarations_due"] == {(("kind", kind.value),): 0.0 for kind in ReportKind}
    # No declaration due: no deadline, rather than a deadline of 0 s that the DeclarationDue alert would page on.
    assert "pdp_gateway_declaration_next_deadline_seconds" not in exposed
    assert exposed["pdp_gateway_parked_items"] == {
        (("what", w),): 0.0 for w in ("deliveries", "statuses", "held_payments")
    }
    assert exposed["pdp_gateway_metrics_database_up"] == {(): 1.0}


async def test_the_figures_read_replace_the_zeros_of_their_series_only() -> None:
    exposed = await samples(
        OperationsSnapshot(
            invoices=(("FAILED", "B2B", 3), ("SENT", "B2G", 7)),
            outbox=(QueueFigures("send", 2, 120.0, 1),),
            inbox=(QueueFigures("PARKED", 1, 600.0, 1),),
            parked_statuses=4,
            archive_documents=5,
            archive_bytes=4096,
            declarations_due=(DeclarationsDue("PAYMENTS", 1, 86400.0),),
            parked_payments=2,
        )
    )
    invoices = exposed["pdp_gateway_invoices"]
    assert invoices[(("processing_rule", "B2B"), ("state", "FAILED"))] == 3.0
    assert invoices[(("processing_rule", "B2G"), ("state", "SENT"))] == 7.0
    assert sum(invoices.values()) == 10.0 and len(invoices) == len(ProcessingState) * len(ProcessingRule)
    assert exposed["pdp_gateway_outbox_depth"][(("kind", "send"),)] == 2.0
    assert exposed["pdp_gateway_outbox_oldest_age_seconds"][(("kind", "send"),)] == 120.0
    assert sum(exposed["pdp_gateway_outbox_depth"].values()) == 2.0
    assert exposed["pdp_gateway_inbox_depth"] == {
        (("state", "PENDING"),): 0.0,
        (("state", "PARKED"),): 1.0,
        (("state", "UNPROCESSABLE"),): 0.0,
    }
    assert exposed["pdp_gateway_declarations_due"] == {
        (("kind", "PAYMENTS"),): 1.0,
        (("kind", "TRANSACTIONS"),): 0.0,
    }
    assert exposed["pdp_gateway_declaration_next_deadline_seconds"] == {(("kind", "PAYMENTS"),): 86400.0}
    assert exposed["pdp_gateway_parked_items"] == {
        (("what", "deliveries"),): 1.0,
        (("what", "statuses"),): 4.0,
        (("what", "held_payments"),): 2.0,
    }


async def test_a_value_outside_the_known_labels_is_still_exposed() -> None:
    """A state or kind a newer version wrote (rolling upgrade) is shown as it is, not dropped."""
    exposed = await samples(
        OperationsSnapshot(
            invoices=(("ARCHIVED", "B2B", 1),),
            outbox=(QueueFigures("future_kind", 1, 5.0),),
            inbox=(),
            parked_statuses=0,
            archive_documents=0,
            archive_bytes=0,
            declarations_due=(),
        )
    )
    assert exposed["pdp_gateway_invoices"][(("processing_rule", "B2B"), ("state", "ARCHIVED"))] == 1.0
    assert exposed["pdp_gateway_outbox_depth"][(("kind", "future_kind"),)] == 1.0


def test_every_platform_operation_and_outcome_is_counted_from_zero() -> None:
    """`increase(pdp_gateway_platform_calls_total{outcome="auth_error"}[10m]) > 0` sees the first refused
    credentials only if the series was there at 0 before it (a series that appears at 1 shows no increase)."""
    MeteredPlatform(object())
    for operation in PLATFORM_OPERATIONS:
        for outcome in OUTCOMES:
            labels = {"operation": operation, "outcome": outcome}
            assert REGISTRY.get_sample_value("pdp_gateway_platform_calls_total", labels) is not None, labels


async def test_items_waiting_on_a_platform_outage_are_counted_per_platform_profile() -> None:
    assert "pdp_gateway_platform_outage_items" not in await samples(EMPTY)  # every platform answers
    since = datetime(2026, 12, 6, 21, 0, tzinfo=UTC)
    exposed = await samples(
        replace(
            EMPTY,
            outages=(OutageFigures("iopole", 12, since, 2100.0), OutageFigures("afnor-b", 1, since, 60.0)),
        )
    )
    assert exposed["pdp_gateway_platform_outage_items"] == {
        (("platform", "iopole"),): 12.0,
        (("platform", "afnor-b"),): 1.0,
    }
    assert exposed["pdp_gateway_platform_outage_seconds"][(("platform", "iopole"),)] == 2100.0


async def test_the_outage_series_of_every_configured_profile_exist_at_zero_from_the_start() -> None:
    # They appeared with the first outage: an alert on them (or an absent() check that the scrape works) saw no
    # data until then, and a dashboard showed nothing rather than 0.
    exposed = await samples(EMPTY, platforms=("iopole", "afnor-b"))
    for name in ("pdp_gateway_platform_outage_items", "pdp_gateway_platform_outage_seconds"):
        assert exposed[name] == {(("platform", "iopole"),): 0.0, (("platform", "afnor-b"),): 0.0}
    since = datetime(2026, 12, 6, 21, 0, tzinfo=UTC)
    exposed = await samples(
        replace(
            EMPTY, outages=(OutageFigures("afnor-b", 3, since, 60.0), OutageFigures("other", 1, since, 5.0))
        ),
        platforms=("iopole", "afnor-b"),
    )
    assert exposed["pdp_gateway_platform_outage_items"] == {
        (("platform", "iopole"),): 0.0,
        (("platform", "afnor-b"),): 3.0,
        (("platform", "other"),): 1.0,  # a profile no longer configured, with items still waiting on it
    }
    assert exposed["pdp_gateway_platform_outage_seconds"][(("platform", "iopole"),)] == 0.0
