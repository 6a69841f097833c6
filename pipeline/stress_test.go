package pipeline

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// An output that cannot be written is not the input's fault: it is
// reported, but not recorded as a failure, so the next run retries it
// without --retry-failed once the path is free.
func TestOutputBlocked(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	rels := genCorpus(t, in, 3, 0, 43)
	out := filepath.Join(dir, "out")
	// A directory (not empty) where an output file should go.
	blocked := filepath.Join(out, filepath.FromSlash(rels[1])+".json")
	must(t, os.MkdirAll(filepath.Join(blocked, "keep"), 0o755))
	r := runNP(t, "run", in, "-o", out)
	rep := readReport(t, out)
	if r.code != 1 || rep.Processed != 2 || rep.Failed != 1 || !strings.Contains(r.stdout, "writing output") {
		t.Fatalf("exit %d, processed %d, failed %d\n%s", r.code, rep.Processed, rep.Failed, r.stdout)
	}
	must(t, os.RemoveAll(blocked))
	r = runNP(t, "run", in, "-o", out)
	if rep := readReport(t, out); r.code != 0 || rep.Processed != 1 || rep.Skipped != 2 {
		t.Errorf("path freed: exit %d, processed %d, skipped %d\n%s", r.code, rep.Processed, rep.Skipped, r.stdout)
	}
}

