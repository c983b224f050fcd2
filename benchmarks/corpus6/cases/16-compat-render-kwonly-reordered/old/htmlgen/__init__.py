def tag(name: str, *, cls: str = '', id: str = '') -> str:
    return f'<{name}>'
