def tag(name: str, *, id: str = '', cls: str = '', escape: bool = True) -> str:
    return f'<{name}>'
