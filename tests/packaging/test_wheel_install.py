"""`python -m build` gives an sdist and a wheel that install with their data and work.

The wheel goes into a brand-new virtual environment in a temporary folder
outside the checkout, with its dependencies from the package index (no
--system-site-packages, which would hide a missing dependency), and the
installed `salesmap-studio` is run from there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = "five-step.en.smap"


def run(*args, cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Settings and recovery data of its own: a snapshot in the real home could open a dialog.
    env.update(XDG_DATA_HOME=str(cwd / "data"), XDG_CONFIG_HOME=str(cwd / "config"))
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                            text=True, timeout=timeout)
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    """(bin folder of a fresh venv with the built wheel installed, a scratch folder outside the checkout)."""
    work = tmp_path_factory.mktemp("wheel-install")
    assert ROOT not in work.parents
    dist = work / "dist"
    # Without --wheel, build makes the sdist and then the wheel *from the sdist*,
    # so both are checked and no stale build/ folder of the checkout can leak in.
    run(sys.executable, "-m", "build", "--outdir", dist, ROOT, cwd=work, timeout=900)
    wheels = sorted(dist.glob("salesmap_studio-*.whl"))
    sdists = sorted(dist.glob("salesmap_studio-*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, list(dist.iterdir())

    with tarfile.open(sdists[0]) as sdist:
        names = sdist.getnames()
    for needed in (f"resources/templates/{TEMPLATE}", "resources/fonts/DejaVuSans.ttf",
                   "icons/app/salesmap-studio.svg", "packaging/linux/salesmap-studio.desktop", "LICENSE"):
        assert any(name.endswith("/" + needed) for name in names), f"sdist lacks {needed}"

    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    run(bindir / "python", "-m", "pip", "install", "--quiet", wheels[0], cwd=work, timeout=900)
    return bindir, work


@pytest.mark.slow
def test_installed_command_reports_its_version(installed):
    bindir, work = installed
    from salesmap_studio import __version__

    result = run(bindir / "salesmap-studio", "--version", cwd=work)
    assert __version__ in result.stdout


@pytest.mark.slow
def test_installed_templates_are_listed_found_and_valid(installed):
    bindir, work = installed
    listing = run(bindir / "salesmap-studio", "templates", cwd=work).stdout
    assert "five-step\ten\t" in listing
    where = run(bindir / "python", "-c",
                "import importlib.resources as r, salesmap_studio;"
                f"print(r.files('salesmap_studio.resources') / 'templates' / '{TEMPLATE}');"
                "print(salesmap_studio.__file__)", cwd=work).stdout.split("\n")
    template, package = Path(where[0]), Path(where[1])
    # The data and the code come from the venv, not from the checkout.
    assert bindir.parent in template.parents and bindir.parent in package.parents
    assert run(bindir / "salesmap-studio", "validate", template, cwd=work).stdout.strip().endswith(": ok")


def installed_template(bindir, work, name: str, language: str) -> str:
    """The path of a template as the installed package finds it."""
    return run(bindir / "python", "-c", "from salesmap_studio.resources import template_path;"
               f"print(template_path({name!r}, {language!r}))", cwd=work).stdout.strip()


@pytest.mark.slow
def test_installed_command_exports_a_template_to_pdf(installed):
    bindir, work = installed
    template = installed_template(bindir, work, "five-step", "en")
    out = work / "five-step.pdf"
    run(bindir / "salesmap-studio", "export", template, out, cwd=work)
    assert out.read_bytes().startswith(b"%PDF-")
    pypdf = pytest.importorskip("pypdf")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "Five-step sales process" in text or "Five-step" in text


@pytest.mark.slow
def test_installed_command_exports_a_template_as_a_web_page(installed):
    """The page's script, style and template are data files (resources/web): the wheel must carry them."""
    bindir, work = installed
    template = installed_template(bindir, work, "five-step", "de")
    out = work / "five-step.html"
    run(bindir / "salesmap-studio", "export", template, out, cwd=work)
    page = out.read_text(encoding="utf-8")
    assert '<html lang="de">' in page and "makeWalk" in page and "#card-close" in page


@pytest.mark.slow
def test_installed_package_finds_its_icons_and_licences(installed):
    bindir, work = installed
    probe = (
        "from salesmap_studio.ui.icons import icon_path, app_icon_path\n"
        "from salesmap_studio.ui import about_dialog as a\n"
        "print(icon_path('zoom-in').is_file(), app_icon_path(512).is_file())\n"
        "print('Bitstream' in a.font_licence(), 'drawn for the SalesMap Studio' in a.icon_licence(),"
        " 'Permission is hereby granted' in a.project_licence())\n"
    )
    assert run(bindir / "python", "-c", probe, cwd=work).stdout.split() == ["True"] * 5


@pytest.mark.slow
def test_installed_about_dialog_links_to_the_installed_user_guide(installed):
    bindir, work = installed
    probe = ("from salesmap_studio.ui.about_dialog import docs_folder, docs_html\n"
             "print(docs_folder())\nprint(docs_html())\n")
    folder, html = run(bindir / "python", "-c", probe, cwd=work).stdout.splitlines()
    assert bindir.parent in Path(folder).parents and (Path(folder) / "workshop.md").is_file()
    assert f'href="file://{folder}"' in html


@pytest.mark.slow
def test_installed_package_uses_its_bundled_fonts(installed):
    """Canvas, PNG/SVG and PDF all measure with the bundled DejaVu Sans (its condensed bold for names in
    projector view); every face must be found when installed."""
    bindir, work = installed
    probe = (
        "from salesmap_studio.analysis.geometry.text import FACES, font_file\n"
        "print(*(font_file(*face).is_file() for face in FACES))\n"
    )
    assert run(bindir / "python", "-c", probe, cwd=work).stdout.split() == ["True", "True", "True"]


# Run by the installed interpreter: the real app opens the file given; once its window is on
# screen, it reports what the window shows and quits (no timer guesses when "started" is).
SHOWN_THEN_QUIT = """
import json, sys
from PySide6.QtCore import QTimer
from salesmap_studio import app
from salesmap_studio.ui import file_actions

def look():
    shown = [w for w in file_actions.open_windows() if w.isVisible() and w.canvas.scene().items()]
    if shown:
        window = shown[0]
        print(json.dumps({"title": window.windowTitle(), "nodes": len(window.document.nodes()),
                          "file": str(window.path)}), flush=True)
        app.application().quit()

watch = QTimer(app.application(), interval=50)
watch.timeout.connect(look)
watch.start()
sys.exit(app.run(sys.argv[1:]))
"""


@pytest.mark.slow
def test_installed_editor_opens_the_map_in_its_window(installed):
    bindir, work = installed
    template = run(bindir / "python", "-c",
                   "from salesmap_studio.resources import template_path;"
                   "print(template_path('five-step', 'en'))", cwd=work).stdout.strip()
    shown = json.loads(run(bindir / "python", "-c", SHOWN_THEN_QUIT, template, cwd=work, timeout=120)
                       .stdout.strip().splitlines()[-1])
    assert shown["file"] == template and shown["nodes"] == len(json.loads(Path(template).read_text("utf-8"))["nodes"])
    assert shown["title"].startswith(Path(template).name)   # the window names the file it shows