// A full disk stops the run at once (every later file would fail after
// all its work), blames no input, exits 3; with room again, the next run
// finishes the rest.
func TestDiskFull(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	const n = 150
	genCorpus(t, in, n, 5, 47)
	small := filepath.Join(dir, "small")
	must(t, os.Mkdir(small, 0o755))
	if err := syscall.Mount("tmpfs", small, "tmpfs", 0, "size=512k"); err != nil {
		t.Skipf("cannot mount a small tmpfs to fill (needs root): %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(small, syscall.MNT_DETACH) })
	out := filepath.Join(small, "out")
	r := runNP(t, "run", in, "-o", out, "--jobs", "2")
	if r.code != 3 || !strings.Contains(r.stdout, "run incomplete") ||
		!(strings.Contains(r.stdout, "no space left on device") || strings.Contains(r.stdout, "disk is full")) {
		t.Fatalf("full disk: exit %d, want 3 naming the full disk\n%s", r.code, r.stdout)
	}
	if strings.Contains(r.stdout, "FAILED") {
		t.Errorf("an input blamed for the full disk:\n%s", r.stdout)
	}
	done := okRows(t, out)
	if done == 0 || done > n-10 {
		t.Fatalf("%d of %d done on a 512k disk: the test does not fill it", done, n)
	}
	must(t, syscall.Mount("tmpfs", small, "tmpfs", syscall.MS_REMOUNT, "size=64m"))
	r = runNP(t, "run", in, "-o", out, "--jobs", "2")
	if rep := readReport(t, out); r.code != 0 || rep.Processed != n-done || rep.Skipped != done {
		t.Errorf("with room: exit %d, processed %d, skipped %d; %d were done\n%s", r.code, rep.Processed, rep.Skipped, done, r.stdout)
	}
	if okRows(t, out) != n {
		t.Errorf("state has %d of %d done", okRows(t, out), n)
	}
}

// afterFirstFile is a Progress that calls do once the first file is done:
// it changes the tree under a running run.
type afterFirstFile struct {
	do   func()
	done bool
}

func (p *afterFirstFile) Start(int) {}
func (p *afterFirstFile) Finish()   {}
func (p *afterFirstFile) FileDone(int) {
	if !p.done {
		p.done = true
		p.do()
	}
}

// OUT deleted during a run: the state went with it, so the run stops and
// says so (it used to go on and report success over a tree missing most
// of its outputs, with an articles.jsonl naming them); the next run
// starts afresh and ends complete.
func TestStateRemoved(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	const n = 12
	genCorpus(t, in, n, 0, 53)
	out := filepath.Join(dir, "out")
	cfg := BatchConfig{Inputs: []string{in}, Out: out, Jobs: 1, Progress: &afterFirstFile{do: func() { os.RemoveAll(out) }}}
	rep, err := RunBatch(context.Background(), cfg)
	must(t, err)
	if !rep.Incomplete() || !strings.Contains(rep.Error, "removed during the run") || rep.Processed >= n {
		t.Errorf("OUT removed: incomplete %v, processed %d, error %q", rep.Incomplete(), rep.Processed, rep.Error)
	}
	if _, err := os.Stat(filepath.Join(out, "articles.jsonl")); err == nil {
		t.Error("articles.jsonl written without a state")
	}
	cfg.Progress = nil
	rep, err = RunBatch(context.Background(), cfg)
	must(t, err)
	if !rep.OK() || rep.Processed != n {
		t.Errorf("next run: ok %v, processed %d of %d", rep.OK(), rep.Processed, n)
	}
}

// A state.db that this newsprint cannot use is refused at the start, with
// exit 2 and the reason, and left as it was: a foreign database is not
// written into; one from an older or newer schema does not fail at every
// input (an older table without a column made each record fail).
func TestStateSchema(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	genCorpus(t, in, 2, 0, 59)
	for i, c := range []struct{ sql, want string }{
		{`CREATE TABLE photos(id INTEGER); INSERT INTO photos VALUES(1)`, `not a newsprint state (it has a table "photos")`},
		{`CREATE TABLE files(rel TEXT PRIMARY KEY, path TEXT, size INTEGER, mtime INTEGER, sha256 TEXT, opts TEXT,
			outcome TEXT, error TEXT, page INTEGER, outputs TEXT, pages INTEGER, articles INTEGER, updated TEXT)`, `table files has no column lines`},
		{`PRAGMA user_version = 99`, `written by a newer newsprint`},
	} {
		out := filepath.Join(dir, fmt.Sprint("out", i))
		db := filepath.Join(out, StateDir, "state.db")
		must(t, os.MkdirAll(filepath.Dir(db), 0o755))
		h, err := sql.Open("sqlite", "file:"+db)
		must(t, err)
		_, err = h.Exec(c.sql)
		must(t, err)
		h.Close()
		r := runNP(t, "run", in, "-o", out)
		if r.code != 2 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%s: exit %d, stderr %q; want 2 and %q", c.sql, r.code, r.stderr, c.want)
		}
		if i == 0 {
			h, err := sql.Open("sqlite", "file:"+db+"?mode=ro")
			must(t, err)
			var n int
			must(t, h.QueryRow(`SELECT count(*) FROM sqlite_master`).Scan(&n))
			h.Close()
			if n != 1 {
				t.Errorf("the foreign database now has %d tables, had 1", n)
			}
		}
	}
	// SQLite's own tables are no foreign ones: ANALYZE (an operator
	// looking into the state) adds sqlite_stat1.
	out := filepath.Join(dir, "analyzed")
	if r := runNP(t, "run", in, "-o", out); r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	h, err := sql.Open("sqlite", "file:"+filepath.Join(out, StateDir, "state.db"))
	must(t, err)
	_, err = h.Exec(`ANALYZE`)
	must(t, err)
	h.Close()
	if r := runNP(t, "run", in, "-o", out); r.code != 0 {
		t.Errorf("after ANALYZE: exit %d, stderr %q", r.code, r.stderr)
	}
}

// onLog is a log handler that calls do when the run logs msg.
type onLog struct {
	msg string
	do  func()
}

func (h onLog) Enabled(context.Context, slog.Level) bool { return true }
func (h onLog) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h onLog) WithGroup(string) slog.Handler            { return h }
func (h onLog) Handle(_ context.Context, r slog.Record) error {
	if r.Message == h.msg {
		h.do()
	}
	return nil
}

