"""doctor over every platform profile: each checked under its own name, the advice naming its provider's settings
and the profile they live in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from adapters.pdp.registry import DOCTOR_ADVICE, WEBHOOKS
from adapters.postgres.operations import open_operations
from domain.platform import PlatformAuthError, PlatformConfigError
from domain.platform_profile import NotReached, PlatformHints
from service.observability.doctor import Platform, Result, Settings, check_webhook_secret, diagnose

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
SETTINGS = Settings(
    dsn="postgresql://doctor@127.0.0.1:1/none",  # nothing listens: the database checks fail, the others run
    dsn_source="DATABASE_URL",
    http_base="http://127.0.0.1:1",
    open_database=open_operations,
    any_webhook_path="/webhooks/iopole/invoice",
)


def platform(name: str, provider: str, gateway: object = None, **given: object) -> Platform:
    """As the wiring gives it (service.cli.main: cmd_doctor): with what the provider's package says of it."""
    return Platform(
        name,
        provider,
        gateway or object(),
        DOCTOR_ADVICE[provider],
        callbacks=WEBHOOKS.get(provider),
        **given,
    )


@dataclass
class RefusedTokens:
    async def get(self) -> str:
        raise PlatformAuthError("token endpoint refused the client credentials (401)")


@dataclass
class RefusingPlatform:
    tokens: RefusedTokens


async def test_each_profile_is_checked_under_its_name_with_its_own_settings_named() -> None:
    async def platforms() -> list[Platform]:
        return [
            platform("sandbox", "sandbox"),
            platform(
                "afnor-pa", "afnor", RefusingPlatform(RefusedTokens()), default=False, companies=frozenset()
            ),
        ]

    checks = {c.name: c for c in await diagnose(SETTINGS, platforms, now=lambda: NOW)}
    assert checks["platform[sandbox]"].result is Result.OK
    assert checks["platform[sandbox]"].detail == "sandbox (in-process): nothing to reach, every company known"
    assert "platform-credentials[sandbox]" not in checks  # nothing reached
    refused = checks["platform-credentials[afnor-pa]"]
    assert refused.result is Result.FAIL
    assert refused.advice == (
        "check AFNOR_CLIENT_ID and AFNOR_CLIENT_SECRET (and AFNOR_TOKEN_URL) (the settings of profile afnor-pa in"
        " PLATFORM_PROFILES_FILE)"
    )
    secret = checks["webhook-secret"]
    assert secret.result is Result.FAIL
    assert "AFNOR_WEBHOOK_SIGNING_KEY of profile afnor-pa in PLATFORM_PROFILES_FILE is empty" in secret.detail
    assert "/webhooks/afnor-pa/afnor/flow" in checks["webhook-route"].detail  # the profile's own route


async def test_settings_that_cannot_be_opened_are_one_failed_check_not_a_traceback() -> None:
    async def platforms() -> list[Platform]:
        raise PlatformConfigError("missing AFNOR settings: AFNOR_FLOW_URL")

    checks = {c.name: c for c in await diagnose(SETTINGS, platforms, now=lambda: NOW)}
    assert checks["platform"].result is Result.FAIL and "AFNOR_FLOW_URL" in checks["platform"].detail
    assert "webhook-secret" not in checks  # which secret is needed is not known: not guessed


def test_the_webhook_key_of_every_profile_that_receives_callbacks_is_required() -> None:
    def keyed(name: str, provider: str, key: bool, default: bool = False) -> Platform:
        return platform(name, provider, default=default, webhook_key_set=key)

    assert check_webhook_secret([keyed("sandbox", "sandbox", False, True)]).result is Result.OK
    both = [keyed("iopole", "iopole", True, True), keyed("afnor-pa", "afnor", True)]
    assert check_webhook_secret(both).result is Result.OK
    missing = check_webhook_secret([keyed("iopole", "iopole", False, True), keyed("afnor-pa", "afnor", True)])
    assert missing.result is Result.FAIL and missing.advice.startswith("set IOPOLE_WEBHOOK_SECRET to ")
    assert "AFNOR" not in missing.advice


def test_a_platform_doctor_reaches_comes_with_its_advice() -> None:
    with pytest.raises(TypeError, match="advice"):
        Platform("iopole", "iopole", object())  # type: ignore[call-arg]  # the omission tested
    assert isinstance(platform("iopole", "iopole").advice, PlatformHints)
    assert isinstance(platform("sandbox", "sandbox").advice, NotReached)  # in-process: not reached
