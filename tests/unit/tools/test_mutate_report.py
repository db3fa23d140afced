from __future__ import annotations

import pytest

from tools.mutate.__main__ import Report, report_target
from tools.mutate.equivalents import Change, Equivalent
from tools.mutate.targets import Target

TARGET = Target("domain", ("src/domain/*",), (), ">= 90 %")
SIGN = Change("domain.money:f", ("if x < 0:",), ("if x <= 0:",))
CODEC = Change("domain.money:f", ('return x.encode("utf-8")',), ('return x.encode("UTF-8")',))
OTHER = Change("domain.money:f", ("y = 1",), ("y = 2",))


def listed(change: Change) -> Equivalent:
    return Equivalent(change, "why", 1)


def test_a_listed_change_is_equivalent_whatever_number_mutmut_gives_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # the function changed: mutmut renumbered its mutants, the entry still names the same change
    changes = {"domain.money.x_f__mutmut_7": SIGN, "domain.money.x_f__mutmut_8": OTHER}
    results = {"domain.money.x_f__mutmut_7": 0, "domain.money.x_f__mutmut_8": 1}
    assert report_target(TARGET, results, changes, [listed(SIGN)]) == Report(survivors=0, listing=0)
    assert "killed 1/1  (equivalent 1)" in capsys.readouterr().out


def test_a_survivor_is_printed_with_its_change_as_an_entry_would_name_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    changes = {"domain.money.x_f__mutmut_3": SIGN}
    assert report_target(TARGET, {"domain.money.x_f__mutmut_3": 0}, changes, []) == Report(1, 0)
    out = capsys.readouterr().out
    assert (
        "survived: domain.money.x_f__mutmut_3\n      domain.money:f\n      - if x < 0:\n      + if x <= 0:\n"
        in out
    )


def test_a_listed_change_that_no_mutant_makes_is_stale_and_fails_the_run(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # the line was edited: the entry's reason was about code that is gone
    changes = {"domain.money.x_f__mutmut_1": OTHER}
    report = report_target(TARGET, {"domain.money.x_f__mutmut_1": 1}, changes, [listed(SIGN)])
    assert report == Report(survivors=0, listing=1)
    out = capsys.readouterr().out
    assert "listed as equivalent but no mutant makes this change" in out
    assert "line 1: domain.money:f | - if x < 0: | + if x <= 0:" in out


def test_a_listed_change_that_several_mutants_make_must_say_which(capsys: pytest.CaptureFixture[str]) -> None:
    changes = {
        "domain.money.x_f__mutmut_1": Change(SIGN.function, SIGN.original, SIGN.mutated, 1),
        "domain.money.x_f__mutmut_2": Change(SIGN.function, SIGN.original, SIGN.mutated, 2),
    }
    results = dict.fromkeys(changes, 0)
    assert report_target(TARGET, results, changes, [listed(SIGN)]) == Report(survivors=2, listing=1)
    assert "several mutants make this change (say which with @N)" in capsys.readouterr().out
    second = listed(Change(SIGN.function, SIGN.original, SIGN.mutated, 2))
    assert report_target(TARGET, results, changes, [second]) == Report(survivors=1, listing=0)
    assert "survived: domain.money.x_f__mutmut_1\n" in capsys.readouterr().out


def test_a_listed_mutant_that_a_test_kills_is_reported_as_not_equivalent(
    capsys: pytest.CaptureFixture[str],
) -> None:
    changes = {"domain.money.x_f__mutmut_3": CODEC, "domain.money.x_f__mutmut_4": SIGN}
    results = {"domain.money.x_f__mutmut_3": 1, "domain.money.x_f__mutmut_4": 0}
    assert report_target(TARGET, results, changes, [listed(CODEC), listed(SIGN)]) == Report(0, 1)
    out = capsys.readouterr().out
    assert (
        "listed as equivalent but killed (a test tells it apart: not equivalent): domain.money.x_f__mutmut_3"
        in out
    )
    assert "x_f__mutmut_4" not in out


def test_entries_of_modules_another_target_mutates_are_not_checked_by_this_one() -> None:
    elsewhere = listed(Change("adapters.pdp.afnor.signing:sign", ("a",), ("b",)))
    assert report_target(TARGET, {}, {}, [elsewhere]) == Report(0, 0)


def test_a_timeout_counts_as_killed_but_is_printed_with_its_change(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A test that hangs in mutmut's forked workers times out on every mutant it reaches, survivors included.
    changes = {"domain.money.x_f__mutmut_3": SIGN}
    assert report_target(TARGET, {"domain.money.x_f__mutmut_3": -24}, changes, []) == Report(0, 0)
    out = capsys.readouterr().out
    assert "killed 1/1  (timeout 1)" in out
    assert "timeout (counted as killed: check it): domain.money.x_f__mutmut_3\n      domain.money:f\n" in out
