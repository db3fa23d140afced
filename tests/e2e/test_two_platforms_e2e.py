"""Two companies on two platforms in one gateway process: the default platform is IOPOLE, a profiles file puts one
company on an AFNOR XP Z12-013 platform. Each invoice leaves through its seller's platform (each simulator sees only
its company's invoice, once) and each platform's statuses come back to the right company, the AFNOR profile's through
its own webhook route and signing key (/webhooks/pa-afnor/afnor/flow, from its profile settings)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import grpc
import pytest
import yaml
from dependency_injector import providers

from service.wiring.container import Container
from service.wiring.server import Runner, resolve
from tests.e2e.grpc_client import Company, GatewayClient, invoice_of
from tests.e2e.test_transmission_e2e import events_until
from tests.random_refs import random_siren
from tests.support.pipeline import fresh_database
from tests.support.simulators.afnor_app import AfnorSimulator
from tests.support.simulators.iopole_app import IopoleSimulator
from tests.support.webhooks import AFNOR_KEY, IOPOLE_SECRET, IOPOLE_STATUS_PATH

PROFILE_KEY = "pa-afnor-signing-key-0123456789abcdef0123456789ab"  # not the reception settings' AFNOR key
PROFILE_ROUTE = "/webhooks/pa-afnor/afnor/flow"


@pytest.fixture(scope="module")
async def two(database_dsn: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[dict]:  # type: ignore[type-arg]
    on_afnor = random_siren()
    iopole = IopoleSimulator(webhook_secret=IOPOLE_SECRET, auto_lifecycle_delay=0.05).start()
    afnor = AfnorSimulator(lifecycle_after_ack=True).start()
    profiles = Path(tmp_path_factory.mktemp("profiles")) / "platforms.yml"
    afnor_settings = afnor.env(signing_key=PROFILE_KEY)
    profiles.write_text(
        yaml.safe_dump(
            {
                "profiles": {"pa-afnor": {"provider": "afnor", "settings": afnor_settings}},
                "companies": {on_afnor: "pa-afnor"},
            }
        )
    )
    async with fresh_database(database_dsn) as pool:
        container = Container()
        container.database_url.override(providers.Object(database_dsn))  # never the default data folder
        container.db_pool.override(providers.Object(pool))
        container.config.from_dict(
            {
                "grpc": {"host": "127.0.0.1", "port": 0, "grace_s": 2},
                "http": {"host": "127.0.0.1", "port": 0},
                "pdp": {
                    "provider": "iopole",
                    "profiles_file": str(profiles),
                    "iopole": {
                        "env": "sandbox",
                        "api_base": iopole.base_url,
                        "auth_url": iopole.token_url,
                        "client_id": iopole.client_id,
                        "client_secret": iopole.client_secret,
                        "customer_id": iopole.customer_id,
                    },
                },
                "pipeline": {"workers": 1, "poll_interval_s": 0.5, "stop_grace_s": 5},
                "reception": {
                    "webhook_keys": {
                        "IOPOLE_WEBHOOK_SECRET": IOPOLE_SECRET,
                        "AFNOR_WEBHOOK_SIGNING_KEY": AFNOR_KEY,
                    },
                    "poll_interval_s": 3600,
                },
            }
        )
        runner = Runner(container)
        try:
            await runner.start()
            iopole.callback_url = f"http://127.0.0.1:{runner.http_port}{IOPOLE_STATUS_PATH}"
            afnor.add_webhook(f"http://127.0.0.1:{runner.http_port}{PROFILE_ROUTE}", signing_key=PROFILE_KEY)
            async with grpc.aio.insecure_channel(f"127.0.0.1:{runner.grpc_port}") as channel:
                yield {
                    "container": container,
                    "client": GatewayClient(channel),
                    "iopole": iopole,
                    "afnor": afnor,
                    "on_afnor": on_afnor,
                }
        finally:
            await runner.stop()
            iopole.stop()
            afnor.stop()
            container.reset_override()


async def _company(container: Container, siren: str) -> Company:
    keys = await resolve(container.api_keys)
    return Company(siren, (await keys.create(siren, "e2e"))["secret"])


async def _sent_and_followed(client: GatewayClient, company: Company) -> str:
    stream = client.as_(company).watch(after_event_id=0)
    try:
        submitted = await client.as_(company).submit(invoice_of(company))
        invoice_id = submitted.invoice.id
        await events_until(stream, invoice_id, lambda e: e.kind == "STATUS" and e.status_code == "203")
    finally:
        stream.cancel()
    got = (await client.as_(company).get(invoice_id)).invoice
    assert got.lifecycle_code == "203"
    return got.document_sha256


async def test_each_invoice_leaves_through_its_sellers_platform_and_its_statuses_come_back(two) -> None:  # type: ignore[no-untyped-def]
    container, client = two["container"], two["client"]
    on_iopole = await _company(container, random_siren())
    on_afnor = await _company(container, two["on_afnor"])

    sha_iopole = await _sent_and_followed(client, on_iopole)
    sha_afnor = await _sent_and_followed(client, on_afnor)

    iopole, afnor = two["iopole"], two["afnor"]
    assert (iopole.upload_count(sha_iopole), iopole.upload_count(sha_afnor)) == (1, 0)
    assert (afnor.upload_count(sha_afnor), afnor.upload_count(sha_iopole)) == (1, 0)
    pool = await resolve(container.db_pool)
    platforms = {
        r["company_siren"]: r["platform"]
        for r in await pool.fetch("SELECT company_siren, platform FROM submissions")
    }
    assert platforms == {on_iopole.siren: "iopole", on_afnor.siren: "pa-afnor"}
    assert afnor.callbacks and {c.status_code for c in afnor.callbacks} == {200}
    pool_platforms = await pool.fetch(
        "SELECT DISTINCT platform FROM webhook_inbox WHERE platform LIKE '%afnor%'"
    )
    assert [r["platform"] for r in pool_platforms] == ["pa-afnor"]


async def _until_final(client: GatewayClient, company: Company, invoice) -> str:  # type: ignore[no-untyped-def]
    stream = client.as_(company).watch(after_event_id=0)
    try:
        invoice_id = (await client.as_(company).submit(invoice)).invoice.id
        await events_until(stream, invoice_id, lambda e: e.kind in ("SENT", "FAILED", "INVALID"))
    finally:
        stream.cancel()
    return invoice_id


async def test_a_state_buyer_is_reached_through_iopole_and_afnor_only_with_its_engagement_number(two) -> None:  # type: ignore[no-untyped-def]
    from pdpgateway.v1 import invoice_pb2 as pb
    from tests.e2e.grpc_client import state_invoice_of

    container, client = two["container"], two["client"]
    on_iopole = await _company(container, random_siren())
    on_afnor = await _company(container, two["on_afnor"])

    for company in (on_iopole, on_afnor):
        refused_id = await _until_final(client, company, state_invoice_of(company, engagement=""))
        refused = (await client.as_(company).get(refused_id)).invoice
        assert refused.last_error.startswith("PDP-B2G-ENGAGEMENT"), refused.last_error
        assert not refused.platform_id  # nothing was deposited

    sent = {}
    for company in (on_iopole, on_afnor):
        invoice = state_invoice_of(company)
        invoice_id = await _until_final(client, company, invoice)
        got = (await client.as_(company).get(invoice_id)).invoice
        assert pb.ProcessingState.Name(got.state) == "PROCESSING_STATE_SENT", got.last_error
        sent[company.siren] = (got, invoice.number)

    iopole, afnor = two["iopole"], two["afnor"]
    assert iopole.upload_count(sent[on_iopole.siren][0].document_sha256) == 1
    flow = afnor.flow_of_tracking(sent[on_afnor.siren][1])
    assert (flow.processing_rule, flow.sha256) == ("B2G", sent[on_afnor.siren][0].document_sha256)
