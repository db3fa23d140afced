"""What `make mutate` mutates with mutmut, and which fast tests judge each part.

Paths are globs (fnmatch: `*` also crosses `/`), so a module that moves into a sub-package stays covered. Each
target runs on its own: its own working folder (.mutate/NAME), its own test selection, its own score.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    mutate: tuple[str, ...]  # globs of the files to mutate, relative to the repository
    tests: tuple[str, ...]  # pytest arguments selecting the tests that judge them (fast ones only)
    goal: str  # the bar this target must clear, as the README states it


# The domain's unit tests, without the two kinds that only slow a mutation run down:
# - test_purity parses every module's imports: on mutated code (mutmut's trampolines) it measures mutmut;
# - the hypothesis property tests take seconds per run; they would run in full for every surviving mutant.
DOMAIN_TESTS = (
    "tests/unit/domain",
    "--ignore=tests/unit/domain/test_purity.py",
    "--ignore=tests/unit/domain/rules/test_properties.py",
    "--deselect=tests/unit/domain/test_serialization.py::test_any_invoice_survives_a_json_round_trip_exactly",
)

TARGETS: tuple[Target, ...] = (
    Target("domain", ("src/domain/*",), DOMAIN_TESTS, ">= 90 %"),
    Target(
        "signatures",
        (  # each platform's signing and verifier (adapters.pdp.<platform>), and the verdict they share (adapters.webhook.signature)
            "src/adapters/pdp/*signing*.py",
            "src/adapters/pdp/*verifier.py",
            "src/adapters/webhook/signature.py",
        ),
        ("tests/unit/adapters/webhook", "tests/unit/adapters/pdp"),
        "no behaviour-changing survivor",
    ),
    Target(
        "idempotency",  # SubmitInvoice and the status requests replay a request id only with the same content
        ("src/service/*usecases/*invoices.py", "src/service/*usecases/*request_ids.py"),
        ("tests/unit/service/usecases",),
        "no behaviour-changing survivor",
    ),
    Target(
        "tenancy",  # an API key acts for one company
        ("src/service/grpc/auth.py",),
        ("tests/unit/service/grpc/test_auth.py", "tests/unit/service/grpc/test_auth_tenancy.py"),
        "no behaviour-changing survivor",
    ),
    Target(
        "unmapped",
        ("src/adapters/documents/xml_reader.py",),
        (  # the Tracker's own tests, the unmapped reports, and every element duplicated in both syntaxes
            "tests/unit/adapters/documents/test_xml_reader.py",
            "tests/unit/adapters/documents/test_unmapped.py",
            "tests/unit/adapters/documents/test_duplicated_elements.py",
            "-k",
            "not credit-note",
        ),
        "no behaviour-changing survivor",
    ),
    Target(
        "carrying",  # an invoice holding more than its syntax carries is refused, never silently cut
        ("src/adapters/documents/carrying.py",),
        ("tests/unit/adapters/documents/test_carrying.py",),
        "no behaviour-changing survivor",
    ),
    Target(
        "settings",  # a bad setting value stops the start with a line naming its rule, a secret never shown
        ("src/adapters/setting_rules.py",),
        ("tests/unit/adapters/test_setting_rules.py", "tests/unit/service/wiring/test_settings.py"),
        "no behaviour-changing survivor",
    ),
    Target(
        "voids",  # a recorded e-reporting row is voided only when it may be: never a declaration's sent content
        ("src/service/*usecases/reporting_voids.py",),
        (  # the use case's exact refusals and answers, and its contract run in memory
            "tests/unit/service/usecases/test_reporting_voids.py",
            "tests/contract/test_record_voids.py",
            "-k",
            "not postgres",
        ),
        "no behaviour-changing survivor",
    ),
    Target(
        "crediting",  # a received invoice's books count what its seller's credit notes credit on it, once
        ("src/service/*usecases/reception.py",),
        (  # the buyer's moves and books, and the readable view with each of its fallbacks
            "tests/unit/service/usecases/test_reception.py",
            "tests/unit/service/usecases/test_reception_readable.py",
            # a page's books in memory (ListReceivedInvoices' settlement)
            "tests/contract/test_received_page_books.py::test_a_page_s_books_are_each_received_invoice_s_to_the_cent[memory]",
        ),
        "no behaviour-changing survivor",
    ),
    Target(
        "page-tokens",  # a page token is read only by the listing, company and filters that issued it
        ("src/adapters/page_token.py",),
        ("tests/unit/adapters/test_page_token.py",),
        "no behaviour-changing survivor",
    ),
    Target(
        "export",  # the archive export's zip: every file, the manifest and the central directory, nothing lost
        ("src/service/*usecases/export_zip.py",),
        (  # the central directory's memory test writes 40,000 files (seconds a mutant): judge its survivors by hand
            "tests/unit/service/usecases/test_export_zip.py",
            "--deselect=tests/unit/service/usecases/test_export_zip.py"
            "::test_the_zip_s_central_directory_waits_in_a_spooled_file_not_in_memory",
        ),
        "no behaviour-changing survivor",
    ),
    Target(
        "relay",  # a relay says it is stalled, and where, only past its bound; its items leased, retried, given up
        ("src/service/workers/relay.py",),
        (  # the hung loop's test reads the relay's frame by name, which mutmut renames: judge its mutants by hand
            "tests/unit/service/workers/test_relay.py",
            "tests/unit/service/workers/test_relay_run.py",
            "tests/contract/test_relay.py",  # in memory: a queue that checks the lease's owner
            "-k",
            "not postgres",
            "--deselect=tests/unit/service/workers/test_relay.py"
            "::test_a_relay_whose_loop_hangs_with_nothing_in_flight_is_named_stalled_where_it_waits",
        ),
        "no behaviour-changing survivor",
    ),
    Target(
        "reception",  # a delivery's effects and its mark commit together or not at all
        ("src/service/workers/reception/processing.py",),
        (  # the polling's tests read process-wide counters, which mutmut's stats run has counted already
            "tests/unit/service/workers/reception",
            "--ignore=tests/unit/service/workers/reception/test_polling.py",
        ),
        "no behaviour-changing survivor",
    ),
)
