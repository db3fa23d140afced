"""Every worker that calls a platform holds its row longer than one platform exchange may last: else a slow
platform lets a second worker claim the row while the first still waits for the answer (two sends of one invoice,
two uploads of one declaration)."""

from __future__ import annotations

import pytest
from dependency_injector import providers

from adapters.pdp.calls import CALL_BUDGET_S, call_deadline
from adapters.pdp.exchange import exchange_budget
from adapters.pdp.timeouts import Timeouts
from service.wiring.container import Container
from service.workers.declarations import DECLARATION_RELAY
from service.workers.reception.worker import INBOX_RELAY


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Container:
    """The container as `serve` builds it with no setting in the environment (config.yml's defaults)."""
    for name in ("PDP_CONNECT_TIMEOUT_S", "PDP_TIMEOUT_S", "PDP_UPLOAD_TIMEOUT_S", "PIPELINE_LEASE_S"):
        monkeypatch.delenv(name, raising=False)
    container = Container()
    # nothing here opens the database; overridden all the same, as every test building the container does
    container.database_url.override(providers.Object("postgresql://unused"))
    container.db_pool.override(providers.Object(None))
    container.queue_clock.override(providers.Object(None))  # a resource reading the database's clock
    return container


def _leases(served: Container) -> dict[str, float]:
    return {
        "pipeline (send, statuses)": served.pipeline_config().lease_s,
        "declarations": DECLARATION_RELAY.lease_s,
        "inbox (deliveries, catch-up reads)": INBOX_RELAY.lease_s,
    }


def test_every_lease_outlasts_the_longest_platform_exchange_of_its_worker(served: Container) -> None:
    timeouts = Timeouts(served.platforms.args[2]())
    # an upload (a document, a declaration's flux) is the longest exchange: it has the long read budget
    longest = exchange_budget(timeouts.upload())
    assert longest is not None and longest > (exchange_budget(timeouts.default()) or 0)
    leases = _leases(served)
    assert {worker: lease for worker, lease in leases.items() if lease <= longest} == {}, (
        f"exchange: {longest} s"
    )


def test_every_lease_outlasts_a_whole_call_with_its_retries(served: Container) -> None:
    """A call's retries stop at CALL_BUDGET_S (adapters.pdp.calls), which must leave room for one whole upload and
    the token asked before it; the call is cut at its deadline (`call_deadline`)."""
    timeouts = Timeouts(served.platforms.args[2]())
    upload = exchange_budget(timeouts.upload())
    assert upload is not None and CALL_BUDGET_S >= upload
    whole = call_deadline(CALL_BUDGET_S, timeouts.default(), upload)
    assert whole == CALL_BUDGET_S, "one token and one upload fit in the budget"
    leases = _leases(served)
    assert {worker: lease for worker, lease in leases.items() if lease <= whole} == {}
