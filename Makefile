# claimdiff — make targets. The quick start is `make demo` and `make test`.
# The SQLite driver is C code built by cgo: a C compiler (gcc) is needed, and
# the first build takes about a minute while it compiles.

export CGO_ENABLED := 1
GO      ?= go
DEVSET  ?= ../shared/devset
BIN     := bin/claimdiff

.PHONY: all build demo test vet fmt-check eval eval-dev bench fuzz clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/claimdiff

## demo: the whole job on the bundled seed articles
demo:
	$(GO) run ./cmd/claimdiff demo

## test: formatting, vet, and every test. The HTML reports are opened in
## headless Chromium when it is installed; the screenshots are kept in
## test-output/_artifacts.
test: fmt-check vet
	@mkdir -p test-output
	$(GO) test -artifacts -outputdir $(CURDIR)/test-output ./...
	@if ! command -v chromium >/dev/null 2>&1 && [ -z "$$CLAIMDIFF_CHROMIUM" ]; then \
		echo "NOTE: Chromium is not installed, so the browser test of the HTML reports was SKIPPED."; \
		echo "      Install it (Debian: apt-get install chromium) to run it."; fi

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l cmd pkg fixtures); if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

## eval: score the extractor on the bundled gold sets (seeds, written articles)
eval: build
	@echo "seeds (5 German articles):"
	@$(BIN) extract fixtures | $(BIN) eval --gold fixtures/seeds.gold.jsonl --pred -
	@echo "written (16 German, 16 English articles):"
	@$(BIN) extract fixtures/written | $(BIN) eval --gold fixtures/written/written.gold.jsonl --pred -

## eval-dev: score the extractor on the dev set, when $(DEVSET) is there
eval-dev: build
	@if [ ! -f $(DEVSET)/gold.jsonl ]; then echo "eval-dev: no dev set at $(DEVSET) (set DEVSET=…)"; exit 0; fi; \
	$(BIN) extract $(DEVSET)/articles --manifest $(DEVSET)/manifest.jsonl | \
	$(BIN) eval --gold $(DEVSET)/gold.jsonl --pred - --min-f1 0.90 --min-sourced-f1 0.80

## bench: benchmarks, with memory statistics
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

## fuzz: each fuzz target for a bounded time (FUZZTIME, default 20s)
FUZZTIME ?= 20s
fuzz:
	$(GO) test ./pkg/extract -run '^$$' -fuzz '^FuzzNumbers$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pkg/extract -run '^$$' -fuzz '^FuzzExtract$$' -fuzztime $(FUZZTIME)

clean:
	rm -rf bin test-output
