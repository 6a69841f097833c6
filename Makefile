# newsprint — see README.md. `make demo` and `make test` work on a fresh
# Debian machine as root: they install the Debian packages they need first.

SHELL   := /bin/bash
GO      ?= $(shell command -v go 2>/dev/null || echo /usr/local/go/bin/go)
BIN     := bin/newsprint
SHARED  ?= ../shared
CORPUS  := $(SHARED)/corpus
EVALOUT ?= /tmp/newsprint-eval
# EVAL_ONLY narrows make eval to some inputs, e.g. EVAL_ONLY='*.txt', '*[0-9].pdf' (text PDFs), '*.scan.pdf'.
EVAL_ONLY ?= *
DEBS    := gcc make libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-eng \
           tesseract-ocr-chi-sim tesseract-ocr-chi-tra tesseract-ocr-osd \
           poppler-utils poppler-data libxml2-utils
export OMP_THREAD_LIMIT ?= 1

STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: all deps build demo test lint eval synth bench clean

all: build

# Install the Debian packages that are missing (needs root; skipped when all are there).
deps:
	@missing=$$(for p in $(DEBS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing:" $$missing; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@test -x "$(GO)" || command -v "$(GO)" >/dev/null || { echo "Go is not installed: see README.md"; exit 1; }

build: deps
	$(GO) build -o $(BIN) ./cmd/newsprint

# Run newsprint over the bundled sample pages.
demo: build
	rm -rf out/demo
	./$(BIN) run testdata/samples -o out/demo
	@echo "JSON written under out/demo/"

test: deps lint
	$(GO) test -count=1 ./...

# gofmt, go vet and staticcheck must all be clean.
lint:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:" $$unformatted; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

# Score newsprint over the dev corpus (and the seed dump) with the shared scorer.
eval: build
	@test -d $(CORPUS)/dev || { echo "$(CORPUS) is absent: eval needs the shared corpus"; exit 1; }
	rm -rf $(EVALOUT) $(EVALOUT)-seed && mkdir -p $(EVALOUT)
	./$(BIN) run $(wildcard $(CORPUS)/dev/input/$(EVAL_ONLY)) -o $(EVALOUT) --jobs 2 || true
	./$(BIN) run $(CORPUS)/seed -o $(EVALOUT)-seed || true
	$(GO) run -C $(SHARED)/eval ./cmd/score -truth $(abspath $(CORPUS)/dev/truth) \
		-pred $(abspath $(EVALOUT)) -inputs $(abspath $(CORPUS)/dev/input)

# Score newsprint on synthetic pages: tools/synthpages typesets new layouts
# from the dev truth articles (PDF + pdftotext dump + truth, 20 pages a seed)
# into SYNTHOUT. SYNTHPLAIN leaves features out (see go run ./tools/synthpages -h).
SYNTHOUT   ?= /tmp/newsprint-synth
SYNTHSEEDS ?= 1 2 3
SYNTHPLAIN ?=
synth: build
	@if [ ! -d $(CORPUS)/dev ]; then echo "$(CORPUS) is absent: synth needs the shared corpus truth; skipped"; exit 0; fi; \
	set -e; rm -rf $(SYNTHOUT) && mkdir -p $(SYNTHOUT); \
	$(GO) build -o $(SYNTHOUT)/synthpages ./tools/synthpages; \
	for s in $(SYNTHSEEDS); do $(SYNTHOUT)/synthpages -truth $(CORPUS)/dev/truth -o $(SYNTHOUT)/set -seed $$s -plain "$(SYNTHPLAIN)"; done; \
	./$(BIN) run $(SYNTHOUT)/set/input -o $(SYNTHOUT)/out --jobs 2 || true; \
	$(GO) run -C $(SHARED)/eval ./cmd/score -truth $(SYNTHOUT)/set/truth \
		-pred $(SYNTHOUT)/out -inputs $(SYNTHOUT)/set/input

bench: build
	$(GO) test -run '^$$' -bench . -benchtime 3x ./...

clean:
	rm -rf bin out
