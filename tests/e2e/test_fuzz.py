"""Fuzz suite: hostile requests to every method of every gRPC service, through the real server and PostgreSQL.

Requests are drawn by Hypothesis (tests/strategies.py) with a fixed seed (derandomize) and a bounded number of
cases, then sent: no answer may be INTERNAL or UNKNOWN (nor RESOURCE_EXHAUSTED: an error trailer that does not
fit, nor UNAVAILABLE: the database is up); every refusal names its rule or reason (ErrorInfo, PreconditionFailure)
and leaves the company's rows in every table as it found them; no test leaves an ERROR line or a traceback in the
server's log, and the server answers its health check after each. Every invoice the gateway accepts must then
reach VALIDATED or INVALID in the pipeline's render/validate work, never an error that would leave it FAILED for its
content. A longer run: FUZZ_CASES=50 draws 50 times as many requests of each kind (`make test` draws once).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import grpc
import httpx
import pytest
from google.protobuf.message import Message
from google.protobuf.message_factory import GetMessageClass
from google.rpc import error_details_pb2, status_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from adapters.documents.platform_document import check_submitted, render_and_validate
from domain.bounds import MAX_LINES
from domain.document_file import DocumentFile
from domain.pipeline_ports import ContentNotRenderable
from pdpgateway.v1 import (
    archive_service_pb2,
    document_pb2,
    document_service_pb2,
    invoice_service_pb2,
    reception_service_pb2,
    reporting_service_pb2,
)
from pdpgateway.v1 import invoice_pb2 as pb
from service.grpc.mapping import invoice_from_proto, invoice_to_proto
from service.wiring.server import resolve
from tests.e2e.grpc_client import Company, invoice_of
from tests.random_refs import random_request_id
from tests.strategies import WORST_STRINGS, hostile_texts, mutated_messages, proto_messages
from tests.support.reception import settled, wait_until
from tests.support.webhooks import addressed_to, post_invoice

_SCALE = int(os.environ.get("FUZZ_CASES", "1"))
GENERIC_CASES = 12 * _SCALE  # per method
INVOICE_CASES = 40 * _SCALE  # valid invoices with hostile fields, for Validate and Submit each
DOCUMENT_CASES = 12 * _SCALE
STREAM_CASES = 4  # WatchInvoiceEvents stays open: each case waits for its deadline
FORBIDDEN = {
    grpc.StatusCode.INTERNAL,
    grpc.StatusCode.UNKNOWN,
    grpc.StatusCode.RESOURCE_EXHAUSTED,
    grpc.StatusCode.UNAVAILABLE,
    grpc.StatusCode.DATA_LOSS,
    grpc.StatusCode.UNIMPLEMENTED,
}
FIXTURES = Path(__file__).parents[1] / "fixtures" / "documents"
DOCUMENTS = [
    (FIXTURES / name).read_bytes()
    for name in ("cii_invoice_fr_b2b_services.xml", "ubl_invoice_fr_b2b_services.xml")
]
DOCUMENT_SELLER = "732829320"  # the seller SIREN (BT-30) of both fixtures
SERVICES = [
    invoice_service_pb2,
    document_service_pb2,
    reception_service_pb2,
    reporting_service_pb2,
    archive_service_pb2,
]
METHODS = [
    (service, method)
    for module in SERVICES
    for service in module.DESCRIPTOR.services_by_name.values()
    for method in service.methods
]


def drawn(strategy: st.SearchStrategy[Any], count: int) -> list[Any]:
    """`count` examples of `strategy`, the same ones on every run (derandomized, no example database)."""
    examples: list[Any] = []

    @settings(
        max_examples=count,
        derandomize=True,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        deadline=None,
    )
    @given(strategy)
    def collect(example: Any) -> None:
        examples.append(example)

    collect()
    return examples[:count]


# Every table holding a company's rows: a refused call leaves the company's count in each as it found it (the e2e
# server runs no pipeline, so nothing else writes them meanwhile). The tables without a company column (documents,
# lines, reports) hang off these rows.
_COMPANY_TABLES = """
    SELECT string_agg(format('SELECT %L AS t, count(*) AS n FROM %I WHERE company_siren = $1', table_name,
                             table_name), ' UNION ALL ' ORDER BY table_name)
      FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'company_siren'"""
_DATABASE: dict[str, Any] = {}


@pytest.fixture(autouse=True)
async def _checked_around(
    pg_pool: Any, channel: grpc.aio.Channel, caplog: pytest.LogCaptureFixture
) -> AsyncIterator[None]:
    """Each fuzz test: the company rows counted around every refused call (`call`); afterwards no ERROR line nor
    traceback in the log of the server (in this process), and the server still answers its health check."""
    _DATABASE["pool"], _DATABASE["counts"] = pg_pool, await pg_pool.fetchval(_COMPANY_TABLES)
    with caplog.at_level(logging.WARNING):
        yield
    _DATABASE.clear()
    errors = [r for r in caplog.get_records("call") if r.levelno >= logging.ERROR or r.exc_info]
    assert not errors, [(r.name, r.getMessage(), r.exc_text) for r in errors[:3]]
    health = await health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=30)
    assert health.status == health_pb2.HealthCheckResponse.SERVING


async def _rows(company: Company) -> dict[str, int]:
    if "pool" not in _DATABASE:
        return {}
    return {r["t"]: r["n"] for r in await _DATABASE["pool"].fetch(_DATABASE["counts"], company.siren)}


def _auth(company: Company) -> tuple[tuple[str, str], ...]:
    return (("authorization", f"Bearer {company.api_key}"),)


async def call(
    channel: grpc.aio.Channel, service: Any, method: Any, request: Message, company: Company
) -> Any:
    """The method's answer (a response, or the list of streamed ones), or its grpc.StatusCode when it failed."""
    response_class = GetMessageClass(method.output_type)
    path = f"/{service.full_name}/{method.name}"
    kwargs: dict[str, Callable[..., Any]] = {
        "request_serializer": type(request).SerializeToString,
        "response_deserializer": response_class.FromString,
    }
    before = await _rows(company)
    try:
        if method.server_streaming:
            stream = channel.unary_stream(path, **kwargs)(request, metadata=_auth(company), timeout=0.5)
            return [item async for item in stream]
        return await channel.unary_unary(path, **kwargs)(request, metadata=_auth(company), timeout=60)
    except grpc.aio.AioRpcError as err:
        if method.server_streaming and err.code() is grpc.StatusCode.DEADLINE_EXCEEDED:
            return []  # a stream still open at its deadline: nothing wrong
        assert err.code() not in FORBIDDEN, f"{method.name}: {err.code().name}: {err.details()}\n{request}"
        assert _rule_of(err), f"{method.name}: {err.code().name} naming no rule: {err.details()}\n{request}"
        after = await _rows(company)
        assert after == before, (
            f"{method.name} refused {err.code().name} and wrote: "
            f"{ {t: (before[t], n) for t, n in after.items() if before[t] != n} }\n{request}"
        )
        return err.code()


