def send(to: str, subject: str = '') -> bool:
    return True
