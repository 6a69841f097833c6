package pipeline

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"newsprint/export"
	"newsprint/ocr"
	"newsprint/result"
	"newsprint/textdump"
)

// Version names the build in the state and the report; release builds set
// it with -ldflags "-X newsprint/pipeline.Version=v1.2.3". A change of
// version redoes every input.
var Version = "dev"

// StateDir is the directory inside OUT that holds the lock and the state.
const StateDir = ".newsprint"

// ErrUsage marks configuration errors (exit code 2).
var ErrUsage = errors.New("usage")

// BatchConfig configures a batch run.
type BatchConfig struct {
	Inputs      []string      // files and directories
	Out         string        // output directory
	Filter      Filter        // include/exclude globs and the shard
	Jobs        int           // parallel workers; 0 means one per core
	Force       bool          // redo every input, even unchanged ones
	RetryFailed bool          // retry unchanged inputs that failed before
	Formats     []string      // output formats for export.Files; default json
	Opts        Options       // per-file options
	Timeout     time.Duration // per file; 0 means none
	Grace       time.Duration // after a stop, how long running files may still take
	Log         *slog.Logger  // nil: discard
	Progress    Progress      // nil: none
}

// fileResult is what a worker hands back for one input.
type fileResult struct {
	in          *Input
	err         error
	page        int
	interrupted bool // abandoned by a signal: not recorded, redone next run
	// retry: reported but not recorded, earlier outputs kept: a timeout (a
	// longer --timeout may do it) or an error reading the file (EACCES,
	// EIO: fixing the permissions or the disk changes no mtime).
	retry    bool
	writeErr bool        // the outputs could not be written: not the input's fault
	read     fs.FileInfo // the input as it was read; nil when it was not
	sha      string
	outputs  []string
	pages    int
	articles int
	lines    []byte
	dur      time.Duration
}

type batch struct {
	cfg     BatchConfig
	key     string // options+formats+version, recorded per input
	textKey string // the same for inputs that options do not affect
	dumpKey string // the same for text dumps, which only the encoding affects
	tag     string // ".shard-K-of-N" or ""
	st      *state
	stFile  string
	stInfo  os.FileInfo // of stFile when opened, to notice its removal
	rows    map[string]*fileState
	rep     *Report
	log     *slog.Logger
	abort   context.CancelFunc // stops the run, as a signal does
	stateOK bool               // false once the state could not be written
}

// RunBatch processes the inputs into cfg.Out: discovery, skipping what an
// earlier run did, parallel workers, state, articles.jsonl and the report.
// Cancelling ctx stops taking new files; running ones get cfg.Grace to
// finish. The error is for runs that cannot start (usage, lock); failures
// of single inputs are in the report.
func RunBatch(ctx context.Context, cfg BatchConfig) (*Report, error) {
	if err := settle(&cfg); err != nil {
		return nil, err
	}
	ctx, abort := context.WithCancel(ctx)
	defer abort()
	b := &batch{cfg: cfg, log: cfg.Log, abort: abort, stateOK: true}
	if cfg.Filter.Shards > 1 {
		b.tag = fmt.Sprintf(".shard-%d-of-%d", cfg.Filter.Shard, cfg.Filter.Shards)
	}
	b.key, b.textKey, b.dumpKey = stateKeys(cfg)

	sdir := filepath.Join(cfg.Out, StateDir)
	if err := os.MkdirAll(sdir, 0o755); err != nil {
		return nil, err
	}
	lk, err := lockOut(sdir, b.tag)
	if err != nil {
		return nil, err
	}
	defer lk.release()

	b.rep = b.newReport()
	ins, err := b.discover()
	if err != nil {
		return nil, err
	}
	if err := b.loadState(sdir); err != nil {
		return nil, err
	}
	defer b.st.Close()
	b.adopt(sdir, ins)
	b.cleanTemps(ins)

	todo := b.inputsToDo(ins)
	upToDate := b.markUnfinished(ins, todo)
	b.log.Info("start", "inputs", len(ins), "todo", len(todo), "skipped", b.rep.Skipped, "jobs", cfg.Jobs,
		"out", cfg.Out, "shard", b.rep.Shard, "version", b.rep.Version)

	b.runAll(ctx, todo)
	// Without its state the run cannot tell which outputs are current.
	if b.stateOK && !upToDate {
		if err := b.writeArticles(ins); err != nil {
			b.log.Error("failed", "file", b.articlesPath(), "error", err.Error())
			b.setError(fmt.Errorf("writing %s: %w", b.articlesPath(), err))
		}
	}
	b.finishReport()
	return b.rep, nil
}

