"""Platform selection: the registry opens each provider's package; configuration fails closed without leaking."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from dependency_injector import providers

from adapters.pdp.afnor.catch_up import AfnorCatchUp
from adapters.pdp.afnor.signing import DigestForm
from adapters.pdp.iopole.catch_up import IopoleCatchUp
from adapters.pdp.profiles import Profile, ProfileMap, open_platforms
from adapters.pdp.registry import WEBHOOKS, decoder_for, open_platform
from adapters.webhook.signature import Verdict
from domain.platform import PlatformConfigError, StatusCallback
from domain.platform_profile import PlatformOptions
from service.observability.business_metrics import MeteredPlatform
from service.wiring.container import Container
from service.wiring.platforms import metered
from service.wiring.settings import provider_settings
from tests.unit.adapters.pdp.afnor.test_afnor_webhook import KEY, verdict

SECRET = "client-secret-never-printed-0123456789"
IOPOLE = {
    "IOPOLE_ENV": "sandbox",
    "IOPOLE_API_BASE": "http://127.0.0.1:9",
    "IOPOLE_CLIENT_ID": "client",
    "IOPOLE_CLIENT_SECRET": SECRET,
    "IOPOLE_CUSTOMER_ID": "customer",
}
AFNOR = {
    "AFNOR_FLOW_URL": "http://127.0.0.1:9/flow-service",
    "AFNOR_DIRECTORY_URL": "http://127.0.0.1:9/directory-service",
    "AFNOR_TOKEN_URL": "http://127.0.0.1:9/token",
    "AFNOR_CLIENT_ID": "client",
    "AFNOR_CLIENT_SECRET": SECRET,
}


async def on_status(platform_id: str, status: object) -> None: ...


async def test_iopole_without_a_credential_refuses_to_start_naming_it() -> None:
    with pytest.raises(PlatformConfigError, match="IOPOLE_CUSTOMER_ID"):
        async with open_platform("iopole", "iopole", {**IOPOLE, "IOPOLE_CUSTOMER_ID": ""}, PlatformOptions()):
            pass


async def test_an_unknown_provider_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(PlatformConfigError, match="afnor, iopole, sandbox"):
        open_platform("nope", "nope", {}, PlatformOptions())


@pytest.mark.parametrize(
    ("provider", "settings", "catch_up"), [("iopole", IOPOLE, IopoleCatchUp), ("afnor", AFNOR, AfnorCatchUp)]
)
async def test_each_platform_provides_its_decoder_catch_up_and_subscriptions_without_its_secret(
    provider: str, settings: dict[str, str], catch_up: type
) -> None:
    async with open_platform(provider, provider, settings, PlatformOptions()) as platform:
        assert (platform.name, platform.provider) == (provider, provider)
        assert isinstance(platform.catch_up, catch_up)
        assert platform.decoder is not None and platform.webhooks is platform.gateway
        assert SECRET not in repr(platform)


async def test_the_sandbox_has_nothing_to_poll_and_stops_its_lifecycles_on_close() -> None:
    sources: list[str] = []

    def callback(source: str) -> StatusCallback:
        sources.append(source)
        return on_status

    async with open_platform("sandbox", "demo", {}, PlatformOptions(on_status=callback)) as platform:
        assert platform.catch_up is None and platform.decoder is None
        # its statuses come from its profile, as its submissions were made through it: they find each other
        assert sources == ["demo"]
    assert not (await platform.gateway.health()).ok


async def test_companies_go_to_their_profile_and_deliveries_to_their_provider_decoder() -> None:
    profiles = ProfileMap((Profile("pa-afnor", "afnor", AFNOR),), {"732829320": "pa-afnor"})
    async with open_platforms("iopole", IOPOLE, PlatformOptions(), profiles) as platforms:
        assert platforms.for_company("732829320").provider == "afnor"
        assert platforms.for_company("356000000").name == "iopole"
        assert (
            platforms.for_company("732829320").gateway is not platforms.default.gateway
        )  # own pool and token
        assert decoder_for(platforms, "afnor") is platforms.named("pa-afnor").decoder  # type: ignore[union-attr]
    async with open_platforms("sandbox", {}, PlatformOptions(on_status=lambda source: on_status)) as alone:
        assert decoder_for(alone, "iopole") is not None  # a signed IOPOLE callback reads without a connection
        assert decoder_for(alone, "afnor") is None  # parked until an AFNOR platform is configured


def test_settings_come_from_the_providers_config_section_under_its_own_names() -> None:
    settings = provider_settings(
        "afnor", {"flow_url": "u", "client_secret": None}, {"AFNOR_SIGNATURE_DIGEST": "hex"}
    )

    assert settings["AFNOR_FLOW_URL"] == "u" and settings["AFNOR_CLIENT_SECRET"] == ""
    assert settings["AFNOR_SIGNATURE_DIGEST"] == "hex" and "IOPOLE_ENV" not in settings


async def test_every_profiles_platform_calls_are_metered() -> None:
    profiles = ProfileMap((Profile("pa-afnor", "afnor", AFNOR),), {"732829320": "pa-afnor"})
    async with open_platforms("iopole", IOPOLE, PlatformOptions(), profiles, wrap=metered) as platforms:
        assert all(isinstance(p.gateway, MeteredPlatform) for p in platforms.all())
        assert isinstance(platforms.default.catch_up, IopoleCatchUp)  # the catch-up talks to the bare client


def test_the_platform_options_are_the_pdp_settings_under_the_domains_names() -> None:
    container = Container()
    # nothing here opens the database; overridden all the same, as every test building the container does
    container.database_url.override(providers.Object("postgresql://unused"))
    container.db_pool.override(providers.Object(None))
    container.pipeline_context.override(providers.Object(None))
    for name, value in [
        ("connect_timeout_s", "2"),
        ("timeout_s", "7"),
        ("upload_timeout_s", "90"),
        ("max_connections", "4"),
        ("sandbox_step_delay_s", "0.5"),
        ("sandbox_rejection_share", "0.25"),
        ("sandbox_routing_error_share", "0.1"),
    ]:
        container.config.pdp[name].from_value(value)
    options = container.platforms.args[2]()
    assert options == replace(
        options,
        connect_timeout_s=2.0,
        timeout_s=7.0,
        upload_timeout_s=90.0,
        max_connections=4,
        sandbox_step_delay_s=0.5,
        sandbox_rejection_share=Decimal("0.25"),
        sandbox_routing_error_share=Decimal("0.1"),
    )
    container.config.pdp["sandbox_rejection_share"].from_value("a quarter")
    with pytest.raises(ValueError, match="a quarter"):
        container.platforms.args[2]()


def test_the_timeouts_the_service_runs_with_unset_are_the_platform_settings_defaults(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # config.yml restates PlatformOptions' defaults for the environment (`${PDP_TIMEOUT_S:10}`): a test, a bench or
    # a command that builds PlatformOptions() must get what `serve` gets.
    for name in ("PDP_CONNECT_TIMEOUT_S", "PDP_TIMEOUT_S", "PDP_UPLOAD_TIMEOUT_S"):
        monkeypatch.delenv(name, raising=False)
    container = Container()
    container.database_url.override(providers.Object("postgresql://unused"))
    container.db_pool.override(providers.Object(None))
    container.pipeline_context.override(providers.Object(None))

    served = container.platforms.args[2]()

    default = PlatformOptions()
    assert (served.connect_timeout_s, served.timeout_s, served.upload_timeout_s) == (
        default.connect_timeout_s,
        default.timeout_s,
        default.upload_timeout_s,
    )


def test_the_environment_reaches_the_routes_through_the_reception_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AFNOR_WEBHOOK_SIGNING_KEY", KEY)
    monkeypatch.setenv("AFNOR_SIGNATURE_DIGEST", "hex")
    container = Container()
    container.database_url.override(providers.Object("postgresql://unused"))
    container.db_pool.override(providers.Object(None))

    keys = container.webhook_keys()

    assert keys["AFNOR_WEBHOOK_SIGNING_KEY"] == KEY and keys["AFNOR_SIGNATURE_DIGEST"] == "hex"
    assert verdict(keys, DigestForm.HEX) is Verdict.VALID  # serve's AFNOR route takes the hex reading
    assert WEBHOOKS["afnor"].key_setting in keys and WEBHOOKS["iopole"].key_setting in keys
