"""Comparison: what several reports agree on, where they contradict each other, and what only one says.

For every event of linked claims (factcmp.align) each slot both fill is compared with its
granularity in mind (factcmp.relations): equal or containing values agree (the more precise
source is named), others contradict. When the link is not confident, a would-be
contradiction is only a ``possible_conflict`` and no agreement is claimed. A slot stated by
one side of a confident link, and the counts of claims no other source tells, are
``single_source`` findings.

- ``model``: ``Finding``, ``Event``, ``Comparison`` and their JSON form;
- ``statements``: what a claim states about each slot, and how two statements relate;
- one module per kind of finding: ``slots`` (agreement, contradiction and single source
  within an event), ``precision`` (the more precise sources of an agreement), ``conflicts``
  (possible conflicts on uncertain links), ``unmatched`` (single-source amounts); findings
  about how one source revises what it said before will go in ``revisions``, beside them;
- ``events`` (the events of a comparison), ``ordering`` (the order findings are shown in) and
  ``findings`` (which finder runs where: ``comparison_of``);
- ``describe``: the English wording of values and event labels, for explanations and reports.
"""
