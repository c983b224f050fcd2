from .core import digest, Hasher
