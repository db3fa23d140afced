"""A platform profile's breaker: opened by the outage its calls find, one probe at a time while open, closed by the
first answer."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.platform_breaker import Admission, Breaker, Breakers, Closed

WHEN = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _breaker(clock: _Clock, opens_after: int = 3) -> Breaker:
    return Breaker("iopole", clock, lambda: WHEN, opens_after, 5.0)


def test_it_opens_after_the_failures_in_a_row_and_an_answer_between_them_starts_again() -> None:
    clock = _Clock()
    breaker = _breaker(clock)
    assert not breaker.failed("503") and not breaker.failed("503")
    breaker.answered()
    assert not breaker.failed("503") and not breaker.failed("503")
    assert breaker.admit() is Admission.CALL
    assert breaker.failed("503: down")
    assert breaker.is_open and breaker.opened_on == WHEN
    assert not breaker.failed("503: down")  # said once: only the failure that opened it says so


def test_open_it_lets_one_probe_through_each_interval_and_one_at_a_time() -> None:
    clock = _Clock()
    breaker = _breaker(clock, opens_after=1)
    breaker.failed("503")
    admitted = []
    for tenth in range(200):  # 20 s, a call every 0.1 s
        clock.now = tenth / 10
        admission = breaker.admit()
        admitted.append(admission)
        if admission is Admission.PROBE:
            breaker.failed("503")
            breaker.probe_over()
    assert admitted.count(Admission.PROBE) == 3  # at 5, 10 and 15 s
    assert breaker.held == 197

    clock.now = 25.0
    assert breaker.admit() is Admission.PROBE
    assert breaker.admit() is Admission.HELD  # the probe is still out: no second one
    clock.now = 40.0
    assert breaker.admit() is Admission.HELD


def test_a_platform_asking_us_to_wait_is_probed_no_sooner() -> None:
    clock = _Clock()
    breaker = _breaker(clock, opens_after=1)
    breaker.failed("429", retry_after_s=60.0)
    clock.now = 59.0
    assert breaker.admit() is Admission.HELD
    clock.now = 60.0
    assert breaker.admit() is Admission.PROBE


def test_the_first_answer_closes_it_and_says_what_the_outage_cost() -> None:
    clock = _Clock()
    breaker = _breaker(clock)
    for second in range(3):
        clock.now = float(second)
        breaker.failed("503")
    clock.now = 3.0
    breaker.admit()
    clock.now = 42.0
    assert breaker.answered() == Closed(failures=3, lasted_s=42.0, held=1)
    assert not breaker.is_open and breaker.admit() is Admission.CALL
    assert breaker.answered() is None  # already closed: nothing to say


def test_a_process_has_one_breaker_per_profile_and_names_the_open_ones() -> None:
    clock = _Clock()
    breakers = Breakers(clock, lambda: WHEN, opens_after=1)
    assert breakers.of("iopole") is breakers.of("iopole")
    assert breakers.of("afnor-pa") is not breakers.of("iopole")
    breakers.of("iopole").failed("POST /v1/invoice: iopole answered 503")
    assert breakers.open() == {
        "iopole": "down since 2026-12-07T13:00:00+00:00: calls held, one probe every 5 s (0 held; last failure:"
        " POST /v1/invoice: iopole answered 503)"
    }


def test_settings_out_of_their_rule_are_refused() -> None:
    said = "a breaker opens after one failure at least, and probes at a positive interval"
    with pytest.raises(ValueError, match=f"^{said}$"):
        Breaker("iopole", _Clock(), lambda: WHEN, 0, 5.0)
    with pytest.raises(ValueError, match=f"^{said}$"):
        Breaker("iopole", _Clock(), lambda: WHEN, 1, 0.0)


def test_each_closing_is_counted_and_a_reopened_breaker_counts_its_held_calls_afresh() -> None:
    clock = _Clock()
    breaker = _breaker(clock, opens_after=1)
    breaker.failed("503")
    breaker.admit()
    breaker.admit()
    assert breaker.closings == 0 and breaker.held == 2  # no probe before 5 s
    breaker.answered()
    assert breaker.closings == 1 and breaker.held == 0 and breaker.failures == 0
    breaker.answered()  # already closed: nothing woken again
    assert breaker.closings == 1
    clock.now = 10.0
    breaker.failed("503")
    breaker.answered()
    assert breaker.closings == 2


def test_a_closed_breaker_is_described_with_no_date() -> None:
    breaker = _breaker(_Clock())
    breaker.failed("timeout")
    assert (
        breaker.describe() == "down since -: calls held, one probe every 5 s (0 held; last failure: timeout)"
    )


def test_the_last_failure_is_kept_short() -> None:
    breaker = _breaker(_Clock())
    breaker.failed("x" * 1_000)
    assert 0 < len(breaker.last_failure) <= 300


def test_the_process_breakers_take_its_settings_and_list_every_profile_used() -> None:
    clock = _Clock()
    breakers = Breakers(clock, lambda: WHEN, opens_after=2, probe_every_s=1.5)
    iopole = breakers.of("iopole")
    assert (iopole.platform, iopole.opens_after, iopole.probe_every_s) == ("iopole", 2, 1.5)
    assert iopole.clock is clock and iopole.wall() == WHEN
    afnor = breakers.of("afnor-pa")
    assert breakers.all() == [iopole, afnor]
    assert breakers.open() == {}
    iopole.failed("503")
    assert breakers.open() == {}  # one failure of the two it opens after
    iopole.failed("503")
    assert list(breakers.open()) == ["iopole"]


def test_settings_at_their_bounds_are_taken() -> None:
    breaker = Breaker("iopole", _Clock(), lambda: WHEN, 1, 0.5)
    assert breaker.failed("503")  # one failure opens it


def test_what_an_outage_cost_counts_from_its_first_failure() -> None:
    clock = _Clock()
    breaker = _breaker(clock)
    for second in (10.0, 11.0, 12.0):
        clock.now = second
        breaker.failed("503")
    clock.now = 42.0
    assert breaker.answered() == Closed(failures=3, lasted_s=32.0, held=0)


def test_asked_whether_it_holds_it_lets_one_caller_on_to_the_due_probe_and_holds_the_others() -> None:
    clock = _Clock()
    breaker = _breaker(clock, opens_after=1)
    assert not breaker.holds()  # closed
    breaker.failed("503")
    assert breaker.holds() and breaker.held == 1
    assert breaker.not_called("upload", "iopole").startswith(
        "upload: not called, iopole is down since 2026-12-07"
    )
    clock.now = 5.0  # the probe is due: the first to ask goes on, the others are held while it gets there
    assert not breaker.holds()
    assert breaker.holds() and breaker.holds() and breaker.held == 3
    assert breaker.admit() is Admission.PROBE
    assert breaker.holds()  # one probe at a time
    breaker.probe_over()
    clock.now = 10.0
    assert not breaker.holds()  # due again; its caller never admits (its pass ended before its call)
    clock.now = 14.9
    assert breaker.holds()
    clock.now = 15.0
    assert not breaker.holds()  # kept no longer: the next one to ask goes on


def test_this_host_running_out_is_kept_apart_from_the_platforms_failures_said_once_and_cleared_by_an_answer() -> (
    None
):
    breaker = _breaker(_Clock(), opens_after=1)
    assert breaker.host_ran_out("open files (EMFILE)")
    assert not breaker.host_ran_out("open files (EMFILE)")  # said once until the platform answers
    assert (breaker.failures, breaker.is_open, breaker.admit()) == (0, False, Admission.CALL)
    assert (breaker.ran_out, breaker.ran_out_on) == ("open files (EMFILE)", WHEN)
    breaker.answered()
    assert (breaker.ran_out, breaker.ran_out_on) == ("", None)
    assert breaker.host_ran_out("local ports (EADDRNOTAVAIL)")  # new again


def test_a_process_names_only_the_profiles_it_could_not_call_for_want_of_its_own_resources_since_when() -> (
    None
):
    now = [datetime(2026, 12, 7, 13, 0, 5, 987654, tzinfo=UTC)]
    breakers = Breakers(_Clock(), lambda: now[0], opens_after=1)
    breakers.of("quiet")  # made, never ran out
    breakers.of("afnor").failed("503")  # down: the platform's failure, not this host's
    assert breakers.of("iopole").host_ran_out("open files (EMFILE)")
    assert breakers.not_reached() == {
        "iopole": "this process ran out of open files (EMFILE) (since 2026-12-07T13:00:05+00:00)"
    }
    now[0] = WHEN
    assert not breakers.of("iopole").host_ran_out("x" * 400)  # said already: its time stays the first one's
    assert len(breakers.of("iopole").ran_out) == 300  # as /readyz says a failure
    [said] = breakers.not_reached().values()
    assert (
        said
        == "this process ran out of " + "x" * 282 + "… (400 characters) (since 2026-12-07T13:00:05+00:00)"
    )
    breakers.of("iopole").answered()
    assert breakers.not_reached() == {}
