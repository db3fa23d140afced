"""A replica that is stopping tells the calls that reach it to retry, before it closes its port.

gRPC's own stop cancels every call it has received but not yet handed to a method: the client reads CANCELLED, which
no client retries, for a call that was never processed (a burst of SubmitInvoice at SIGTERM: 10 to 80 of 200). So
the Runner first turns draining on and waits DRAIN_S: every call that reaches a gateway method meanwhile, those
already queued included, is answered UNAVAILABLE with RetryInfo (retry: another replica, or this service once it is
back, takes it), and the health service says NOT_SERVING. Calls already running are left alone: they finish within
GRPC_GRACE_S.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import grpc

from service.grpc.auth import fail, is_public
from service.grpc.errors import ErrorTable, Stopping

# Long enough for the calls gRPC already holds to reach a method and be refused (a few milliseconds each), short
# enough not to hold a stop: the pipeline's and the calls' own graces come after it.
DRAIN_S = 1.0


class DrainingInterceptor(grpc.aio.ServerInterceptor):
    def __init__(self, draining: Callable[[], bool], errors: ErrorTable) -> None:
        self._draining = draining
        self._errors = errors

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(handler_call_details)
        if handler is None or not self._draining() or is_public(handler_call_details.method):
            return handler  # health answers NOT_SERVING by itself
        return fail(
            handler, Stopping("this replica is stopping: the call was not processed; retry it"), self._errors
        )
