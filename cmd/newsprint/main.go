// Command newsprint turns newspaper pages into structured articles.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/term"

	"newsprint/export"
	"newsprint/ocr"
	"newsprint/pipeline"
)

const usage = `usage: newsprint run INPUT... -o OUT [options]
       newsprint inspect FILE [--page N] -o page.svg

run reads newspaper pages (PDF, PNG, JPEG, TIFF, JP2, ALTO, hOCR, text dumps) from files
and directories (walked recursively) and writes one newsprint/v1 JSON document
per input to OUT/<path relative to its input root>.json, plus OUT/articles.jsonl
(one line per article) and OUT/run-report.json. A re-run only does inputs that
changed since the last run; a killed run is finished by the next one.

run options:
  -o OUT                output directory (required)
  --jobs N              parallel workers (default: number of cores)
  --include GLOB        only walked files matching GLOB (repeatable; "*.pdf", "2019/**/*.tif")
  --exclude GLOB        skip walked files and directories matching GLOB (repeatable)
  --format LIST         output formats, comma-separated: json, alto, hocr (default json)
  --lang LANGS          Tesseract languages, e.g. chi_sim+eng (default: detect per page)
  --encoding E          encoding of text dumps: auto (default: detect per file), utf-8,
                        utf-16le, utf-16be, gb18030 (gbk), big5, windows-1252, latin-1,
                        or a WHATWG label (shift_jis, euc-jp, euc-kr, windows-1251, ...)
  --shard K/N           process only shard K (0..N-1) of N, split by hash of the relative path
  --force               redo every input, even unchanged ones
  --retry-failed        retry unchanged inputs that failed in an earlier run
  --timeout D           give up on a file after D (default 30m; 0: never)
  --page-timeout D      give up on the OCR of one page after D (default 5m)
  --max-pixels N        refuse page images over N pixels, from the header (default 300000000)
  --grace D             after SIGINT/SIGTERM, let running files finish for D (default 30s)
  --log-format F        auto, json or text (auto: text on a terminal, else JSON lines)
  --progress P          auto, always or never (auto: on a terminal)
  -v                    log skipped files too

exit status: 0 all inputs processed, 1 some input failed (OUT/run-report.json
lists them), 2 usage error or the run could not start (OUT locked by another
run, no input found), 3 the run did not finish: stopped by a signal, or by a
full or read-only disk (a re-run finishes it).
`

func main() {
	ocr.EnsureThreadLimit()
	export.TesseractVersion = ocr.Version() // named in ALTO of OCR pages
	os.Exit(run(os.Args[1:], os.Stdout, stderrCopy()))
}

