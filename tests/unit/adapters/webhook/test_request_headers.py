from adapters.pdp.iopole.webhook import KEPT_HEADERS
from adapters.webhook.routes import RequestHeaders, kept_headers


def _headers() -> RequestHeaders:
    return RequestHeaders(
        [
            (b"x-idempotency-key", b"first"),
            (b"Content-Type", b"application/json"),
            (b"X-Idempotency-Key", b"second"),
            (b"x-signature", b"abc"),
        ]
    )


def test_lookups_ignore_case_and_the_first_of_a_repeated_name_wins() -> None:
    headers = _headers()
    assert headers["X-IDEMPOTENCY-KEY"] == "first"
    assert headers.get("content-type") == "application/json"
    assert "X-Signature" in headers and "X-Timestamp" not in headers and 3 not in headers
    assert headers.get("X-Timestamp") is None and headers.get("X-Timestamp", "") == ""
    assert len(headers) == 3 and set(headers) == {"x-idempotency-key", "content-type", "x-signature"}


def test_kept_headers_keep_the_canonical_names_and_never_the_signature() -> None:
    assert kept_headers(_headers(), KEPT_HEADERS) == {"X-Idempotency-Key": "first"}
