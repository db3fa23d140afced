# One entry point for set-up, run, test and bench. Everything installs into .venv from PyPI.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install proto check-proto run migrate test test-unit test-integration test-e2e lint fmt bench mutate clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Generated stubs are committed; `make proto` regenerates them, `check-proto` fails when they are stale.
proto: $(STAMP)
	$(PY) -m tools.gen_proto

check-proto: $(STAMP)
	$(PY) -m tools.gen_proto --check

run: $(STAMP)
	$(VENV)/bin/pdp-gateway serve

migrate: $(STAMP)
	$(VENV)/bin/pdp-gateway migrate

lint: $(STAMP)
	$(VENV)/bin/ruff format --check --quiet src tests bench tools
	$(VENV)/bin/ruff check src tests bench tools
	$(VENV)/bin/mypy

fmt: $(STAMP)
	$(VENV)/bin/ruff format src tests bench tools
	$(VENV)/bin/ruff check --fix src tests bench tools

test: $(STAMP) check-proto lint
	$(PY) -m pytest -q -p no:cacheprovider tests

test-unit: $(STAMP)
	$(PY) -m pytest -q tests/unit

test-integration: $(STAMP)
	$(PY) -m pytest -q tests/integration

test-e2e: $(STAMP)
	$(PY) -m pytest -q tests/e2e

bench: $(STAMP)
	$(PY) -m bench

# Mutation testing of the domain and the guards (tools/mutate; docs/mutation-testing.md): not part of `make test`.
# MUTATE_ARGS narrows it, e.g. MUTATE_ARGS="--target domain --keep" or MUTATE_ARGS="--sql-only".
MUTATE_STAMP := $(VENV)/.mutate-installed
$(MUTATE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,mutation]'
	touch $(MUTATE_STAMP)

mutate: $(MUTATE_STAMP)
	nice -n 15 $(PY) -m tools.mutate $(MUTATE_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mutate build *.egg-info src/*.egg-info
