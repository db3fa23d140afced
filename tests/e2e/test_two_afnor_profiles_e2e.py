"""Two companies on two AFNOR XP Z12-013 platforms in one gateway process: the default profile (PDP_PROVIDER=afnor)
and a second AFNOR profile of PLATFORM_PROFILES_FILE, each with its own webhook route and signing key. Each invoice
leaves through its seller's platform (directory check included), each platform's statuses come back through that
platform's route to the right company, and each company's e-reporting declaration reaches its own platform as FRR
flows."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import grpc
import pytest
import yaml
from dependency_injector import providers
from lxml import etree

from pdpgateway.v1 import reporting_service_pb2 as rpb
from pdpgateway.v1 import reporting_service_pb2_grpc as rpb_grpc
from service.wiring.container import Container
from service.wiring.server import Runner
from tests.e2e.grpc_client import GatewayClient
from tests.e2e.test_records_services import auth, sale
from tests.e2e.test_two_platforms_e2e import _company, _sent_and_followed
from tests.random_refs import random_siren
from tests.support.pipeline import fresh_database
from tests.support.simulators.afnor_app import AfnorSimulator
from tests.support.webhooks import AFNOR_FLOW_PATH

KEY_A = "first-afnor-signing-key-0123456789abcdef0123456789"
KEY_B = "second-afnor-signing-key-0123456789abcdef012345678"
ROUTE_B = "/webhooks/pa-b/afnor/flow"
SEPTEMBER = rpb.PeriodSelector(
    regime=rpb.VAT_REGIME_SIMPLIFIED, kind=rpb.REPORT_KIND_TRANSACTIONS, day="2026-09-15"
)


@pytest.fixture(scope="module")
async def two(database_dsn: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[dict]:  # type: ignore[type-arg]
    on_b = random_siren()
    afnor_a = AfnorSimulator(lifecycle_after_ack=True).start()
    afnor_b = AfnorSimulator(lifecycle_after_ack=True).start()
    profiles = Path(tmp_path_factory.mktemp("profiles")) / "platforms.yml"
    settings_b = {**afnor_b.env(signing_key=KEY_B, platform_id="SIMB")}
    profiles.write_text(
        yaml.safe_dump(
            {"profiles": {"pa-b": {"provider": "afnor", "settings": settings_b}}, "companies": {on_b: "pa-b"}}
        )
    )
    env_a = afnor_a.env(platform_id="SIMA")
    async with fresh_database(database_dsn) as pool:
        container = Container()
        container.database_url.override(providers.Object(database_dsn))  # never the default data folder
        container.db_pool.override(providers.Object(pool))
        container.config.from_dict(
            {
                "grpc": {"host": "127.0.0.1", "port": 0, "grace_s": 2},
                "http": {"host": "127.0.0.1", "port": 0},
                "pdp": {
                    "provider": "afnor",
                    "profiles_file": str(profiles),
                    "afnor": {
                        "flow_url": env_a["AFNOR_FLOW_URL"],
                        "directory_url": env_a["AFNOR_DIRECTORY_URL"],
                        "token_url": env_a["AFNOR_TOKEN_URL"],
                        "client_id": env_a["AFNOR_CLIENT_ID"],
                        "client_secret": env_a["AFNOR_CLIENT_SECRET"],
                        "platform_id": "SIMA",
                    },
                },
                "pipeline": {"workers": 1, "poll_interval_s": 0.5, "stop_grace_s": 5},
                "reception": {"webhook_keys": {"AFNOR_WEBHOOK_SIGNING_KEY": KEY_A}, "poll_interval_s": 3600},
            }
        )
        runner = Runner(container)
        try:
            await runner.start()
            base = f"http://127.0.0.1:{runner.http_port}"
            afnor_a.add_webhook(base + AFNOR_FLOW_PATH, signing_key=KEY_A)
            afnor_b.add_webhook(base + ROUTE_B, signing_key=KEY_B)
            async with grpc.aio.insecure_channel(f"127.0.0.1:{runner.grpc_port}") as channel:
                yield {
                    "container": container,
                    "channel": channel,
                    "client": GatewayClient(channel),
                    "a": afnor_a,
                    "b": afnor_b,
                    "on_b": on_b,
                }
        finally:
            await runner.stop()
            afnor_a.stop()
            afnor_b.stop()
            container.reset_override()


async def test_each_company_works_through_its_own_afnor_platform(two) -> None:  # type: ignore[no-untyped-def]
    container, client, a, b = two["container"], two["client"], two["a"], two["b"]
    on_a = await _company(container, random_siren())
    on_b = await _company(container, two["on_b"])

    sha_b = await _sent_and_followed(
        client, on_b
    )  # first: its directory question cannot be answered from cache
    sha_a = await _sent_and_followed(client, on_a)

    assert (a.upload_count(sha_a), a.upload_count(sha_b)) == (1, 0)
    assert (b.upload_count(sha_b), b.upload_count(sha_a)) == (1, 0)
    assert b.requests["directory"] >= 1  # the seller's platform answered the directory check
    # statuses came back through each platform's own route, signed with its own key (a wrong one is refused: 401)
    assert {c.status_code for c in a.callbacks} == {c.status_code for c in b.callbacks} == {200}

    reporting = rpb_grpc.ReportingServiceStub(two["channel"])
    for company in (on_a, on_b):
        await reporting.RecordB2cTransactions(
            rpb.RecordB2cTransactionsRequest(
                transactions=[sale(f"{company.siren}-1", "2026-09-02", "100.00", "20.00")]
            ),
            metadata=auth(company),
        )
        await reporting.SubmitDeclaration(
            rpb.SubmitDeclarationRequest(period=SEPTEMBER), metadata=auth(company)
        )
    for company in (on_a, on_b):
        for _ in range(200):
            listed = await reporting.ListDeclarations(rpb.ListDeclarationsRequest(), metadata=auth(company))
            if listed.declarations and listed.declarations[0].status == rpb.DECLARATION_STATUS_ACCEPTED:
                break
            await asyncio.sleep(0.1)
        assert listed.declarations[0].status == rpb.DECLARATION_STATUS_ACCEPTED

    def issuers(sim: AfnorSimulator) -> list[tuple[str, str]]:
        out = []
        for flow in sim.out_flows("FRR"):
            root = etree.fromstring(flow.content)
            out.append((root.findtext("ReportDocument/Issuer/Id"), root.findtext("ReportDocument/Sender/Id")))
        return out

    assert issuers(a) == [(on_a.siren, "SIMA")]
    assert issuers(b) == [(on_b.siren, "SIMB")]
