"""The version of factcmp, in one place: pyproject.toml reads it from here (``dynamic``) and
``factcmp.__version__`` is this."""

__version__ = "0.2.0.dev0"
