"""One company's listing query: its filters as numbered parameters, then a keyset page, newest first.

The invoices and the received invoices are listed the same way (filters that are left empty add nothing, a page
token from the previous page and read only by the same listing, one row more than the page to know whether another
follows); this is that way, once.
Column names come from the code, never from the request: every value the caller gives goes in as a parameter.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from adapters.page_token import decode_page_token, encode_page_token

NEWEST_FIRST = "ORDER BY created_at DESC, id DESC"


class Listing:
    """The WHERE clause of one company's listing ($1 is the company) and the values of its parameters; `scope`
    (`page_scope` of the method, company and filters) is what its page tokens are bound to."""

    def __init__(self, company_siren: str, scope: str) -> None:
        self.args: list[Any] = [company_siren]
        self._conditions = ["company_siren = $1"]
        self._scope = scope

    def param(self, value: object) -> str:
        self.args.append(value)
        return f"${len(self.args)}"

    def one_of(self, column: str, values: Sequence[str]) -> None:
        if values:
            self._conditions.append(f"{column} = any({self.param(list(values))}::text[])")

    def equal(self, column: str, value: object | None) -> None:
        if value is not None:
            self._conditions.append(f"{column} = {self.param(value)}")

    def between(self, column: str, start: date | datetime | None, end: date | datetime | None) -> None:
        """Both ends included; either may be left open."""
        if start:
            self._conditions.append(f"{column} >= {self.param(start)}")
        if end:
            self._conditions.append(f"{column} <= {self.param(end)}")

    def party(self, prefix: str, siren_or_name: str) -> None:
        """A counterparty by its SIREN exactly, or by a part of its name in any case (`prefix`_siren, _name)."""
        if siren_or_name:
            p = self.param(siren_or_name)
            self._conditions.append(f"({prefix}_siren = {p} OR strpos(lower({prefix}_name), lower({p})) > 0)")

    def page(self, page_token: str, page_size: int) -> str:
        """The rows after the page token's (created_at, id), newest first, one more than the page (the `ORDER BY
        ... LIMIT` to append); a token this listing did not issue is InvalidPageToken."""
        if page_token:
            created_at, last_id = decode_page_token(page_token, self._scope)
            self._conditions.append(
                f"(created_at, id) < ({self.param(created_at)}, {self.param(uuid.UUID(last_id))})"
            )
        return f"{NEWEST_FIRST} LIMIT {self.param(page_size + 1)}"

    @property
    def where(self) -> str:
        return " AND ".join(self._conditions)

    def next_token(self, fetched: int, kept: int, last: tuple[datetime, str] | None) -> str:
        """The token of the page after this one: empty when no row was fetched beyond the `kept` rows of the page
        (its size, or fewer when the page was cut short; `fetched` counts the one row more that `page` asks for);
        `last` is the (created_at, id) of the page's last item."""
        return encode_page_token(*last, self._scope) if fetched > kept and last is not None else ""
