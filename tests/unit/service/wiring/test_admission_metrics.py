"""The per-company bounds the container makes count their refusals on /metrics, by what and which bound."""

from __future__ import annotations

import pytest
from dependency_injector import providers

from service.grpc.admission import CallsBusy, CallsTooFast
from service.usecases.emission.bindings import TooManySubscribers
from service.usecases.export_slots import ExportsBusy, VerificationsBusy
from service.usecases.listing_slots import DeclarationsBusy, ListingsBusy
from service.usecases.record_slots import RecordsBusy
from service.wiring.container import Container


def _refused(container: Container, what: str, bound: str) -> float | None:
    return container.metrics_registry().get_sample_value(
        "pdp_gateway_admission_refused_total", {"what": what, "bound": bound}
    )


def test_the_calls_streams_and_exports_bounds_count_their_refusals(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRPC_CALLS_PER_COMPANY", "3")
    monkeypatch.setenv("GRPC_CALLS_BURST", "2")
    container = Container()
    calls = container.call_slots()
    for _ in range(3):
        calls.take("111111111")
    with pytest.raises(CallsBusy, match="at most 3 per company"):
        calls.check("111111111")
    calls.take("222222222")  # another company's own share

    exports = container.archive_use_cases.kwargs["exports"]()
    exports.take("111111111")
    exports.take("222222222")
    for company in ("111111111", "333333333"):
        with pytest.raises(ExportsBusy):
            exports.take(company)

    verifications = container.archive_use_cases.kwargs["verifications"]()
    verifications.take("111111111")
    with pytest.raises(VerificationsBusy):
        verifications.take("111111111")

    pace = container.call_rate()
    # time stands still: at 1,000 a second, a slow machine refilled the bucket between two spends
    pace.clock = lambda: 100.0
    pace.spend("111111111")
    pace.spend("111111111")
    with pytest.raises(CallsTooFast, match="at most 2 at once"):
        pace.spend("111111111")

    listings = container.listing_slots()
    assert container.reception_use_cases.kwargs["listing_slots"]() is listings  # issued and received together
    for _ in range(4):
        listings.take("111111111")
    with pytest.raises(ListingsBusy, match="at most 4 per company"):
        listings.take("111111111")

    builds = container.reporting_use_cases.kwargs["declaration_slots"]()
    builds.take("111111111")
    with pytest.raises(DeclarationsBusy, match="at most 1 per company"):
        builds.take("111111111")
    builds.take("222222222")
    with pytest.raises(DeclarationsBusy, match="at most 2 per process"):
        builds.take("333333333")

    records = container.reporting_use_cases.kwargs["record_slots"]()
    records.take("111111111", 2_000)
    records.take("111111111", 2_000)
    with pytest.raises(RecordsBusy, match="at most 4,000 per company"):
        records.take("111111111", 1)
    for company in ("222222222", "333333333", "444444444"):
        records.take(company, 4_000)
    with pytest.raises(RecordsBusy, match="at most 16,000 per process"):
        records.take("555555555", 1)

    streams = container.invoice_use_cases.kwargs["watch_slots"]()
    for _ in range(32):
        streams.take("111111111")
    with pytest.raises(TooManySubscribers):
        streams.take("111111111")

    assert _refused(container, "event_streams", "company") == 1
    assert _refused(container, "listings", "company") == 1
    assert _refused(container, "declaration_builds", "company") == 1
    assert _refused(container, "declaration_builds", "process") == 1
    assert _refused(container, "record_batch_rows", "company") == 1
    assert _refused(container, "record_batch_rows", "process") == 1
    assert _refused(container, "calls", "company") == 1
    assert _refused(container, "calls", "process") is None
    assert _refused(container, "archive_exports", "company") == 1
    assert _refused(container, "archive_exports", "process") == 1
    assert _refused(container, "archive_verifications", "company") == 1
    assert _refused(container, "calls", "rate") == 1


def test_the_api_key_lookups_are_made_with_their_settings_and_counted_by_outcome(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """They were constants, and nothing on /metrics said a flood of unknown keys was being refused."""
    for variable, value in (
        ("API_KEY_LOOKUPS", "2"),
        ("API_KEY_CACHE_S", "0.5"),
        ("API_KEY_UNKNOWN_S", "30"),
        ("API_KEY_STALE_S", "0"),
        ("API_KEY_MEMORY", "100"),
    ):
        monkeypatch.setenv(variable, value)
    container = Container()
    container.db_pool.override(providers.Object(None))
    keys = container.api_key_repository()
    assert (keys.max_lookups, keys.cache_ttl, keys.unknown_ttl, keys.stale_s, keys.cache_size) == (
        2,
        0.5,
        30.0,
        0.0,
        100,
    )
    for outcome in ("refused", "refused", "unknown", "valid", "stale"):
        keys.counted(outcome)
    registry = container.metrics_registry()
    assert {
        outcome: registry.get_sample_value("pdp_gateway_api_key_lookups_total", {"outcome": outcome})
        for outcome in ("refused", "unknown", "valid", "stale")
    } == {"refused": 2, "unknown": 1, "valid": 1, "stale": 1}
