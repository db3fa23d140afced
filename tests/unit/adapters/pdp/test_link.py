from __future__ import annotations

import pytest

from adapters.pdp.link import platform_link
from domain.platform_profile import PlatformOptions


async def test_the_profile_named_after_its_provider_keeps_the_provider_routes() -> None:
    async with platform_link("afnor", "afnor", PlatformOptions()) as default:
        assert default.profile == ""
    async with platform_link("afnor-paris", "afnor", PlatformOptions()) as other:
        assert other.profile == "afnor-paris"


async def test_the_client_takes_the_profile_timeouts_and_is_closed_at_the_end() -> None:
    options = PlatformOptions(connect_timeout_s=2.0, timeout_s=7.0, upload_timeout_s=90.0)

    async with platform_link("iopole", "iopole", options) as link:
        assert (link.http.timeout.connect, link.http.timeout.read) == (2.0, 7.0)
        assert link.timeouts.upload().read == 90.0
        assert not link.http.is_closed

    assert link.http.is_closed


async def test_the_client_is_closed_when_the_profile_fails_to_open() -> None:
    with pytest.raises(RuntimeError, match="bad setting"):
        async with platform_link("iopole", "iopole", PlatformOptions()) as link:
            raise RuntimeError("bad setting")

    assert link.http.is_closed
