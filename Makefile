# claimdiff — make targets. The quick start is `make demo` and `make test`.
# The SQLite driver is C code built by cgo: a C compiler (gcc) is needed, and
# the first build takes a few minutes while it compiles (see README).

export CGO_ENABLED := 1
GO      ?= go
DEVSET  ?= ../shared/devset
BIN     := bin/claimdiff

.PHONY: all build install demo test vet fmt-check eval eval-dev train bench fuzz clean

all: build

## build: bin/claimdiff. -v names each package as it is compiled, so that
## the first build (SQLite's C code) is not minutes of silence.
build:
	@if [ ! -x $(BIN) ]; then echo "building $(BIN): the first build downloads the modules and compiles SQLite's C code (a few minutes)"; fi
	@$(GO) build -v -o $(BIN) ./cmd/claimdiff

## install: claimdiff into $GOBIN, else $(go env GOPATH)/bin, for the PATH
install:
	$(GO) install ./cmd/claimdiff
	@dir=$$($(GO) env GOBIN); [ -n "$$dir" ] || dir=$$($(GO) env GOPATH)/bin; \
		echo "installed $$dir/claimdiff; put $$dir on your PATH if it is not there"

## demo: the whole job on the bundled seed articles
demo: build
	@$(BIN) demo

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
## with the committed weights: fitted figures, the weights saw these articles
eval: build
	@echo "seeds (5 German articles):"
	@$(BIN) extract fixtures | $(BIN) eval --gold fixtures/seeds.gold.jsonl --pred -
	@echo "written (16 German, 16 English articles):"
	@$(BIN) extract fixtures/written | $(BIN) eval --gold fixtures/written/written.gold.jsonl --pred -
	@echo "written in French (15 articles):"
	@$(BIN) extract fixtures/written-fr | $(BIN) eval --gold fixtures/written-fr/written-fr.gold.jsonl --pred -

## train: fit the source ranker to the gold sets (ours, and the dev set when
## $(DEVSET) is there) and write its weights into pkg/lang/<language>/
## ranker.tsv. Deterministic: the same gold gives the same weights.
GOLDSETS = fixtures fixtures/written fixtures/written-fr $(wildcard $(DEVSET)/gold.jsonl)
train: build
	$(BIN) train $(patsubst %/gold.jsonl,%,$(GOLDSETS)) --write pkg/lang --folds 0

## eval-dev: the figures on the dev set: cross-validated by article (the
## weights never saw the article scored), and fitted, each for the whole
## set and for d041–d200 apart; then its disputes, among hand-checked and
## extracted claims, and how many pool articles of different events.
eval-dev: build
	@if [ ! -f $(DEVSET)/gold.jsonl ]; then echo "eval-dev: no dev set at $(DEVSET); set DEVSET=folder" >&2; exit 2; fi
	$(BIN) train $(patsubst %/gold.jsonl,%,$(GOLDSETS)) --part d041.txt:d200.txt
	@CLAIMDIFF_DEVSET=$(abspath $(DEVSET)) $(GO) test ./pkg/cli -run '^TestDevSetDisputes$$' -count=1 -v | grep '^dev set disputes'

## bench: every benchmark, then a table of the figures. Extraction is measured
## on one core: our own articles, and the dev set when $(DEVSET) holds it.
## The first run writes a 100,000-article synthetic corpus and a
## million-claim store to the temporary folder (a few minutes); later runs
## reuse them.
BENCH_FIGURES = awk '/^Benchmark/ { name = $$1; sub(/-[0-9]+$$/, "", name); line = sprintf("%-46s", name); \
	for (i = 3; i < NF; i += 2) if ($$(i+1) != "ns/op" && $$(i+1) != "B/op" && $$(i+1) != "allocs/op") \
	line = line sprintf("  %10s %s", $$i, $$(i+1)); print line }'
bench:
	@mkdir -p test-output
	CLAIMDIFF_DEVSET=$(abspath $(DEVSET)) $(GO) test -run '^$$' -bench . -benchmem -benchtime 3s -cpu 1 ./pkg/extract | tee test-output/bench-extract.txt
	$(GO) test -run '^$$' -bench . -benchtime 1x -timeout 60m ./pkg/cli | tee test-output/bench-cli.txt
	$(GO) test -run '^$$' -bench FindOneQuantity -benchtime 1x ./pkg/compare | tee test-output/bench-compare.txt
	@echo
	@echo "claimdiff benchmarks on $$(nproc) cores, $$(awk '/MemTotal/ {printf "%.0f GB", $$2/1048576}' /proc/meminfo):"
	@$(BENCH_FIGURES) test-output/bench-extract.txt test-output/bench-cli.txt test-output/bench-compare.txt

## fuzz: each fuzz target for a bounded time (FUZZTIME, default 20s each)
FUZZTIME ?= 20s
FUZZ_TARGETS = extract:FuzzNumbers extract:FuzzExtract extract:FuzzSentences \
	ingest:FuzzText ingest:FuzzHTML ingest:FuzzDump ingest:FuzzManifest \
	sqlite:FuzzSnapshot disputes:FuzzKeptDisputes lang:FuzzTokenizeLowered lang:FuzzLower safe:FuzzEscapers
fuzz:
	@for t in $(FUZZ_TARGETS); do pkg=$${t%%:*}; fn=$${t##*:}; echo "fuzz $$fn in pkg/$$pkg for $(FUZZTIME)"; \
		$(GO) test ./pkg/$$pkg -run '^$$' -fuzz "^$$fn$$" -fuzztime $(FUZZTIME) || exit 1; done

clean:
	rm -rf bin test-output
