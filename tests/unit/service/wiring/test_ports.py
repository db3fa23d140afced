"""The trial bind `serve` makes on each of its ports before anything starts (service.wiring.ports)."""

from __future__ import annotations

import asyncio
import socket

import grpc
import pytest
import uvicorn
from starlette.applications import Starlette

from adapters.setting_rules import BadSetting
from service.wiring.ports import grpc_address, refuse_taken_port
from service.wiring.settings import read


def listening() -> socket.socket:
    held = socket.socket()
    held.bind(("127.0.0.1", 0))
    held.listen()
    return held


async def test_a_free_port_and_port_zero_are_taken_without_a_word() -> None:
    with listening() as probe:
        free = probe.getsockname()[1]
    await refuse_taken_port("GRPC_PORT", "GRPC_HOST", "127.0.0.1", free)
    await refuse_taken_port("GRPC_PORT", "GRPC_HOST", "127.0.0.1", 0)


async def test_a_port_still_held_after_the_patience_is_refused_naming_the_setting() -> None:
    with listening() as held:
        port = held.getsockname()[1]
        with pytest.raises(
            BadSetting, match=f"^HTTP_PORT {port} is already in use on 127.0.0.1 .* another HTTP_PORT$"
        ):
            await refuse_taken_port("HTTP_PORT", "HTTP_HOST", "127.0.0.1", port, patience_s=0.3)


async def test_a_port_released_within_the_patience_is_taken() -> None:
    """A predecessor killed with SIGKILL: its gRPC workers hold the port until they notice, about two seconds."""
    held = listening()
    port = held.getsockname()[1]
    asyncio.get_running_loop().call_later(0.3, held.close)
    await refuse_taken_port("GRPC_PORT", "GRPC_HOST", "127.0.0.1", port, patience_s=30)
    assert held.fileno() == -1  # it was held when the check began


async def test_a_host_that_is_not_this_machines_is_refused_at_once_naming_the_host_setting() -> None:
    with pytest.raises(
        BadSetting, match=r"^GRPC_PORT 50051 cannot be bound: 192\.0\.2\.1 .* check GRPC_HOST$"
    ):
        await refuse_taken_port("GRPC_PORT", "GRPC_HOST", "192.0.2.1", 50051, patience_s=3600)


@pytest.mark.parametrize("host", ["::1", "[::1]", "127.0.0.1", "localhost"])
async def test_a_host_written_either_way_is_bound_by_grpc_and_uvicorn(host: str) -> None:
    """`::1` was gRPC's "Misformatted domain name" (a traceback once the database ran), `[::1]` uvicorn's "Name or
    service not known": GRPC_HOST's default is written `[::]`, HTTP_HOST's `0.0.0.0`."""
    server = grpc.aio.server()
    assert server.add_insecure_port(grpc_address(read("GRPC_HOST", host), 0)) > 0
    await server.stop(None)
    uvicorn.Config(Starlette(), host=read("HTTP_HOST", host), port=0, log_config=None).bind_socket().close()


def test_a_host_that_resolves_to_nothing_is_refused_naming_its_setting() -> None:
    with pytest.raises(
        BadSetting, match=r"^GRPC_HOST must be an address of this host .*, not 'localhost:50051'$"
    ):
        read("GRPC_HOST", "localhost:50051")
    with pytest.raises(BadSetting, match=r"^HTTP_HOST must be an address of this host .*, not 'a..b'$"):
        read("HTTP_HOST", "a..b")
