"""The embedded demo service's `additive` branch (changeproof.demo.project)."""

from changeproof.demo.project import BASE, CHANGES

TESTS = True
HEAD = CHANGES["additive"]
