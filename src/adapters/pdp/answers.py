"""A platform's JSON answer read into the gateway's values: one way for every platform adapter.

A read's answer must have the shape the platform's API gives: an object where it gives one, an array of objects
where it gives rows. A body that is not JSON, or JSON of another shape (a proxy's page, another version of the API),
is the platform's failure: PlatformUnavailable, retried like any failed read, never a crash of the caller (an
AttributeError burnt the item's attempts as a bug of ours) and never "nothing there" (an empty search before a
resend would deposit an invoice twice). Leaf values stay the adapters' to read leniently.

An id the platform gives a deposit (answering the upload, or in a search row that reconciles it) is kept as the
invoice's platform id: it must be a short text PostgreSQL can store.

A list of independent items (IOPOLE's notSeen lists) is read item by item (`each_item`): an array whose one item is
unreadable is the rest delivered and that one skipped and counted, never the whole list refused (the catch-up would
stall on it every round, as the platform keeps offering it); a list that is not an array stays the platform's failure.

The platform's answer and our own reader are told apart by what is raised: a reader judges the answer's shape
explicitly (`listed`, `rows`, `obj`, `field_of`, `platform_id` raise TypeError, KeyError or ValueError naming what
was expected), and reads leaf values leniently (a TypeError or ValueError there is the platform's value too).
Anything else a reader raises (an AttributeError: a value used without its shape checked; any other exception) is a
bug of the gateway's: logged at ERROR with its traceback, and raised as PlatformRejected, so that the call counts as
its item's failed attempt (the item ends FAILED or parked after its attempts) instead of being waited out as an outage.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

import httpx

from adapters.declared_charset import UnknownCharset, declared_codec, json_in
from adapters.pdp.document_end import cut_short
from adapters.pdp.exchange import close_delimited
from domain.bounds import shorten, xml_chars_only
from domain.platform import PlatformOutcomeUnknown, PlatformRejected, PlatformUnavailable

log = logging.getLogger(__name__)

MAX_ID_LENGTH = 256  # platforms' ids are UUIDs or similar; anything longer is not one

# What a reader raises on a body of another shape (an object where an array is expected, iterating a number, an id
# that is not one): its explicit judgements, and its lenient reading of leaf values. Not AttributeError: a `.get` on
# a value whose shape was not checked is the reader's own bug (`obj` checks it).
SHAPE_ERRORS = (KeyError, TypeError, ValueError)

T = TypeVar("T")


def answer_json(response: httpx.Response) -> Any:
    """The answer's JSON, read in the charset its Content-Type declares, else as RFC 8259 says (UTF-8, or UTF-16/32
    by its first bytes; also for a charset no codec knows); ValueError when it is no JSON. JSON is UTF-8 between
    systems, but a platform that declares ISO-8859-1 writes it: read as UTF-8, its "é" made every such answer
    unreadable, round after round."""
    try:
        codec = declared_codec(response.headers.get("content-type", ""))
    except UnknownCharset:
        codec = None
    return json_in(response.content, codec)


def read_json(what: str, platform: str, response: httpx.Response, read: Callable[[Any], T]) -> T:
    """`read` applied to the answer's JSON; PlatformUnavailable when it is not JSON or not of the shape `read`
    expects."""
    try:
        body = answer_json(response)
    except ValueError:
        raise PlatformUnavailable(f"{what}: {platform} answered a non-JSON body") from None
    return read_answer(what, platform, body, read)


def read_answer(what: str, platform: str, body: Any, read: Callable[[Any], T]) -> T:
    """`read` applied to what a platform answered, already decoded (`read_json`, or rows gathered over several
    pages); PlatformUnavailable when it is not of the shape `read` expects."""
    try:
        return read(body)
    except SHAPE_ERRORS as exc:
        raise PlatformUnavailable(
            f"{what}: {platform} answered an unexpected body ({type(exc).__name__}: {shorten(str(exc), 120)})"
        ) from None
    except Exception as exc:
        raise reader_bug(what, platform, exc) from exc


def reader_bug(what: str, platform: str, exc: Exception) -> PlatformRejected:
    """`exc`, raised by the gateway's own reading of `platform`'s answer: logged with its traceback (never the
    answer: it may hold anything), and the failure the call ends with."""
    log.error("%s: the gateway's reader of %s's answer failed: a bug", what, platform, exc_info=exc)
    return PlatformRejected(
        f"{what}: reading {platform}'s answer failed in the gateway ({type(exc).__name__}: "
        f"{shorten(str(exc), 120)}): a bug, logged with its traceback"
    )


# What an error body comes as: never a document a platform gives (XML, PDF, or bytes untyped). An HTML page with a
# 2xx is refused before, as every call's (adapters.pdp.outcome.status_failure).
NOT_DOCUMENTS = ("application/json", "application/problem+json")
# What says nothing of the body: its content tells.
UNTYPED = ("", "application/octet-stream", "text/plain")


def media_type(response: httpx.Response) -> str:
    """The answer's Content-Type without its parameters, lower case ("" without one)."""
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def document_body(what: str, platform: str, response: httpx.Response) -> bytes:
    """A downloaded document's bytes. An answer of 200 that is no document (a JSON error body, nothing) is the
    platform's failure, PlatformUnavailable: kept as the document, it would be stored as the invoice received, and
    the real one acknowledged to the platform (marked seen) and lost from our side."""
    media = media_type(response)
    if not response.content:
        raise PlatformUnavailable(f"{what}: {platform} answered an empty body, not a document")
    if media in NOT_DOCUMENTS or media.endswith("+json"):
        raise PlatformUnavailable(f"{what}: {platform} answered {shorten(media, 60)}, not a document")
    # Untyped, a JSON body is an error's too (a document a platform gives is XML or PDF): kept, it was stored as the
    # invoice received, unreadable, and the real one acknowledged to the platform and lost from our side.
    if media in UNTYPED and response.content.lstrip(b" \t\r\n\xef\xbb\xbf")[:1] in (b"{", b"["):
        shown = shorten(media, 60) or "no type"
        raise PlatformUnavailable(f"{what}: {platform} answered JSON, not a document ({shown})")
    # Cut short, it would be stored as the invoice received (and acknowledged to the platform) though nothing could
    # read it: asked again instead, as an answer lost. Ended by the connection's close, without a length, its framing
    # cannot tell; and a Content-Length that lies short of the body (a proxy's, a platform's) frames the cut as
    # whole: httpx reads what it declares and stops, the rest unread.
    if short := cut_short(response.content):
        framed = (
            "ended by closing the connection, without a length,"
            if close_delimited(response)
            else "of the length the answer declared,"
        )
        raise PlatformUnavailable(
            f"{what}: {platform} answered {len(response.content)} bytes {framed} and they stop short of the"
            f" document's end ({short})"
        )
    return response.content


