"""Linux desktop integration: the desktop entry, the .smap MIME type and the AppStream metainfo."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "salesmap-studio.desktop"
MIME_XML = LINUX / "salesmap-studio.xml"
METAINFO = LINUX / "io.github.salesmapstudio.SalesMapStudio.metainfo.xml"
TEMPLATES = ROOT / "resources" / "templates"


def run(*args: str | Path, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120, **kwargs)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_passes_desktop_file_validate(tool):
    result = run(tool("desktop-file-validate"), DESKTOP)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_desktop_entry_opens_smap_files_with_the_app_icon():
    entry = desktop_entry()
    assert entry["MimeType"].rstrip(";").split(";") == ["application/x-salesmap"]
    assert entry["Exec"] == "salesmap-studio %f"
    assert (ROOT / "icons" / "app" / "png" / f"{entry['Icon']}-48.png").is_file()


@pytest.mark.parametrize("path", [MIME_XML, METAINFO], ids=lambda p: p.name)
def test_xml_is_well_formed(path, tool):
    result = run(tool("xmllint"), "--noout", path)
    assert result.returncode == 0, result.stderr


def test_mime_xml_declares_smap_with_glob_and_magic():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(MIME_XML).getroot().find("m:mime-type", ns)
    assert mime.get("type") == "application/x-salesmap"
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.smap"]
    values = [m.get("value") for m in mime.findall("m:magic/m:match", ns)]
    assert '"format": "salesmap"' in values
    assert mime.find("m:icon", ns).get("name") == "application-x-salesmap"


@pytest.fixture
def mime_database(tmp_path, tool) -> Path:
    """A private XDG data folder with our MIME package compiled by update-mime-database."""
    program = tool("update-mime-database")
    data = tmp_path / "xdg-data"
    (data / "mime" / "packages").mkdir(parents=True)
    (data / "mime" / "packages" / MIME_XML.name).write_bytes(MIME_XML.read_bytes())
    result = run(program, data / "mime")
    assert result.returncode == 0, result.stderr
    return data


def test_update_mime_database_accepts_the_package(mime_database):
    assert "application/x-salesmap:*.smap" in (mime_database / "mime" / "globs2").read_text()
    assert b"application/x-salesmap" in (mime_database / "mime" / "magic").read_bytes()


def test_desktop_resolves_smap_files_by_name_and_by_content(mime_database, tmp_path):
    """Qt reads the same shared-mime-info database as the file managers do."""
    template = sorted(TEMPLATES.glob("*.smap"))[0]
    renamed = tmp_path / "mail-attachment"
    renamed.write_bytes(template.read_bytes())
    other = tmp_path / "other.json"
    other.write_text('{"format": "something else"}')
    probe = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QCoreApplication, QMimeDatabase
        app = QCoreApplication([])
        db = QMimeDatabase()
        print(" ".join(db.mimeTypeForFile(p).name() for p in sys.argv[1:]))
        """
    )
    env = dict(os.environ, XDG_DATA_DIRS=f"{mime_database}:/usr/share", QT_QPA_PLATFORM="offscreen")
    result = run(sys.executable, "-c", probe, template, renamed, other, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["application/x-salesmap", "application/x-salesmap", "application/json"]


def test_metainfo_passes_appstreamcli_validate(tool):
    result = run(tool("appstreamcli"), "validate", "--no-net", METAINFO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_launches_the_desktop_entry_and_claims_smap():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/mediatype") == "application/x-salesmap"
    assert root.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")


def test_install_user_script_registers_everything_for_the_current_user(tmp_path, tool):
    home = tmp_path / "home"
    data = home / ".local" / "share"
    program = tmp_path / "my apps" / "salesmap-studio"
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(data), XDG_CONFIG_HOME=str(home / ".config"))
    result = run("sh", LINUX / "install-user.sh", "--exec", program, env=env)
    assert result.returncode == 0, result.stderr
    for size in (16, 48, 256, 512):
        assert (data / f"icons/hicolor/{size}x{size}/apps/salesmap-studio.png").is_file()
        assert (data / f"icons/hicolor/{size}x{size}/mimetypes/application-x-salesmap.png").is_file()
    assert (data / "icons/hicolor/scalable/apps/salesmap-studio.svg").is_file()
    assert (data / "mime/packages/salesmap-studio.xml").is_file()
    assert (data / f"metainfo/{METAINFO.name}").is_file()
    installed = data / "applications" / DESKTOP.name
    assert f'Exec="{program}" %f' in installed.read_text()
    validate = run(tool("desktop-file-validate"), installed)
    assert validate.returncode == 0, validate.stdout

    result = run("sh", LINUX / "install-user.sh", "--uninstall", env=env)
    assert result.returncode == 0, result.stderr
    assert not installed.exists()
    assert not (data / "icons/hicolor/48x48/apps/salesmap-studio.png").exists()
