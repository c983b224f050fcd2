from typing import Any, Dict, Optional, Tuple


def select(table: str, *conditions: str) -> str:
    """SELECT * FROM table; use .columns() on the result to narrow."""
    sql = f"SELECT * FROM {table}"
    return sql + (" WHERE " + " AND ".join(conditions) if conditions else "")


def insert(table: str, values: Dict[str, Any], **options: Any) -> str:
    returning = options.pop("returning", None)
    cols = ", ".join(values)
    sql = f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' for _ in values)})"
    return sql + (f" RETURNING {returning}" if returning else "")


def update(table: str, values: Dict[str, Any], *args: Any, **kwargs: Any) -> str:
    where = kwargs.get("where", args[0] if args else None)
    sets = ", ".join(f"{k} = ?" for k in values)
    return f"UPDATE {table} SET {sets}" + (f" WHERE {where}" if where else "")


def delete(table: str, *conditions: str, confirm: bool) -> str:
    if not confirm:
        raise ValueError("pass confirm=True")
    return f"DELETE FROM {table}" + (" WHERE " + " AND ".join(conditions) if conditions else "")
