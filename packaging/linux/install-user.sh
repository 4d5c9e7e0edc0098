#!/bin/sh
# Register SalesMap Studio with the desktop for the current user: app icon,
# the application/x-salesmap MIME type for *.smap (with its document icon),
# the desktop entry (so double-clicking a .smap file opens it) and the
# AppStream metainfo. Nothing needs root; everything goes below
# ${XDG_DATA_HOME:-~/.local/share}.
#
#   packaging/linux/install-user.sh [--exec PROGRAM] [--icons DIR] [--uninstall]
#
#   --exec PROGRAM  the program the desktop entry starts (default: salesmap-studio
#                   found on PATH, e.g. in a venv or ~/.local/bin; pass the
#                   absolute path of a PyInstaller build's salesmap-studio otherwise)
#   --icons DIR     the icons folder (default: the checkout's icons/, or the one
#                   inside a PyInstaller build next to PROGRAM)
#   --uninstall     remove what an earlier run installed
set -eu

here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app_id=io.github.salesmapstudio.SalesMapStudio
program=
icons=
uninstall=no

while [ $# -gt 0 ]; do
    case $1 in
        --exec) program=$2; shift 2 ;;
        --icons) icons=$2; shift 2 ;;
        --uninstall) uninstall=yes; shift ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install-user.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

have() { command -v "$1" >/dev/null 2>&1; }
sizes="16 24 32 48 64 128 256 512"

refresh() {
    if have update-mime-database; then update-mime-database "$data/mime" >/dev/null 2>&1 || true; fi
    if have update-desktop-database; then update-desktop-database "$data/applications" >/dev/null 2>&1 || true; fi
    if have gtk-update-icon-cache && [ -f "$data/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
    fi
}

if [ "$uninstall" = yes ]; then
    for size in $sizes; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/salesmap-studio.png" \
              "$data/icons/hicolor/${size}x${size}/mimetypes/application-x-salesmap.png"
    done
    rm -f "$data/icons/hicolor/scalable/apps/salesmap-studio.svg" \
          "$data/icons/hicolor/scalable/mimetypes/application-x-salesmap.svg" \
          "$data/mime/packages/salesmap-studio.xml" \
          "$data/applications/salesmap-studio.desktop" \
          "$data/metainfo/$app_id.metainfo.xml"
    refresh
    echo "SalesMap Studio unregistered from $data"
    exit 0
fi

if [ -z "$program" ]; then
    if have salesmap-studio; then
        program=$(command -v salesmap-studio)
    else
        echo "install-user.sh: salesmap-studio is not on PATH; pass --exec /path/to/salesmap-studio" >&2
        exit 1
    fi
fi
case $program in
    /*) ;;
    *) program=$(CDPATH= cd -- "$(dirname -- "$program")" && pwd)/$(basename -- "$program") ;;
esac
if [ -z "$icons" ]; then
    for candidate in "$here/../../icons" "$(dirname -- "$program")/_internal/salesmap_studio/icons"; do
        if [ -f "$candidate/app/salesmap-studio.svg" ]; then icons=$candidate; break; fi
    done
fi
if [ -z "$icons" ] || [ ! -f "$icons/app/salesmap-studio.svg" ]; then
    echo "install-user.sh: icons not found; pass --icons DIR" >&2
    exit 1
fi

# Icons: every rendered size, plus the SVG as the scalable one.
for size in $sizes; do
    for kind in apps:salesmap-studio mimetypes:application-x-salesmap; do
        folder=$data/icons/hicolor/${size}x${size}/${kind%%:*}
        mkdir -p "$folder"
        cp "$icons/app/png/${kind#*:}-$size.png" "$folder/${kind#*:}.png"
    done
done
mkdir -p "$data/icons/hicolor/scalable/apps" "$data/icons/hicolor/scalable/mimetypes"
cp "$icons/app/salesmap-studio.svg" "$data/icons/hicolor/scalable/apps/"
cp "$icons/app/application-x-salesmap.svg" "$data/icons/hicolor/scalable/mimetypes/"

# MIME type for *.smap.
mkdir -p "$data/mime/packages"
cp "$here/salesmap-studio.xml" "$data/mime/packages/salesmap-studio.xml"

# Desktop entry, pointing at the program that was found or given. Exec needs
# quoting rules of its own: a path with spaces is put in double quotes.
mkdir -p "$data/applications"
case $program in
    *' '*) exec_value="\"$program\"" ;;
    *) exec_value=$program ;;
esac
sed -e "s|^Exec=salesmap-studio |Exec=$exec_value |" -e "s|^TryExec=salesmap-studio\$|TryExec=$program|" \
    "$here/salesmap-studio.desktop" > "$data/applications/salesmap-studio.desktop"

mkdir -p "$data/metainfo"
cp "$here/$app_id.metainfo.xml" "$data/metainfo/"

refresh
if have xdg-mime; then
    xdg-mime default salesmap-studio.desktop application/x-salesmap >/dev/null 2>&1 || true
fi
echo "SalesMap Studio registered in $data (runs $program)"
