from .conn import Connection, Options
