"""The in-process sandbox platform (PDP_PROVIDER=sandbox): a realistic lifecycle with no network."""
