"""Exports for analysis: records and DataFrames of mentions, claims, events and findings, CSV from
the command line, and the JSON output's schema_version checked against docs/schema."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pandas
import pytest
import referencing

import factcmp
from factcmp import export
from tests.conftest import ROOT, SEEDS

SCHEMAS = ROOT / "docs" / "schema"
ISOLATES = {"\u2066", "\u2067", "\u2068", "\u2069"}


@pytest.fixture(scope="module")
def seeds() -> factcmp.Comparison:
    return factcmp.compare(sorted(SEEDS.glob("*.txt")))


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcmp", *args], input=stdin, capture_output=True, text=True, timeout=300, cwd=ROOT
    )


def _texts(comparison: factcmp.Comparison) -> dict[str, str]:
    return {entry.document.id: entry.document.text for entry in comparison.documents}


def test_findings_records_quote_each_document_with_offsets(seeds: factcmp.Comparison) -> None:
    rows = seeds.to_records()
    texts = _texts(seeds)
    assert len(rows) == sum(len(f.values) for f in seeds.findings)
    assert {row["finding"] for row in rows} == set(range(len(seeds.findings)))
    for row in rows:
        finding = seeds.findings[row["finding"]]
        assert (row["kind"], row["slot"], row["event"]) == (finding.kind, finding.slot, finding.event)
        assert texts[row["doc"]][row["start"] : row["end"]] == row["text"]
        assert row["claims"] and all(claim.startswith(row["doc"]) for claim in row["claims"].split(" "))
    count = next(row for row in rows if row["kind"] == "agreement" and row["slot"] == "count")
    assert (count["value.value"], count["value.count_type"]) == (15, "KILL")
    actor = next(row for row in rows if row["slot"] == "actor")
    assert isinstance(json.loads(actor["value.names"]), list)  # nested values are JSON text


def test_every_table_has_the_same_columns_in_every_row(seeds: factcmp.Comparison) -> None:
    texts = _texts(seeds)
    for table in factcmp.names.TABLES:
        rows = seeds.to_records(table)
        assert rows and all(list(row) == list(rows[0]) for row in rows), table
        assert list(rows[0])[: len(export.columns(table))] == export.columns(table)
    for row in seeds.to_records("mentions") + seeds.to_records("claims"):
        assert texts[row["doc"]][row["start"] : row["end"]] == row["text"]
    claim_rows = seeds.to_records("claims")
    assert {row["role"] for row in claim_rows} >= {"trigger", "actor", "count", "time", "object"}
    assert len({row["claim"] for row in claim_rows}) == len(seeds.claims)  # every claim has its trigger row
    events = seeds.to_records("events")
    assert len(events) == sum(len(event.claims) for event in seeds.events)
    timed = next(row for row in events if row["time.start"] is not None)
    assert texts[timed["time.doc"]][timed["time.start"] : timed["time.end"]] == timed["time.text"]


def test_an_unknown_table_is_refused(seeds: factcmp.Comparison) -> None:
    with pytest.raises(ValueError, match=r"unknown table 'finding'; choose from mentions, claims, events, findings"):
        seeds.to_records("finding")  # type: ignore[arg-type]


def test_dataframes_of_a_comparison_and_of_extract_results(seeds: factcmp.Comparison) -> None:
    findings = seeds.to_dataframe()
    assert isinstance(findings, pandas.DataFrame) and len(findings) == len(seeds.to_records())
    assert list(findings.columns[:9]) == ["finding", "kind", "slot", "event", "confidence", "more_precise",
                                          "explanation", "doc", "claims"]
    agreements = findings[(findings["kind"] == "agreement") & (findings["slot"] == "count")]
    assert set(agreements["value.value"]) == {15}
    mentions = factcmp.extract("قُتل فيها جميعُ أفراد الطاقم الروسي الـ15 قبالة اللاذقية", lang="ar").to_dataframe()
    assert list(mentions["kind"]) == ["count", "place"] and list(mentions["doc"]) == ["text", "text"]
    assert mentions.loc[1, "value.geonameid"] == 173576
    empty = factcmp.extract("", lang="ar").to_dataframe()
    assert empty.empty and list(empty.columns) == export.columns("mentions")


def test_to_dataframe_without_pandas_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"needs pandas, not installed here: pip install 'factcmp\[pandas\]'"):
        factcmp.extract("15 killed", lang="en").to_dataframe()


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_extract_csv_from_the_command_line(seed_paths: list[Path]) -> None:
    result = _run("extract", "--format", "csv", "--kinds", "count,place", *map(str, seed_paths))
    assert result.returncode == 0, result.stderr
    rows = _csv_rows(result.stdout)
    assert list(rows[0])[:7] == ["doc", "kind", "start", "end", "text", "lang", "confidence"]
    texts = {path.stem: factcmp.read_documents(path)[0].text for path in seed_paths}
    assert {row["kind"] for row in rows} == {"count", "place"}
    for row in rows:
        assert texts[row["doc"]][int(row["start"]) : int(row["end"])] == row["text"]
    assert not ISOLATES & set(result.stdout) and not result.stdout.startswith("\ufeff")


def test_compare_csv_is_the_findings_table(seeds: factcmp.Comparison, seed_paths: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "findings.csv"
    result = _run("compare", "--format", "csv", "-o", str(out), *map(str, seed_paths))
    assert result.returncode == 0, result.stderr
    written = out.read_text(encoding="utf-8")
    rows = _csv_rows(written)
    expected = seeds.to_records()
    assert [(row["finding"], row["doc"], row["text"]) for row in rows] == [
        (str(row["finding"]), row["doc"], row["text"]) for row in expected
    ]
    assert not ISOLATES & set(written)


def _validator(name: str) -> jsonschema.Draft202012Validator:
    schemas = {path.name: json.loads(path.read_text(encoding="utf-8")) for path in SCHEMAS.glob("*.schema.json")}
    registry: referencing.Registry[Any] = referencing.Registry().with_resources(
        (file, referencing.Resource.from_contents(schema)) for file, schema in schemas.items()
    )
    jsonschema.Draft202012Validator.check_schema(schemas[name])
    return jsonschema.Draft202012Validator(schemas[name], registry=registry)


@pytest.mark.parametrize("command", ["extract", "compare"])
def test_json_output_of_the_seeds_follows_its_schema(command: str, seed_paths: list[Path]) -> None:
    result = _run(command, "--format", "json", *map(str, seed_paths))
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["schema_version"] == factcmp.SCHEMA_VERSION
    validator = _validator(f"{command}.schema.json")
    assert [error.message for error in validator.iter_errors(output)] == []
    output["documents"][0]["mentions"][0]["value"] = {"year": "twenty"}
    assert list(validator.iter_errors(output))  # the schema does check values


def test_schema_version_is_one_the_schemas_accept() -> None:
    validator = _validator("extract.schema.json")
    assert validator.is_valid({"schema_version": factcmp.SCHEMA_VERSION, "documents": []})
    assert not validator.is_valid({"schema_version": "2.0", "documents": []})
