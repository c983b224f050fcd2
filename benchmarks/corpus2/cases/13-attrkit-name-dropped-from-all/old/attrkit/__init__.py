"""Classes without boilerplate."""
from . import filters, validators
from ._funcs import asdict, assoc, astuple, evolve, has
from ._make import Attribute, Factory, attrib, attrs, fields

__all__ = [
    "Attribute",
    "Factory",
    "asdict",
    "assoc",
    "astuple",
    "attrib",
    "attrs",
    "evolve",
    "fields",
    "filters",
    "has",
    "validators",
]
