"""`python -m service` runs the gateway (the same as `pdp-gateway serve`); other commands go through the CLI."""

import sys

from service.cli.main import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["serve"]))
