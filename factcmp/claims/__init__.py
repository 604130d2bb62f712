"""Event claims: a trigger word tied to the slots the sentence gives it.

From each sentence, every event trigger of the language's lexicon (factcmp/lexicon/<lang>/
event_triggers.tsv) becomes a claim. The sentence's mentions go to the nearest trigger (a
trigger introduced as background, "in response to a raid", only takes what stands in its own
clause): dates to ``time``, people and organizations and acting countries to ``actors``,
other places to ``places``, counts and quantities to their slots. Casualty counts told in a
sentence of their own ("the incident killed 15") go to the assault just told, or make a claim
of their own. Markers near the trigger set its modality: planned, denied, negated, reported
(with who says so), asserted otherwise.

One module per decision:

- ``model``: the ``Claim`` and its JSON form;
- ``views``: what the reader sees of a document and of a sentence (slot mentions, markers, clauses);
- ``drafts``: claims being built, and what a later statement of an event adds;
- ``triggers``: which words tell an event, its subtype, how rare it is;
- ``slots``: which mention fills which slot of which claim, and where orphan casualty counts go;
- ``anaphora``: one claim per event, in a clause and across sentences;
- ``modality``: how a claim is told, and who says so;
- ``objects``: what an assault hit;
- ``reader``: the order of those steps, sentence by sentence (``read_claims``).
"""
