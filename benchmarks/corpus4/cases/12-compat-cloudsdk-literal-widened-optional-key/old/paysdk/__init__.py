from .charges import ChargeParams, create_charge
