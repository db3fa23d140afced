"""Platform per company: an optional profiles file (PLATFORM_PROFILES_FILE, YAML) maps companies to platform profiles.

    profiles:
      afnor-pa:                     # a profile name: letters, digits, '-' and '_'
        provider: afnor             # an entry of adapters.pdp.registry
        settings:                   # the provider's own setting names
          AFNOR_FLOW_URL: https://pa.example/flow-service
          AFNOR_CLIENT_SECRET: ${AFNOR_PA_CLIENT_SECRET}   # ${NAME}: read from the environment, never written here
    companies:
      "732829320": afnor-pa         # SIREN -> profile; every other company uses the default (PDP_PROVIDER)

Without the file, one platform serves every company (the default profile, named after PDP_PROVIDER). Every profile
is opened at start-up with its own HTTP client and token cache; a bad file stops the start-up with a clear message.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from adapters.pdp.registry import PLATFORMS, open_platform
from domain.identifiers import is_valid_siren
from domain.platform import PlatformConfigError
from domain.platform_profile import PlatformOptions, PlatformServices, PlatformSet

_NAME = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
_REFERENCE = re.compile(r"^\$\{([A-Z][A-Z0-9_]{0,99})\}$")
MAX_FILE_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    provider: str
    settings: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class ProfileMap:
    profiles: tuple[Profile, ...] = ()
    companies: Mapping[str, str] | None = None


def _setting(profile: str, key: object, value: object, env: Mapping[str, str]) -> tuple[str, str]:
    if not isinstance(key, str) or not re.match(r"^[A-Z][A-Z0-9_]*$", key):
        raise PlatformConfigError(f"profile {profile}: setting names are upper-case (got {key!r})")
    text = "" if value is None else str(value)
    reference = _REFERENCE.match(text)
    if reference:
        name = reference.group(1)
        if name not in env:
            raise PlatformConfigError(f"profile {profile}: {key} refers to ${{{name}}}, which is not set")
        text = env[name]
    return key, text


def parse_profiles(text: str, env: Mapping[str, str], *, default_name: str) -> ProfileMap:
    try:
        data = yaml.safe_load(text) or {}
    except (
        yaml.YAMLError
    ) as exc:  # its own message quotes the line, which may hold a secret written in the file
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        raise PlatformConfigError(
            f"platform profiles file: not YAML ({where}{getattr(exc, 'problem', None) or type(exc).__name__})"
        ) from None
    if not isinstance(data, dict) or set(data) - {"profiles", "companies"}:
        raise PlatformConfigError("platform profiles file: only 'profiles' and 'companies' at the top")
    declared, mapped = data.get("profiles") or {}, data.get("companies") or {}
    if not isinstance(declared, dict) or not isinstance(mapped, dict):
        raise PlatformConfigError("platform profiles file: 'profiles' and 'companies' are mappings")
    profiles: list[Profile] = []
    for name, body in declared.items():
        if not isinstance(name, str) or not _NAME.match(name) or name == default_name or name in PLATFORMS:
            raise PlatformConfigError(
                f"platform profile name {name!r}: letters, digits, - and _, neither {default_name!r} nor a"
                " provider's name (those name the default profile's webhook routes and deliveries)"
            )
        if not isinstance(body, dict) or body.get("provider") not in PLATFORMS:
            raise PlatformConfigError(
                f"profile {name}: provider must be one of {', '.join(sorted(PLATFORMS))}"
            )
        raw = body.get("settings") or {}
        if not isinstance(raw, dict):
            raise PlatformConfigError(f"profile {name}: settings must be a mapping")
        profiles.append(
            Profile(name, body["provider"], dict(_setting(name, k, v, env) for k, v in raw.items()))
        )
    known = {p.name for p in profiles} | {default_name}
    companies: dict[str, str] = {}
    for siren, name in mapped.items():
        siren = str(siren)
        if not is_valid_siren(siren):
            raise PlatformConfigError(f"platform profiles file: {siren!r} is not a valid SIREN")
        if name not in known:
            raise PlatformConfigError(f"company {siren}: unknown platform profile {name!r}")
        companies[siren] = str(name)
    return ProfileMap(tuple(profiles), companies)


def load_profiles(path: str, env: Mapping[str, str], *, default_name: str) -> ProfileMap:
    if not path:
        return ProfileMap()
    file = Path(path)
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise PlatformConfigError(f"platform profiles file {path}: larger than {MAX_FILE_BYTES} bytes")
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise PlatformConfigError(f"platform profiles file {path}: {exc.strerror}") from None
    return parse_profiles(text, env, default_name=default_name)


@contextlib.asynccontextmanager
async def open_platforms(
    provider: str,
    settings: Mapping[str, str],
    options: PlatformOptions,
    profiles: ProfileMap | None = None,
    *,
    wrap: Callable[[PlatformServices], PlatformServices] = lambda p: p,
) -> AsyncIterator[PlatformSet]:
    """The default profile (named after its provider) and every profile of the file, each with its own pool;
    `wrap` decorates each (metrics)."""
    profiles = profiles or ProfileMap()
    async with contextlib.AsyncExitStack() as stack:
        default = wrap(await stack.enter_async_context(open_platform(provider, provider, settings, options)))
        others = {
            p.name: wrap(
                await stack.enter_async_context(open_platform(p.provider, p.name, p.settings, options))
            )
            for p in profiles.profiles
        }
        yield PlatformSet(default, others, profiles.companies)