// A run marks its report unfinished before it starts on its inputs. A
// re-run with none to do that leaves articles.jsonl as it is does not: it
// changes no output, so the earlier report still holds, and the mark cost
// it two of its few disk syncs.
func TestReportMarkedWhenOutputsChange(t *testing.T) {
	t.Parallel()
	in, out := filepath.Join(t.TempDir(), "in"), filepath.Join(t.TempDir(), "out")
	rels := genCorpus(t, in, 3, 0, 73)
	// markAtStart runs the batch and tells whether its report said
	// unfinished when it logged its start.
	markAtStart := func() bool {
		t.Helper()
		var marked bool
		log := slog.New(onLog{"start", func() { marked = strings.HasPrefix(readReport(t, out).Error, "unfinished") }})
		rep, err := RunBatch(context.Background(), BatchConfig{Inputs: []string{in}, Out: out, Jobs: 1, Log: log})
		must(t, err)
		if !rep.OK() || rep.Error != "" {
			t.Errorf("run not ok: failures %v, error %q", rep.Failures, rep.Error)
		}
		return marked
	}
	if !markAtStart() {
		t.Error("first run: report not marked unfinished")
	}
	if markAtStart() {
		t.Error("re-run over unchanged inputs: report marked unfinished")
	}
	must(t, os.Remove(filepath.Join(out, "articles.jsonl")))
	if !markAtStart() {
		t.Error("re-run rebuilding articles.jsonl: report not marked unfinished")
	}
	f, err := os.OpenFile(filepath.Join(in, filepath.FromSlash(rels[0])), os.O_APPEND|os.O_WRONLY, 0)
	must(t, err)
	_, err = f.WriteString("\nA Late Line\n")
	f.Close()
	must(t, err)
	if !markAtStart() {
		t.Error("re-run over a changed input: report not marked unfinished")
	}
}

// A state written by earlier versions, whose files table had the article
// lines before updated, is rebuilt with them last (loading the records then
// reads no lines) and keeps all it recorded: the re-run redoes nothing and
// rebuilds articles.jsonl, removed, as it was.
func TestStateLinesMovedLast(t *testing.T) {
	t.Parallel()
	in, out := filepath.Join(t.TempDir(), "in"), filepath.Join(t.TempDir(), "out")
	n := len(genCorpus(t, in, 4, 2, 71))
	if r := runNP(t, "run", in, "-o", out); r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	jsonl := filepath.Join(out, "articles.jsonl")
	want, err := os.ReadFile(jsonl)
	must(t, err)
	db := filepath.Join(out, StateDir, "state.db")
	h, err := sql.Open("sqlite", "file:"+db)
	must(t, err)
	_, err = h.Exec(`CREATE TABLE earlier(rel TEXT PRIMARY KEY, path TEXT NOT NULL, size INTEGER NOT NULL,
		mtime INTEGER NOT NULL, sha256 TEXT NOT NULL, opts TEXT NOT NULL, outcome TEXT NOT NULL, error TEXT NOT NULL,
		page INTEGER NOT NULL, outputs TEXT NOT NULL, pages INTEGER NOT NULL, articles INTEGER NOT NULL,
		lines BLOB, updated TEXT NOT NULL);
		INSERT INTO earlier SELECT rel, path, size, mtime, sha256, opts, outcome, error, page, outputs, pages,
		articles, lines, updated FROM files;
		DROP TABLE files;
		ALTER TABLE earlier RENAME TO files;
		VACUUM`)
	h.Close()
	must(t, err)
	must(t, os.Remove(jsonl))
	before := fileSize(t, db)

	if r := runNP(t, "run", in, "-o", out); r.code != 0 {
		t.Fatalf("re-run: exit %d\n%s", r.code, r.stderr)
	}
	if rep := readReport(t, out); rep.Processed != 0 || rep.Skipped != n {
		t.Errorf("re-run processed %d, skipped %d of %d", rep.Processed, rep.Skipped, n)
	}
	got, err := os.ReadFile(jsonl)
	must(t, err)
	if !bytes.Equal(got, want) {
		t.Errorf("articles.jsonl rebuilt from the state differs:\n%s\nwant\n%s", got, want)
	}
	h, err = sql.Open("sqlite", "file:"+db+"?mode=ro")
	must(t, err)
	defer h.Close()
	cols, err := tableColumns(h, "files")
	must(t, err)
	if cols[len(cols)-1] != "lines" {
		t.Errorf("columns after the re-run: %v, want lines last", cols)
	}
	// The old table's pages are given back, not kept free in the file.
	if after := fileSize(t, db); after > before+before/4 {
		t.Errorf("state grew from %d to %d bytes in the rebuild", before, after)
	}
}

