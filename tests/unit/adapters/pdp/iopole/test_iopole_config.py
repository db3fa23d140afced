from __future__ import annotations

import logging

import pytest

from adapters.pdp.iopole.config import IopoleConfig
from domain.platform import PlatformConfigError

BASE = {"IOPOLE_CLIENT_ID": "me@example.com", "IOPOLE_CLIENT_SECRET": "s3cr3t", "IOPOLE_CUSTOMER_ID": "c-1"}


def test_sandbox_is_the_default_environment_with_ppd_hosts() -> None:
    config = IopoleConfig.from_env(BASE)

    assert config.api_base == "https://api.ppd.iopole.fr"
    assert config.oauth.token_url == "https://auth.ppd.iopole.fr/realms/iopole/protocol/openid-connect/token"


def test_production_hosts() -> None:
    config = IopoleConfig.from_env({**BASE, "IOPOLE_ENV": "production"})

    assert config.api_base == "https://api.iopole.com"
    assert config.oauth.token_url == "https://auth.iopole.com/realms/iopole/protocol/openid-connect/token"


def test_a_seed_note_api_base_loses_its_v1_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        config = IopoleConfig.from_env({**BASE, "IOPOLE_API_BASE": "https://api.iopole.com/v1/"})

    assert config.api_base == "https://api.iopole.com"
    assert "host only" in caplog.text


def test_missing_credentials_and_unknown_environments_are_configuration_errors() -> None:
    with pytest.raises(PlatformConfigError, match="IOPOLE_CUSTOMER_ID"):
        IopoleConfig.from_env({k: v for k, v in BASE.items() if k != "IOPOLE_CUSTOMER_ID"})
    with pytest.raises(PlatformConfigError):
        IopoleConfig.from_env({**BASE, "IOPOLE_ENV": "staging"})


def test_secrets_are_masked_in_the_config_repr() -> None:
    config = IopoleConfig.from_env({**BASE, "IOPOLE_WEBHOOK_SECRET": "hook-secret"})

    assert "s3cr3t" not in repr(config) and "hook-secret" not in repr(config)
    assert config.oauth.client_secret.reveal() == "s3cr3t"
