from paycalc import Payslip


def test_net_subtracts_deductions():
    slip = Payslip("ada", [300_000, 20_000], [45_000])
    assert slip.gross() == 320_000
    assert slip.net() == 275_000
