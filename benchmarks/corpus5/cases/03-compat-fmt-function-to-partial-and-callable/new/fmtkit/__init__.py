from .core import to_json, to_csv