// settle fills in cfg's defaults and rejects what cannot run (ErrUsage).
func settle(cfg *BatchConfig) error {
	if cfg.Jobs <= 0 {
		cfg.Jobs = runtime.NumCPU()
	}
	if len(cfg.Formats) == 0 {
		cfg.Formats = []string{"json"}
	}
	for _, f := range cfg.Formats {
		if !slices.Contains(export.Formats, f) {
			return fmt.Errorf("%w: unknown output format %q (have %s)", ErrUsage, f, strings.Join(export.Formats, ", "))
		}
	}
	if cfg.Filter.Shards > 1 && (cfg.Filter.Shard < 0 || cfg.Filter.Shard >= cfg.Filter.Shards) {
		return fmt.Errorf("%w: shard %d is outside 0..%d", ErrUsage, cfg.Filter.Shard, cfg.Filter.Shards-1)
	}
	enc, err := textdump.EncodingName(cfg.Opts.Encoding)
	if err != nil {
		return fmt.Errorf("%w: --encoding: %v", ErrUsage, err)
	}
	cfg.Opts.Encoding = enc // one name per encoding in the state's keys
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return nil
}

// stateKeys returns the keys recorded per input: for inputs the options
// affect, for those they do not, and for text dumps (only the encoding).
func stateKeys(cfg BatchConfig) (key, textKey, dumpKey string) {
	// Timeouts decide whether a page is done, not what it gives: a new
	// timeout alone redoes nothing (timed-out files are retried anyway).
	ko := cfg.Opts
	ko.OCRTimeout = 0
	ko.Encoding = ""
	keyOf := func(o Options) string {
		k, _ := json.Marshal(struct {
			Options Options
			Formats []string
			Version string
		}{o, cfg.Formats, toolVersion()})
		return string(k)
	}
	return keyOf(ko), keyOf(Options{}), keyOf(Options{Encoding: cfg.Opts.Encoding})
}

// newReport returns the report of a run starting now.
func (b *batch) newReport() *Report {
	rep := &Report{Tool: "newsprint", Version: toolVersion(), Started: time.Now().UTC(), Out: b.cfg.Out,
		Formats: b.cfg.Formats, Options: b.cfg.Opts, Failures: []Failure{}}
	if b.tag != "" {
		rep.Shard = fmt.Sprintf("%d/%d", b.cfg.Filter.Shard, b.cfg.Filter.Shards)
	}
	return rep
}

// discover returns the inputs, OUT left out; the ignored ones go to the
// report and the log.
func (b *batch) discover() ([]Input, error) {
	f := b.cfg.Filter
	f.Skip = append(f.Skip, b.cfg.Out)
	ins, ign, err := Discover(b.cfg.Inputs, f)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUsage, err)
	}
	b.rep.Inputs = len(ins)
	b.rep.Ignored = ign
	for _, g := range ign {
		b.log.Warn("ignored", "file", g.File, "reason", g.Reason)
	}
	return ins, nil
}

// loadState opens this run's state and reads its records; the caller
// closes b.st.
func (b *batch) loadState(sdir string) error {
	b.stFile = filepath.Join(sdir, "state"+b.tag+".db")
	var err error
	if b.st, err = openState(b.stFile); err == nil {
		b.rows, err = b.st.load()
		if err != nil {
			b.st.Close()
		}
	}
	if err != nil {
		return fmt.Errorf("state %s: %w (removing it starts afresh: every input is redone, no output is lost)", b.stFile, err)
	}
	b.stInfo, _ = os.Stat(b.stFile)
	return nil
}

