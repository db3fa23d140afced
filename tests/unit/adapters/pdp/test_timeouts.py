from __future__ import annotations

import httpx
import pytest

from adapters.pdp.afnor.config import AfnorConfig
from adapters.pdp.iopole.config import IopoleConfig
from adapters.pdp.timeouts import Timeouts
from domain.platform_profile import PlatformOptions

_AFNOR = {
    "AFNOR_FLOW_URL": "https://flow.example",
    "AFNOR_DIRECTORY_URL": "https://directory.example",
    "AFNOR_TOKEN_URL": "https://token.example",
    "AFNOR_CLIENT_ID": "id",
    "AFNOR_CLIENT_SECRET": "secret",
}
_IOPOLE = {"IOPOLE_CLIENT_ID": "id", "IOPOLE_CLIENT_SECRET": "secret", "IOPOLE_CUSTOMER_ID": "customer"}


def _settings_say(options: PlatformOptions, *, read: float) -> httpx.Timeout:
    return httpx.Timeout(
        connect=options.connect_timeout_s, read=read, write=options.timeout_s, pool=options.connect_timeout_s
    )


def test_each_phase_comes_from_the_settings() -> None:
    options = PlatformOptions(connect_timeout_s=2.0, timeout_s=7.0, upload_timeout_s=90.0)

    timeouts = Timeouts(options)

    assert timeouts.default() == httpx.Timeout(connect=2.0, read=7.0, write=7.0, pool=2.0)
    assert timeouts.upload() == httpx.Timeout(connect=2.0, read=90.0, write=7.0, pool=2.0)


@pytest.mark.parametrize(
    "config",
    [Timeouts(), AfnorConfig.from_env(_AFNOR).timeouts, IopoleConfig.from_env(_IOPOLE).timeouts],
    ids=["timeouts", "afnor", "iopole"],
)
def test_a_platform_given_no_timeouts_has_the_gateway_settings_defaults(config: Timeouts) -> None:
    # One place says how long a platform call may take: a config or a test that names no timeouts must not fall
    # back on another set of defaults than production's (PDP_TIMEOUT_S and its siblings unset).
    options = PlatformOptions()

    assert config.default() == _settings_say(options, read=options.timeout_s)
    assert config.upload() == _settings_say(options, read=options.upload_timeout_s)
