"""The environment variables changeproof's pytest plugin reads (the plugin itself imports nothing of
changeproof, so it spells them again; a test keeps the two in step)."""

ENV_LOG = "CHANGEPROOF_REPORTLOG"
ENV_TIMEOUT = "CHANGEPROOF_TEST_TIMEOUT"
ENV_SELECT = "CHANGEPROOF_SELECT"
ENV_SHARD = "CHANGEPROOF_SHARD"
ENV_DURATIONS = "CHANGEPROOF_DURATIONS"
ENV_IMPORTS = "CHANGEPROOF_IMPORT_CHECK"
ENV_PYCACHE = "CHANGEPROOF_PYCACHE"

# never inherited by a run: a changeproof run inside a test run (changeproof testing itself) starts clean
CLEAR = (ENV_LOG, ENV_TIMEOUT, ENV_SELECT, ENV_SHARD, ENV_DURATIONS, ENV_IMPORTS, ENV_PYCACHE)
