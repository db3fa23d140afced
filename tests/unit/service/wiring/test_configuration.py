from __future__ import annotations

import pytest

from service.wiring.configuration import read_configuration
from service.wiring.container import Container


def test_the_configuration_read_alone_is_the_containers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PDP_PROVIDER", "afnor")
    monkeypatch.setenv("GRPC_PORT", "50123")
    read = read_configuration()
    assert read.pdp["provider"]() == "afnor"
    assert read() == Container().config()


def test_an_unset_variable_takes_the_files_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PDP_PROVIDER", raising=False)
    assert read_configuration().pdp["provider"]() == "sandbox"
