"""Pure domain core of pdp-gateway: invoice and declaration rules. No I/O, no framework imports."""
