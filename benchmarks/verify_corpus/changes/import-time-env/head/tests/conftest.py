import os

os.environ.setdefault("MAILER_API_TOKEN", "test-token")
