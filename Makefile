# Every target builds what it needs from nothing. Python >= 3.11 must be on PATH.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
NET := $(PY) scripts/network

.PHONY: venv package generate check-generated check-drift check-package lint lint-spec test test-unit test-live demo bench network-up network-down network-status clean

# The project's own virtual environment (never the upstream `fedn` server).
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

venv: $(VENV)/.installed

# package.tgz and seed.npz built from compute_package/ (uses the server venv)
package: venv
	$(NET) build

# Local FEDn 0.33.0 network on 127.0.0.1 (state, logs and database in $(STATE_DIR)).
# e.g. make network-up NETWORK_ARGS="--clients 3 --auth"; make network-down DOWN_ARGS=--wipe
STATE_DIR ?= .fedn-network
network-up: venv
	$(NET) up --state-dir $(STATE_DIR) $(NETWORK_ARGS)

network-down: venv
	$(NET) down --state-dir $(STATE_DIR) $(DOWN_ARGS)

network-status: venv
	@$(NET) status --state-dir $(STATE_DIR)

# The seed workflow end to end on a local network (FedAvg, then FedAdam from its result), with a
# summary. Reuses a network running in $(STATE_DIR) and leaves it running; otherwise starts one and
# always stops it again (also on Ctrl-C, SIGTERM or a failed step).
demo: venv
	$(PY) scripts/demo.py --state-dir $(STATE_DIR)

# Benchmarks against FEDn 0.33.0's own APIClient (benchmarks/run.py) on a network of their own in
# $(BENCH_STATE_DIR) (reused if running, else started and stopped again), then against the fake
# controller over HTTP (no network). Writes benchmarks/results.md. Not part of `test`.
# e.g. make bench BENCH_ARGS="--only gets,import"; make bench BENCH_ARGS="--only fake"
BENCH_STATE_DIR ?= build/bench-network
bench: venv
	$(PY) benchmarks/run.py --state-dir $(BENCH_STATE_DIR) $(BENCH_ARGS)

# Everything CI checks, one stage after the other (also under -j): lint, check-generated,
# check-drift, the unit tier, the package as users install it, the live tier (.ci/run runs the same
# stages with a banner each).
test:
	@$(MAKE) --no-print-directory lint
	@$(MAKE) --no-print-directory check-generated
	@$(MAKE) --no-print-directory check-drift
	@$(MAKE) --no-print-directory test-unit
	@$(MAKE) --no-print-directory check-package
	@$(MAKE) --no-print-directory test-live

# The sdist and wheel built, twine-checked, their contents checked; the wheel alone in a clean venv
# (import, pyright --verifytypes 100 %, mypy --strict and pyright on examples/typed_usage.py); the
# unit tier on Python 3.12 and 3.13 against the wheel (scripts/check_package.py).
check-package: venv
	$(PY) scripts/check_package.py $(PACKAGE_ARGS)

# tests/unit (mocked transports, loopback servers) and the fake-controller targets of the fidelity
# subset of tests/live (tests/support/targets.py): no FEDn network, no server venv. Two runs: both
# folders hold a test_plots.py (rootdir-relative module names).
test-unit: venv
	$(BIN)/pytest tests/unit
	$(BIN)/pytest tests/live -m "not live"

# tests/live: against local FEDn networks; tests/live/conftest.py brings the main one up (or reuses
# one running in .fedn-network) and starts a few short-lived extra ones. The fidelity subset's fake
# targets ran in test-unit.
test-live: venv
	$(BIN)/pytest tests/live -m live

# Style and types: ruff (lint + format check) everywhere, mypy --strict on the facade and on the
# network launcher (a package of its own: mypy checks it as `network`, from scripts/).
LINT_PATHS = src/fedn scripts tests benchmarks compute_package examples
lint: venv lint-spec
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy --strict src/fedn/
	$(BIN)/mypy --strict scripts/network

# Spectral (pinned in tools/spectral/package-lock.json, installed from the npm registry by npm ci)
# lints the spec with the ruleset openapi/.spectral.yaml; any error fails.
SPECTRAL_DIR := tools/spectral
SPECTRAL := $(SPECTRAL_DIR)/node_modules/.bin/spectral
$(SPECTRAL_DIR)/node_modules/.installed: $(SPECTRAL_DIR)/package.json $(SPECTRAL_DIR)/package-lock.json
	cd $(SPECTRAL_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

lint-spec: $(SPECTRAL_DIR)/node_modules/.installed
	$(SPECTRAL) lint --ruleset openapi/.spectral.yaml --fail-severity error --display-only-failures openapi/fedn-api.yaml

# The spec and openapi/server-snapshot.json against a static extraction of the installed server's
# source (routes, query parameters and filters, headers, body keys, statuses, auth); needs the
# server venv (made by `make package`). After a deliberate server upgrade:
# .venv/bin/python scripts/check_drift.py --update (then fix the spec until this passes).
# FEDN_VERSION=0.31.0: the same comparison for that release's wheel (pip downloads it once into
# build/fedn-wheels/; no server venv needed), e.g. make check-drift FEDN_VERSION=0.31.0.
FEDN_VERSION ?=
check-drift: $(if $(FEDN_VERSION),venv,package)
	$(PY) scripts/check_drift.py $(if $(FEDN_VERSION),--version $(FEDN_VERSION))

# The typed low-level client, generated from the checked-in spec with the pinned generator.
GEN_CMD = PATH=$(CURDIR)/$(BIN):$$PATH $(CURDIR)/$(BIN)/openapi-python-client generate \
	--path openapi/fedn-api.yaml --config openapi/generator-config.yaml \
	--custom-template-path openapi/templates --meta none --overwrite --fail-on-warning

# The generator only clears models/ and api/ itself: remove the whole folder so nothing stale survives.
# Then the async twins (fedn/async_client.py, fedn/_io_async.py) and fedn/_iteration.py, written
# by scripts/unasync.py from the sync sources and the collection table.
UNASYNC = PATH=$(CURDIR)/$(BIN):$$PATH $(PY) scripts/unasync.py
generate: venv
	rm -rf src/fedn_api
	$(GEN_CMD) --output-path src/fedn_api
	$(UNASYNC)
	$(PY) scripts/check_drift.py --write-provenance

# Regenerate into a temporary folder and fail on any difference (changed, missing or extra files),
# and on generated files git does not track (a fresh clone would lack them).
check-generated: venv
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(GEN_CMD) --output-path "$$tmp/fedn_api" >/dev/null && \
	if ! diff -r -x __pycache__ "$$tmp/fedn_api" src/fedn_api; then \
		echo "src/fedn_api differs from the spec: run 'make generate' and commit" >&2; exit 1; fi && \
	untracked=$$(git ls-files --others --exclude-standard -- src/fedn_api 2>/dev/null) && \
	if [ -n "$$untracked" ]; then echo "untracked generated files (git add them):" >&2; \
		echo "$$untracked" >&2; exit 1; fi && \
	echo "src/fedn_api is up to date"
	@$(UNASYNC) --check && echo "src/fedn/async_client.py, src/fedn/_io_async.py, src/fedn/_iteration.py, src/fedn/_method_filters.py are up to date"
	@$(PY) scripts/check_drift.py --check-provenance

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache
