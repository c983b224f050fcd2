"""Parse and write INI files."""
from ._errors import ParseError
from ._reader import Section, load, loads, sections
from ._writer import dumps

__version__ = "1.2.0"
__all__ = ["ParseError", "Section", "load", "loads", "dumps", "sections"]