def _rule_of(err: grpc.aio.AioRpcError) -> str:
    """The rule id or reason a refusal names (what a client acts on, README's error table): its ErrorInfo's
    reason, or its PreconditionFailure's first type; else ""."""
    for key, value in err.trailing_metadata() or ():
        if key == "grpc-status-details-bin":
            for detail in status_pb2.Status.FromString(value).details:
                if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                    info = error_details_pb2.ErrorInfo()
                    detail.Unpack(info)
                    return info.reason
                if detail.Is(error_details_pb2.PreconditionFailure.DESCRIPTOR):
                    failure = error_details_pb2.PreconditionFailure()
                    detail.Unpack(failure)
                    return failure.violations[0].type if failure.violations else ""
    return ""


def _id(item: tuple[Any, Any]) -> str:
    return f"{item[0].name}.{item[1].name}"


@pytest.mark.parametrize("service_method", METHODS, ids=[_id(m) for m in METHODS])
async def test_every_method_answers_hostile_requests_without_internal_errors(
    channel: grpc.aio.Channel, company: Company, service_method: tuple[Any, Any]
) -> None:
    service, method = service_method
    cases = STREAM_CASES if method.server_streaming else GENERIC_CASES
    for request in drawn(proto_messages(method.input_type), cases):
        await call(channel, service, method, request, company)


