"""Webhook receivers (Starlette routes mounted on the gateway's HTTP app, same process and loop as gRPC), the same
for every platform: each platform package gives its receivers (adapters/pdp/<provider>/webhook.py: its paths, what it
signs, how a body names its delivery) and the registry lists them (adapters.pdp.registry.WEBHOOKS).

A platform profile of PLATFORM_PROFILES_FILE has its own routes, `/webhooks/<profile>/<provider>/...`, verified with
its own key, and its deliveries carry the profile's name (read by that profile's decoder, under that profile's dedup
keys); `/webhooks/<provider>/...` are the default profile's.

Answers: 401 only when the signature is missing, stale, in the future or wrong (nothing stored; what the headers alone
refute, before the body is read, for every receiver; the rest at the body's last byte, with the hash its
receiver's reading took as it came, before anything is read back from its spool); 413 when the body exceeds the limit (counted
while streaming, never read unbounded); 408 when it is not received within the body deadline; 503 with Retry-After
when it cannot be spooled (budget spent, disk full); 415 for a JSON callback in a charset no codec knows (before its body
is read; one it declares is read in it); 422 for a signed JSON body nested deeper than the parser recurses (no platform sends one); otherwise the raw delivery is stored in the
inbox FIRST and the answer is 2xx with an empty JSON body, also for payloads we cannot read (stored with a note,
so that the platform stops retrying and an operator sees them) and for a copy of a stored delivery (same dedup key:
what the platform signs), answered `{"duplicate_of": <key>}` with nothing stored but the platform id it names in a
field nobody signs (DeliveryStore.named_again).
Processing happens later, from the inbox (service.workers.reception.worker). A body past WEBHOOK_SPOOL_AFTER_BYTES
stays in its temporary file: named by what its reading gathered as it came (an IOPOLE invoice's form) or read back
once to be decoded (a JSON callback), and stored from the file in pieces (PgInbox's COPY), never held whole.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import IO, Any, Protocol, TypeVar

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from adapters.declared_charset import UnknownCharset
from adapters.webhook.receiver import (
    Callback,
    CallbackReading,
    Received,
    Sha256,
    TooDeep,
    WebhookReceiver,
    storable_key,
)
from adapters.webhook.signature import SignedRequest, Verdict, Verifier
from domain.bounds import ascii_int, printable
from domain.inbox_ports import DeliveryStore
from domain.platform_profile import profile_webhook_path
from domain.reception import Delivery

_log = logging.getLogger(__name__)
_T = TypeVar("_T")

DEFAULT_MAX_BODY_BYTES = 100 * 1024 * 1024  # IOPOLE: "bodies can reach 100 MB"
# 100 MB in 120 s is 0.8 MB/s: any platform does better; a client trickling bytes is cut off.
DEFAULT_BODY_DEADLINE_S = 120.0


# Where every route reads its bodies, one at a time: one thread for the process, not one per request (a thread
# per body would let a burst of large bodies hold that many copies and threads). It shares the GIL with the loop, so
# the loop stays responsive (the GIL switches every few ms) rather than the read becoming faster.
def _body_reader() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="webhook-body")


BODY_READER = _body_reader()


def _new_body_reader_after_fork() -> None:
    # A forked child inherits the executor but not its thread: the executor counts the dead thread as its one
    # worker and every body would wait for ever. The child gets its own.
    global BODY_READER
    BODY_READER = _body_reader()


os.register_at_fork(after_in_child=_new_body_reader_after_fork)


class BodySink(Protocol):
    def write(self, chunk: bytes) -> None: ...

    def end(self, body: Sha256) -> None:
        """The body's last byte came, `body` its hash (before anything is read back from its spool: raising here
        spares that read)."""
        ...


class _SignedWhileRead:
    """A receiver's reading fed as the body comes; at its end, the signature checked with the hash of what the
    platform signed (a made-up one answered 401 before anything is read back), kept for the receiver's own check."""

    def __init__(self, reading: CallbackReading, verify: Callable[[bytes | None, str | None], None]) -> None:
        self.sha256: str | None = None
        self._reading = reading
        self._verify = verify

    def write(self, chunk: bytes) -> None:
        self._reading.write(chunk)

    def end(self, body: Sha256) -> None:
        self.sha256 = self._reading.signed_sha256(body)
        self._verify(None, self.sha256)