// fileSize is the size of the file at path.
func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	st, err := os.Stat(path)
	must(t, err)
	return st.Size()
}

// An input removed after discovery (moved away in a live tree) is listed
// as ignored, not failed: the run succeeds.
func TestInputRemoved(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	genCorpus(t, in, 3, 0, 61)
	// The smallest file is taken last, after the first one is done.
	victim := filepath.Join(in, "tiny.txt")
	must(t, os.WriteFile(victim, []byte("Tiny\n"), 0o644))
	cfg := BatchConfig{Inputs: []string{in}, Out: filepath.Join(dir, "out"), Jobs: 1, Progress: &afterFirstFile{do: func() { os.Remove(victim) }}}
	rep, err := RunBatch(context.Background(), cfg)
	must(t, err)
	if !rep.OK() || rep.Processed != 3 || len(rep.Ignored) != 1 || rep.Ignored[0].File != victim {
		t.Errorf("ok %v, processed %d, failures %v, ignored %v", rep.OK(), rep.Processed, rep.Failures, rep.Ignored)
	}
}

// Another N, or an unsharded run after shards, takes over what the other
// states of OUT record: nothing done is redone, and a change made by one
// kind of run is seen by the other.
func TestShardSwitch(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	rels := genCorpus(t, in, 12, 0, 67)
	out := filepath.Join(dir, "out")
	processed := func(args ...string) int {
		t.Helper()
		r := runNP(t, append([]string{"run", in, "-o", out}, args...)...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d\n%s", args, r.code, r.stderr)
		}
		name := "run-report.json"
		if len(args) == 2 {
			name = "run-report.shard-" + strings.ReplaceAll(args[1], "/", "-of-") + ".json"
		}
		data, err := os.ReadFile(filepath.Join(out, name))
		must(t, err)
		var rep Report
		must(t, json.Unmarshal(data, &rep))
		return rep.Processed
	}
	total := 0
	for _, k := range []string{"0/3", "1/3", "2/3"} {
		total += processed("--shard", k)
	}
	if total != len(rels) {
		t.Fatalf("three shards processed %d of %d", total, len(rels))
	}
	for _, k := range []string{"0/2", "1/2"} {
		if n := processed("--shard", k); n != 0 {
			t.Errorf("shard %s after three shards: %d processed", k, n)
		}
	}
	if n := processed(); n != 0 {
		t.Errorf("unsharded after shards: %d processed", n)
	}
	jsonl, err := os.ReadFile(filepath.Join(out, "articles.jsonl"))
	must(t, err)
	if strings.Count(string(jsonl), "\n") == 0 {
		t.Error("unsharded articles.jsonl is empty")
	}
	// A change the unsharded run did is not redone by the shard.
	p := filepath.Join(in, filepath.FromSlash(rels[0]))
	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	must(t, err)
	f.WriteString("Late News\nBy Sam Chen\n\n   The ferry runs again.\n")
	f.Close()
	if n := processed(); n != 1 {
		t.Errorf("after a change: %d processed, want 1", n)
	}
	if n := processed("--shard", fmt.Sprintf("%d/2", ShardOf(rels[0], 2))); n != 0 {
		t.Errorf("its shard then: %d processed, want 0", n)
	}
}

