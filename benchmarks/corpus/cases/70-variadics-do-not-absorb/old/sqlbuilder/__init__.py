from .builder import delete, insert, select, update

__all__ = ["delete", "insert", "select", "update"]
