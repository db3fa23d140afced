"""deploy/'s alert rules and Grafana dashboard name only metrics the gateway exposes.

The names come from a real exposition: the gRPC and group-commit metrics, the business metrics counted in code,
the figures read from the database (from a snapshot with one item of each kind) and the runtime collectors.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import yaml
from prometheus_client import CollectorRegistry
from prometheus_client.metrics import MetricWrapperBase

import service.wiring.http_protocol  # noqa: F401  # its shed connections counter, labelled at import, as serve has it
from domain.operations import DeclarationsDue, OperationsSnapshot, OutageFigures, QueueFigures
from service.grpc.telemetry import RpcMetrics
from service.observability import business_metrics
from service.observability.business_metrics import DatabaseFigures
from service.observability.metrics import (
    exposition,
    not_running_exposition,
    stalls_exposition,
    tasks_down_exposition,
)
from service.wiring.batch_metrics import SubmitBatchMetrics
from service.workers.write_probe import WriteProbe

DEPLOY = Path(__file__).resolve().parents[3] / "deploy"
METRIC = re.compile(r"\b((?:pdp_gateway|process|python)_[a-z0-9_]+)\b")

SNAPSHOT = OperationsSnapshot(
    invoices=(("SENT", "B2B", 3),),
    outbox=(QueueFigures("send", 1, 12.0, 1),),
    inbox=(QueueFigures("PENDING", 2, 3.0), QueueFigures("PARKED", 1, 600.0)),
    parked_statuses=1,
    archive_documents=4,
    archive_bytes=4096,
    declarations_due=(DeclarationsDue("TRANSACTIONS", 1, 86400.0),),
    outages=(OutageFigures("iopole", 2, datetime(2026, 12, 6, 21, 0, tzinfo=UTC), 1200.0),),
)


async def exposed_names() -> set[str]:
    registry = CollectorRegistry()
    RpcMetrics(registry).observe("/pdpgateway.v1.InvoiceService/SubmitInvoice", "OK", 0.01)
    SubmitBatchMetrics(registry).observe(2)
    # Every labelled business metric given one series, whatever other tests counted before in this process: a
    # metric is exposed only once it has a series, so a new one missing from the dashboard would otherwise fail only
    # in a run where some test happened to count it.
    for metric in vars(business_metrics).values():
        if isinstance(metric, MetricWrapperBase) and metric._labelnames:
            metric.labels(*("x" for _ in metric._labelnames))

    async def read(now: object) -> OperationsSnapshot:
        return SNAPSHOT

    async def wrote() -> str | None:
        return None

    writes = WriteProbe(wrote)
    await writes.once()

    text = (
        exposition(registry)
        + not_running_exposition({"grpc-worker-0": "exited (code 1); restarting"})
        + await DatabaseFigures(read).text()
        + writes.exposition()
        + stalls_exposition({"pipeline-dispatcher": 0.0})
        + tasks_down_exposition({"inbox-worker": "RuntimeError: boom"})
    )
    return {
        line.split("{")[0].split(" ")[0] for line in text.decode().splitlines() if line and line[0] != "#"
    }


def referenced(text: str) -> set[str]:
    return set(METRIC.findall(text))


async def test_every_metric_of_the_alert_rules_exists() -> None:
    rules = yaml.safe_load((DEPLOY / "prometheus" / "alerts.yml").read_text())
    expressions = [r["expr"] for group in rules["groups"] for r in group["rules"]]
    names = set().union(*(referenced(e) for e in expressions))
    assert len(expressions) >= 10 and names
    assert names - await exposed_names() == set()


async def test_every_metric_of_the_dashboard_exists() -> None:
    dashboard = json.loads((DEPLOY / "grafana" / "pdp-gateway-dashboard.json").read_text())
    expressions = [t["expr"] for panel in dashboard["panels"] for t in panel["targets"]]
    names = set().union(*(referenced(e) for e in expressions))
    exposed = await exposed_names()
    assert names - exposed == set()
    # Every business metric is on the dashboard.
    business = {n for n in exposed if n.startswith("pdp_gateway_")} - {
        "pdp_gateway_grpc_latency_seconds_count"
    }
    on_dashboard = {n.removesuffix("_bucket") for n in names}
    missing = {
        n
        for n in business
        if not any(n.startswith(d.removesuffix("_total")) or d.startswith(n) for d in on_dashboard)
    }
    assert missing == set()
