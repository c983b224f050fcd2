"""Payroll arithmetic in integer cents."""

from paycalc.money import average_cents, split_cents, total_cents
from paycalc.payslip import Payslip

__all__ = ["Payslip", "average_cents", "split_cents", "total_cents"]
