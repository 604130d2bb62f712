"""The date grammar: rules built from one language's lexicon that read pieces of dates."""
