"""A charset is one the gateway reads only when its codec turns bytes into text: Python's codec registry also holds
bytes-to-bytes and text-to-text transforms (base64, hex, zlib, rot13...), which `codecs.lookup` finds but
`bytes.decode` refuses with a LookupError, neither the ValueError of a body that is not JSON nor UnknownCharset. A
signed callback declaring `charset=base64` crashed its route (500, the platform sending it again for ever, nothing
stored); an answer declaring it crashed its reading."""

from __future__ import annotations

import json

import httpx
import pytest
from starlette.applications import Starlette

from adapters.declared_charset import UnknownCharset, declared_codec
from adapters.pdp.answers import read_json
from tests.fakes import InMemoryDeliveryStore
from tests.support.spooled_callbacks import SlicedBody, afnor
from tests.support.webhooks import AFNOR_FLOW_PATH, call_app, platform_routes

TRANSFORMS = ["base64", "hex", "zlib", "bz2", "rot13", "uu", "quopri", "undefined"]


@pytest.mark.parametrize("charset", TRANSFORMS)
def test_a_transform_codec_is_no_charset(charset: str) -> None:
    with pytest.raises(UnknownCharset, match="is not one the gateway reads"):
        declared_codec(f"application/json; charset={charset}")


@pytest.mark.parametrize("charset", ["latin-1", "utf-16", "cp1252", "UTF-8"])
def test_a_text_codec_is_a_charset(charset: str) -> None:
    assert declared_codec(f"application/json; charset={charset}")


@pytest.mark.parametrize("charset", TRANSFORMS)
async def test_a_signed_callback_in_a_transform_codec_is_refused_415_not_a_crash(charset: str) -> None:
    store = InMemoryDeliveryStore()
    body = json.dumps({"flowId": "F-1"}).encode()
    headers = afnor(body, True) | {"Content-Type": f"application/json; charset={charset}"}
    answered = await call_app(
        Starlette(routes=platform_routes(store)), AFNOR_FLOW_PATH, headers, SlicedBody(body)
    )
    assert answered == 415
    assert store.deliveries == []


def test_an_answer_in_a_transform_codec_is_read_as_rfc_8259_says() -> None:
    answer = httpx.Response(
        200, headers={"Content-Type": "application/json; charset=base64"}, content=b'{"name": "x"}'
    )
    assert read_json("GET /v1/x", "afnor", answer, lambda value: value) == {"name": "x"}
