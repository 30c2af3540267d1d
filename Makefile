# Two commands on a fresh machine with Python 3.11: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT := out

.PHONY: install demo test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reproducible install: every dependency pinned with hashes in requirements.lock.
$(STAMP): $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@mkdir -p $(OUT)
	$(BIN)/kg extract examples/ --format table
	$(BIN)/kg build examples/ --store $(OUT)/kg.kgl
	$(BIN)/kg query @who_met_whom --store $(OUT)/kg.kgl
	$(BIN)/kg query @most_connected_actors --param limit=10 --store $(OUT)/kg.kgl
	$(BIN)/kg viz network --store $(OUT)/kg.kgl --out $(OUT)/network.html
	$(BIN)/kg viz timeline --store $(OUT)/kg.kgl --out $(OUT)/timeline.png
	@echo "demo done: store $(OUT)/kg.kgl, network page $(OUT)/network.html, timeline $(OUT)/timeline.png"

test: $(STAMP)
	@scripts/install-browser.sh
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(OUT) *.egg-info