class BodyTooLarge(Exception):
    pass


class BodyTooSlow(Exception):
    pass


class BodyCut(Exception):
    """The client closed the connection before the end of its body: an ordinary event (its own timeout, a crash),
    not an error of ours; it will send again."""


class BodyNotSpooled(Exception):
    """A body could not be set aside: the spool budget is spent (WEBHOOK_SPOOL_BUDGET_BYTES) or the temporary file
    failed (a full disk). Not the sender's fault: it is told to send again later (503)."""


# WEBHOOK_SPOOL_AFTER_BYTES: a body's pieces are held in memory up to this size, then set aside in a temporary file: a
# signature covers the body, so a made-up one is found out only at its last byte, and meanwhile a body costs this
# much memory, not up to WEBHOOK_MAX_BODY_BYTES (100 MiB) each.
SPOOL_AFTER_BYTES = 1 << 20
# WEBHOOK_SPOOL_BUDGET_BYTES: the bytes every body being read holds in temporary files at once, in this process: past
# it a callback is answered 503 with Retry-After (the platform sends it again), so that bodies sent at once fill no
# disk.
SPOOL_BUDGET_BYTES = 2 << 30
SPOOL_RETRY_AFTER_S = 30
# What a spooled body is read back in, to be stored (PgInbox's COPY)
_READ_BACK_BYTES = 1 << 20


class SpoolBudget:
    """The bytes spooled now by every body (the event loop's: no lock)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.spooled = 0

    def take(self, size: int) -> None:
        if self.spooled + size > self.limit:
            raise BodyNotSpooled(
                f"{self.spooled} bytes of webhook bodies spooled, the budget is {self.limit}"
            )
        self.spooled += size

    def give_back(self, size: int) -> None:
        self.spooled -= size


# The process's, unless the routes are given their own (serve: from WEBHOOK_SPOOL_BUDGET_BYTES).
SPOOL_BUDGET = SpoolBudget(SPOOL_BUDGET_BYTES)


def _temporary_file() -> IO[bytes]:
    # unnamed where the system allows it, and gone when closed or the process dies
    return tempfile.TemporaryFile()


def _close_in_reader(file: IO[bytes]) -> None:
    try:
        BODY_READER.submit(file.close)
    except RuntimeError:  # the reader stopped (the interpreter exiting): no write can be running any more
        file.close()


class _Spool:
    """A body's pieces: in memory up to WEBHOOK_SPOOL_AFTER_BYTES, then written to a temporary file (deleted when closed,
    on every path) a batch at a time, in the body reader's thread so that a slow disk never holds the event loop;
    hashed as they come. Once read whole (`finish`): the body as the receivers see it (CallbackBody: size, hash, the
    bytes read back) and as the inbox stores it (BodyPieces: read back a MiB at a time, never whole)."""

    def __init__(self, budget: SpoolBudget, after_bytes: int) -> None:
        self._budget = budget
        self._after = after_bytes
        self._pieces: list[bytes] = []
        self._held = 0  # bytes in _pieces
        self._file: IO[bytes] | None = None
        self._spooled = 0  # bytes in the file, taken from the budget
        self.hash = hashlib.sha256()
        self.size = 0
        self.sha256 = ""  # hex, once read whole

    async def add(self, chunk: bytes) -> None:
        self.hash.update(chunk)
        self.size += len(chunk)
        self._pieces.append(chunk)
        self._held += len(chunk)
        if self._held >= self._after:
            await self._set_aside()

    async def finish(self) -> None:
        """The body's last byte came: what is still held goes to the file, if there is one."""
        self.sha256 = self.hash.hexdigest()
        if self._file is not None:
            await self._set_aside()
        elif len(self._pieces) > 1:
            self._pieces[:] = [b"".join(self._pieces)]

    @property
    def held(self) -> bytes | None:
        """The body when it stayed in memory (at most WEBHOOK_SPOOL_AFTER_BYTES); None when it is in its file."""
        if self._file is not None:
            return None
        return self._pieces[0] if self._pieces else b""

    def read(self) -> bytes:
        """The whole body, in the body reader's thread (CallbackBody.read)."""
        held = self.held
        if held is not None:
            return held
        assert self._file is not None  # not held: set aside
        try:
            self._file.seek(0)
            return self._file.read()
        except OSError as exc:
            raise BodyNotSpooled(f"{type(exc).__name__}: {exc}") from exc

    async def pieces(self) -> AsyncIterator[bytes]:
        """The body a MiB at a time, read back from its file (BodyPieces.pieces)."""
        held = self.held
        if held is not None:
            yield held
            return
        for at in range(0, self.size, _READ_BACK_BYTES):
            yield await self._in_thread(self._read_at, at)

    def close(self) -> None:
        self._pieces.clear()
        if self._file is not None:
            # In the body reader's thread, after what it was given: a read cancelled mid-write (its deadline, the
            # server's stop) leaves that write running there, and a buffered file's close waits for it (on the
            # event loop, every call of the process waited as long as the disk took).
            _close_in_reader(self._file)
            self._file = None
        self._budget.give_back(self._spooled)
        self._spooled = 0

    async def _set_aside(self) -> None:
        if not self._pieces:
            return
        self._budget.take(self._held)
        self._spooled += self._held
        batch = b"".join(self._pieces)
        self._pieces.clear()
        self._held = 0
        if self._file is None:
            created: IO[bytes] = await self._in_thread(_temporary_file)
            self._file = created
        await self._in_thread(self._file.write, batch)

    def _read_at(self, at: int) -> bytes:
        assert self._file is not None  # set aside before
        self._file.seek(at)
        return self._file.read(_READ_BACK_BYTES)

    @staticmethod
    async def _in_thread(call: Callable[..., _T], *args: Any) -> _T:
        try:
            return await asyncio.get_running_loop().run_in_executor(BODY_READER, call, *args)
        except OSError as exc:  # the temporary directory full or gone
            raise BodyNotSpooled(f"{type(exc).__name__}: {exc}") from exc


