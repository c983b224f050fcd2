class Figure:
    pass
def show(block: bool = True) -> None:
    pass