// A shard does not read the states of its sibling shards (other inputs,
// and they may be running): a damaged sibling state is not even opened.
func TestShardSkipsSiblings(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	genCorpus(t, in, 4, 0, 71)
	out := filepath.Join(dir, "out")
	damageState(t, out, "state.shard-1-of-2.db")
	r := runNP(t, "run", in, "-o", out, "--shard", "0/2", "--log-format", "json")
	if r.code != 0 || logHas(r.stderr, `"state not read"`) {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
	r = runNP(t, "run", in, "-o", out, "--log-format", "json")
	if !logHas(r.stderr, `"state not read"`, "state.shard-1-of-2.db") {
		t.Errorf("the unsharded run did not say the damaged shard state was not read\n%s", r.stderr)
	}
}

// An input rewritten between discovery and its processing is recorded as
// it was read: the next run does not redo it, and its output has the new text.
func TestInputRewritten(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	genCorpus(t, in, 3, 0, 73)
	// The smallest file is taken last, after the first one is done.
	late := filepath.Join(in, "late.txt")
	must(t, os.WriteFile(late, []byte("Tiny\n"), 0o644))
	out := filepath.Join(dir, "out")
	cfg := BatchConfig{Inputs: []string{in}, Out: out, Jobs: 1, Progress: &afterFirstFile{do: func() {
		f, err := os.OpenFile(late, os.O_APPEND|os.O_WRONLY, 0)
		must(t, err)
		f.WriteString("Harbour Office Opens\nBy Sam Chen\n\n   The office opens on friday.\n")
		f.Close()
	}}}
	rep, err := RunBatch(context.Background(), cfg)
	must(t, err)
	if !rep.OK() || rep.Processed != 4 {
		t.Fatalf("ok %v, processed %d, failures %v", rep.OK(), rep.Processed, rep.Failures)
	}
	data, err := os.ReadFile(filepath.Join(out, "late.txt.json"))
	must(t, err)
	if !strings.Contains(string(data), "office opens on friday") {
		t.Fatal("the output lacks the rewritten text: the test did not rewrite before the read")
	}
	cfg.Progress = nil
	rep, err = RunBatch(context.Background(), cfg)
	must(t, err)
	if !rep.OK() || rep.Processed != 0 {
		t.Errorf("next run: ok %v, processed %d, want 0", rep.OK(), rep.Processed)
	}
}

// asNobody returns a runner of newsprint as nobody when the test runs as
// root (root ignores permissions), else as the user; dir and out are made
// reachable and out writable.
func asNobody(t *testing.T, dir, out string) func(args ...string) (int, string) {
	bin := newsprintBin(t)
	var cred *syscall.Credential
	if os.Geteuid() == 0 {
		cred = &syscall.Credential{Uid: 65534, Gid: 65534}
		for _, p := range []string{filepath.Dir(bin), filepath.Dir(dir), dir} {
			must(t, os.Chmod(p, 0o755))
		}
		must(t, os.Mkdir(out, 0o755))
		must(t, os.Chmod(out, 0o777)) // past the umask
	}
	return func(args ...string) (int, string) {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
		so, err := cmd.Output()
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			t.Fatal(err)
		}
		if ee != nil {
			so = append(so, ee.Stderr...)
		}
		return cmd.ProcessState.ExitCode(), string(so)
	}
}

// nobodyRun generates n inputs (seed), runs newsprint over them as
// asNobody does, and returns the inputs, OUT, the inputs' names and the
// runner for the runs that follow.
func nobodyRun(t *testing.T, n int, seed uint64) (in, out string, rels []string, np func(args ...string) (int, string)) {
	t.Helper()
	dir := t.TempDir()
	in = filepath.Join(dir, "in")
	rels = genCorpus(t, in, n, 0, seed)
	out = filepath.Join(dir, "out")
	np = asNobody(t, dir, out)
	if code, so := np("run", in, "-o", out); code != 0 {
		t.Fatalf("first run: exit %d\n%s", code, so)
	}
	return in, out, rels, np
}

