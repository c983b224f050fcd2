"""A payslip: gross lines and deductions."""

from __future__ import annotations

from dataclasses import dataclass, field

from paycalc.money import total_cents


@dataclass
class Payslip:
    employee: str
    lines: list[int] = field(default_factory=list)
    deductions: list[int] = field(default_factory=list)

    def gross(self) -> int:
        return total_cents(*self.lines)

    def net(self) -> int:
        return self.gross() - total_cents(*self.deductions)
