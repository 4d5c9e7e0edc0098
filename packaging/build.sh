#!/usr/bin/env bash
# Build the standalone one-folder SalesMap Studio with PyInstaller, then start
# the result and check it works: it prints its version, lists and validates a
# bundled template and exports it to PDF (when the export command exists).
#
#   packaging/build.sh            build into dist/salesmap-studio/
#
# Environment: PYTHON (default python3) makes the build venv; BUILD_DIR
# (default build/pyinstaller) holds the venv and PyInstaller's work files;
# DIST_DIR (default dist) receives the app; PYINSTALLER_SPEC picks the version
# spec for pip (default "pyinstaller>=6.10").
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-python3}
build_dir=${BUILD_DIR:-$root/build/pyinstaller}
dist_dir=${DIST_DIR:-$root/dist}
venv=$build_dir/venv
started=$(date +%s)

echo "== build venv in $venv"
mkdir -p "$build_dir"
"$python" -m venv --clear "$venv"
if [ -x "$venv/bin/python" ]; then vpy=$venv/bin/python; else vpy=$venv/Scripts/python.exe; fi
"$vpy" -m pip install --quiet --upgrade pip
"$vpy" -m pip install --quiet "${PYINSTALLER_SPEC:-pyinstaller>=6.10}"
# A regular (not editable) install, so the data packages are real folders to copy.
# The wheel is built from an sdist in a temporary folder (python -m build), so no
# build/ folder is left in the checkout and no stale file from one can leak in.
"$vpy" -m pip install --quiet build
rm -rf "$build_dir/wheel"
"$vpy" -m build --outdir "$build_dir/wheel" "$root" >/dev/null
"$vpy" -m pip install --quiet "$build_dir"/wheel/salesmap_studio-*.whl

echo "== pyinstaller"
# From the build folder: run in the checkout, Python would import the source tree
# instead of the installed package.
cd "$build_dir"
"$vpy" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist_dir" --workpath "$build_dir/work" \
    "$root/packaging/pyinstaller/salesmap-studio.spec"
built=$(date +%s)

app_dir=$dist_dir/salesmap-studio
app=$app_dir/salesmap-studio
[ -x "$app" ] || app=$app_dir/salesmap-studio-cli.exe
echo "== smoke test $app"
export QT_QPA_PLATFORM=offscreen
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
cd "$smoke"   # outside the checkout, so nothing can come from the source tree

"$app" --version
"$app" templates
template=$(find "$app_dir" -path '*salesmap_studio/resources/templates/five-step.en.smap' | head -n 1)
[ -n "$template" ] || { echo "bundled template not found in $app_dir" >&2; exit 1; }
"$app" validate "$template"
"$app" export "$template" "$smoke/five-step.pdf"
head -c 5 "$smoke/five-step.pdf" | grep -q '%PDF-' || { echo "export did not write a PDF" >&2; exit 1; }
echo "exported $(wc -c < "$smoke/five-step.pdf") bytes of PDF"
# The editor itself: it must start (offscreen) and keep running until stopped.
set +e
timeout 10 "$app" "$template"
status=$?
set -e
if [ "$status" -ne 124 ]; then echo "the editor exited with $status instead of running" >&2; exit 1; fi
echo "editor started and ran for 10 s"
test -f "$app_dir/_internal/salesmap_studio/icons/zoom-in.svg"
test -f "$app_dir/_internal/salesmap_studio/resources/fonts/DejaVuSans.ttf"

finished=$(date +%s)
echo "== done: build $((built - started)) s, smoke test $((finished - built)) s"
du -sh "$app_dir"
