#!/usr/bin/env bash
# Renders an exported speech as it prints: draft.md → .docx (speech-draft export) → PDF (LibreOffice
# headless) → PNG of the first page (pdftoppm). Everything runs locally; nothing touches the network.
#
#   scripts/docx-preview.sh [DRAFT.md | SPEECH.docx] [OUT.png]
#
# Defaults: examples/draft-safety-meeting.md → test-artifacts/export-first-page.png (with the .docx
# and .pdf beside it). Needs, on Debian:
#   apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-arphic-ukai
# The fonts a speech names (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体) are rarely installed on
# Linux; a private fontconfig file maps them to the nearest free faces for the preview only.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
input="${1:-$root/examples/draft-safety-meeting.md}"
out="${2:-$root/test-artifacts/export-first-page.png}"
outdir="$(cd "$(dirname "$out")" 2>/dev/null || mkdir -p "$(dirname "$out")"; cd "$(dirname "$out")" && pwd)"
stem="$(basename "$out" .png)"

for tool in soffice pdftoppm node; do
  command -v "$tool" >/dev/null || { echo "docx-preview: $tool is missing (apt-get install -y libreoffice-writer-nogui poppler-utils)" >&2; exit 2; }
done
fc-list :lang=zh family | grep -q . || { echo "docx-preview: no Chinese font (apt-get install -y fonts-noto-cjk)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

case "$input" in
  *.docx) docx="$input" ;;
  *) docx="$outdir/$stem.docx"; node "$root/bin/speech-draft.js" export -o "$docx" "$input" >/dev/null ;;
esac

# The speech's fonts → free look-alikes (serif for 仿宋 and the title, sans for 黑体, UKai for 楷体).
cat >"$work/fonts.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="strong"><family>仿宋_GB2312</family><prefer><family>FangSong</family><family>仿宋</family><family>Noto Serif CJK SC</family><family>AR PL UMing CN</family></prefer></alias>
  <alias binding="strong"><family>楷体_GB2312</family><prefer><family>KaiTi</family><family>楷体</family><family>AR PL UKai CN</family><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="strong"><family>黑体</family><prefer><family>SimHei</family><family>Noto Sans CJK SC</family><family>WenQuanYi Micro Hei</family></prefer></alias>
  <alias binding="strong"><family>宋体</family><prefer><family>SimSun</family><family>Noto Serif CJK SC</family></prefer></alias>
  <match target="pattern">
    <test name="family"><string>方正小标宋简体</string></test>
    <edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string></edit>
    <edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>
  </match>
</fontconfig>
CONF

export FONTCONFIG_FILE="$work/fonts.conf"
soffice --headless --norestore -env:UserInstallation="file://$work/profile" \
  --convert-to pdf --outdir "$work" "$docx" >"$work/soffice.log" 2>&1 || { cat "$work/soffice.log" >&2; exit 1; }
pdf="$work/$(basename "${docx%.*}").pdf"
[ -s "$pdf" ] || { echo "docx-preview: LibreOffice wrote no PDF" >&2; cat "$work/soffice.log" >&2; exit 1; }
cp "$pdf" "$outdir/$stem.pdf"
pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$pdf" "$outdir/$stem"
pages="$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
echo "docx-preview: $docx → $outdir/$stem.png (first of ${pages:-?} pages; PDF at $outdir/$stem.pdf)"