// inputsToDo returns the inputs to process; the others are reported as failed
// (unreadable, or failed before and unchanged) or skipped.
func (b *batch) inputsToDo(ins []Input) []*Input {
	var todo []*Input
	for i := range ins {
		in := &ins[i]
		if in.Err != nil {
			b.fail(in, 0, fmt.Errorf("%s: %w", in.Rel, in.Err), false)
			continue
		}
		prev := b.rows[in.Rel]
		if b.cfg.Force || !b.unchanged(in, prev) {
			todo = append(todo, in)
			continue
		}
		if prev.Outcome == OutcomeOK {
			b.rep.Skipped++
			b.log.Debug("skipped", "file", in.Path, "reason", "unchanged")
			continue
		}
		if b.cfg.RetryFailed {
			todo = append(todo, in)
			continue
		}
		b.rep.FailedAgain++
		b.rep.Failures = append(b.rep.Failures, Failure{File: in.Path, Page: prev.Page, Error: prev.Error, Earlier: true})
		b.log.Debug("skipped", "file", in.Path, "reason", "failed in an earlier run, unchanged")
	}
	return todo
}

// markUnfinished writes the report with the 'unfinished' mark, unless the
// run changes no output; it returns whether articles.jsonl is up to date.
//
// Until the run ends, its report says it has not: a run killed
// (kill -9, OOM, reboot) leaves this one, not an older run's. A run
// with no input to do changes no result, so when articles.jsonl
// already holds them it changes no output (nor articles.jsonl, at the
// end): the older report still describes OUT, and the mark would cost
// a re-run over unchanged inputs two of its few disk syncs.
func (b *batch) markUnfinished(ins []Input, todo []*Input) (upToDate bool) {
	if len(todo) == 0 { // the results are fingerprinted only for such a run
		_, n, fp := b.articlesOf(ins)
		if upToDate = b.articlesCurrent(fp); upToDate {
			b.rep.Articles = n
		}
	}
	if !upToDate {
		b.rep.Error = fmt.Sprintf("unfinished: run %d is still going, or was killed", os.Getpid())
		b.writeReport()
		b.rep.Error = ""
	}
	return upToDate
}

// runAll processes todo, biggest files first, and records in the report
// the pace and whether a signal stopped the run.
func (b *batch) runAll(ctx context.Context, todo []*Input) {
	// Biggest files first (the size stands for the work): a large scan taken
	// last would leave the other workers idle at the end of the run. Outputs
	// do not depend on the order; articles.jsonl and the report are sorted.
	sort.SliceStable(todo, func(i, j int) bool { return todo[i].Size > todo[j].Size })

	start := time.Now()
	handled := b.runWorkers(ctx, todo)
	took := time.Since(start).Seconds()
	if took > 0 && b.rep.Pages > 0 {
		b.rep.PagesPerSec = float64(b.rep.Pages) / took
	}
	// A signal that came after the last file stopped nothing.
	b.rep.Stopped = ctx.Err() != nil && handled < len(todo)
}

// finishReport times the run, sorts the failures, writes the report and
// logs the summary.
func (b *batch) finishReport() {
	b.rep.Finished = time.Now().UTC()
	b.rep.Seconds = b.rep.Finished.Sub(b.rep.Started).Seconds()
	sort.SliceStable(b.rep.Failures, func(i, j int) bool { return b.rep.Failures[i].File < b.rep.Failures[j].File })
	if err := b.writeReport(); err != nil {
		b.log.Error("failed", "file", "run-report.json", "error", err.Error())
		b.setError(fmt.Errorf("writing the run report: %w", err)) // for the exit status
	}
	b.log.Info("summary", "inputs", b.rep.Inputs, "processed", b.rep.Processed, "skipped", b.rep.Skipped,
		"failed", b.rep.Failed, "failed_earlier", b.rep.FailedAgain, "interrupted", b.rep.Interrupted,
		"pages", b.rep.Pages, "pages_per_second", b.rep.PagesPerSec, "seconds", b.rep.Seconds)
}

