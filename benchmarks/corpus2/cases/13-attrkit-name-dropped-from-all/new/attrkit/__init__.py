"""Classes without boilerplate."""
from . import filters, validators
from ._funcs import asdict, assoc, astuple, evolve, has  # assoc: deprecated, use evolve
from ._make import Attribute, Factory, attrib, attrs, define, fields

__all__ = (
    "Attribute",
    "Factory",
    "asdict",
    "astuple",
    "attrib",
    "attrs",
    "define",
    "evolve",
    "fields",
    "filters",
    "has",
    "validators",
)
