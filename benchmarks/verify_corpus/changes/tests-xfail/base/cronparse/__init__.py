"""Parse five-field cron expressions."""

from cronparse.fields import expand_field
from cronparse.schedule import Schedule, parse

__all__ = ["Schedule", "expand_field", "parse"]