func (b *batch) writeReport() error {
	data, _ := json.MarshalIndent(b.rep, "", "  ")
	return export.WriteFile(filepath.Join(b.cfg.Out, "run-report"+b.tag+".json"), append(data, '\n'))
}

// adopt copies into this run's state the records of its inputs that
// another state of OUT holds, when newer: those of the unsharded run and of
// shards of another N. Each keeps its own state (shards may share OUT from
// several hosts), so switching between them redid every input.
func (b *batch) adopt(sdir string, ins []Input) {
	files, _ := filepath.Glob(filepath.Join(sdir, "state*.db"))
	want := make(map[string]bool, len(ins))
	for _, in := range ins {
		if in.Err == nil {
			want[in.Rel] = true
		}
	}
	for _, f := range files {
		// Shards of this N hold other inputs, and may be running.
		if f == b.stFile || b.tag != "" && strings.HasSuffix(f, fmt.Sprintf("-of-%d.db", b.cfg.Filter.Shards)) {
			continue
		}
		n, err := b.adoptFrom(f, want)
		if err != nil {
			b.log.Warn("state not read", "file", f, "error", err.Error())
		}
		if n > 0 {
			b.log.Info("adopted", "file", f, "inputs", n)
		}
	}
}

func (b *batch) adoptFrom(file string, want map[string]bool) (int, error) {
	o, err := openStateRO(file)
	if err != nil {
		return 0, err
	}
	defer o.Close()
	times, err := o.updated()
	if err != nil {
		return 0, err
	}
	n := 0
	for rel, t := range times {
		if cur := b.rows[rel]; !want[rel] || cur != nil && !t.After(cur.Updated) {
			continue
		}
		f, err := o.row(rel)
		if err != nil {
			return n, err
		}
		if err := b.st.put(f); err != nil {
			return n, err
		}
		f.Lines = nil
		b.rows[rel] = f
		n++
	}
	return n, nil
}

// unchanged reports whether in was done with the current options and has
// not changed since: size and mtime first, the content hash when only the
// mtime moved (a copy or a touch), and the outputs must still be there.
func (b *batch) unchanged(in *Input, prev *fileState) bool {
	if prev == nil || prev.Opts != b.keyOf(in) || prev.Size != in.Size {
		return false
	}
	if prev.Outcome == OutcomeOK {
		for _, suf := range prev.Outputs {
			if _, err := os.Stat(b.outPath(in.Rel, suf)); err != nil {
				return false
			}
		}
	}
	mt := in.MTime.UnixNano()
	if prev.MTime == mt {
		return true
	}
	if prev.SHA256 == "" {
		return false
	}
	sum, err := hashFile(in.Path)
	if err != nil || sum != prev.SHA256 {
		return false
	}
	if err := b.st.touch(in.Rel, mt); err == nil {
		prev.MTime = mt
	}
	return true
}

// keyOf returns the key in is recorded with. Options steer OCR and page
// images, and the encoding text dumps: ALTO and hOCR are not redone when
// they change, text dumps only when the encoding does.
func (b *batch) keyOf(in *Input) string {
	switch Format(in.Path) {
	case "txt":
		return b.dumpKey
	case "alto", "hocr":
		return b.textKey
	}
	return b.key
}

