"""Prometheus figures of the group commit of new invoices: how many submissions share a transaction."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Histogram

_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128)


class SubmitBatchMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.size = Histogram(
            "pdp_gateway_submit_batch_size",
            "New invoices written in one transaction",
            buckets=_BUCKETS,
            registry=registry,
        )

    def observe(self, size: int) -> None:
        self.size.observe(size)
