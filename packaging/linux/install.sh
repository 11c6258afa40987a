#!/bin/sh
# Install (or --uninstall) this Advocate bundle for the current user: no root, no packages.
#   ./install.sh              copy this folder to ~/.local/opt/advocate, add the `advocate`
#                             command (~/.local/bin), the menu entry and the icon
#   ./install.sh --uninstall  remove them again (your settings and letters are kept)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
dest=$HOME/.local/opt/advocate
bin=$HOME/.local/bin/advocate
desktop=$data/applications/advocate.desktop

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$dest" "$bin" "$desktop" "$data/icons/hicolor/scalable/apps/advocate.svg" \
         "$data/icons/hicolor/256x256/apps/advocate.png"
  echo "Advocate removed. Your settings, letters and downloaded data were kept."
  exit 0
fi

[ -x "$here/advocate" ] || { echo "install.sh: run me from the unpacked Advocate folder" >&2; exit 1; }
if [ "$here" != "$dest" ]; then
  rm -rf "$dest.new"; mkdir -p "$(dirname "$dest")"
  cp -a "$here" "$dest.new" && rm -rf "$dest" && mv "$dest.new" "$dest"
fi
mkdir -p "$(dirname "$bin")" "$data/applications" "$data/icons/hicolor/scalable/apps" \
         "$data/icons/hicolor/256x256/apps"
ln -sf "$dest/advocate" "$bin"
icons=$dest/_internal/resources/icons
cp "$icons/advocate.svg" "$data/icons/hicolor/scalable/apps/advocate.svg"
cp "$icons/advocate.png" "$data/icons/hicolor/256x256/apps/advocate.png"
# The menu entry points at the installed program, whether or not ~/.local/bin is on PATH.
sed -e "s|^Exec=advocate|Exec=\"$dest/advocate\"|" -e "s|^TryExec=advocate|TryExec=$dest/advocate|" \
    "$dest/advocate.desktop" > "$desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
echo "Advocate installed in $dest; start it from the applications menu or run: advocate"
