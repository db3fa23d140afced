"""The one recipe that opens an HTTP platform profile from its package's parts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import httpx
import pytest

from adapters.pdp.http_platform import HttpPlatform
from adapters.pdp.timeouts import Timeouts
from domain.platform_profile import PlatformOptions


@dataclass(frozen=True)
class _Config:
    key: str
    timeouts: Timeouts


def _read(env: Mapping[str, str], *, timeouts: Timeouts) -> _Config:
    if not env.get("KEY"):
        raise ValueError("missing KEY")
    return _Config(env["KEY"], timeouts)


@dataclass(frozen=True)
class _Client:
    http: httpx.AsyncClient
    config: _Config
    profile: str = ""


@dataclass(frozen=True)
class _Part:
    client: _Client
    platform: str = ""
    patience_s: float = 0.0


PARTS = HttpPlatform(
    provider="pa",
    read_config=_read,
    client=lambda http, config, *, profile, breaker: _Client(http, config, profile),  # type: ignore[arg-type,return-value]
    reporting=lambda client, config: _Part(client),  # type: ignore[arg-type,return-value]
    decoder=lambda client: _Part(client),  # type: ignore[arg-type,return-value]
    catch_up=lambda client, *, platform, patience_s: _Part(client, platform, patience_s),  # type: ignore[arg-type,return-value]
    readable=lambda client: _Part(client),  # type: ignore[arg-type,return-value]
)


async def test_every_part_is_built_around_one_client_on_the_profile_s_link() -> None:
    options = PlatformOptions(timeout_s=7.0)

    async with PARTS.open("pa", {"KEY": "k"}, options) as services:
        client = services.gateway
        assert (services.name, services.provider) == ("pa", "pa")
        assert client.config == _Config("k", Timeouts(options))
        assert client.http.timeout.read == 7.0 and not client.http.is_closed
        assert services.webhooks is client
        assert [
            part.client
            for part in (services.reporting, services.decoder, services.catch_up, services.readable)
        ] == [client] * 4

    assert client.http.is_closed


async def test_a_second_profile_gets_its_own_route_name_and_names_its_deliveries() -> None:
    async with PARTS.open("pa-paris", {"KEY": "k"}, PlatformOptions(outage_patience_s=600.0)) as services:
        assert services.gateway.profile == "pa-paris"
        assert services.catch_up.platform == "pa-paris"
        assert services.catch_up.patience_s == 600.0  # PIPELINE_OUTAGE_PATIENCE_S, for its downloads
    async with PARTS.open("pa", {"KEY": "k"}, PlatformOptions()) as default:
        assert (default.gateway.profile, default.catch_up.platform) == ("", "pa")


async def test_a_refused_setting_stops_the_opening() -> None:
    with pytest.raises(ValueError, match="missing KEY"):
        async with PARTS.open("pa", {}, PlatformOptions()):
            pass
