"""Vendored third-party code. Not part of pipkit's API."""