// stderrCopy returns a duplicate of the stderr descriptor for our messages.
// libtesseract's initialisation (through gosseract) points descriptor 2 at
// /dev/null and back; two workers initialising at once can leave it at
// /dev/null for good, which would silently swallow every later log line.
func stderrCopy() *os.File {
	fd, err := syscall.Dup(2)
	if err != nil {
		return os.Stderr
	}
	syscall.CloseOnExec(fd)
	return os.NewFile(uintptr(fd), "/dev/stderr")
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, usage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	switch args[0] {
	case "run":
		return runCmd(args[1:], stdout, stderr)
	case "inspect":
		return inspectCmd(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "newsprint: unknown command %q\n%s", args[0], usage)
	return 2
}

// globs is a repeatable string flag.
type globs []string

func (g *globs) String() string     { return strings.Join(*g, ",") }
func (g *globs) Set(s string) error { *g = append(*g, s); return nil }

// runCmd runs a batch (the run command) and returns the exit status.
func runCmd(args []string, stdout, stderr io.Writer) int {
	bad := func(msg string) int {
		fmt.Fprintf(stderr, "newsprint run: %s\n\n%s", msg, usage)
		return 2
	}
	cfg, look, msg := runConfig(args)
	if msg != "" {
		return bad(msg)
	}
	if msg := look.apply(&cfg, stderr); msg != "" {
		return bad(msg)
	}
	ctx, stop := stopOnSignal(stderr)
	defer stop()
	rep, err := pipeline.RunBatch(ctx, cfg)
	if err != nil {
		if errors.Is(err, pipeline.ErrUsage) {
			return bad(strings.TrimPrefix(err.Error(), pipeline.ErrUsage.Error()+": "))
		}
		fmt.Fprintf(stderr, "newsprint run: %v\n", err)
		return 2
	}
	rep.Summary(stdout)
	switch {
	case rep.Incomplete():
		return 3
	case !rep.OK():
		return 1
	}
	return 0
}

// runLook is how a run shows itself: --progress, --log-format, -v.
type runLook struct {
	progress, logFormat string
	verbose             bool
}

// runConfig parses the run command's flags into the batch configuration
// and how the run shows itself; msg is the usage error, if any.
func runConfig(args []string) (cfg pipeline.BatchConfig, look runLook, msg string) {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	out := fs.String("o", "", "")
	lang := fs.String("lang", "", "")
	encoding := fs.String("encoding", "", "")
	jobs := fs.Int("jobs", 0, "")
	var include, exclude globs
	fs.Var(&include, "include", "")
	fs.Var(&exclude, "exclude", "")
	formats := fs.String("format", "json", "")
	shard := fs.String("shard", "", "")
	force := fs.Bool("force", false, "")
	retry := fs.Bool("retry-failed", false, "")
	timeout := fs.Duration("timeout", 30*time.Minute, "")
	pageTimeout := fs.Duration("page-timeout", 0, "")
	maxPixels := fs.Int64("max-pixels", 0, "")
	grace := fs.Duration("grace", 30*time.Second, "")
	fs.StringVar(&look.logFormat, "log-format", "auto", "")
	fs.StringVar(&look.progress, "progress", "auto", "")
	fs.BoolVar(&look.verbose, "v", false, "")
	inputs, err := parseInterspersed(fs, args)
	switch {
	case err != nil:
		return cfg, look, err.Error()
	case *out == "":
		return cfg, look, "-o OUT is required"
	case len(inputs) == 0:
		return cfg, look, "no INPUT given"
	case *jobs < 0:
		return cfg, look, "--jobs must be positive"
	case *timeout < 0 || *grace < 0 || *pageTimeout < 0:
		return cfg, look, "--timeout, --page-timeout and --grace must not be negative"
	case *maxPixels < 0:
		return cfg, look, "--max-pixels must not be negative"
	}
	cfg = pipeline.BatchConfig{
		Inputs: inputs, Out: *out, Jobs: *jobs, Force: *force, RetryFailed: *retry,
		Opts:    pipeline.Options{Lang: *lang, OCRTimeout: *pageTimeout, MaxPixels: *maxPixels, Encoding: *encoding},
		Timeout: *timeout, Grace: *grace,
		Filter: pipeline.Filter{Include: include, Exclude: exclude},
	}
	for _, f := range strings.Split(*formats, ",") {
		if f = strings.TrimSpace(f); f != "" {
			cfg.Formats = append(cfg.Formats, f)
		}
	}
	if *shard != "" {
		k, n, err := parseShard(*shard)
		if err != nil {
			return cfg, look, err.Error()
		}
		cfg.Filter.Shard, cfg.Filter.Shards = k, n
	}
	return cfg, look, ""
}

// apply sets cfg's progress bar and log as look says; it returns the usage
// error, if any.
func (look runLook) apply(cfg *pipeline.BatchConfig, stderr io.Writer) string {
	tty := isTerminal(stderr)
	var showBar bool
	switch look.progress {
	case "auto":
		showBar = tty
	case "always":
		showBar = true
	case "never":
	default:
		return "--progress must be auto, always or never"
	}
	var logw io.Writer = stderr
	if showBar {
		bar := pipeline.NewBar(stderr)
		cfg.Progress = bar
		logw = bar
	}
	level := slog.LevelInfo
	if look.verbose {
		level = slog.LevelDebug
	} else if showBar {
		level = slog.LevelWarn // the bar shows the progress; keep the problems
	}
	hopts := &slog.HandlerOptions{Level: level}
	switch look.logFormat {
	case "json":
		cfg.Log = slog.New(slog.NewJSONHandler(logw, hopts))
	case "text":
		cfg.Log = slog.New(slog.NewTextHandler(logw, hopts))
	case "auto":
		if tty {
			cfg.Log = slog.New(slog.NewTextHandler(logw, hopts))
		} else {
			cfg.Log = slog.New(slog.NewJSONHandler(logw, hopts))
		}
	default:
		return "--log-format must be auto, json or text"
	}
	return ""
}

// stopOnSignal returns a context that the first SIGINT/SIGTERM cancels:
// take no new files, let running ones finish (up to --grace). A second
// one exits at once; the state stays consistent because every record
// follows its outputs onto disk. stop releases the signals and ends the
// goroutine that waits for them.
func stopOnSignal(stderr io.Writer) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		s, ok := <-sigs
		if !ok {
			return
		}
		fmt.Fprintf(stderr, "newsprint: %v: finishing the files in progress (again to abort)\n", s)
		cancel()
		if _, ok := <-sigs; ok {
			fmt.Fprintln(stderr, "newsprint: aborted; the next run redoes the unfinished files")
			os.Exit(3)
		}
	}()
	return ctx, func() {
		signal.Stop(sigs)
		close(sigs) // ends the goroutine: no signal comes after Stop
		cancel()
	}
}

// parseShard parses "K/N" with 0 <= K < N.
func parseShard(s string) (int, int, error) {
	ks, ns, ok := strings.Cut(s, "/")
	k, err1 := strconv.Atoi(ks)
	n, err2 := strconv.Atoi(ns)
	if !ok || err1 != nil || err2 != nil || n < 1 || k < 0 || k >= n {
		return 0, 0, fmt.Errorf("--shard wants K/N with 0 <= K < N, got %q", s)
	}
	return k, n, nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// parseInterspersed parses flags that may come after positional arguments.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