def string_paths(descriptor: Any, prefix: str = "", depth: int = 0) -> list[tuple[str, bool]]:
    """(path, repeated) of every string field of a request, nested messages included (the Invoice message has its
    own test below)."""
    found = []
    for field in descriptor.fields:
        if field.type == field.TYPE_STRING:
            found.append((prefix + field.name, field.is_repeated))
        elif (
            field.type == field.TYPE_MESSAGE
            and depth < 2
            and field.message_type.full_name != "pdpgateway.v1.Invoice"
        ):
            found += string_paths(field.message_type, f"{prefix}{field.name}.", depth + 1)
    return found


def with_value(descriptor: Any, path: str, value: str) -> Message:
    """A request holding only `value` at `path` (one entry in each list on the way)."""
    request = GetMessageClass(descriptor)()
    target: Any = request
    *parents, leaf = path.split(".")
    for name in parents:
        child = target.DESCRIPTOR.fields_by_name[name]
        target = getattr(target, name).add() if child.is_repeated else getattr(target, name)
    if target.DESCRIPTOR.fields_by_name[leaf].is_repeated:
        getattr(target, leaf).append(value)
    else:
        setattr(target, leaf, value)
    return request


UNARY = [(s, m) for s, m in METHODS if not m.server_streaming]


def list_paths(descriptor: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The field path to every list of a request, however deep and of whatever type (the schema is not
    recursive)."""
    found = []
    for field in descriptor.fields:
        if field.is_repeated:
            found.append((*prefix, field))
        if field.type == field.TYPE_MESSAGE:
            found += list_paths(field.message_type, (*prefix, field))
    return found


def with_list(descriptor: Any, path: tuple[Any, ...], size: int) -> Message:
    """A request holding `size` entries (each its type's default, non-zero) in the list at `path`."""
    request = GetMessageClass(descriptor)()
    target: Any = request
    for field in path[:-1]:
        target = getattr(target, field.name).add() if field.is_repeated else getattr(target, field.name)
    entries = getattr(target, path[-1].name)
    if path[-1].type == path[-1].TYPE_MESSAGE:
        for _ in range(size):
            entries.add()
    else:
        default = {path[-1].TYPE_STRING: "x", path[-1].TYPE_BYTES: b"x"}.get(path[-1].type, 1)
        entries.extend([default] * size)
    return request


@pytest.mark.parametrize("service_method", METHODS, ids=[_id(m) for m in METHODS])
async def test_every_list_of_every_request_past_its_bound_is_refused_naming_it(
    channel: grpc.aio.Channel, company: Company, service_method: tuple[Any, Any]
) -> None:
    """Every list, texts, messages and numbers alike (ListInvoices' 3,000,000 states were taken, and held the
    process 13.6 s): past MAX_LINES entries, PDP-LIST-SIZE before the method reads it."""
    service, method = service_method
    for path in list_paths(method.input_type):
        answer = await call(
            channel, service, method, with_list(method.input_type, path, MAX_LINES + 1), company
        )
        assert answer is grpc.StatusCode.INVALID_ARGUMENT, (method.name, [f.name for f in path], answer)


@pytest.mark.parametrize("service_method", UNARY, ids=[_id(m) for m in UNARY])
async def test_every_string_field_of_every_request_takes_the_worst_values(
    channel: grpc.aio.Channel, company: Company, service_method: tuple[Any, Any]
) -> None:
    service, method = service_method
    for path, _ in string_paths(method.input_type):
        for value in WORST_STRINGS:
            await call(channel, service, method, with_value(method.input_type, path, value), company)


def _invoice_method(name: str) -> tuple[Any, Any]:
    service = invoice_service_pb2.DESCRIPTOR.services_by_name["InvoiceService"]
    return service, service.methods_by_name[name]


async def test_valid_invoices_with_hostile_fields_are_validated_or_refused_and_accepted_ones_render(
    channel: grpc.aio.Channel, company: Company
) -> None:
    base = invoice_to_proto(invoice_of(company, lines=3))
    invoices = drawn(mutated_messages(base), INVOICE_CASES)
    validate = _invoice_method("ValidateInvoice")
    submit = _invoice_method("SubmitInvoice")
    get = _invoice_method("GetInvoice")
    accepted = []
    for message in invoices:
        await call(channel, *validate, invoice_service_pb2.ValidateInvoiceRequest(invoice=message), company)
        request = invoice_service_pb2.SubmitInvoiceRequest(request_id=random_request_id(), invoice=message)
        answer = await call(channel, *submit, request, company)
        if not isinstance(answer, grpc.StatusCode):
            accepted.append(answer.invoice.id)
    assert accepted, "no mutation was accepted: the accepted path is not exercised"
    for invoice_id in accepted:
        stored = await call(
            channel, *get, invoice_service_pb2.GetInvoiceRequest(invoice_id=invoice_id), company
        )
        _reaches_validated_or_invalid(stored.invoice.invoice)


def _reaches_validated_or_invalid(message: pb.Invoice) -> None:
    """What the pipeline's render/validate step does with the stored invoice: a complete report (VALIDATED or
    INVALID) or ContentNotRenderable (INVALID); anything else would be retried until FAILED."""
    invoice = invoice_from_proto(message)
    try:
        processed = render_and_validate(invoice, "cii")
    except ContentNotRenderable:
        return
    assert processed.report.complete, processed.report.errors


def _mutated_document(draw: st.DrawFn) -> bytes:
    content = draw(st.sampled_from(DOCUMENTS))
    texts = [m.span(1) for m in re.finditer(rb">([^<>]+)<", content)]
    how = draw(st.sampled_from(["text", "text", "truncate", "bytes"]))
    if how == "truncate":
        return content[: draw(st.integers(0, len(content) - 1))]
    if how == "bytes":
        at = draw(st.integers(0, len(content) - 1))
        return content[:at] + draw(st.binary(min_size=1, max_size=8)) + content[at + 1 :]
    start, end = draw(st.sampled_from(texts))
    value = draw(hostile_texts).encode("utf-8", "surrogatepass")
    return content[:start] + value + content[end:]


async def test_mutated_documents_are_read_checked_or_refused_and_accepted_ones_are_checkable(
    channel: grpc.aio.Channel, container: Any
) -> None:
    keys = await resolve(container.api_keys)
    seller = Company(DOCUMENT_SELLER, (await keys.create(DOCUMENT_SELLER, "fuzz"))["secret"])
    documents = drawn(st.composite(_mutated_document)(), DOCUMENT_CASES)
    service = document_service_pb2.DESCRIPTOR.services_by_name["DocumentService"]
    submit = _invoice_method("SubmitInvoice")
    accepted = []
    for content in documents:
        for name, request in (
            ("ParseDocument", document_service_pb2.ParseDocumentRequest(content=content)),
            ("ValidateDocument", document_service_pb2.ValidateDocumentRequest(content=content)),
        ):
            await call(channel, service, service.methods_by_name[name], request, seller)
        request = invoice_service_pb2.SubmitInvoiceRequest(request_id=random_request_id(), document=content)
        answer = await call(channel, *submit, request, seller)
        if not isinstance(answer, grpc.StatusCode):
            accepted.append(content)
    for content in accepted:  # the pipeline checks the client's own bytes: a report, never an error
        checked = check_submitted(DocumentFile.of(content, "application/xml", "invoice.xml"), True)
        assert checked.report.complete, checked.report.errors


def _records_bases(company: Company) -> list[tuple[str, Message]]:
    """Valid reporting requests: their mutations get past the request checks into the reporting arithmetic."""
    sale = reporting_service_pb2.B2cTransaction(
        key=f"{company.siren}-fuzz",
        day="2026-09-02",
        category=reporting_service_pb2.B2C_CATEGORY_TLB1,
        vat_rate="20",
        taxable_amount="100.00",
        vat_amount="20.00",
        currency="USD",
        eur_rate="0.9",
    )
    payment = reporting_service_pb2.Payment(
        key=f"{company.siren}-pay",
        day="2026-09-03",
        amounts=[reporting_service_pb2.PaymentAmount(vat_rate="20", amount="120.00")],
        invoice_id="F-1",
        invoice_date="2026-09-01",
    )
    period = reporting_service_pb2.PeriodSelector(
        regime=reporting_service_pb2.VAT_REGIME_SIMPLIFIED,
        kind=reporting_service_pb2.REPORT_KIND_TRANSACTIONS,
        day="2026-09-15",
    )
    return [
        ("RecordB2cTransactions", reporting_service_pb2.RecordB2cTransactionsRequest(transactions=[sale])),
        ("RecordPayments", reporting_service_pb2.RecordPaymentsRequest(payments=[payment])),
        ("PreviewDeclaration", reporting_service_pb2.PreviewDeclarationRequest(period=period)),
    ]


async def test_valid_reporting_requests_with_hostile_fields_are_recorded_or_refused(
    channel: grpc.aio.Channel, company: Company
) -> None:
    service = reporting_service_pb2.DESCRIPTOR.services_by_name["ReportingService"]
    preview = service.methods_by_name["PreviewDeclaration"]
    for name, base in _records_bases(company):
        for request in drawn(mutated_messages(base), GENERIC_CASES):
            if name != "PreviewDeclaration":  # unique keys: each mutation is a new record
                for item in (
                    getattr(request, "transactions", None) or getattr(request, "payments", None) or ()
                ):
                    item.key = f"{item.key}-{random_request_id()}"
            await call(channel, service, service.methods_by_name[name], request, company)
    # what was recorded is then declared: the arithmetic over every accepted amount
    await call(channel, service, preview, _records_bases(company)[2][1], company)


def _by_id_bases(invoice_id: str, received_id: str) -> list[tuple[Any, str, Message]]:
    """Valid requests of the methods that take an invoice's or a received invoice's id, on the company's own: their
    mutations get past the id into each method's own checks, state and writes."""
    inv, rec = invoice_service_pb2, reception_service_pb2
    return [
        (
            inv,
            "SetInvoiceStatus",
            inv.SetInvoiceStatusRequest(invoice_id=invoice_id, code="211", amount="10.00"),
        ),
        (
            inv,
            "RecordPayment",
            inv.RecordPaymentRequest(
                invoice_id=invoice_id, payment_id="P-1", date="2026-11-20", amount="10.00"
            ),
        ),
        (
            inv,
            "CancelInvoice",
            inv.CancelInvoiceRequest(invoice_id=invoice_id, reason="typo", request_id="c-1"),
        ),
        (
            inv,
            "GetInvoiceDocument",
            inv.GetInvoiceDocumentRequest(invoice_id=invoice_id, format=document_pb2.DOCUMENT_FORMAT_CII),
        ),
        (
            rec,
            "SetBuyerStatus",
            rec.SetBuyerStatusRequest(
                invoice_id=received_id, status=rec.BUYER_STATUS_DISPUTED, reason_code="PRIX", message="x"
            ),
        ),
        (
            rec,
            "RecordPaymentSent",
            rec.RecordPaymentSentRequest(
                invoice_id=received_id, payment_id="S-1", date="2026-11-20", amount="1.00"
            ),
        ),
    ]


async def test_valid_requests_on_the_company_s_own_ids_with_hostile_fields_are_answered_or_refused_whole(
    channel: grpc.aio.Channel, company: Company, webhook_url: str, pg_pool: Any
) -> None:
    """Each method that takes an id, given the company's own invoice or received invoice (brought by a signed
    callback) and hostile values in its other fields: `call` checks each refusal wrote nothing."""
    submitted = await call(
        channel,
        *_invoice_method("SubmitInvoice"),
        invoice_service_pb2.SubmitInvoiceRequest(
            request_id=random_request_id(), invoice=invoice_to_proto(invoice_of(company, lines=2))
        ),
        company,
    )
    key = random_request_id()
    async with httpx.AsyncClient(base_url=webhook_url) as http:
        sent = await post_invoice(
            http, addressed_to(DOCUMENTS[0], company.siren), key=key, target=f"0225:{company.siren}"
        )
        assert sent.status_code == 200, sent.text
    await wait_until(lambda: settled(pg_pool, [key]))
    received_id = await pg_pool.fetchval(
        "SELECT id::text FROM received_invoices WHERE company_siren = $1", company.siren
    )
    for module, name, base in _by_id_bases(submitted.invoice.id, received_id):
        service = next(iter(module.DESCRIPTOR.services_by_name.values()))
        for request in drawn(mutated_messages(base), GENERIC_CASES):
            await call(channel, service, service.methods_by_name[name], request, company)
