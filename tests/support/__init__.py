"""Helpers shared by the test tiers (tests/unit, tests/live); no test module imports another.

``tests`` is on pytest's ``pythonpath`` (pyproject.toml), so tests import ``support.<module>``.
"""
