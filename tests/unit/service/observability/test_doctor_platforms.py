"""doctor over every platform profile: each checked under its own name, the advice naming its provider's settings
and the profile they live in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from domain.platform import PlatformAuthError, PlatformConfigError
from service.observability.doctor import Platform, Result, Settings, check_webhook_secret, diagnose

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
SETTINGS = Settings(
    dsn="postgresql://doctor@127.0.0.1:1/none",  # nothing listens: the database checks fail, the others run
    dsn_source="DATABASE_URL",
    webhook_secrets={"iopole": True, "afnor": False},
    http_base="http://127.0.0.1:1",
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
            Platform("sandbox", "sandbox", object()),
            Platform(
                "afnor-pa", "afnor", RefusingPlatform(RefusedTokens()), default=False, companies=frozenset()
            ),
        ]

    checks = {c.name: c for c in await diagnose(SETTINGS, platforms, now=lambda: NOW)}
    assert checks["platform[sandbox]"].result is Result.OK
    refused = checks["platform-credentials[afnor-pa]"]
    assert refused.result is Result.FAIL
    assert refused.advice == (
        "check AFNOR_CLIENT_ID and AFNOR_CLIENT_SECRET (and AFNOR_TOKEN_URL) (the settings of profile afnor-pa in"
        " PLATFORM_PROFILES_FILE)"
    )
    assert (
        checks["webhook-secret"].result is Result.FAIL
        and "AFNOR_WEBHOOK_SIGNING_KEY" in checks["webhook-secret"].advice
    )
    assert "/webhooks/afnor/flow" in checks["webhook-route"].detail


async def test_settings_that_cannot_be_opened_are_one_failed_check_not_a_traceback() -> None:
    async def platforms() -> list[Platform]:
        raise PlatformConfigError("missing AFNOR settings: AFNOR_FLOW_URL")

    checks = {c.name: c for c in await diagnose(SETTINGS, platforms, now=lambda: NOW)}
    assert checks["platform"].result is Result.FAIL and "AFNOR_FLOW_URL" in checks["platform"].detail
    assert "webhook-secret" not in checks  # which secret is needed is not known: not guessed


def test_the_webhook_secret_of_every_provider_in_use_is_required() -> None:
    assert check_webhook_secret(["sandbox"], {}).result is Result.OK
    assert check_webhook_secret(["afnor", "iopole"], {"afnor": True, "iopole": True}).result is Result.OK
    missing = check_webhook_secret(["afnor", "iopole"], {"afnor": True, "iopole": False})
    assert missing.result is Result.FAIL and missing.advice.startswith("set IOPOLE_WEBHOOK_SECRET to ")
    assert "AFNOR" not in missing.advice
