from __future__ import annotations

import pytest

from adapters.pdp.entry import PlatformEntry
from adapters.pdp.iopole import platform as iopole
from adapters.pdp.registry import ENTRIES
from domain.platform_profile import NotReached, PlatformHints


def test_a_platform_cannot_be_registered_without_telling_doctor_its_advice_or_why_it_is_not_reached() -> None:
    with pytest.raises(TypeError, match="advice"):
        PlatformEntry(iopole.PLATFORM.open, iopole.SETTINGS)  # type: ignore[call-arg]  # the omission tested
    assert PlatformEntry(
        iopole.PLATFORM.open, iopole.SETTINGS, NotReached("in-process")
    ).advice == NotReached("in-process")


def test_every_registered_platform_has_advice_or_is_not_reached() -> None:
    assert {p: type(e.advice) for p, e in ENTRIES.items()} == {
        "sandbox": NotReached,
        "iopole": PlatformHints,
        "afnor": PlatformHints,
    }
