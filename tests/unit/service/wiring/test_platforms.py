"""Platform selection: what each opener provides, and IOPOLE's configuration failing closed without leaking."""

from __future__ import annotations

import pytest

from adapters.pdp.config import Timeouts
from adapters.pdp.iopole import IopolePdpGateway
from domain.platform import PlatformConfigError
from service.business_metrics import MeteredPlatform
from service.wiring.platforms import iopole_platform, sandbox_platform, settings_of

SECRET = "client-secret-never-printed-0123456789"


def iopole_settings(**changes: str) -> dict[str, str]:
    values = dict(
        IOPOLE_ENV="sandbox",
        IOPOLE_API_BASE="http://127.0.0.1:9",
        IOPOLE_AUTH_URL="",
        IOPOLE_CLIENT_ID="client",
        IOPOLE_CLIENT_SECRET=SECRET,
        IOPOLE_CUSTOMER_ID="customer",
    )
    return settings_of(**{**values, **changes})


async def test_iopole_without_a_credential_refuses_to_start_naming_it() -> None:
    with pytest.raises(PlatformConfigError, match="IOPOLE_CUSTOMER_ID"):
        async with iopole_platform(iopole_settings(IOPOLE_CUSTOMER_ID=""), Timeouts()):
            pass


async def test_iopole_provides_invoices_reporting_and_polling_without_showing_its_secret() -> None:
    async with iopole_platform(iopole_settings(), Timeouts(read=7)) as platform:
        assert platform.name == "iopole"
        # The poller lists what IOPOLE says we have not seen; the pipeline's calls are counted (metrics).
        assert isinstance(platform.notseen, IopolePdpGateway) and isinstance(
            platform.gateway, MeteredPlatform
        )
        assert SECRET not in repr(platform)


async def test_the_sandbox_has_nothing_to_poll_and_stops_its_lifecycles_on_close() -> None:
    async def on_status(platform_id: str, status: object) -> None: ...

    async with sandbox_platform(on_status) as platform:
        assert platform.name == "sandbox" and platform.notseen is None
    assert not (await platform.gateway.health()).ok


def test_make_run_plays_a_few_percent_of_213_and_221_on_the_sandbox_by_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from service.wiring.container import Container

    for name in ("SANDBOX_REJECTION_SHARE", "SANDBOX_ROUTING_ERROR_SHARE"):
        monkeypatch.delenv(name, raising=False)
    pdp = Container().config.pdp()
    assert (float(pdp["sandbox_rejection_share"]), float(pdp["sandbox_routing_error_share"])) == (0.03, 0.02)
    monkeypatch.setenv("SANDBOX_REJECTION_SHARE", "0")
    monkeypatch.setenv("SANDBOX_ROUTING_ERROR_SHARE", "0.5")
    pdp = Container().config.pdp()
    assert (float(pdp["sandbox_rejection_share"]), float(pdp["sandbox_routing_error_share"])) == (0.0, 0.5)


async def test_the_sandbox_refuses_shares_that_are_not_a_probability() -> None:
    async def on_status(platform_id: str, status: object) -> None: ...

    with pytest.raises(ValueError, match="at most 1"):
        async with sandbox_platform(on_status, rejection_share=0.7, routing_error_share=0.4):
            pass
    with pytest.raises(ValueError, match=">= 0"):
        async with sandbox_platform(on_status, rejection_share=-0.1):
            pass
