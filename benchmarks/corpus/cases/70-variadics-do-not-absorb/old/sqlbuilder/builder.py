from typing import Any, Dict, Optional, Tuple


def select(table: str, columns: Tuple[str, ...] = ("*",), *conditions: str) -> str:
    sql = f"SELECT {', '.join(columns)} FROM {table}"
    return sql + (" WHERE " + " AND ".join(conditions) if conditions else "")


def insert(table: str, values: Dict[str, Any], returning: Optional[str] = None, **options: Any) -> str:
    cols = ", ".join(values)
    sql = f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' for _ in values)})"
    return sql + (f" RETURNING {returning}" if returning else "")


def update(table: str, values: Dict[str, Any], where: Optional[str] = None, *args: Any, **kwargs: Any) -> str:
    sets = ", ".join(f"{k} = ?" for k in values)
    return f"UPDATE {table} SET {sets}" + (f" WHERE {where}" if where else "")


def delete(table: str, *conditions: str) -> str:
    return f"DELETE FROM {table}" + (" WHERE " + " AND ".join(conditions) if conditions else "")
