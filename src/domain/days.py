"""The days a recorded fact may bear: a payment (the books' RecordPayment and RecordPaymentSent, the payment data of
RecordPayments) and a sale to a consumer (RecordB2cTransactions). Each bound is one function saying why a day is
refused ("" when it is not); the callers name their rule (PAY-DATE*, ER-*-DATE*), so that one refusal reads the same
wherever the day came in.

- Not after today: a payment or a sale is a fact, recorded once it happened. Dated ahead, a payment's 212 tells the
  administration of a collection not made, and either lands in a declaration not yet due. "Today" is the day in
  Réunion (UTC+4), the French VAT territory whose day begins first, a few minutes ahead of our clock
  (`CLOCK_SKEW`): a till or a bank feed whose clock runs slightly ahead of ours, at midnight, is not refused.
- Within 2000–2099: the years the official checks allow (BR-FR-03 for an invoice's dates, and the DGFiP's Flux10
  rule G1.36 for the collection date of the payment data and the date of the B2C transactions). A day outside
  them would be refused by the validation of its declaration, which fails closed: recorded, it would block its
  period until voided.
- A payment on an invoice, not more than `ADVANCE` before its issue date (BT-2): money received that long before
  its invoice is an advance payment, invoiced on its own (a prepayment invoice, 386, CGI art. 289 I-1-c) and
  deducted on the final invoice as BT-113; the payment data of an advance is due when it is collected, so a day
  before the invoice is taken, but a year and more before it is a typing error (2016 for 2026) far likelier than an
  advance left off its own invoice. Our rule: no text of the reference pack bounds it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

CLOCK_SKEW = timedelta(minutes=5)
FIRST_DAY = date(2000, 1, 1)  # BR-FR-03, Flux10 G1.36
LAST_DAY = date(2099, 12, 31)
ADVANCE = timedelta(days=366)
# Réunion's time (UTC+4, no summer time): the latest calendar day among the French VAT territories (mainland and
# Corsica UTC+1/+2, Guadeloupe and Martinique UTC-4, Mayotte UTC+3).
_EASTERNMOST_FRENCH_TIME = timezone(timedelta(hours=4))


def latest_french_day(now: datetime) -> date:
    """The day it is in the French VAT territory whose day begins first (Réunion) `CLOCK_SKEW` from `now`: what
    `after_today` takes for today, so a payment a company in Réunion records at 00:01 on its own day is not refused
    while it is still the day before in Paris, nor a sale a till stamps a minute after midnight by a clock slightly
    ahead of ours (a day after Paris's passes in the last hours of its evening)."""
    return (now + CLOCK_SKEW).astimezone(_EASTERNMOST_FRENCH_TIME).date()


def after_today(day: date, today: date, what: str) -> str:
    """Why `what` (said "the payment", "the sale") dated `day` is refused on `today` (`latest_french_day`)."""
    if day <= today:
        return ""
    return f"{what} is dated {day.isoformat()}, after today ({today.isoformat()}): it is recorded once it happened"


def outside_years(day: date, what: str) -> str:
    """Why `what` dated `day` is refused by the years an official date may have (BR-FR-03, Flux10 G1.36)."""
    if FIRST_DAY <= day <= LAST_DAY:
        return ""
    return f"{what} is dated {day.isoformat()}, not in the years {FIRST_DAY.year} to {LAST_DAY.year} (Flux10 G1.36, BR-FR-03)"


def before_invoice(paid_on: date, issued: date) -> str:
    """Why a payment dated `paid_on` is refused on an invoice issued on `issued` (BT-2): more than `ADVANCE` before."""
    if paid_on >= issued - ADVANCE:
        return ""
    # short: an error's description is cut past 160 characters (service.grpc.errors)
    return f"the payment is dated {paid_on.isoformat()}, over a year before its invoice of {issued.isoformat()} (BT-2): check the year"
