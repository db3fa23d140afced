"""A platform as the gateway uses it: the ports one platform package provides, opened from its settings.

A profile is a provider (sandbox, iopole, afnor…) with its settings; each open profile owns its HTTP client
(connection pool) and token cache. The default profile serves every company; an optional mapping sends a company
(SIREN) to another profile, so a group's companies may sit on different platforms.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from domain.platform import PdpGateway, Seconds, StatusCallback
from domain.platform_breaker import Breakers
from domain.platform_inbound import CatchUpSource, DeliveryDecoder, ReadableViews, WebhookSubscriptions
from domain.reporting.payloads import ReportingRequest
from domain.reporting.port import DeclarationToSend, ReportingGateway


@dataclass(frozen=True, slots=True)
class PlatformOptions:
    """What the gateway gives every platform it opens (seconds; never a secret)."""

    connect_timeout_s: Seconds = 5.0
    timeout_s: Seconds = 10.0
    upload_timeout_s: Seconds = 60.0
    max_connections: int = 20
    # How long an item fetched from the platform (a catch-up's download) waits out its outage before it is given up:
    # the relays' PIPELINE_OUTAGE_PATIENCE_S.
    outage_patience_s: Seconds = 86_400.0
    sandbox_step_delay_s: Seconds = 0.0
    sandbox_rejection_share: Decimal = Decimal(0)  # the sandbox's share of submissions ended 213 / 221
    sandbox_routing_error_share: Decimal = Decimal(0)
    # For a platform that calls back in-process (the sandbox): its callback, given the platform's name (the source
    # its statuses are stored with, and the platform acting in the audit log).
    on_status: Callable[[str], StatusCallback] | None = None
    # The process's platform breakers (domain.platform_breaker), one per profile: None, each client has its own.
    breakers: Breakers | None = None


@dataclass(frozen=True, slots=True)
class PlatformServices:
    """One open platform profile. name is the profile's, recorded with each submission and delivery."""

    name: str
    provider: str
    gateway: PdpGateway
    reporting: ReportingGateway
    decoder: DeliveryDecoder | None = None  # None: nothing arrives by webhook or catch-up (the sandbox)
    catch_up: CatchUpSource | None = None  # None: nothing to poll
    webhooks: WebhookSubscriptions | None = None  # None: no subscription API
    readable: ReadableViews | None = None  # None: the platform offers no readable copy of received invoices


class PlatformOpener(Protocol):
    def __call__(
        self, name: str, settings: Mapping[str, str], options: PlatformOptions
    ) -> AbstractAsyncContextManager[PlatformServices]: ...


class PlatformSet:
    """The open profiles: the default one, and the companies (SIREN) mapped to another. Pure lookups."""

    def __init__(
        self,
        default: PlatformServices,
        others: Mapping[str, PlatformServices] | None = None,
        companies: Mapping[str, str] | None = None,
    ) -> None:
        self.default = default
        self._by_name = {default.name: default, **(others or {})}
        companies = companies or {}
        unknown = sorted({name for name in companies.values() if name not in self._by_name})
        if unknown:
            raise ValueError(f"companies mapped to unknown platform profiles: {', '.join(unknown)}")
        self._companies = dict(companies)

    def for_company(self, siren: str) -> PlatformServices:
        """The platform an invoice of this company goes out through (and its statuses come back from)."""
        return self._by_name[self._companies.get(siren, self.default.name)]

    def named(self, name: str) -> PlatformServices | None:
        return self._by_name.get(name)

    def with_provider(self, provider: str) -> PlatformServices | None:
        """The profile of this provider (the default first): webhook routes and inbox keys are per provider."""
        return next((p for p in self._by_name.values() if p.provider == provider), None)

    def all(self) -> list[PlatformServices]:
        return list(self._by_name.values())

    def companies(self) -> dict[str, str]:
        return dict(self._companies)


class CompanyReporting:
    """E-reporting through each company's own platform profile: a declaration is transmitted by its declarant's
    platform (PlatformSet.for_company), like its invoices, never by the default one for everybody."""

    def __init__(self, platforms: PlatformSet) -> None:
        self._platforms = platforms

    def transmissions(self, declaration: DeclarationToSend) -> list[ReportingRequest]:
        return self._platforms.for_company(declaration.declaration.siren).reporting.transmissions(declaration)

    async def send(self, company_siren: str, request: ReportingRequest) -> str:
        return await self._platforms.for_company(company_siren).reporting.send(company_siren, request)


@dataclass(frozen=True, slots=True)
class PlatformHints:
    """How `doctor`'s advice names the platform's own settings (an operator reads them in their environment)."""

    credentials: str  # the token endpoint refused the client
    token_endpoint: str  # no answer from the token endpoint
    service_check: str  # the name of the check of the platform's API
    service_ok: str  # what an OK service check proves
    service_unreachable: str
    account: str  # the API answered 403 (rights, account, delegation)


@dataclass(frozen=True, slots=True)
class NotReached:
    """A platform `doctor` does not reach (it runs in this process: the sandbox): what it says of it instead."""

    note: str


# What a platform's package tells `doctor`: its advice in the platform's own setting names, or why doctor does not
# reach it. A required field wherever it is held (the registry's entry, doctor's view of a profile): a platform
# doctor reaches never goes without advice an operator can act on, and doctor never says something vaguer.
DoctorAdvice = PlatformHints | NotReached


def profile_webhook_path(path: str, profile: str) -> str:
    """The route of a platform profile's callbacks: `/webhooks/<profile>/afnor/flow` for profile `<profile>`, the
    provider's own route (`/webhooks/afnor/flow`) for the default profile (profile ""). Each profile of a provider
    thus has its own route, verified with its own key."""
    if not profile:
        return path
    prefix = "/webhooks/"
    if not path.startswith(prefix):
        raise ValueError(f"not a webhook route: {path!r}")
    return f"{prefix}{profile}/{path[len(prefix) :]}"
