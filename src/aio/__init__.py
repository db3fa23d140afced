"""asyncio helpers the adapters and the service both use, standard library only (tests/unit/test_architecture.py).

They live beside the hexagon rather than in it: the domain holds no asyncio (tests/unit/domain/test_purity.py),
the adapters may not import the service, and the workers may not import the adapters, so a helper both sides need
has no other home.
"""
