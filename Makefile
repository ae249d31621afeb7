# Two commands for a new developer: `make serve` and `make test`.
# Every tool comes from crates.io, npm or apt at a pinned version, and is
# installed only when `tool --version` differs from the pin.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
# The wasm-bindgen CLI must match the library in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"/\1/p}' Cargo.lock)
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export TRUNK_TOOLS_WASM_BINDGEN := $(WASM_BINDGEN_VERSION)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER ?= /usr/bin/chromedriver

NPM_STAMP := node_modules/.installed
CSS := static/app.css
ICONS := arrow-down arrow-up-down arrow-up cross

.PHONY: help serve dist release released-e2e test checks bench fuzz fmt lint native web e2e e2e-run tools rust-tools npm browser calc css clean

help:
	@echo "make serve   build and serve the calculator on http://127.0.0.1:8080"
	@echo "make dist    release build in dist/, to copy to any static web server"
	@echo "make test    fmt, clippy, native, browser component and end-to-end tests"
	@echo "make bench   the budgets (docs/testing.md) against the release build"
	@echo "make fuzz    links, files, stored values and the projection on 1,000,000 inputs each"

serve: tools css
	cargo fetch --quiet
	trunk serve

dist: tools css release

# The release build has its own target directory, so it can run beside the
# checks (cargo locks a target directory for the whole of a build).
# npm: the release build's hook minifies the glue with terser.
release: $(NPM_STAMP)
	cargo fetch --quiet
	CARGO_TARGET_DIR=$(CURDIR)/target/release-build trunk build --release

# The release build's single-threaded phases (LTO, wasm-opt) overlap the
# checks, and so do the end-to-end tests once it is built. The build and
# the browser are the longer path, and the end-to-end tests time what a
# user waits for, so the checks yield the CPU to them as far as nice goes.
test: tools browser calc css fmt
	$(MAKE) --no-print-directory -j2 --output-sync=target checks released-e2e

released-e2e: release
	$(MAKE) --no-print-directory e2e-run

checks:
	nice -n 19 $(MAKE) --no-print-directory -j1 lint native web

fmt:
	cargo fmt --all --check

lint: rust-tools
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

native:
	cargo test --all-targets
	cargo run --quiet --example fuzz -- $(FUZZ_SHORT)

web: rust-tools browser
	cargo test --target wasm32-unknown-unknown --test web

e2e: dist browser calc e2e-run

e2e-run: npm
	node --test --test-concurrency=1 tests/e2e/*.test.mjs

bench: dist npm browser
	node tests/e2e/bench.mjs

# A million inputs a target (about 10 minutes on 2 cores): what it finds
# becomes a named test. `make test` runs a short pass of FUZZ_SHORT inputs
# a target with the test build (`native`), so CI sees every target run.
FUZZ_CASES ?= 1000000
FUZZ_SHORT ?= 20000
fuzz:
	cargo run --release --example fuzz -- $(FUZZ_CASES)

tools: rust-tools npm

# Trunk and wasm-bindgen-cli build from source (~13 and ~5 minutes cold), so
# they install side by side. wasm-bindgen-cli is installed without --locked:
# its own lockfile asks for a crate release the registry does not have.
rust-tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@pids=(); \
	if [ "$$(trunk --version 2>/dev/null)" != "trunk $(TRUNK_VERSION)" ]; then \
	  echo "installing trunk $(TRUNK_VERSION)"; \
	  cargo install trunk --locked --version $(TRUNK_VERSION) & pids+=($$!); \
	fi; \
	if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force & pids+=($$!); \
	fi; \
	for pid in "$${pids[@]}"; do wait "$$pid"; done

npm: $(NPM_STAMP)

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# Debian's Chromium and ChromeDriver; Playwright never downloads a browser.
browser:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	else \
	  echo "Chromium and ChromeDriver are missing. Install them with:"; \
	  echo "  sudo apt-get install -y chromium chromium-driver"; \
	  exit 1; \
	fi

# LibreOffice's headless Calc, which recalculates the downloaded workbook
# (tests/e2e/spreadsheet.mjs), and Writer, which reads the business case
# (tests/e2e/document.mjs). `soffice` on the PATH does not prove either is
# there: each is its own package, so each is looked for by its library.
LIBREOFFICE_PARTS = calc:libsclo writer:libswlo
calc:
	@missing=""; for part in $(LIBREOFFICE_PARTS); do \
	  ls /usr/lib/libreoffice/program/$${part#*:}.so >/dev/null 2>&1 || missing="$$missing libreoffice-$${part%%:*}-nogui"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	else \
	  echo "LibreOffice's Calc or Writer is missing. Install them with:"; \
	  echo "  sudo apt-get install -y$$missing"; \
	  exit 1; \
	fi

# NHS.UK frontend from its Sass: no font or image from another host, and
# asset paths relative to the page.
css: $(CSS)

$(CSS): static/app.scss $(NPM_STAMP)
	sass --no-source-map --style=compressed static/app.scss $(CSS)
	@mkdir -p static/assets/images
	@for icon in $(ICONS); do cp node_modules/nhsuk-frontend/dist/nhsuk/assets/images/nhsuk-icon-$$icon.svg static/assets/images/; done

clean:
	rm -rf dist target $(CSS) static/assets node_modules
