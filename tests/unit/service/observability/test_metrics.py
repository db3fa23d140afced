"""Only serve's processes share metric files; every other command keeps its metrics in memory."""

from __future__ import annotations

import pytest
from prometheus_client import values

from service.observability.metrics import MULTIPROC_ENV, single_process


def test_an_empty_multiprocess_folder_writes_no_file_anywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MULTIPROC_ENV, "")  # present but empty: prometheus-client would write to the cwd
    values.ValueClass = values.get_value_class()
    assert values.ValueClass is not values.MutexValue
    single_process()
    import os

    assert MULTIPROC_ENV not in os.environ and values.ValueClass is values.MutexValue
