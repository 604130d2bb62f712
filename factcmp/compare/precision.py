"""More precise: which sources of an agreement give the narrowest value.

Decides that a document is more precise when its value lies within every other document's and
is narrower than at least one («17 September 2018» against «2018» and «September 2018»).
"""

from __future__ import annotations

from collections.abc import Sequence

from factcmp.compare.statements import Statement, relation
from factcmp.relations import Relation


def most_precise(statements: Sequence[Statement]) -> list[str]:
    """The documents whose value is within every other's and narrower than at least one."""
    found = []
    for candidate in statements:
        relations = [relation(candidate, other) for other in statements if other is not candidate]
        if all(r in (Relation.EQUAL, Relation.NARROWER) for r in relations) and Relation.NARROWER in relations:
            found.append(candidate.evidence.doc)
    return found
