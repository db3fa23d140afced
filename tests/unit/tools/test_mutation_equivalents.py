"""docs/mutation-equivalents.txt names each equivalent mutant by what it changes (tools/mutate/equivalents.py): every
entry must still find its function and its original lines in live code, or its reason is about code that is gone."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tools.mutate.equivalents import (
    Change,
    Equivalent,
    ListingError,
    function_of,
    missing_from_source,
    module_changes,
    read_equivalents,
    read_listing,
)

ENTRIES = read_equivalents()


def test_every_listed_equivalent_still_finds_its_function_and_its_original_lines() -> None:
    assert [str(entry) for entry in missing_from_source(ENTRIES)] == []


def test_no_change_is_listed_twice() -> None:
    assert [c for c, n in Counter(e.change for e in ENTRIES).items() if n > 1] == []


def _module(tmp_path: Path, code: str) -> Path:
    (tmp_path / "src" / "pkg").mkdir(parents=True)
    (tmp_path / "src" / "pkg" / "mod.py").write_text(code, encoding="utf-8")
    return tmp_path


CODE = """\
def decimals(exponent):
    return -exponent if exponent < 0 else 0


class Box:
    def size(self):
        return len(
            self.items
        )
"""


def entry(function: str, original: tuple[str, ...], mutated: tuple[str, ...] = ("x",)) -> Equivalent:
    return Equivalent(Change(function, original, mutated), "why", 7)


def test_an_entry_whose_line_was_edited_or_whose_function_is_gone_is_stale(tmp_path: Path) -> None:
    root = _module(tmp_path, CODE)
    live = entry("pkg.mod:decimals", ("return -exponent if exponent < 0 else 0",))
    method = entry("pkg.mod:Box.size", ("return len(", "self.items"))  # a change over two lines, in order
    edited = entry("pkg.mod:decimals", ("return -exponent if exponent <= 0 else 0",))
    gone = entry("pkg.mod:places", ("return -exponent if exponent < 0 else 0",))
    elsewhere = entry("pkg.mod:Box.decimals", ("return -exponent if exponent < 0 else 0",))  # not that method
    out_of_order = entry("pkg.mod:Box.size", ("self.items", "return len("))
    no_module = entry("pkg.other:decimals", ("return 0",))
    stale = missing_from_source([live, method, edited, gone, elsewhere, out_of_order, no_module], root)
    assert stale == [edited, gone, elsewhere, out_of_order, no_module]


def test_a_mutant_s_change_is_its_lines_before_and_after_whatever_its_number(tmp_path: Path) -> None:
    generated = [
        "",  # mutmut's spans start with the blank lines before each function
        "def x_decimals__mutmut_orig(exponent):",
        "    return -exponent if exponent < 0 else 0",
        "def x_decimals__mutmut_1(exponent):",
        "    return -exponent if exponent <= 0 else 0",
        "def x_decimals__mutmut_2(exponent=None):",  # a change on the def line, named as in the source
        "    return -exponent if exponent < 0 else 0",
        "    def xǁBoxǁsize__mutmut_orig(self):",
        "        return len(self.items)",
        "    def xǁBoxǁsize__mutmut_1(self):",
        "        return len(None)",
    ]
    spans = {
        "x_decimals__mutmut_orig": [1, 3],
        "x_decimals__mutmut_1": [4, 5],
        "x_decimals__mutmut_2": [6, 7],
        "xǁBoxǁsize__mutmut_orig": [8, 9],
        "xǁBoxǁsize__mutmut_1": [10, 11],
    }
    assert module_changes("pkg.mod", generated, spans) == {
        "pkg.mod.x_decimals__mutmut_1": Change(
            "pkg.mod:decimals",
            ("return -exponent if exponent < 0 else 0",),
            ("return -exponent if exponent <= 0 else 0",),
        ),
        "pkg.mod.x_decimals__mutmut_2": Change(
            "pkg.mod:decimals", ("def decimals(exponent):",), ("def decimals(exponent=None):",)
        ),
        "pkg.mod.xǁBoxǁsize__mutmut_1": Change(
            "pkg.mod:Box.size", ("return len(self.items)",), ("return len(None)",)
        ),
    }


def test_mutants_making_the_same_change_are_told_apart_by_their_rank_in_the_function() -> None:
    generated = [
        "def x_f__mutmut_orig():",
        "    continue",
        "    continue",
        "def x_f__mutmut_1():",
        "    break",
        "    continue",
        "def x_f__mutmut_2():",
        "    continue",
        "    break",
    ]
    spans = {"x_f__mutmut_orig": [1, 3], "x_f__mutmut_1": [4, 6], "x_f__mutmut_2": [7, 9]}
    changes = module_changes("pkg.mod", generated, spans)
    assert [changes[f"pkg.mod.x_f__mutmut_{n}"].occurrence for n in (1, 2)] == [1, 2]
    assert changes["pkg.mod.x_f__mutmut_2"].listing() == "pkg.mod:f @2\n- continue\n+ break"


def test_mutant_names_become_the_functions_the_listing_names() -> None:
    assert function_of("domain.money.x_decimals__mutmut_6") == "domain.money:decimals"
    assert function_of("domain.platform.xǁOutgoingStatusǁ__post_init____mutmut_12") == (
        "domain.platform:OutgoingStatus.__post_init__"
    )


def test_the_listing_reads_back_what_a_change_writes() -> None:
    change = Change("domain.rules.en16931:_check_breakdown", ('f"{path}/BT-117",',), (), 2)
    text = f"# a comment\n\n{change.listing()}\nwhy: unreachable\n\n\n{SIGN_ENTRY}"
    first, second = read_listing(text)
    assert (first.change, first.why, first.line) == (change, "unreachable", 3)
    assert second.change == Change(
        "domain.money:decimals", ("- x < 0",), ("+ x <= 0",)
    )  # code may start with -/+


SIGN_ENTRY = "domain.money:decimals\n- - x < 0\n+ + x <= 0\nwhy: the same\n"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        (
            "domain.money:decimals\n- a\n+ b\n",
            "line 1: domain.money:decimals needs its changed lines and a 'why:'",
        ),
        ("domain.money:decimals\nwhy: no lines\n", "line 1: domain.money:decimals needs its changed lines"),
        (
            "domain.money:decimals\n- a\nwhy: one\n+ b\n",
            "line 4: expected '- original', '+ mutated' or 'why: r",
        ),
        ("domain.money:decimals\n-a\nwhy: x\n", "line 2: expected '- original'"),
        (
            "domain.money.x_decimals__mutmut_6\n- a\nwhy: x\n",
            "line 1: an entry starts with its function, module:na",
        ),
        ("domain.money:decimals @two\n- a\nwhy: x\n", "line 1: an entry starts with its function"),
    ],
)
def test_a_malformed_entry_is_refused_with_its_line(text: str, error: str) -> None:
    with pytest.raises(ListingError, match="^" + re.escape(error)):
        read_listing(text)
