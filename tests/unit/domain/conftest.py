"""Under a mutation run (`make mutate`), the exact-findings table runs first among the tests of a mutant.

mutmut runs, for each mutant, the tests that reached the mutated function, and stops at the first failure: for a
mutant of the rules that is about 300 tests in no useful order, while the table (8 tests) kills most of them alone.
Outside a mutation run the order is pytest's."""

from __future__ import annotations

import os

import pytest

SHARPEST_FIRST = ("tests/unit/domain/rules/test_exact_findings.py",)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if os.environ.get("MUTANT_UNDER_TEST"):  # set by mutmut while it runs a mutant
        items.sort(key=lambda item: item.nodeid.split("::")[0] not in SHARPEST_FIRST)
