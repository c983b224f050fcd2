# Quick start: `make demo` and `make test`. Both need only Python 3.10+ and git.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test smoke venv clean bench bench-render

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/changeproof demo

# The sources are compiled first (src/**/__pycache__, ignored by git; only what changed): a test runs changeproof in
# a new process hundreds of times, and with PYTHONDONTWRITEBYTECODE set (as it often is) each of them would compile
# the package again, half the CPU of a small `check`. Python reads the bytecode whatever that variable says.
# The smoke set on the other supported Pythons (skipped, with a message, where an interpreter is absent) runs in
# the background while the full suite runs on this one, on every core (pytest-xdist; each test has its own cache
# and temporary directory, see tests/conftest.py): a core the suite leaves idle (its last, longest tests; the
# smoke's installs) does the other's work. The smoke's output is printed when both are done; either failing fails
# the target. PYTEST_ARGS="-n 0" runs the suite in one process.
test: $(STAMP)
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m compileall -q src
	@smoke_log=$$(mktemp); \
	$(BIN)/python tests/smoke.py $(SMOKE_PYTHONS) >"$$smoke_log" 2>&1 & smoke_pid=$$!; \
	$(BIN)/python -m pytest -q -n auto --dist worksteal $(PYTEST_ARGS); suite=$$?; \
	wait $$smoke_pid; smoke=$$?; cat "$$smoke_log"; rm -f "$$smoke_log"; \
	test $$suite -eq 0 && test $$smoke -eq 0

SMOKE_PYTHONS ?= 3.10 3.13
smoke: $(STAMP)
	$(BIN)/python tests/smoke.py $(SMOKE_PYTHONS)

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_api.py

bench-render: $(STAMP)
	$(BIN)/python benchmarks/bench_render.py

clean:
	rm -rf $(VENV) .venv-smoke build src/*.egg-info .pytest_cache
