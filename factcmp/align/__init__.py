"""Alignment: which claims, across documents and languages, tell the same thing, level by level.

- stories: documents grouped into the stories they tell, so that events are looked for within
  a story (not written yet: a later issue adds ``stories``);
- events (``events``): claims linked into events, by blocking, pair scores and grouping.
"""
