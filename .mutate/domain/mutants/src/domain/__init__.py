"""Pure domain core of pdp-gateway: invoice and declaration rules. No I/O, no framework imports."""


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
