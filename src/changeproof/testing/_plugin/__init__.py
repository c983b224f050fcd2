"""Not imported by changeproof: this directory goes on the test run's PYTHONPATH so that pytest can load
``changeproof_reportlog`` with ``-p changeproof_reportlog`` (this file only makes the build ship it)."""
