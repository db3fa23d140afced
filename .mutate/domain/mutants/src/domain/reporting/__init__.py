"""E-reporting (flux 10): calendar, B2C aggregates, international B2B, payments, declarations. Pure domain."""


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
