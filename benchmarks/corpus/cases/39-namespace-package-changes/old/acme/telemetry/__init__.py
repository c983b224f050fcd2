"""Another distribution's portion of the namespace, vendored here for tests."""
