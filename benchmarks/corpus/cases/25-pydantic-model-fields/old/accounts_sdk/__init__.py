from .models import Account, Address, Plan

__all__ = ["Account", "Address", "Plan"]
