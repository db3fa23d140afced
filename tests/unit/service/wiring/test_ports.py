"""The trial bind `serve` makes on each of its ports before anything starts (service.wiring.ports)."""

from __future__ import annotations

import socket

import pytest

from adapters.setting_rules import BadSetting
from service.wiring.ports import refuse_taken_port


def test_a_free_port_and_port_zero_are_taken_without_a_word() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    refuse_taken_port("GRPC_PORT", "GRPC_HOST", "127.0.0.1", free)
    refuse_taken_port("GRPC_PORT", "GRPC_HOST", "127.0.0.1", 0)


def test_a_port_held_without_so_reuseport_is_refused_naming_the_setting() -> None:
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        with pytest.raises(
            BadSetting, match=f"^HTTP_PORT {port} is already in use on 127.0.0.1 .* another HTTP_PORT$"
        ):
            refuse_taken_port("HTTP_PORT", "HTTP_HOST", "127.0.0.1", port)


def test_a_host_that_is_not_this_machines_is_refused_naming_the_host_setting() -> None:
    with pytest.raises(
        BadSetting, match=r"^GRPC_PORT 50051 cannot be bound: 192\.0\.2\.1 .* check GRPC_HOST$"
    ):
        refuse_taken_port("GRPC_PORT", "GRPC_HOST", "192.0.2.1", 50051)
