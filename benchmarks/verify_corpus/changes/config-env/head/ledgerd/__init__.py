"""ledgerd: a double-entry ledger service."""