@dataclass(frozen=True, slots=True)
class WebhookSettings:
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    body_deadline_s: float = DEFAULT_BODY_DEADLINE_S
    spool_after_bytes: int = SPOOL_AFTER_BYTES
    spool_budget: SpoolBudget = SPOOL_BUDGET  # shared by every route of the process


async def read_bounded(
    request: Request,
    headers: Mapping[str, str],
    settings: WebhookSettings,
    sink: BodySink | None = None,
) -> _Spool:
    """The body, at most `max_body_bytes` (BodyTooLarge) and read within `body_deadline_s` (BodyTooSlow: a client
    trickling its body holds a connection and a task); BodyCut when the client leaves before its end; BodyNotSpooled
    when it cannot be set aside. `sink`: given each piece as it comes, and told the end before anything is read back
    (it may end the request there: the body then cost `spool_after_bytes` of memory at most). The caller closes what
    it is given (its temporary file)."""
    limit = settings.max_body_bytes
    declared = headers.get("content-length")
    if declared is not None:
        length = ascii_int(declared.strip(), max_digits=15)  # ASCII digits only: "²" passes isdigit()
        if length is None or length > limit:
            raise BodyTooLarge()
    spool = _Spool(settings.spool_budget, settings.spool_after_bytes)
    try:
        try:
            async with asyncio.timeout(settings.body_deadline_s):
                async for chunk in request.stream():
                    if spool.size + len(chunk) > limit:
                        raise BodyTooLarge()
                    if sink is not None:
                        sink.write(chunk)
                    await spool.add(chunk)
        except TimeoutError as exc:
            raise BodyTooSlow() from exc
        except ClientDisconnect as exc:
            raise BodyCut() from exc
        if sink is not None:
            sink.end(spool.hash)
        await spool.finish()
    except BaseException:
        spool.close()
        raise
    return spool


