"""Row formatters."""


def to_csv_line(row: list) -> str:
    return ",".join(str(v) for v in row)


def to_tsv_line(row: list) -> str:
    return "\t".join(str(v) for v in row)
