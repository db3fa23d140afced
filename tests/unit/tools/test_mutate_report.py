from __future__ import annotations

import pytest

from tools.mutate.__main__ import report_target
from tools.mutate.targets import Target

TARGET = Target("domain", ("src/domain/*",), (), ">= 90 %")


def test_a_listed_equivalent_that_a_test_kills_is_reported_as_an_entry_to_check(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # mutmut renumbers a function's mutants when it changes: the listed number may now name a mutant that matters
    known = {"domain.money.x_f__mutmut_3": "why it was equivalent", "domain.money.x_f__mutmut_4": "still is"}
    results = {
        "domain.money.x_f__mutmut_3": 1,
        "domain.money.x_f__mutmut_4": 0,
        "domain.money.x_f__mutmut_5": 1,
    }
    assert report_target(TARGET, results, known) == 0
    out = capsys.readouterr().out
    assert "listed as equivalent but killed (renumbered? check the entry): domain.money.x_f__mutmut_3" in out
    assert "x_f__mutmut_4" not in out and "x_f__mutmut_5" not in out
    assert "killed 1/1  (equivalent 2)" in out
