"""Installed beside FEDn's own ``fedn`` distribution, importing this library warns once, saying what to do."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from fedn._coexistence import upstream_distributions


def import_fedn(*extra_paths: Path) -> subprocess.CompletedProcess[str]:
    code = "import fedn, fedn.client; print('imported')"
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(str(p) for p in extra_paths)},
    )


def test_no_warning_in_a_clean_environment() -> None:
    result = import_fedn()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "imported"
    assert "UpstreamFednInstalledWarning" not in result.stderr


def test_fedns_own_distribution_beside_it_warns_once(tmp_path: Path) -> None:
    (tmp_path / "fedn-0.33.0.dist-info").mkdir()
    (tmp_path / "fedn_typed_client-0.2.0.dist-info").mkdir()  # ours is not FEDn's
    result = import_fedn(tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("UpstreamFednInstalledWarning") == 1
    assert "cannot share an environment" in result.stderr
    assert "pip uninstall fedn fedn-typed-client" in result.stderr
    assert str(tmp_path / "fedn-0.33.0.dist-info") in result.stderr


def test_detection_reads_only_metadata_folder_names(tmp_path: Path) -> None:
    (tmp_path / "FEDn-0.33.0.dist-info").mkdir()
    (tmp_path / "fedn-0.30.0-py3.11.egg-info").mkdir()
    (tmp_path / "fedn_typed_client-0.2.0.dist-info").mkdir()
    (tmp_path / "fednx-1.0.dist-info").mkdir()
    missing = tmp_path / "missing"
    found = upstream_distributions(
        [str(tmp_path), str(missing), str(tmp_path / "FEDn-0.33.0.dist-info" / "x")]
    )
    assert [Path(p).name for p in found] == ["FEDn-0.33.0.dist-info", "fedn-0.30.0-py3.11.egg-info"]
