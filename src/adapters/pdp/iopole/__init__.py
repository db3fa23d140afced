"""IOPOLE (pdp-apis.md §1): everything specific to IOPOLE lives in this package."""
