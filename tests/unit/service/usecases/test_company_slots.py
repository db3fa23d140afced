"""The pace of a company's calls: a token bucket per company, its refusal's delay, and its memory bounded."""

from __future__ import annotations

import pytest

from service.usecases import company_slots
from service.usecases.company_slots import Busy, CompanyRate


class Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def _rate(per_second: float, burst: int, clock: Clock, refusals: list[str] | None = None) -> CompanyRate:
    seen = refusals if refusals is not None else []
    return CompanyRate("calls", Busy, per_second, burst, lambda what, bound: seen.append(bound), clock)


def test_a_company_makes_its_burst_then_its_pace_and_is_told_when_the_next_call_is_taken() -> None:
    clock, refusals = Clock(), []
    rate = _rate(10, 5, clock, refusals)
    for _ in range(5):
        rate.spend("A")
    with pytest.raises(Busy) as refused:
        rate.spend("A")
    assert refused.value.retry_after == 0.1
    assert refusals == ["rate"]
    rate.spend("B")  # another company's bucket is its own

    clock.now += 0.25  # two and a half calls' worth
    rate.spend("A")
    rate.spend("A")
    with pytest.raises(Busy) as again:
        rate.spend("A")
    assert again.value.retry_after == 0.05

    clock.now += 3600  # a quiet hour gives back the burst, no more
    for _ in range(5):
        rate.spend("A")
    with pytest.raises(Busy):
        rate.spend("A")


def test_a_refused_call_spends_nothing() -> None:
    clock = Clock()
    rate = _rate(2, 1, clock)
    rate.spend("A")
    for _ in range(100):
        with pytest.raises(Busy):
            rate.spend("A")
    clock.now += 0.5
    rate.spend("A")


def test_companies_whose_bucket_is_full_again_are_forgotten_past_the_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(company_slots, "MAX_REMEMBERED", 3)
    clock = Clock()
    rate = _rate(1, 2, clock)
    for company in ("A", "B", "C"):
        rate.spend(company)
    clock.now += 1.5  # A, B and C: 1.5 s of the 2 a bucket takes to refill
    rate.spend("C")
    rate.spend("C")  # C's bucket empty
    rate.spend("D")  # the fourth: the three are not full yet, so kept
    assert len(rate._buckets) == 4
    clock.now += 1  # A and B full again; C and D were seen within the refill time
    rate.spend("E")
    rate.spend("F")  # the pass at D kept 3: the next once 6 are remembered
    assert len(rate._buckets) == 6
    rate.spend("G")
    assert sorted(rate._buckets) == ["C", "D", "E", "F", "G"]
    rate.spend("C")
    with pytest.raises(Busy):  # C's bucket was kept (one call's worth), not refilled by forgetting
        rate.spend("C")


def test_past_the_bound_with_none_to_forget_a_new_company_costs_no_pass_over_all_the_others(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Health and reflection are paced per client address (service.grpc.public_services): past the bound, each new
    address passed over every remembered one when none was full yet, 2.5 ms of the event loop each at 10,000, so
    that 400 new IPv6 addresses a second, with no key, took a core."""
    monkeypatch.setattr(company_slots, "MAX_REMEMBERED", 100)
    passes: list[int] = []
    forget = CompanyRate._forget_full

    def counted(rate: CompanyRate, now: float) -> None:
        passes.append(len(rate._buckets))
        forget(rate, now)

    monkeypatch.setattr(CompanyRate, "_forget_full", counted)
    rate = _rate(1, 2, Clock())
    for i in range(1_000):  # all within the refill time: none to forget
        rate.spend(f"ipv6:[2001:db8::{i:x}]")
    assert len(passes) <= 4, passes  # 100, 200, 400, 800: each pass once as many are remembered again
    assert len(rate._buckets) == 1_000


def test_a_bucket_is_full_again_after_its_burst_over_its_pace(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(company_slots, "MAX_REMEMBERED", 3)
    clock = Clock()
    rate = _rate(4, 2, clock)  # full again 0.5 s after its last call
    for company in ("A", "B", "C"):
        rate.spend(company)
    clock.now += 0.5
    rate.spend("D")
    assert sorted(rate._buckets) == ["D"]
