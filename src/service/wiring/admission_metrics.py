"""Prometheus figures of the per-company bounds and pace (service.usecases.company_slots): the calls each refused;
and of the API keys no memory answered (adapters.postgres.api_key_repository): looked up, refused, or taken stale."""

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
        self.key_lookups = Counter(
            "pdp_gateway_api_key_lookups",
            "API keys this process did not remember, by outcome: looked up and found valid or unknown (or revoked);"
            " refused UNAVAILABLE, API_KEY_LOOKUPS being in flight already (a flood of unknown keys); or, then, a"
            " valid key taken as remembered though expired less than API_KEY_STALE_S ago (stale)",
            ["outcome"],
            registry=registry,
        )

    def key_looked_up(self, outcome: str) -> None:
        self.key_lookups.labels(outcome).inc()

    def refused(self, what: str, bound: str) -> None:
        self.refusals.labels(what.replace(" ", "_"), bound).inc()
