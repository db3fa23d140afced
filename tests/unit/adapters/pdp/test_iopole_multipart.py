"""The upload body is encoded once, ahead of the request: the same bytes httpx writes for `files=`."""

import httpx

from adapters.pdp.iopole import _multipart


def test_the_pre_encoded_upload_is_httpx_own_multipart_body() -> None:
    files = {"file": ("F-2026-1.xml", b"<Invoice>\r\n--not-a-boundary</Invoice>", "application/xml")}
    body, content_type = _multipart(files)
    assert content_type.startswith("multipart/form-data; boundary=")
    # httpx reuses a boundary given in the Content-Type header: same boundary, so the bodies must be identical.
    reference = httpx.Request("POST", "http://localhost/", files=files, headers={"Content-Type": content_type})
    assert body == reference.read()
    boundary = content_type.split("boundary=", 1)[1].encode()
    assert body.startswith(b"--" + boundary + b"\r\n")
    assert b'Content-Disposition: form-data; name="file"; filename="F-2026-1.xml"' in body
    assert b"Content-Type: application/xml\r\n\r\n<Invoice>\r\n--not-a-boundary</Invoice>\r\n" in body
    assert body.endswith(b"--" + boundary + b"--\r\n")
