"""asyncio helpers the adapters and the service both use, standard library only (tests/unit/test_architecture.py),
and the one way a failure repeated poll after poll is logged (`streak`: the relays, the schema check, the metrics
folder, a platform's calls).

They live beside the hexagon rather than in it: the domain holds no asyncio (tests/unit/domain/test_purity.py)
and logs nothing, the adapters may not import the service, and the workers may not import the
adapters, so a helper both sides need has no other home.
"""
