from .conn import Connection
