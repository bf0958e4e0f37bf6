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

## test: formatting, vet, and every test
test: fmt-check vet
	$(GO) test ./...

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l cmd pkg fixtures); if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

## eval: score the extractor on the bundled seeds
eval: build
	@rm -f /tmp/claimdiff-eval-seeds.db
	@$(BIN) ingest fixtures --db /tmp/claimdiff-eval-seeds.db
	$(BIN) eval --gold fixtures/seeds.gold.jsonl --db /tmp/claimdiff-eval-seeds.db

## eval-dev: score the extractor on the dev set, when $(DEVSET) is there
eval-dev: build
	@if [ ! -f $(DEVSET)/gold.jsonl ]; then echo "eval-dev: no dev set at $(DEVSET) (set DEVSET=…)"; exit 0; fi; \
	rm -f /tmp/claimdiff-eval-dev.db; \
	$(BIN) ingest $(DEVSET)/articles --manifest $(DEVSET)/manifest.jsonl --db /tmp/claimdiff-eval-dev.db && \
	$(BIN) eval --gold $(DEVSET)/gold.jsonl --db /tmp/claimdiff-eval-dev.db

## bench: benchmarks, with memory statistics
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin
