"""Storage backends. Third-party backends subclass StorageBackend and register an entry point."""
