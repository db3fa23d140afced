"""AFNOR XP Z12-013 (Flow Service + Directory Service, OpenAPI 1.3.0): everything specific to a platform speaking the
standard API (pdp-apis.md §2) lives in this package."""
