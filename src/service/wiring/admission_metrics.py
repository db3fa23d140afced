"""Prometheus figures of the per-company bounds and pace (service.usecases.company_slots): the calls each refused."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter


class AdmissionMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.refusals = Counter(
            "pdp_gateway_admission_refused",
            "Calls refused RESOURCE_EXHAUSTED by a bound of calls held at once or by their pace, by what they are and"
            " which bound (company: the company's share; process: the whole process's; rate: the company's pace)",
            ["what", "bound"],
            registry=registry,
        )

    def refused(self, what: str, bound: str) -> None:
        self.refusals.labels(what.replace(" ", "_"), bound).inc()
