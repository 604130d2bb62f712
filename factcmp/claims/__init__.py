"""Event claims: a trigger word tied to the slots the sentence gives it.

From each sentence, every event trigger of the language's lexicon (factcmp/lexicon/<lang>/
event_triggers.tsv) becomes a claim. The sentence's mentions go to the nearest trigger (a
trigger introduced as background, "in response to a raid", only takes what stands in its own
clause): dates to ``time``, people and organizations and acting countries to ``actors``,
other places to ``places``, counts and quantities to their slots; nothing in a dateline fills
a slot. Casualty counts told in a sentence of their own ("the incident killed 15") go to the
assault or disaster just told, or make a claim of their own of the document's event; a toll
told as changed ("rose to 27") carries which way (``update``). Markers near the trigger set its
modality: planned, denied, negated, reported (with who says so), asserted otherwise; an earlier
event the report recalls is ``background``.

One module per decision:

- ``model``: the ``Claim`` and its JSON form;
- ``views``: what the reader sees of a document and of a sentence (slot mentions, markers, clauses);
- ``drafts``: claims being built, and what a later statement of an event adds;
- ``triggers``: which words tell an event, its subtype, how rare it is, whether it is an earlier one;
- ``slots``: which mention fills which slot of which claim, and where orphan casualty counts go;
- ``updates``: which way a toll told as an update moved, and that its day is the update's;
- ``anaphora``: one claim per event, in a clause and across sentences;
- ``modality``: how a claim is told, and who says so;
- ``objects``: what an assault hit, what a seizure took;
- ``reader``: the order of those steps, sentence by sentence (``read_claims``).
"""
