"""A Factur-X BASIC WL document leaves out what the profile has no room for: `left_out` names each term so left out
(RenderDocument's warnings), and its invoice is exactly what a reader gets back from the document, so the list is
complete (a term the writer drops without a warning fails here)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings

from adapters.documents.cii_reader import parse_cii
from adapters.documents.cii_writer import render_cii
from adapters.documents.profile_room import LEFT_OUT_RULE, left_out
from domain.document_formats import Profile
from domain.findings import Severity
from domain.invoice import Contact, Invoice, PaymentInstructions
from domain.totals import compute_totals
from tests.document_examples import ALL_SHAPES
from tests.strategies import invoices


def _read_back(invoice: Invoice, profile: Profile) -> Invoice:
    return parse_cii(render_cii(invoice, profile)).invoice


@pytest.mark.parametrize("shape", sorted(ALL_SHAPES))
def test_what_basic_wl_leaves_out_is_what_a_reader_does_not_get_back(shape: str) -> None:
    invoice = ALL_SHAPES[shape]()
    kept, _warnings = left_out(invoice, Profile.BASIC_WL)
    assert _read_back(invoice, Profile.BASIC_WL) == kept.evolve(specification=Profile.BASIC_WL.urn)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(invoices())
def test_generated_invoices_lose_in_basic_wl_only_what_is_named(draft: Invoice) -> None:
    invoice = compute_totals(draft)
    kept, _warnings = left_out(invoice, Profile.BASIC_WL)
    assert _read_back(invoice, Profile.BASIC_WL) == kept.evolve(specification=Profile.BASIC_WL.urn)


def test_each_term_left_out_is_a_warning_named_by_its_bt_id() -> None:
    invoice = ALL_SHAPES["annex_b_full"]()
    second = PaymentInstructions(means_code="30", means_text="Virement", iban="FR7630006000011234567890189")
    invoice = invoice.evolve(
        payment_instructions=(*invoice.payment_instructions, second),
        buyer=replace(invoice.buyer, contact=Contact(name="Achats")),
    )

    _kept, warnings = left_out(invoice, Profile.BASIC_WL)

    assert all(w.rule_id == LEFT_OUT_RULE and w.severity is Severity.WARNING for w in warnings)
    paths = {w.path for w in warnings}
    assert {"BG-25", "BG-6", "BG-9", "BT-33", "BT-45", "BT-11", "BT-14", "BT-15", "BT-17", "BT-18"} <= paths
    assert {"BG-16[1]/BT-86", "BG-16[2]/BT-82"} <= paths
    (lines,) = [w for w in warnings if w.path == "BG-25"]
    assert lines.message == (
        f"BG-25 ({len(invoice.lines)} lines) is left out: the BASICWL profile has no room for it"
    )


@pytest.mark.parametrize("profile", [Profile.EN16931, Profile.EXTENDED_CTC_FR, Profile.EXTENDED])
def test_the_full_profiles_leave_nothing_out(profile: Profile) -> None:
    invoice = ALL_SHAPES["annex_b_full"]()
    assert left_out(invoice, profile) == (invoice, ())
