import io
import sys
from typing import Any, List, Optional

from .core import Command


class Result:
    def __init__(self, output: str, exit_code: int) -> None:
        self.output = output
        self.exit_code = exit_code


class CliRunner:
    def __init__(self, charset: str = "utf-8") -> None:
        self.charset = charset

    def invoke(self, cli: Command, args: Optional[List[str]] = None) -> Result:
        old, sys.stdout = sys.stdout, io.StringIO()
        try:
            cli.main(args or [])
            code = 0
        except SystemExit as exc:
            code = int(exc.code or 0)
        finally:
            out, sys.stdout = sys.stdout.getvalue(), old
        return Result(out, code)
