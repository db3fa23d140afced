"""`pdp-gateway platform webhooks list|create|delete`: the webhook subscriptions at the platform itself (AFNOR
`/v1/webhooks`, IOPOLE `/v1/config/webhook`), through the selected platform's package. No database is needed.

`create URL` subscribes this gateway's webhook routes under its public base URL and prints the signing key ONCE
(AFNOR's signingKey, or the HMAC secret chosen for IOPOLE): put it in AFNOR_WEBHOOK_SIGNING_KEY /
IOPOLE_WEBHOOK_SECRET. `--profile NAME` works on a profile of PLATFORM_PROFILES_FILE instead of PDP_PROVIDER's.
"""

from __future__ import annotations

import argparse
import asyncio
import os
from collections.abc import Callable, Mapping
from dataclasses import asdict, replace
from typing import Any

from adapters.pdp.profiles import load_profiles
from adapters.pdp.registry import (
    SETTINGS,
    WEBHOOKS,
    WEBHOOKS_COMMAND_REFUSALS,
    open_platform,
)
from domain.platform import PlatformConfigError, PlatformError
from domain.platform_inbound import WebhookSubscription
from domain.platform_profile import PlatformOptions
from service.cli.client import fail, print_json
from service.wiring.configuration import read_configuration

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def _profile(name: str, env: Mapping[str, str]) -> tuple[str, str, dict[str, str]]:
    """(provider, profile name, settings) of the default profile or of a named one."""
    provider = env.get("PDP_PROVIDER", "").strip() or _configured_provider()
    if not name or name == provider:
        return provider, provider, {k: env.get(k, "") for k in SETTINGS.get(provider, ())}
    profiles = load_profiles(env.get("PLATFORM_PROFILES_FILE", ""), env, default_name=provider)
    for profile in profiles.profiles:
        if profile.name == name:
            return profile.provider, profile.name, dict(profile.settings)
    raise PlatformConfigError(f"no platform profile {name!r} (PLATFORM_PROFILES_FILE)")


def _configured_provider() -> str:
    """The platform `serve` opens when PDP_PROVIDER is unset: the one place that says it is the configuration
    (service/wiring/config.yml), read as the container reads it."""
    return str(read_configuration().pdp["provider"]())


def _shown(subscription: WebhookSubscription, *, with_key: bool) -> dict[str, Any]:
    shown = asdict(subscription)
    shown["callback_urls"], shown["filters"] = list(subscription.callback_urls), list(subscription.filters)
    if not with_key:
        shown.pop("signing_key")
    return shown


async def _webhooks(args: argparse.Namespace, env: Mapping[str, str]) -> Any:
    provider, name, settings = _profile(args.profile, env)
    refusal = WEBHOOKS_COMMAND_REFUSALS.get(provider)
    if refusal:  # said before opening it: the platform's entry knows it cannot be opened here (the sandbox)
        raise PlatformConfigError(refusal)
    options = PlatformOptions(max_connections=2)
    # unset: the settings' own default, which one place says (domain.platform_profile)
    if env.get("PDP_TIMEOUT_S"):
        options = replace(options, timeout_s=float(env["PDP_TIMEOUT_S"]))
    async with open_platform(provider, name, settings, options) as platform:
        admin = platform.webhooks
        if admin is None:
            raise PlatformConfigError(f"platform {name} ({provider}) has no webhook subscriptions to manage")
        if args.webhooks_command == "list":
            return {
                "platform": name,
                "webhooks": [_shown(w, with_key=False) for w in await admin.list_webhooks()],
            }
        if args.webhooks_command == "create":
            created = await admin.create_webhook(args.url)
            side = WEBHOOKS.get(provider)  # the setting its package names for the key
            key_setting = side.key_setting if side is not None else "the platform's webhook key setting"
            return {"platform": name, "webhook": _shown(created, with_key=True), "set": key_setting}
        await admin.delete_webhook(args.id)
        return {"platform": name, "deleted": args.id}


def cmd_webhooks(args: argparse.Namespace, env: Mapping[str, str] | None = None) -> int:
    try:
        result = asyncio.run(_webhooks(args, os.environ if env is None else env))
    except PlatformConfigError as exc:  # a usage error: one line on stderr, as every command's
        return fail(str(exc))
    except PlatformError as exc:  # refused by the platform: JSON on stdout, as the gateway's refusals
        print_json({"code": type(exc).__name__, "message": str(exc)})
        return EXIT_REFUSED
    print_json(result)
    return EXIT_OK


def add_platform_commands(commands: Any, run: Callable[[argparse.Namespace], int] = cmd_webhooks) -> None:
    platform = commands.add_parser("platform", help="manage things at the platform itself").add_subparsers(
        dest="platform_command", required=True, metavar="COMMAND"
    )
    webhooks = platform.add_parser("webhooks", help="webhook subscriptions at the platform").add_subparsers(
        dest="webhooks_command", required=True, metavar="COMMAND"
    )
    for name, help_text in (
        ("list", "the subscriptions (signing keys are never shown again)"),
        ("create", "subscribe this gateway's routes under its public base URL; prints the signing key once"),
        ("delete", "remove a subscription"),
    ):
        sub = webhooks.add_parser(name, help=help_text)
        sub.add_argument(
            "--profile", default="", help="a profile of PLATFORM_PROFILES_FILE (default: PDP_PROVIDER)"
        )
        if name == "create":
            sub.add_argument("url", help="the gateway's public base URL, e.g. https://gateway.example")
        if name == "delete":
            sub.add_argument("id", help="the subscription id")
        sub.set_defaults(run=run)
