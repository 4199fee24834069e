#!/bin/sh
# Regenerates the round-trip corpus in test/corpus/ (README.md there says what each file is):
#   openpyxl-juhuasuan.xlsx, openpyxl-dacu.xlsx   written by openpyxl (build.py)
#   libreoffice-dianpu.xlsx                        a flat ODS (build.py) converted by LibreOffice
#   libreoffice-juhuasuan.xlsx                     openpyxl-juhuasuan.xlsx opened and saved by LibreOffice
# Needs python3 with openpyxl (apt-get install -y python3-openpyxl) and soffice (LibreOffice).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The first python3 that has openpyxl: a pyenv or venv python3 may shadow the system one.
python=
for p in python3 /usr/bin/python3; do
  if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import openpyxl' 2>/dev/null; then python=$p; break; fi
done
[ -n "$python" ] || { echo "build.sh: no python3 with openpyxl (apt-get install -y python3-openpyxl)" >&2; exit 1; }

"$python" "$here/build.py" "$work/src"

# A LibreOffice profile of our own, so a running or concurrent soffice is never disturbed.
convert() { # convert SOURCE: writes $work/out/<basename>.xlsx
  soffice --headless --norestore --nolockcheck "-env:UserInstallation=file://$work/profile" \
    --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/out" "$1" >/dev/null
}
convert "$work/src/libreoffice-dianpu.fods"
cp "$work/src/openpyxl-juhuasuan.xlsx" "$work/src/libreoffice-juhuasuan.xlsx"
convert "$work/src/libreoffice-juhuasuan.xlsx"

cp "$work/src/openpyxl-juhuasuan.xlsx" "$work/src/openpyxl-dacu.xlsx" "$here/"
cp "$work/out/libreoffice-dianpu.xlsx" "$work/out/libreoffice-juhuasuan.xlsx" "$here/"
ls -l "$here"/*.xlsx
