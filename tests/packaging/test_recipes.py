"""The build recipes that cannot run here (Windows, macOS) stay consistent with the project;
the PyInstaller build itself runs when SALESMAP_TEST_PYINSTALLER=1 (it takes about a minute)."""

from __future__ import annotations

import os
import plistlib
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def test_pyinstaller_spec_and_entry_are_valid_python():
    for path in (PACKAGING / "pyinstaller" / "salesmap-studio.spec", PACKAGING / "pyinstaller" / "entry.py"):
        compile(path.read_text(), str(path), "exec")
    assert 'run_module("salesmap_studio", run_name="__main__"' in (PACKAGING / "pyinstaller" / "entry.py").read_text()


def test_build_script_is_valid_shell():
    subprocess.run(["bash", "-n", str(PACKAGING / "build.sh")], check=True)
    subprocess.run(["sh", "-n", str(PACKAGING / "linux" / "install-user.sh")], check=True)


def test_macos_plist_declares_the_smap_document_type():
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    uti = info["UTExportedTypeDeclarations"][0]
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == ["smap"]
    assert uti["UTTypeTagSpecification"]["public.mime-type"] == ["application/x-salesmap"]
    assert "public.json" in uti["UTTypeConformsTo"]
    document = info["CFBundleDocumentTypes"][0]
    assert document["LSItemContentTypes"] == [uti["UTTypeIdentifier"]]
    assert document["CFBundleTypeRole"] == "Editor"
    from salesmap_studio import __version__

    assert info["CFBundleShortVersionString"] == __version__


def test_inno_setup_script_associates_smap_and_points_at_existing_files():
    iss = (PACKAGING / "windows" / "salesmap-studio.iss").read_text()
    assert 'Subkey: "Software\\Classes\\.smap"' in iss
    assert '\\shell\\open\\command' in iss and '""%1""' in iss
    assert "ChangesAssociations=yes" in iss
    defines = dict(re.findall(r'#define (\w+) "([^"]*)"', iss))
    from salesmap_studio import __version__

    assert defines["AppVersion"] == __version__
    here = PACKAGING / "windows"
    icon_dir = here / defines["IconDir"].replace("\\", "/")
    for name in ("salesmap-studio.ico", "application-x-salesmap.ico"):
        assert (icon_dir / name).is_file()
    assert (here / "../../LICENSE").is_file()


@pytest.mark.slow
@pytest.mark.skipif(not (os.environ.get("CI") or os.environ.get("SALESMAP_TEST_PYINSTALLER") == "1"),
                    reason="runs under CI, or with SALESMAP_TEST_PYINSTALLER=1: builds the PyInstaller app (~1.5 min)")
def test_pyinstaller_build_runs_and_its_result_works(tmp_path):
    env = dict(os.environ, BUILD_DIR=str(tmp_path / "build"), DIST_DIR=str(tmp_path / "dist"))
    result = subprocess.run(["bash", str(PACKAGING / "build.sh")], env=env, capture_output=True,
                            text=True, timeout=1800)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "== done" in result.stdout
