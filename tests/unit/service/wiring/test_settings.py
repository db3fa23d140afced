from __future__ import annotations

import pytest

from service.wiring.configuration import read_configuration
from service.wiring.settings import BadSetting, check


def test_a_pool_whose_floor_is_above_its_ceiling_is_named_before_anything_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DB_POOL_MIN", "30")
    monkeypatch.setenv("DB_POOL_MAX", "20")
    with pytest.raises(BadSetting, match=r"^DB_POOL_MIN must be at most DB_POOL_MAX \(20\), not '30'$"):
        check(read_configuration())


def test_a_floor_equal_to_the_ceiling_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DB_POOL_MIN", "20")
    monkeypatch.setenv("DB_POOL_MAX", "20")
    check(read_configuration())
