"""How every HTTP platform profile is opened, written once: its link (adapters.pdp.link), its settings read with the
link's timeouts, its client on the link's HTTP client, and the profile's services around that client. A platform
package states only its parts, as an `HttpPlatform`; its registry entry's opener is that value's `open`."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import KW_ONLY, dataclass
from typing import Any, Generic, Protocol, TypeVar

import httpx

from adapters.pdp.link import platform_link
from adapters.pdp.timeouts import Timeouts
from adapters.setting_rules import BadSetting, Rule, judged_all
from domain.platform import PdpGateway, PlatformConfigError
from domain.platform_breaker import Breaker
from domain.platform_inbound import CatchUpSource, DeliveryDecoder, ReadableViews, WebhookSubscriptions
from domain.platform_profile import PlatformOptions, PlatformServices
from domain.reporting.port import ReportingGateway

log = logging.getLogger(__name__)


class PlatformClient(PdpGateway, WebhookSubscriptions, Protocol):
    """An HTTP platform's client: the gateway port, and the webhook subscriptions `pdp-gateway platform webhooks`
    manages."""


ConfigT = TypeVar("ConfigT")
ConfigT_co = TypeVar("ConfigT_co", covariant=True)
ConfigT_contra = TypeVar("ConfigT_contra", contravariant=True)
ClientT = TypeVar("ClientT", bound=PlatformClient)
ClientT_co = TypeVar("ClientT_co", bound=PlatformClient, covariant=True)
ClientT_contra = TypeVar("ClientT_contra", bound=PlatformClient, contravariant=True)


class ConfigReader(Protocol[ConfigT_co]):
    """The settings' `from_env`: the provider's own names, read with the profile's timeouts; refuses a missing or
    malformed setting (PlatformConfigError naming it, never its value)."""

    def __call__(self, env: Mapping[str, str], /, *, timeouts: Timeouts) -> ConfigT_co: ...


class ClientOnLink(Protocol[ConfigT_contra, ClientT_co]):
    """The client's class: on the profile's HTTP client, with `profile` its route name ("" for the default) and
    `breaker` the profile's (domain.platform_breaker)."""

    def __call__(
        self, http: httpx.AsyncClient, config: ConfigT_contra, /, *, profile: str, breaker: Breaker | None
    ) -> ClientT_co: ...


class CatchUpOf(Protocol[ClientT_contra]):
    """The catch-up source's class: over the client, its deliveries named after the profile (`platform`), an item
    it fetches waiting out the platform's outage for `patience_s` at most."""

    def __call__(self, client: ClientT_contra, /, *, platform: str, patience_s: float) -> CatchUpSource: ...


def read_settings(rules: Mapping[str, Rule], env: Mapping[str, str]) -> dict[str, Any]:
    """A profile's settings read by the rules its package declares (adapters.setting_rules), stripped: the first bad
    one is the PlatformConfigError that opening a profile raises, naming it and its rule, never a secret's value."""
    try:
        return judged_all(rules, env)
    except BadSetting as exc:
        raise PlatformConfigError(str(exc)) from None


@dataclass(frozen=True, slots=True)
class HttpPlatform(Generic[ConfigT, ClientT]):
    """The parts of an HTTP platform package (adapters/pdp/<provider>/platform.py)."""

    # What the platform is: its name in the registry (the default profile is named after it), its settings, its client
    provider: str
    read_config: ConfigReader[ConfigT]
    client: ClientOnLink[ConfigT, ClientT]
    _: KW_ONLY
    # What is built around its client (PlatformServices' other members)
    reporting: Callable[[ClientT, ConfigT], ReportingGateway]
    decoder: Callable[[ClientT], DeliveryDecoder]
    catch_up: CatchUpOf[ClientT]
    readable: Callable[[ClientT], ReadableViews]

    @contextlib.asynccontextmanager
    async def open(
        self, name: str, settings: Mapping[str, str], options: PlatformOptions
    ) -> AsyncIterator[PlatformServices]:
        """Profile `name`'s services; a missing or malformed setting stops the start-up, named (never its value).
        The profile's HTTP client, and with it the token cache, is closed when the block ends."""
        async with platform_link(name, self.provider, options) as link:
            config = self.read_config(settings, timeouts=link.timeouts)
            breaker = options.breakers.of(name) if options.breakers is not None else None
            client = self.client(link.http, config, profile=link.profile, breaker=breaker)
            log.info("platform %s: %r", name, client)
            yield PlatformServices(
                name,
                self.provider,
                client,
                self.reporting(client, config),
                decoder=self.decoder(client),
                catch_up=self.catch_up(client, platform=name, patience_s=options.outage_patience_s),
                webhooks=client,
                readable=self.readable(client),
            )
