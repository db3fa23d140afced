"""Company settings on the in-memory unit of work (tests.fakes.FakeUnitOfWork; PostgreSQL:
tests/integration/service/usecases/test_company_settings.py): each change is stored with its audit entry naming the
value it replaced, and a refused one writes nothing."""

from __future__ import annotations

import functools
from decimal import Decimal

import pytest

from domain.books_check import Tolerance
from service.usecases.company_settings import (
    clear_supplier_tolerance,
    set_books_tolerance,
    set_payment_sent_status,
)
from tests.fakes import FakeUnitOfWork, FixedClock, InMemoryDatabase
from tests.random_refs import random_siren


async def test_each_change_is_stored_and_audited_with_the_value_it_replaced_and_a_refused_one_writes_nothing() -> (
    None
):
    db, company, supplier = InMemoryDatabase(), random_siren(), random_siren()
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}

    first = await set_books_tolerance(company=company, amount=Decimal("10.00"), **deps)
    second = await set_books_tolerance(company=company, amount=Decimal("2.50"), **deps)
    own = await set_books_tolerance(
        company=company, amount=Decimal("0"), percent=Decimal("2.5"), supplier=supplier, **deps
    )
    switched = await set_payment_sent_status(company=company, on=True, **deps)
    gone = await clear_supplier_tolerance(company=company, supplier=supplier, **deps)
    with pytest.raises(ValueError, match="percentage"):
        await set_books_tolerance(company=company, amount=Decimal("1"), percent=Decimal("101"), **deps)

    assert (first["previous"], second["previous"]) == (None, {"amount": "10.00", "percent": None})
    assert own["applies"] == f"the supplier {supplier}'s tolerance of 2.5 %"
    assert (switched["previous"], gone["cleared"]) == (False, True)
    assert db.books_tolerance[company] == Tolerance(Decimal("2.50"), None, "company")
    assert company in db.sends_payment_sent and db.supplier_books_tolerance == {}
    assert [(e.action, e.details["previous"]) for e in db.audit.entries[company]] == [
        ("settings.books_tolerance_set", None),
        ("settings.books_tolerance_set", {"amount": "10.00", "percent": None}),
        ("settings.books_tolerance_set", None),
        ("settings.payment_sent_status_set", False),
        ("settings.books_tolerance_cleared", {"amount": "0", "percent": "2.5"}),
    ]


@pytest.mark.parametrize("supplier", ["73282932", "73282932A", "７３２８２９３２０"])
async def test_a_supplier_is_named_by_its_siren_of_nine_ascii_digits(supplier: str) -> None:
    # the full-width digits passed `str.isdigit` before `identifiers.siren_of` (and were stored as a supplier)
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, InMemoryDatabase()), "clock": FixedClock()}
    with pytest.raises(ValueError, match="the supplier is its SIREN, 9 digits"):
        await set_books_tolerance(company=random_siren(), amount=Decimal("1"), supplier=supplier, **deps)
    with pytest.raises(ValueError, match="the supplier is its SIREN, 9 digits"):
        await clear_supplier_tolerance(company=random_siren(), supplier=supplier, **deps)
