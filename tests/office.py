# SPDX-License-Identifier: GPL-3.0-or-later
# LibreOffice headless for the spreadsheet tests: one conversion run for many files, in a
# profile of its own that recalculates every formula on load (LibreOffice's default for
# .xlsx is to trust the cached values, which would make a check of our formulas vacuous).
import csv
import glob
import os
import shutil
import subprocess

RECALC_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""

# Every sheet to its own file NAME-SHEET.csv, UTF-8, comma, quoted text, raw values.
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def soffice():
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        raise RuntimeError("LibreOffice (soffice) is not installed: ./dev test installs libreoffice-calc")
    return path


def convert(folder, target, files, timeout=240):
    """Converts `files` to `target` ("csv…", "xls", "ods", "pdf") into `folder` in one run."""
    profile = os.path.join(folder, "lo-profile")
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w", encoding="utf-8") as f:
        f.write(RECALC_PROFILE)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    out = os.path.join(folder, "converted")
    os.makedirs(out, exist_ok=True)
    r = subprocess.run([soffice(), "-env:UserInstallation=file://" + profile, "--headless",
                        "--norestore", "--convert-to", target, "--outdir", out, *files],
                       capture_output=True, text=True, env=env, timeout=timeout)
    if r.returncode != 0:
        raise RuntimeError("soffice failed: " + r.stdout + r.stderr)
    return out


def read_sheets(folder, stem):
    """{sheet name: rows} of the CSV files that CSV_ALL_SHEETS wrote for `stem`."""
    sheets = {}
    for path in glob.glob(os.path.join(folder, stem + "-*.csv")):
        name = os.path.basename(path)[len(stem) + 1:-4]
        with open(path, newline="", encoding="utf-8") as f:
            sheets[name] = list(csv.reader(f))
    return sheets


def number(text):
    """A CSV cell as a number (a trailing % divides by 100), or None."""
    t = text.strip().replace(",", "")
    scale = 1
    if t.endswith("%"):
        t, scale = t[:-1], 100
    try:
        return float(t) / scale
    except ValueError:
        return None
