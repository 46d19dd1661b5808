#!/usr/bin/env bash
# Regenerates every raster icon from resources/public/icon.svg; the outputs are committed, so
# only run this after changing the SVG. Needs Debian's librsvg2-bin, icnsutils and imagemagick
# (apt-get install librsvg2-bin icnsutils imagemagick).
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/public/icon.svg
out=resources/icons
mkdir -p "$out"
# Linux (AppImage, deb): one PNG per hicolor size, named WxH.png as electron-builder expects.
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$out/${size}x${size}.png"
done
# macOS: .icns with every size from 16 to 1024 (the @2x retina pairs come from the same files).
png2icns resources/icon.icns "$out"/{16x16,32x32,48x48,128x128,256x256,512x512,1024x1024}.png >/dev/null
# Windows: one .ico holding 16, 24, 32, 48, 64 and 256 (what Explorer and the taskbar ask for).
/usr/bin/convert "$out"/{16x16,24x24,32x32,48x48,64x64,256x256}.png resources/icon.ico
# Web app manifest (installable PWA): 192 and 512, and a maskable 512 with a safe-zone margin.
rsvg-convert -w 192 -h 192 "$svg" -o resources/public/icon-192.png
rsvg-convert -w 512 -h 512 "$svg" -o resources/public/icon-512.png
/usr/bin/convert -size 512x512 xc:'#8a3b12' \( "$out/512x512.png" -resize 80% \) -gravity center \
  -composite resources/public/icon-maskable-512.png