class RequestHeaders(Mapping[str, str]):
    """The request's headers decoded once into a dict, looked up case-insensitively, the first of a repeated name
    winning (as with Starlette's Headers, which decodes and scans the whole list on every lookup instead)."""

    __slots__ = ("_values",)

    def __init__(self, raw: list[tuple[bytes, bytes]]) -> None:
        values: dict[str, str] = {}
        for name, value in raw:
            values.setdefault(name.decode("latin-1").lower(), value.decode("latin-1"))
        self._values = values

    def __getitem__(self, name: str) -> str:
        return self._values[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._values

    def get(self, name: str, default: Any = None) -> Any:
        return self._values.get(name.lower(), default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def path_with_query(request: Request) -> str:
    """The path as the platform called it (raw, not re-encoded) with its query string."""
    raw = request.scope.get("raw_path") or request.url.path.encode()
    query = request.scope.get("query_string") or b""
    return raw.decode("latin-1") + ("?" + query.decode("latin-1") if query else "")


def kept_headers(headers: Mapping[str, str], names: Sequence[str]) -> dict[str, str]:
    """The headers a receiver keeps (its `kept_headers`), under their canonical names, made printable."""
    return {name: printable(headers[name]) for name in names if name in headers}


_EMPTY = b"{}"


def _ok() -> Response:
    return Response(_EMPTY, status_code=200, media_type="application/json")


def _claimable(platform_id: str) -> bool:
    return bool(platform_id) and storable_key(platform_id)


def _duplicate(dedup_key: str) -> Response:
    """2xx, so that the platform stops sending it, naming the delivery it repeats (its key: what the platform signed
    of it, nothing of the inbox's own numbering)."""
    return JSONResponse({"duplicate_of": dedup_key}, status_code=200)


def _refused(verdict: Verdict) -> Response:
    return JSONResponse({"error": "signature refused", "reason": verdict.value}, status_code=401)


def _too_large(limit: int) -> Response:
    return JSONResponse({"error": f"body larger than {limit} bytes"}, status_code=413)


def _too_slow(deadline_s: float) -> Response:
    return JSONResponse({"error": f"body not received within {deadline_s:g} s"}, status_code=408)


def _cut() -> Response:
    """Never read by the client, which left: it keeps the metrics (malformed) and the log (INFO) truthful."""
    return JSONResponse({"error": "the connection closed before the end of the body"}, status_code=400)


def _not_spooled() -> Response:
    return JSONResponse(
        {"error": "the body could not be set aside now: send it again later"},
        status_code=503,
        headers={"Retry-After": str(SPOOL_RETRY_AFTER_S)},
    )


def _unknown_charset(exc: UnknownCharset) -> Response:
    return JSONResponse({"error": f"{exc}: send the body in UTF-8"}, status_code=415)


def _not_spooled_answer(request: Request, exc: BodyNotSpooled) -> _Answer:
    _log.warning(
        "webhook body not set aside, the sender is told to retry: %s", exc, extra={"path": request.url.path}
    )
    return _Answer(_not_spooled())


def _too_deep() -> Response:
    return JSONResponse({"error": "JSON body nested too deep"}, status_code=422)


class _Answer(Exception):
    """Ends a webhook early with this answer: a body too large or too slow, a refused signature, a JSON too deep."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status_code)
        self.response = response


def _verify(
    verifier: Verifier,
    request: Request,
    headers: Mapping[str, str],
    signed: bytes | None,
    signed_sha256: str | None,
) -> None:
    verdict = verifier.verify(
        SignedRequest(request.method, path_with_query(request), headers, signed, signed_sha256)
    )
    if not verdict.ok:
        raise _Answer(_refused(verdict))


class WebhookEndpoints:
    """The routes of one platform profile: its receivers under its paths, its deliveries named `platform` (the
    provider's name for the default profile, the profile's name for one of PLATFORM_PROFILES_FILE)."""

    def __init__(
        self,
        store: DeliveryStore,
        receivers: Sequence[WebhookReceiver],
        *,
        platform: str,
        settings: WebhookSettings | None = None,
        profile: str = "",
    ) -> None:
        """`profile` "": the default profile's routes; else that profile's, under /webhooks/<profile>/."""
        self._store = store
        self._receivers = tuple(receivers)
        self._platform = profile or platform
        self._settings = settings or WebhookSettings()
        self._profile = profile

    def routes(self) -> list[Route]:
        return [
            Route(profile_webhook_path(r.path, self._profile), self._endpoint(r), methods=["POST"])
            for r in self._receivers
        ]

    def _endpoint(self, receiver: WebhookReceiver) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            try:
                return await self._receive(receiver, request)
            except _Answer as answer:
                return answer.response

        endpoint.__name__ = f"webhook_{receiver.path.strip('/').replace('/', '_')}"
        return endpoint

    async def _receive(self, receiver: WebhookReceiver, request: Request) -> Response:
        headers = RequestHeaders(request.scope["headers"])

        def check(signed: bytes | None, signed_sha256: str | None) -> None:
            _verify(receiver.verifier, request, headers, signed, signed_sha256)

        check(None, None)  # what the headers alone refute: a callback nobody signed costs no body
        try:
            reading = receiver.reading(headers)
        except UnknownCharset as exc:
            raise _Answer(_unknown_charset(exc)) from exc
        sink = _SignedWhileRead(reading, check)
        body = await self._read(request, headers, sink)
        try:

            def verify(signed: bytes | None) -> None:
                check(signed, sink.sha256)

            call = Callback(headers, body, verify, self._platform)
            try:
                # Off the event loop: reading back and decoding a body of up to WEBHOOK_MAX_BODY_BYTES takes up to a
                # second, during which the loop would serve no gRPC call, health check or other webhook.
                received = await asyncio.get_running_loop().run_in_executor(
                    BODY_READER, reading.received, call
                )
                return await self._store_and_answer(received, body, headers, receiver.kept_headers)
            except TooDeep as exc:
                raise _Answer(_too_deep()) from exc
            # its file unreadable once written (the disk gone): as one not written
            except BodyNotSpooled as exc:
                raise _not_spooled_answer(request, exc) from exc
        finally:
            body.close()

    async def _read(self, request: Request, headers: Mapping[str, str], sink: BodySink) -> _Spool:
        """The bounded body, or the 413/408 answer (400 to a client gone mid-body, 503 to one we could not spool)."""
        s = self._settings
        try:
            return await read_bounded(request, headers, s, sink)
        except BodyTooSlow as exc:
            raise _Answer(_too_slow(self._settings.body_deadline_s)) from exc
        except BodyTooLarge as exc:
            raise _Answer(_too_large(self._settings.max_body_bytes)) from exc
        except BodyCut as exc:
            _log.info("webhook sender left before the end of its body", extra={"path": request.url.path})
            raise _Answer(_cut()) from exc
        except BodyNotSpooled as exc:
            raise _not_spooled_answer(request, exc) from exc

    async def _store_and_answer(
        self, received: Received, body: _Spool, headers: Mapping[str, str], kept: Sequence[str]
    ) -> Response:
        held = body.held
        delivery = Delivery(
            platform=self._platform,
            source="webhook",
            kind=received.kind,
            dedup_key=received.dedup_key,
            body=b"" if held is None else held,
            content_type=headers.get("content-type", ""),
            headers=kept_headers(headers, kept),
            note=received.note,
            claimed_ids=(received.claimed_id,) if _claimable(received.claimed_id) else (),
        )
        # a body set aside is stored from its file, never held whole
        if await self._store.add(delivery, None if held is not None else body) is not None:
            return _ok()
        _log.info("duplicate delivery ignored", extra={"dedup_key": delivery.dedup_key})
        if delivery.claimed_ids:
            await self._store.named_again(delivery.dedup_key, received.claimed_id)
        return _duplicate(delivery.dedup_key)
