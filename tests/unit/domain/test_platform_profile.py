"""A group's companies on different platform profiles: e-reporting leaves through the declarant's own profile, and
each profile has its own webhook route (verified with its own key)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import pytest

from domain.platform_profile import CompanyReporting, PlatformServices, PlatformSet, profile_webhook_path
from domain.reporting.calendar import ReportKind, VatRegime
from domain.reporting.declaration import DeclarationSeries
from domain.reporting.payloads import ReportingRequest
from domain.reporting.port import DeclarationToSend
from tests.unit.domain.reporting.month import JANUARY_PAYMENTS

DEFAULT_CO, OTHER_CO = "732829320", "552100554"


@dataclass
class FakeReporting:
    name: str
    received: list[tuple[str, ReportingRequest]] = field(default_factory=list)

    def transmissions(self, declaration: DeclarationToSend) -> list[ReportingRequest]:
        return [ReportingRequest(f"/{self.name}/{declaration.declaration.siren}", {})]

    async def send(self, company_siren: str, request: ReportingRequest) -> str:
        self.received.append((company_siren, request))
        return self.name


def profile(name: str) -> tuple[PlatformServices, FakeReporting]:
    reporting = FakeReporting(name)
    no_gateway: Any = None  # this test sends no invoice
    return PlatformServices(name, "sandbox", no_gateway, reporting), reporting


async def test_each_declaration_is_transmitted_through_its_company_s_profile() -> None:
    (default, default_reports), (other, other_reports) = profile("main"), profile("second")
    routed = CompanyReporting(PlatformSet(default, {"second": other}, {OTHER_CO: "second"}))
    refs = []
    for company in (DEFAULT_CO, OTHER_CO):
        series = DeclarationSeries.for_day(
            company, VatRegime.REAL_MONTHLY, ReportKind.PAYMENTS, date(2027, 1, 1)
        )
        draft = series.open_initial()
        for event in JANUARY_PAYMENTS:
            draft.record_payment(event)
        for request in routed.transmissions(DeclarationToSend("id", draft, datetime(2027, 2, 1, tzinfo=UTC))):
            refs.append(await routed.send(company, request))

    assert refs == ["main", "second"]
    assert default_reports.received == [(DEFAULT_CO, ReportingRequest(f"/main/{DEFAULT_CO}", {}))]
    assert other_reports.received == [(OTHER_CO, ReportingRequest(f"/second/{OTHER_CO}", {}))]


@pytest.mark.parametrize(
    ("path", "profile", "route"),
    [
        ("/webhooks/afnor/flow", "", "/webhooks/afnor/flow"),  # the default profile: the provider's own route
        ("/webhooks/afnor/flow", "acme", "/webhooks/acme/afnor/flow"),
        ("/webhooks/iopole/invoice", "b", "/webhooks/b/iopole/invoice"),
    ],
)
def test_the_webhook_route_of_a_profile(path: str, profile: str, route: str) -> None:
    assert profile_webhook_path(path, profile) == route


def test_a_path_outside_the_webhooks_is_refused_for_a_profile() -> None:
    with pytest.raises(ValueError) as refused:
        profile_webhook_path("/webhook/afnor/flow", "acme")
    assert str(refused.value) == "not a webhook route: '/webhook/afnor/flow'"
