"""The embedded demo service's `risky` branch (changeproof.demo.project)."""

from changeproof.demo.project import BASE, CHANGES

TESTS = True
HEAD = CHANGES["risky"]
