"""The service: gRPC servicers, workers, wiring and the command line.

gRPC's fork handlers are switched off here, before anything loads grpc. As root, the embedded PostgreSQL runs
initdb and pg_ctl as another user, which Python can only start with fork() (not vfork); gRPC's at-fork handlers
then run in a child while grpc's own threads hold their locks, and the child may crash (in a reproduction with a
busy grpc.aio server, 43 of 300 such forks failed; none once switched off). Nothing here forks a process that goes
on using grpc: the worker pool spawns.
"""

import os

os.environ["GRPC_ENABLE_FORK_SUPPORT"] = "false"
