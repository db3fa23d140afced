from __future__ import annotations

import pytest

from adapters.pdp.entry import PlatformEntry
from adapters.pdp.iopole import platform as iopole
from adapters.pdp.registry import ENTRIES


def test_a_platform_that_doctor_reaches_cannot_be_registered_without_its_advice() -> None:
    with pytest.raises(ValueError, match="HINTS"):
        PlatformEntry(iopole.PLATFORM.open, iopole.SETTINGS)
    assert PlatformEntry(iopole.PLATFORM.open, iopole.SETTINGS, doctor_note="in-process").hints is None


def test_every_registered_platform_has_advice_or_is_not_reached() -> None:
    assert all(entry.hints is not None or entry.doctor_note for entry in ENTRIES.values())
