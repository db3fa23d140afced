"""E-reporting (flux 10): calendar, B2C aggregates, international B2B, payments, declarations. Pure domain."""
