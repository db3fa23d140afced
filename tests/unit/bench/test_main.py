"""`python -m bench`'s arguments: its help and a name it does not have are said, never a run of nothing."""

from __future__ import annotations

import pytest

from bench.__main__ import main


def test_help_names_every_bench_and_runs_none(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: python -m bench") and "domain_bench" in out and "==" not in out


def test_a_name_it_does_not_have_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["domain_bnch"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert (
        captured.err.startswith("python -m bench: no bench 'domain_bnch'") and "domain_bench" in captured.err
    )
