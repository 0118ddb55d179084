#!/usr/bin/env python3
"""Builds Dyadscope's evidence pack for Pakistan-Afghanistan from the openly licensed source files.

Run from the repository root with the shared data folder beside it:

    python3 modules/app/src/pack/build.py ../shared/data

It writes the reduced files and manifest.csv into modules/app/src/main/resources/io/dyadscope/app/defaults/pack/
(only rows concerning PAK or AFG, only the columns Dyadscope's importers read; values unchanged) and
prints the NOTICE lines. Origins, licences and retrieval dates are in SOURCES below (from each
folder's PROVENANCE.md). Restrictive files (ACLED, UN Comtrade) are never read here.
"""
import csv
import hashlib
import io
import os
import sys

OUT = "modules/app/src/main/resources/io/dyadscope/app/defaults/pack"

SOURCES = {
    "imf": ("International Monetary Fund, Direction of Trade Statistics (DOTS), country tables for Afghanistan"
            " (DOTS_1.xlsx) and Pakistan (DOTS_151.xlsx), via github.com/SamLeBlanc/Direction-of-Trade-Map"
            " @a769819d9b25a21a362d6cabfb10f150903f834d",
            "https://data.imf.org/en/datasets/IMF.STA:IMTS",
            "IMF terms for Data (https://www.imf.org/external/terms.htm): reuse and redistribution with attribution"),
    "unhcr": ("UNHCR Refugee Population Statistics Database, population table of UNHCR's refugees R package"
              " 2025.12.1 (github.com/PopulationStatistics/refugees @0c16a6d0c2f37d8578f9b9e3d1e4459efe850398)",
              "https://www.unhcr.org/refugee-statistics/", "CC BY 4.0"),
    "wdi": ("The World Bank: World Development Indicators (bulk download files, updated as each file's preamble says)",
            "https://data.worldbank.org/indicator/", "CC BY 4.0"),
    "ucdp": ("UCDP Georeferenced Event Dataset (GED), Pakistan, 1989-2021, HDX export"
             " (Sundberg & Melander 2013; Davies, Pettersson & Oberg 2024)",
             "https://ucdp.uu.se/downloads/ (GED; the Pakistan extract as published on HDX, data.humdata.org)",
             "CC BY 4.0"),
    "gdelt": ("The GDELT Project, GDELT 2.0 events export 20191024143000",
              "http://data.gdeltproject.org/gdeltv2/20191024143000.export.CSV.zip",
              "GDELT terms: open, free use with attribution (https://www.gdeltproject.org/about.html#termsofuse)"),
}
# The day the pack was built from the shared copies; the upstream commit or release each copy came
# from is in its origin.
RETRIEVED = "2026-12-07"

UCDP_COLUMNS = ["id", "year", "type_of_violence", "conflict_name", "side_a", "side_b", "where_coordinates", "adm_1",
                "country", "iso3", "country_id", "date_start", "best", "high", "low", "gwnoa", "gwnob"]
UNHCR_COLUMNS = ["year", "coo_iso", "coa_iso", "refugees", "asylum_seekers", "returned_refugees", "ooc", "oip"]
IMF_COLUMNS = ["reporter_iso3", "partner_iso3", "flow", "year", "value_usd_millions", "imf_estimate"]
WDI_FILES = ["API_NE.TRD.GNFS.ZS_DS2_en_csv_v2_2650-AFG-PAK.csv", "API_NY.GDP.MKTP.KD.ZG_DS2_en_csv_v2_2509-AFG-PAK.csv",
             "API_VC.BTL.DETH_DS2_en_csv_v2_9816-AFG-PAK.csv", "API_FP.CPI.TOTL.ZG_DS2_en_csv_v2_2479-AFG-PAK.csv",
             "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454-AFG-PAK.csv"]


def columns(src, keep, skip_tag_row=False, where=None):
    with open(src, newline="", encoding="utf-8-sig") as f:
        r = csv.DictReader(f)
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(keep)
        n = 0
        for row in r:
            if skip_tag_row and any((v or "").startswith("#") for v in row.values()):
                continue
            if where and not where(row):
                continue
            w.writerow([row[c] for c in keep])
            n += 1
    return out.getvalue().encode("utf-8"), n


def main(shared):
    real = os.path.join(shared, "real")
    files = []  # (name, kind, importer, derived from, bytes, rows)
    b, n = columns(os.path.join(real, "imf-dots/afg-pak-bilateral-trade-imf-dots-1960-2020.csv"), IMF_COLUMNS)
    files.append(("imf-dots-afg-pak-1960-2020.csv", "imf", "imf-dots",
                  "imf-dots/afg-pak-bilateral-trade-imf-dots-1960-2020.csv (from DOTS_1.xlsx, DOTS_151.xlsx)", b, n))
    b, n = columns(os.path.join(real, "unhcr-refugees-r/afg-pak-population-1979-2025.csv"), UNHCR_COLUMNS)
    files.append(("unhcr-afg-pak-1979-2025.csv", "unhcr", "unhcr",
                  "unhcr-refugees-r/afg-pak-population-1979-2025.csv", b, n))
    for name in WDI_FILES:
        with open(os.path.join(real, "wdi-afg-pak", name), "rb") as f:
            b = f.read()
        n = sum(1 for line in b.decode("utf-8-sig").splitlines() if line.startswith('"Afghanistan"')
                or line.startswith('"Pakistan"'))
        files.append(("wdi-" + name.split("_DS2")[0].replace("API_", "").lower() + "-afg-pak.csv", "wdi", "wdi",
                      "wdi-afg-pak/" + name, b, n))
    b, n = columns(os.path.join(real, "ucdp/ged-pakistan-hdx.csv"), UCDP_COLUMNS, skip_tag_row=True)
    files.append(("ucdp-ged-pakistan-1989-2021.csv", "ucdp", "events", "ucdp/ged-pakistan-hdx.csv", b, n))
    keep = []
    with open(os.path.join(real, "gdelt/20191024143000.export.CSV"), "rb") as f:
        for line in f.read().decode("utf-8").splitlines(keepends=True):
            c = line.rstrip("\r\n").split("\t")
            if c[7] in ("PAK", "AFG") or c[17] in ("PAK", "AFG") or c[53] in ("PK", "AF"):
                keep.append(line)
    files.append(("gdelt-20191024143000-pak-afg.export.CSV", "gdelt", "events", "gdelt/20191024143000.export.CSV",
                  "".join(keep).encode("utf-8"), len(keep)))

    os.makedirs(OUT, exist_ok=True)
    manifest = io.StringIO()
    w = csv.writer(manifest, lineterminator="\n")
    w.writerow(["file", "importer", "dyad", "dataset", "origin", "url", "licence", "retrieved", "derived_from",
                "rows", "sha256"])
    for name, kind, importer, derived, data, rows in files:
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        sha = hashlib.sha256(data).hexdigest()
        origin, url, licence = SOURCES[kind]
        w.writerow([name, importer, "PAK-AFG", kind, origin, url, licence, RETRIEVED, derived, rows, sha])
        print("- pack/%s: %s; %s; %s rows; SHA-256 %s" % (name, origin, licence, rows, sha))
    with open(os.path.join(OUT, "manifest.csv"), "w", encoding="utf-8") as f:
        f.write(manifest.getvalue())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
