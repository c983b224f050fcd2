"""Exceptions raised by retrykit."""


class RetryError(RuntimeError):
    """Every attempt failed; ``last_error`` is the exception of the last attempt."""

    def __init__(self, attempts, last_error):
        super().__init__(f"gave up after {attempts} attempts: {last_error!r}")
        self.attempts = attempts
        self.last_error = last_error
