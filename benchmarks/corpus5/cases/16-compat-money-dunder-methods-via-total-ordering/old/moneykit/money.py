class Money:
    def __init__(self, amount: int, currency: str = "EUR") -> None:
        self.amount = amount
        self.currency = currency
    def __eq__(self, other):
        return (self.amount, self.currency) == (other.amount, other.currency)
    def __lt__(self, other):
        return self.amount < other.amount
    def __le__(self, other):
        return self.amount <= other.amount
    def __gt__(self, other):
        return self.amount > other.amount
    def __ge__(self, other):
        return self.amount >= other.amount
    def __hash__(self):
        return hash((self.amount, self.currency))
