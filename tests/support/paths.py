"""Paths of the repository that the tests read (spec, fixtures, scripts, README)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO / "openapi" / "fedn-api.yaml"
GENERATOR_CONFIG = REPO / "openapi" / "generator-config.yaml"
FIXTURES_DIR = REPO / "tests" / "fixtures"  # written by scripts/record_fixtures.py
README = REPO / "README.md"
SCRIPTS = REPO / "scripts"