def as_is(body: Any) -> Any:
    return body


def obj(value: Any, what: str = "an object") -> Mapping[str, Any]:
    """A JSON object (null: an empty one); TypeError naming `what` for any other type."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise TypeError(f"expected {what}, not {type(value).__name__}")
    return value


def listed(value: Any) -> list[Any]:
    """A JSON array (null: none)."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise TypeError(f"expected an array, not {type(value).__name__}")
    return value


def rows(value: Any) -> list[Mapping[str, Any]]:
    """A JSON array of objects (null: none)."""
    items = listed(value)
    for item in items:
        if not isinstance(item, Mapping):
            raise TypeError(f"expected an array of objects, found {type(item).__name__}")
    return items


@dataclass(frozen=True, slots=True)
class Skipped:
    """An item of a list the gateway could not read: where it stands ("item 3"), why (the error's type and message,
    which name a rule or a type, never the item's content: it came from the platform and may be anything, a secret
    or a megabyte), and a digest of its content, to know it again in a later answer without keeping it."""

    where: str
    why: str
    digest: str

    def __str__(self) -> str:
        return f"{self.where}: {self.why}"


@dataclass(frozen=True, slots=True)
class Items(Generic[T]):
    """The readable items of a list, and the others, skipped."""

    items: list[T]
    skipped: list[Skipped] = field(default_factory=list)


def each_item(value: Any, read: Callable[[Any], T], *, where: str = "item") -> Items[T]:
    """`read` applied to each item of a JSON array (null: none; TypeError when it is not an array). An item `read`
    cannot read is skipped, named `where` and its position ("item 3")."""
    found: Items[T] = Items([])
    for position, item in enumerate(listed(value)):
        try:
            found.items.append(read(item))
        except SHAPE_ERRORS as exc:
            found.skipped.append(skipped(f"{where} {position}", exc, item))
        except Exception as exc:  # a bug of the reader's: said with its traceback, the other items still read
            log.error("reading %s %d failed in the gateway: a bug", where, position, exc_info=exc)
            found.skipped.append(skipped(f"{where} {position}", exc, item))
    return found


def skipped(where: str, error: Exception, item: Any) -> Skipped:
    """`item`, at `where`, skipped for `error`."""
    content = json.dumps(item, sort_keys=True, ensure_ascii=False, default=str)
    return Skipped(
        where,
        f"{type(error).__name__}: {shorten(str(error), 120)}",
        hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest(),
    )


def field_of(body: Any, name: str, *, required: bool = False) -> Any:
    """`name` of a JSON object (None when absent; KeyError if `required`: where an answer without it would read as
    "nothing there", a search's rows)."""
    if not isinstance(body, Mapping):
        raise TypeError(f"expected an object with {name}, not {type(body).__name__}")
    if required and name not in body:
        raise KeyError(f"no {name} in the answer")
    return body.get(name)


def answer_object(body: Any, members: tuple[str, ...], what: str) -> Mapping[str, Any]:
    """An object that is the answer asked for: it holds at least one of `members`, the members its API gives such an
    answer (each may be optional, an empty list left out, not all of them). An error body answered 200 (`{"error":
    ...}`, a gateway's or a framework's) has none: read as an answer of nothing, a directory that does not know the
    buyer failed the invoice at once, a search before a resend that finds nothing deposited it again."""
    if not isinstance(body, Mapping):
        raise TypeError(f"expected {what}, not {type(body).__name__}")
    if not any(member in body for member in members):
        raise KeyError(f"{what} without any of {', '.join(members)}")
    return body


# What an error body holds, whoever writes it: AFNOR's Error (errorCode, errorMessage), IOPOLE's refusal ({message}, or
# rows of {path, code, message}), a gateway's or a framework's ({error}, {errors}, {fault}, RFC 9457's {detail}).
ERROR_MEMBERS = ("error", "errors", "errorCode", "errorMessage", "fault", "message", "code", "detail")
# A health answer's `status` saying the service is not up (Spring's DOWN, the IETF health draft's fail).
DOWN_STATES = frozenset({"down", "out_of_service", "fail", "failed", "error", "ko", "unhealthy"})


def nothing_answered(what: str, platform: str, response: httpx.Response, *, idempotent: bool) -> None:
    """A success of a call its API answers with nothing (IOPOLE's 204 to a status sent or a mark as seen, AFNOR's
    empty 200 to a healthcheck, a webhook deleted): an empty body, or a JSON object that says nothing of an error
    (`{"status": "UP"}`). Any other body (`{"error": ...}`, IOPOLE's rows of refusals, a text) is no such success, as
    a read's answer without its members is none (`answer_object`), and the call's failure is the platform's, as any
    answer of an unexpected body: a read's PlatformUnavailable, a state-changing call's unknown outcome (reconciled).
    Taken as done, a status sent was never on the platform, and an invoice marked seen stayed unseen, unsaid."""
    wrong = _error_in(response)
    if wrong is None:
        return
    said = f"{what}: {platform} answered {response.status_code} with {wrong}"
    if idempotent:
        raise PlatformUnavailable(said)
    raise PlatformOutcomeUnknown(f"{said}; reconcile before resending")


def _error_in(response: httpx.Response) -> str | None:
    if not response.content.strip():
        return None
    try:
        body = answer_json(response)
    except ValueError:
        return "a body that is not JSON where its API answers nothing"
    if not isinstance(body, Mapping):
        return f"a JSON {type(body).__name__} where its API answers nothing"
    named = [member for member in ERROR_MEMBERS if member in body]
    if named:
        return f"an error's body ({', '.join(named)}) where its API answers nothing"
    state = body.get("status")
    if isinstance(state, str) and state.strip().lower() in DOWN_STATES:
        return f"a status {shorten(state, 40)!r} where its API answers nothing"
    return None


def path_segment(text: str) -> bool:
    """Whether `text` stays one segment of a URL's path: the clients put ids in paths (`/v1/invoice/{id}`), and an
    HTTP client resolves `..` and stops the path at `?` or `#` (another endpoint, asked with our token)."""
    return bool(text) and not any(c in text for c in "/?#%\\") and text not in (".", "..")


def platform_id(value: Any) -> str:
    """An id as the gateway keeps it: a string (or a number) of 1 to MAX_ID_LENGTH XML characters, one path
    segment (the clients ask the platform about it by URL)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"an id is a string, not {type(value).__name__}")
    text = str(value)
    if len(text) > MAX_ID_LENGTH or not xml_chars_only(text) or not path_segment(text):
        # The rule, not the text: an id refused is not one to echo into logs.
        raise ValueError(
            f"not an id ({len(text)} characters): 1 to {MAX_ID_LENGTH} XML characters, one path segment"
        )
    return text


def about(asked: str, named: Any, kind: str) -> None:
    """An answer about one `kind` ("invoice", "flow") must name the one asked when it names one: a platform's cache or
    routing that mixes two would have another's history settle ours (an uncertain status taken as sent, a deposit
    accepted or rejected by another's acknowledgement). ValueError, the platform's failure (`read_answer`)."""
    if named not in (None, "") and str(named) != asked:
        raise ValueError(f"an answer about another {kind} than {shorten(asked, 80)}")


def parse_datetime(value: object) -> datetime | None:
    """An instant as a platform writes it (ISO 8601 with Z or an offset; without one, UTC; a bare date, its
    midnight UTC), read leniently: None when absent or unparseable."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