func hashFile(p string) (string, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func (b *batch) outPath(rel, suffix string) string {
	return filepath.Join(b.cfg.Out, filepath.FromSlash(rel)+suffix)
}

func (b *batch) articlesPath() string {
	return filepath.Join(b.cfg.Out, "articles"+b.tag+".jsonl")
}

// runWorkers feeds todo to cfg.Jobs workers and records their results as
// they come, from this goroutine only (one writer for state and report).
// It returns how many files were done or failed (not interrupted).
func (b *batch) runWorkers(ctx context.Context, todo []*Input) int {
	if len(todo) == 0 {
		return 0
	}
	if b.cfg.Progress != nil {
		b.cfg.Progress.Start(len(todo))
		defer b.cfg.Progress.Finish()
	}
	// hard is cancelled Grace after ctx: running files are then abandoned.
	hard, cancelHard := context.WithCancel(context.Background())
	defer cancelHard()
	go func() {
		select {
		case <-ctx.Done():
			b.log.Warn("stopping", "grace", b.cfg.Grace.String())
			t := time.NewTimer(b.cfg.Grace)
			defer t.Stop()
			select {
			case <-t.C:
				cancelHard()
			case <-hard.Done():
			}
		case <-hard.Done():
		}
	}()

	jobs := make(chan *Input)
	results := make(chan fileResult)
	done := make(chan struct{})
	n := min(b.cfg.Jobs, len(todo))
	// Each worker holds a core from its start until it has no file left;
	// then OCR helpers may take it for the pages still being read.
	cores := newCores(b.cfg.Jobs)
	var helpers *ocr.Helpers
	if b.cfg.Jobs > 1 {
		helpers = ocr.NewHelpers(cores, b.cfg.Jobs-1)
		defer helpers.Close()
	}
	for range n { // before any page starts, so that no helper takes them
		cores.acquire()
	}
	for range n {
		go func() {
			defer cores.Release()
			b.worker(ctx, hard, jobs, results, helpers)
			done <- struct{}{}
		}()
	}
	go func() {
		defer close(jobs)
		for _, in := range todo {
			if ctx.Err() != nil {
				return
			}
			select {
			case jobs <- in:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		for range n {
			<-done
		}
		close(results)
	}()
	handled := 0
	for r := range results {
		b.record(r)
		if !r.interrupted {
			handled++
		}
	}
	return handled
}

// worker processes jobs with its own Worker, whose OCR shares helpers,
// until jobs is closed. A file that times out is abandoned with the Worker
// still busy on it, so the worker starts a fresh one for the next file.
func (b *batch) worker(ctx, hard context.Context, jobs <-chan *Input, results chan<- fileResult, helpers *ocr.Helpers) {
	var w *Worker
	defer func() {
		if w != nil {
			w.Close()
		}
	}()
	for in := range jobs {
		if ctx.Err() != nil {
			continue // stopping: leave it for the next run
		}
		if w == nil {
			w = NewWorker(b.cfg.Opts)
			w.helpers = helpers
		}
		r, lost := b.process(hard, w, in)
		if lost {
			w = nil
		}
		results <- r
	}
}

// process runs one file through the pipeline and writes its outputs.
func (b *batch) process(hard context.Context, w *Worker, in *Input) (r fileResult, lost bool) {
	r.in = in
	start := time.Now()
	defer func() { r.dur = time.Since(start) }()
	fctx, cancel := hard, context.CancelFunc(func() {})
	if b.cfg.Timeout > 0 {
		fctx, cancel = context.WithTimeout(hard, b.cfg.Timeout)
	}
	defer cancel()
	type out struct {
		doc  *result.Document
		read fs.FileInfo
		err  error
	}
	ch := make(chan out, 1)
	go func() {
		// The batch boundary: a bug in one file's pipeline must not take
		// down the run; it becomes that file's failure.
		defer func() {
			if p := recover(); p != nil {
				b.log.Error("panic", "file", in.Path, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				ch <- out{err: fmt.Errorf("%s: internal error: %v", in.Rel, p)}
			}
		}()
		doc, read, err := w.process(fctx, in.Path, in.Rel)
		ch <- out{doc, read, err}
	}()
	var o out
	select {
	case o = <-ch:
	case <-fctx.Done():
		lost = true
		o.err = fctx.Err()
	}
	// Record the file as it was read, not as discovery saw it: one
	// rewritten in between is then not redone by the next run.
	r.read = o.read
	if o.err != nil {
		switch {
		case hard.Err() != nil:
			r.interrupted = true
		case errors.Is(o.err, context.DeadlineExceeded):
			r.err = fmt.Errorf("%s: timed out after %v", in.Rel, b.cfg.Timeout)
			r.retry = true
		case errors.Is(o.err, ocr.ErrTimeout):
			r.err, r.page, r.retry = o.err, pageOf(o.err), true
		case errors.As(o.err, new(*fs.PathError)):
			r.err, r.retry = o.err, true
		default:
			r.err = o.err
			r.page = pageOf(o.err)
		}
		return r, lost
	}
	files, err := export.Files(o.doc, b.cfg.Formats)
	if err != nil {
		r.err = fmt.Errorf("%s: export: %w", in.Rel, err)
		return r, lost
	}
	for suf := range files {
		r.outputs = append(r.outputs, suf)
	}
	sort.Strings(r.outputs)
	for _, suf := range r.outputs {
		if err := export.WriteFile(b.outPath(in.Rel, suf), files[suf]); err != nil {
			r.err = fmt.Errorf("%s: writing output: %w", in.Rel, err)
			r.writeErr = true
			return r, lost
		}
	}
	r.sha = o.doc.Source.SHA256
	r.pages = len(o.doc.Pages)
	r.lines, r.articles = articleLines(o.doc, in.Rel)
	return r, lost
}

// record stores a worker's result in the state (its outputs are on disk
// already) and the report.
func (b *batch) record(r fileResult) {
	in := r.in
	if r.read != nil {
		in.Size, in.MTime = r.read.Size(), r.read.ModTime()
	}
	if r.interrupted {
		b.interrupted(in)
		return
	}
	prev := b.rows[in.Rel]
	if r.writeErr {
		// The input is fine: nothing is recorded, so the next run retries
		// it, and its earlier outputs stay, matching the state. A full or
		// read-only disk would fail every file after it: the run stops.
		if fatalIO(r.err) {
			b.interrupted(in)
			b.stop(r.err)
			return
		}
		b.fail(in, 0, r.err, false)
		b.fileDone(0)
		return
	}
	if errors.Is(r.err, fs.ErrNotExist) {
		if _, err := os.Lstat(in.Path); errors.Is(err, fs.ErrNotExist) {
			// Gone since discovery (moved away in a live tree): as if never
			// found, not a bad input; its outputs and state stay.
			b.rep.Ignored = append(b.rep.Ignored, Ignored{File: in.Path, Reason: "removed during the run"})
			b.log.Warn("ignored", "file", in.Path, "reason", "removed during the run")
			b.fileDone(0)
			return
		}
	}
	if r.err != nil {
		// Outputs of an earlier version of this input would now be stale.
		if prev != nil && !r.retry {
			for _, suf := range prev.Outputs {
				os.Remove(b.outPath(in.Rel, suf))
			}
		}
		b.fail(in, r.page, r.err, !r.retry)
		b.fileDone(0)
		return
	}
	if prev != nil {
		for _, suf := range prev.Outputs {
			if !slices.Contains(r.outputs, suf) {
				os.Remove(b.outPath(in.Rel, suf))
			}
		}
	}
	fsr := &fileState{Rel: in.Rel, Path: in.Path, Size: in.Size, MTime: in.MTime.UnixNano(), SHA256: r.sha,
		Opts: b.keyOf(in), Outcome: OutcomeOK, Outputs: r.outputs, Pages: r.pages, Articles: r.articles,
		Lines: r.lines, Updated: time.Now()}
	if err := b.put(fsr); err != nil {
		b.interrupted(in) // its outputs are written, not recorded: redone next run
		b.stop(err)
		return
	}
	fsr.Lines = nil
	b.rows[in.Rel] = fsr
	b.rep.Processed++
	b.rep.Pages += r.pages
	b.log.Info("processed", "file", in.Path, "pages", r.pages, "articles", r.articles, "ms", r.dur.Milliseconds())
	b.fileDone(r.pages)
}

// fileDone tells the progress display, if any, that a file is handled.
func (b *batch) fileDone(pages int) {
	if b.cfg.Progress != nil {
		b.cfg.Progress.FileDone(pages)
	}
}

// fail reports a failed input and, when store is set, records it so that
// an unchanged input is not retried every night.
func (b *batch) fail(in *Input, page int, err error, store bool) {
	b.rep.Failed++
	// The report names the file in its own field.
	msg := strings.TrimPrefix(err.Error(), in.Rel+": ")
	if page > 0 {
		msg = strings.TrimPrefix(msg, fmt.Sprintf("page %d: ", page))
	}
	b.rep.Failures = append(b.rep.Failures, Failure{File: in.Path, Page: page, Error: msg})
	attrs := []any{"file", in.Path, "error", msg}
	if page > 0 {
		attrs = append(attrs, "page", page)
	}
	b.log.Error("failed", attrs...)
	if !store {
		return
	}
	fsr := &fileState{Rel: in.Rel, Path: in.Path, Size: in.Size, MTime: in.MTime.UnixNano(), Opts: b.keyOf(in),
		Outcome: OutcomeFailed, Error: msg, Page: page, Updated: time.Now()}
	if err := b.put(fsr); err != nil {
		b.stop(err)
		return
	}
	b.rows[in.Rel] = fsr
}

func (b *batch) interrupted(in *Input) {
	b.rep.Interrupted++
	b.log.Warn("interrupted", "file", in.Path)
}

// put records one input in the state. A state that cannot be written, or
// that was removed or replaced during the run (OUT deleted under it),
// cannot keep track of what is done: every later file would be lost work.
func (b *batch) put(f *fileState) error {
	if !b.stateOK {
		return errors.New("the state cannot be written")
	}
	if st, err := os.Stat(b.stFile); b.stInfo != nil && (err != nil || !os.SameFile(st, b.stInfo)) {
		b.stateOK = false
		return fmt.Errorf("state %s was removed during the run", b.stFile)
	}
	if err := b.st.put(f); err != nil {
		b.stateOK = false
		return fmt.Errorf("recording state in %s: %w", b.stFile, err)
	}
	return nil
}

// stop ends the run early for a reason that is not any input's: no new
// file is started, and the report and the exit status say why.
func (b *batch) stop(err error) {
	if b.rep.Error == "" {
		b.log.Error("stopping", "error", err.Error())
	}
	b.setError(err)
	b.abort()
}

func (b *batch) setError(err error) {
	if b.rep.Error == "" {
		b.rep.Error = err.Error()
	}
}

// fatalIO reports whether a write error would fail every output after it.
func fatalIO(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) ||
		errors.Is(err, syscall.EROFS) || errors.Is(err, syscall.EIO)
}

// articleLine is one line of OUT/articles.jsonl.
type articleLine struct {
	File     string          `json:"file"`
	Output   string          `json:"output"`
	Page     int             `json:"page"`
	ID       string          `json:"id"`
	Headline string          `json:"headline"`
	Byline   string          `json:"byline,omitempty"`
	Authors  []result.Author `json:"authors,omitempty"`
	Text     string          `json:"text"`
}

func articleLines(doc *result.Document, rel string) ([]byte, int) {
	var buf []byte
	n := 0
	for _, p := range doc.Pages {
		for _, a := range p.Articles {
			line, err := json.Marshal(articleLine{File: doc.Source.File, Output: rel + ".json", Page: p.Page,
				ID: a.ID, Headline: a.Headline, Byline: a.Byline, Authors: a.Authors,
				Text: strings.Join(a.Paragraphs, "\n\n")})
			if err != nil {
				continue
			}
			buf = append(append(buf, line...), '\n')
			n++
		}
	}
	return buf, n
}

// writeArticles rebuilds OUT/articles.jsonl from the state, in input order,
// over every input of this run that has a current output. It is skipped
// when neither the set of inputs nor any of their results changed.
func (b *batch) writeArticles(ins []Input) error {
	rels, n, fp := b.articlesOf(ins)
	b.rep.Articles = n
	if b.articlesCurrent(fp) {
		return nil
	}
	dst := b.articlesPath()
	size, err := writeStream(dst, func(w io.Writer) error {
		return b.st.lines(rels, func(p []byte) error {
			_, err := w.Write(p)
			return err
		})
	})
	if err != nil {
		return err
	}
	if err := b.st.setMeta("articles_fp", fp); err != nil {
		return err
	}
	return b.st.setMeta("articles_size", strconv.FormatInt(size, 10))
}

// articlesOf returns the inputs whose lines articles.jsonl holds, in input
// order, their number of articles and a fingerprint of their results.
func (b *batch) articlesOf(ins []Input) (rels []string, articles int, fp string) {
	var unread []string
	for _, in := range ins {
		if in.Unread {
			unread = append(unread, in.Rel)
		} else if in.Err == nil {
			rels = append(rels, in.Rel)
		}
	}
	if len(unread) > 0 {
		// The inputs under a directory that could not be read keep their
		// articles: a dead mount must not empty articles.jsonl.
		for rel := range b.rows {
			for _, d := range unread {
				if d == "." || strings.HasPrefix(rel, d+"/") {
					rels = append(rels, rel)
					break
				}
			}
		}
		slices.Sort(rels) // input order
		rels = slices.Compact(rels)
	}
	h := sha256.New()
	kept := rels[:0]
	for _, rel := range rels {
		f := b.rows[rel]
		if f == nil || f.Outcome != OutcomeOK {
			continue
		}
		kept = append(kept, rel)
		articles += f.Articles
		fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\n", f.Rel, f.SHA256, f.Opts, f.Updated.UTC().Format(time.RFC3339Nano))
	}
	return kept, articles, hex.EncodeToString(h.Sum(nil))
}

// articlesCurrent reports whether articles.jsonl is the one written for
// the results fingerprinted fp.
func (b *batch) articlesCurrent(fp string) bool {
	st, err := os.Stat(b.articlesPath())
	return err == nil && b.st.meta("articles_fp") == fp && b.st.meta("articles_size") == strconv.FormatInt(st.Size(), 10)
}

// writeStream is export.WriteFile for output too large to hold in memory:
// temp file, fsync, rename, directory sync.
func writeStream(path string, fill func(io.Writer) error) (int64, error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, export.TempPrefix+filepath.Base(path)+"-*")
	if err != nil {
		return 0, err
	}
	tmp := f.Name()
	ok := false
	defer func() {
		if !ok {
			f.Close()
			os.Remove(tmp)
		}
	}()
	bw := bufio.NewWriterSize(f, 1<<20)
	if err := fill(bw); err != nil {
		return 0, err
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	if err := f.Sync(); err != nil {
		return 0, err
	}
	if err := f.Close(); err != nil {
		return 0, err
	}
	os.Chmod(tmp, 0o644)
	if err := os.Rename(tmp, path); err != nil {
		return 0, err
	}
	ok = true
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return st.Size(), nil
}

// cleanTemps removes the temporary files a killed run left in OUT. A
// sharded run shares OUT with other live shards, so it removes only the
// temporaries of its own outputs.
func (b *batch) cleanTemps(ins []Input) {
	mine := map[string]bool{} // dir → input base names, as "dir\x00base"
	if b.tag != "" {
		for _, in := range ins {
			p := b.outPath(in.Rel, "")
			mine[filepath.Dir(p)+"\x00"+filepath.Base(p)] = true
		}
		out := filepath.Clean(b.cfg.Out)
		mine[out+"\x00"+"articles"+b.tag] = true
		mine[out+"\x00"+"run-report"+b.tag] = true
	}
	owned := func(dir, name string) bool {
		if b.tag == "" {
			return true
		}
		target := strings.TrimPrefix(name, export.TempPrefix)
		if i := strings.LastIndexByte(target, '-'); i > 0 {
			target = target[:i]
		}
		for i := 0; i < len(target); i++ {
			if target[i] == '.' && mine[dir+"\x00"+target[:i]] {
				return true
			}
		}
		return false
	}
	out := filepath.Clean(b.cfg.Out)
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if p != out && d.Name() == StateDir && filepath.Dir(p) == out {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(d.Name(), export.TempPrefix) && owned(filepath.Dir(p), d.Name()) {
			if os.Remove(p) == nil {
				b.log.Info("removed stale temporary file", "file", p)
			}
		}
		return nil
	})
}

func toolVersion() string {
	if Version != "dev" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			return v
		}
		rev, dirty := "", ""
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					dirty = "+dirty"
				}
			}
		}
		if rev != "" {
			return rev + dirty
		}
	}
	return Version
}
