"""A document refused for a limit or a PDF defect reaches the client through the one error table as
INVALID_ARGUMENT naming that rule (BadRequest and ErrorInfo), never INTERNAL."""

from __future__ import annotations

from typing import Any

import pytest
from google.rpc import code_pb2, error_details_pb2

from adapters.documents.checking import DOCUMENT_TOOLS
from adapters.documents.limits import DocumentTooLarge, TooManyObjects
from adapters.documents.pdf_reading import DamagedPdf, EncryptedPdf
from adapters.postgres.outage import is_outage
from domain.document_formats import DocumentError, WorkerMemoryExceeded, WorkerTimeExceeded
from domain.errors import InvoiceRejected
from service.grpc.errors import ErrorTable
from service.usecases.emission import documents as cases

ERRORS = ErrorTable(is_outage)  # as the wiring makes it
to_status = ERRORS.to_status


def _detail(status: Any, kind: Any) -> Any:
    [found] = [d for d in status.details if d.Is(kind.DESCRIPTOR)]
    message = kind()
    found.Unpack(message)
    return message


@pytest.mark.parametrize(
    ("error", "rule"),
    [
        (WorkerTimeExceeded("the document took longer than 30 s"), "PDP-DOC-TIME"),
        (WorkerMemoryExceeded("the document needs more memory"), "PDP-DOC-MEMORY"),
        (
            DocumentTooLarge("the attachment factur-x.xml decodes to more than 33,554,432 bytes"),
            "PDP-DOC-SIZE",
        ),
        (TooManyObjects("the PDF has 60,000 objects"), "PDP-DOC-OBJECTS"),
        (DamagedPdf("the PDF is damaged or truncated: can't find startxref"), "PDP-PDF-DAMAGED"),
        (EncryptedPdf("the PDF is encrypted (owner password)"), "PDP-PDF-ENCRYPTED"),
        (DocumentError("not well-formed XML"), "PDP-DOCUMENT"),
    ],
)
async def test_a_refused_document_is_invalid_argument_naming_its_rule(error: DocumentError, rule: str):
    async def run(fn: Any, *args: Any) -> Any:
        raise error

    with pytest.raises(InvoiceRejected) as caught:
        await cases.check(run, DOCUMENT_TOOLS, b"%PDF-1.7", None)
    status = to_status(caught.value)
    assert status.code == code_pb2.INVALID_ARGUMENT
    [violation] = _detail(status, error_details_pb2.BadRequest).field_violations
    assert violation.field == "content" and violation.description.startswith(f"{rule}: ")
    assert str(error) in violation.description
    assert _detail(status, error_details_pb2.ErrorInfo).reason == rule
