"""The corpus run's submit stage: a ready document given to SubmitInvoice by its issuer, as submit_document does it."""

from __future__ import annotations

import re
from pathlib import Path

from adapters.documents.api import render
from domain.document_formats import DocumentFormat, Profile
from tests.builders import an_invoice
from tools.corpus_run import examine


def test_a_valid_document_is_accepted_as_submitted_with_its_totals_and_bytes() -> None:
    content = render(an_invoice(lines=2), DocumentFormat.CII, Profile.EN16931).content

    out = examine("ours/invoice.xml", content, "valid")

    assert (out.valid, out.submitted, out.problems) == (True, "accepted", [])


def test_a_document_its_seller_cannot_send_is_refused_naming_the_rules() -> None:
    invoice = an_invoice()
    content = render(invoice, DocumentFormat.UBL, Profile.EN16931).content
    broken = content.replace(f">{invoice.seller.siren}<".encode(), b">123456789<")

    out = examine("ours/broken.xml", broken, "")

    assert out.submitted.startswith("refused ")
    assert "PDP-SIREN-KEY" in out.submitted


def test_a_document_stating_no_profile_loses_nothing_through_the_api_view() -> None:
    # the API shows an unstated BT-24 empty, as the document has it (invoice.proto); read back as a request it is
    # EN 16931's default, which the runner counted as a term lost
    content = render(an_invoice(), DocumentFormat.UBL, Profile.EN16931).content
    unstated = re.sub(rb"<cbc:CustomizationID>[^<]*</cbc:CustomizationID>", b"", content)

    out = examine("ours/no-bt24.xml", unstated, "")

    assert (out.read, out.problems) == (True, [])


def test_a_document_whose_texts_a_request_could_not_send_is_run_through_every_stage() -> None:
    # facturx-cas-limites RBT-001 (a 1,017-character item name): the API view's read-back as a request refused it
    # (PDP-TEXT-LENGTH, a request's own bound) and the runner reported a crash, skipping the readable view and submit
    path = Path(__file__).resolve().parents[2] / "fixtures" / "facturx-cas-limites" / "RBT-001.xml"

    out = examine("cas/RBT-001.xml", path.read_bytes(), "")

    assert (out.read, out.problems) == (True, [])
    assert out.submitted.startswith("refused ")  # BASIC: a profile the reform does not take
    assert "PDP-TEXT-LENGTH" not in out.submitted
