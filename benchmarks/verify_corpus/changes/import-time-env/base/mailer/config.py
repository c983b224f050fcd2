"""Settings read from the environment when the package is imported."""

import os

SMTP_HOST = os.getenv("MAILER_SMTP_HOST", "localhost")
SMTP_PORT = int(os.getenv("MAILER_SMTP_PORT", "25"))
