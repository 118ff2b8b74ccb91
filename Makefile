# Every target builds what it needs from nothing. Python >= 3.11 must be on PATH.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
NET := $(PY) scripts/network.py

.PHONY: venv package generate check-generated lint test demo bench network-up network-down network-status clean

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

network-up: venv
	$(NET) up $(NETWORK_ARGS)

network-down: venv
	$(NET) down $(NETWORK_ARGS)

network-status: venv
	@$(NET) status

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache
