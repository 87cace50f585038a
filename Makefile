# The two commands a newcomer needs: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PORT ?= 8000
STAMP := $(VENV)/.installed
APPS := portal handbook training forms forms/reports search

.PHONY: run setup install migrate messages compilemessages demo test lint check-deploy makemessages clean

run: setup
	@echo "Serving the portal at http://127.0.0.1:$(PORT)/ (Ctrl-C stops)"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

setup: install migrate compilemessages demo

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(PY) manage.py migrate --noinput

compilemessages: install
	$(PY) manage.py compilemessages --ignore=.venv --ignore=var -v 0

demo: install
	$(PY) manage.py load_demo

# Regenerate the message catalogues after changing UI strings (then translate and commit).
# Each app keeps its own catalogue in <app>/locale; the portal's (and base templates') is locale/.
makemessages: install
	$(PY) manage.py makemessages -l fi -l sv -l en --no-obsolete \
		$(foreach app,$(filter-out portal forms/reports,$(APPS)),--ignore=$(app)) \
		--ignore=.venv --ignore=var --ignore=tests --ignore=bench
	for app in $(filter-out portal,$(APPS)); do \
		if [ -d $$app/locale ]; then (cd $$app && $(CURDIR)/$(PY) $(CURDIR)/manage.py makemessages \
			-l fi -l sv -l en --no-obsolete --ignore=tests \
			$$([ $$app = forms ] && echo --ignore=reports)); fi; \
	done

test: install compilemessages
	$(BIN)/pytest -q -rs

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

check-deploy: install
	DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=check-deploy-$$(date +%s)-a-long-random-secret-key-for-the-check \
		ALLOWED_HOSTS=ankkuritoiminta.fi $(PY) manage.py check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) var