// A directory that cannot be read (permissions, a dead mount) hides
// inputs: the run fails naming it (it used to be listed as ignored, exit
// 0), and articles.jsonl keeps the articles of the inputs under it (it
// used to lose them).
func TestUnreadableDir(t *testing.T) {
	t.Parallel()
	in, out, rels, np := nobodyRun(t, 9, 79)
	before, err := os.ReadFile(filepath.Join(out, "articles.jsonl"))
	must(t, err)
	hidden := filepath.Join(in, "1991")
	must(t, os.Chmod(hidden, 0))
	defer os.Chmod(hidden, 0o755)
	code, so := np("run", in, "-o", out)
	if code != 1 || !strings.Contains(so, "FAILED "+hidden+": ") || !strings.Contains(so, "permission denied") {
		t.Errorf("unreadable %s: exit %d, want 1 and a failure naming it\n%s", hidden, code, so)
	}
	after, err := os.ReadFile(filepath.Join(out, "articles.jsonl"))
	must(t, err)
	if !bytes.Equal(before, after) {
		t.Errorf("articles.jsonl changed: %d bytes, had %d", len(after), len(before))
	}
	if !strings.Contains(string(after), rels[1]+".json") {
		t.Errorf("articles.jsonl lost %s", rels[1])
	}
}

// A file that cannot be read is reported but not recorded as failed, and
// its earlier output stays: once its permissions are fixed (no mtime
// moves) the next run does it without --retry-failed.
func TestUnreadableFile(t *testing.T) {
	t.Parallel()
	in, out, rels, np := nobodyRun(t, 3, 89)
	p := filepath.Join(in, filepath.FromSlash(rels[0]))
	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	must(t, err)
	f.WriteString("Late News\nBy Sam Chen\n\n   The ferry runs again.\n")
	f.Close()
	must(t, os.Chmod(p, 0))
	code, so := np("run", in, "-o", out)
	if code != 1 || !strings.Contains(so, "FAILED "+p+": ") || !strings.Contains(so, "permission denied") {
		t.Errorf("unreadable %s: exit %d, want 1 and a failure naming it\n%s", p, code, so)
	}
	if _, err := os.Stat(filepath.Join(out, rels[0]+".json")); err != nil {
		t.Errorf("its earlier output is gone: %v", err)
	}
	must(t, os.Chmod(p, 0o644))
	code, so = np("run", in, "-o", out)
	if code != 0 || !strings.Contains(so, "1 processed") {
		t.Errorf("permissions fixed: exit %d\n%s", code, so)
	}
}

// An input tree without any input (an empty mount point) stops the run
// before it writes anything in OUT but its lock: articles.jsonl is not emptied.
func TestNoInputs(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	genCorpus(t, in, 2, 0, 83)
	out := filepath.Join(dir, "out")
	if r := runNP(t, "run", in, "-o", out); r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	before, err := os.ReadFile(filepath.Join(out, "articles.jsonl"))
	must(t, err)
	empty := filepath.Join(dir, "empty")
	must(t, os.Mkdir(empty, 0o755))
	must(t, os.Rename(in, filepath.Join(dir, "moved")))
	must(t, os.Rename(empty, in))
	r := runNP(t, "run", in, "-o", out)
	if r.code != 2 || !strings.Contains(r.stderr, "no inputs found in "+in) {
		t.Errorf("empty input: exit %d, stderr %q", r.code, r.stderr)
	}
	after, err := os.ReadFile(filepath.Join(out, "articles.jsonl"))
	must(t, err)
	if !bytes.Equal(before, after) {
		t.Errorf("articles.jsonl changed: %d bytes, had %d", len(after), len(before))
	}
}
