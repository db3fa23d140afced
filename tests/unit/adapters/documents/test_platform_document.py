"""The platform document made in a pool worker: content the XML writers refuse is not renderable (a retry cannot
help), never a crash of the worker."""

from __future__ import annotations

from dataclasses import replace

import pytest

from adapters.documents.platform_document import render_and_validate
from domain.pipeline_ports import ContentNotRenderable
from tests.builders import an_invoice


@pytest.mark.parametrize("document_format", ["cii", "ubl", "facturx"])
def test_content_the_writers_refuse_is_content_not_renderable(document_format: str) -> None:
    invoice = an_invoice()
    unwritable = invoice.evolve(seller=replace(invoice.seller, name="ACME\x00"))  # only the edge refuses it
    with pytest.raises(ContentNotRenderable, match="XML compatible|NULL bytes|control characters"):
        render_and_validate(unwritable, document_format)
