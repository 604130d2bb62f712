"""factcmp's JSON layout: valid JSON that reads back as it was, a top-level list item a line."""

from __future__ import annotations

import io
import json

from hypothesis import given
from hypothesis import strategies as st

from factcmp import jsontext

_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=10,
)


@given(st.dictionaries(st.text(), _VALUES | st.lists(_VALUES, max_size=4), max_size=5))
def test_the_text_reads_back_as_the_data(data: dict[str, object]) -> None:
    text = jsontext.dumps(data)
    assert json.loads(text) == data
    out = io.StringIO()
    jsontext.dump(data, out)
    assert out.getvalue() == text + "\n"


def test_each_item_of_a_top_level_list_has_a_line_of_its_own() -> None:
    data = {
        "schema_version": "1.1",
        "findings": [{"kind": "agreement", "docs": ["a", "b"]}, {"kind": "revision"}],
        "x": [],
    }
    lines = jsontext.dumps(data).splitlines()
    assert lines == [
        "{",
        ' "schema_version": "1.1",',
        ' "findings": [',
        '  {"kind": "agreement", "docs": ["a", "b"]},',
        '  {"kind": "revision"}',
        " ],",
        ' "x": []',
        "}",
    ]
    assert "«نص»" in jsontext.dumps({"t": "«نص»"})  # characters as they are, not escaped
