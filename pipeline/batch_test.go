package pipeline

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"hash/crc32"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"newsprint/export"
)

// A run killed with SIGKILL at random moments, then run again, ends with
// the same outputs as a clean run: all present, schema-valid, no temporary
// files, and the last run does exactly what the killed ones left undone.
func TestKillAndResume(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	genCorpus(t, in, 30, 6, 1)
	ref := filepath.Join(dir, "ref")
	start := time.Now()
	if r := runNP(t, "run", in, "-o", ref, "--jobs", "2"); r.code != 0 {
		t.Fatalf("clean run: exit %d\n%s", r.code, r.stderr)
	}
	clean := time.Since(start)

	out := filepath.Join(dir, "out")
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d, clean run %v", seed, clean)
	rng := rand.New(rand.NewPCG(seed, 2))
	// Each kill lands after a random number (up to a quarter) of the inputs
	// still to do have been logged, plus a random delay, so it falls inside
	// the run whatever the machine's speed: between files, mid-write,
	// mid-state update, and leaves work for the last run.
	killed := false // the last run died of the kill, not finished first
	for range 6 {
		left := 30 - okRows(t, out)
		after := rng.IntN(left/4 + 1)
		cmd := exec.Command(newsprintBin(t), "run", in, "-o", out, "--jobs", "2", "--log-format", "json")
		stderr, err := cmd.StderrPipe()
		must(t, err)
		must(t, cmd.Start())
		sc := bufio.NewScanner(stderr)
		seen := 0
		for seen <= after && sc.Scan() {
			if strings.Contains(sc.Text(), `"msg":"processed"`) || strings.Contains(sc.Text(), `"msg":"start"`) {
				seen++
			}
		}
		time.Sleep(time.Duration(rng.Int64N(int64(50 * time.Millisecond))))
		cmd.Process.Kill()
		for sc.Scan() {
		}
		cmd.Wait()
		ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
		killed = ok && ws.Signaled() && left > 0 // a run with nothing to do leaves the earlier report
	}
	done := okRows(t, out)
	temps := 0
	for rel := range outputFiles(t, out) {
		if strings.HasPrefix(filepath.Base(rel), export.TempPrefix) {
			temps++
		}
	}
	t.Logf("%d of 30 inputs done before the last run, %d temporary files left by the kills", done, temps)
	// The report left is the killed run's, saying it did not finish.
	if rep := readReport(t, out); killed && (!rep.Incomplete() || !strings.Contains(rep.Error, "unfinished")) {
		t.Errorf("report after a kill: incomplete %v, error %q", rep.Incomplete(), rep.Error)
	}
	r := runNP(t, "run", in, "-o", out, "--jobs", "2")
	if r.code != 0 {
		t.Fatalf("resumed run: exit %d\n%s", r.code, r.stderr)
	}
	rep := readReport(t, out)
	if rep.Processed != 30-done || rep.Skipped != done {
		t.Errorf("resumed run processed %d, skipped %d; the state had %d done", rep.Processed, rep.Skipped, done)
	}
	checkOutputs(t, ref, out)
}

// pngHeader returns a PNG signature and IHDR chunk claiming w×h pixels.
func pngHeader(w, h uint32) []byte {
	b := []byte("\x89PNG\r\n\x1a\n")
	chunk := append([]byte("IHDR"), make([]byte, 13)...)
	binary.BigEndian.PutUint32(chunk[4:], w)
	binary.BigEndian.PutUint32(chunk[8:], h)
	chunk[12], chunk[13] = 8, 0 // 8-bit greyscale
	b = binary.BigEndian.AppendUint32(b, 13)
	b = append(b, chunk...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(chunk))
}

const tinyPDF = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" +
	"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
	"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n" +
	"4 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 72 720 Td (Hello world) Tj ET\nendstream endobj\n" +
	"trailer << /Root 1 0 R >>\n%%EOF\n"

// Reading a PDF leaves the user's home alone: pdfcpu would otherwise
// write its config files there on the first PDF.
func TestPDFWritesNoConfigInHome(t *testing.T) {
	newsprintBin(t) // built with the real home: the go command caches there
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	in, out := filepath.Join(t.TempDir(), "in"), filepath.Join(t.TempDir(), "out")
	must(t, os.MkdirAll(in, 0o755))
	must(t, os.WriteFile(filepath.Join(in, "hello.pdf"), []byte(tinyPDF), 0o644))
	if r := runNP(t, "run", in, "-o", out); r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "hello.pdf.json")); err != nil {
		t.Fatal(err)
	}
	left, err := os.ReadDir(home)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range left {
		t.Errorf("%s written in the home directory", e.Name())
	}
}

// Broken inputs among good ones: the good ones are done, each broken one is
// reported with its file and a reason in the log and the report, exit 1,
// no panic; a re-run over the unchanged tree processes nothing.
func TestBadInputZoo(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	good := genCorpus(t, in, 6, 3, 7)
	must(t, os.MkdirAll(filepath.Join(in, "zoo", "x.pdf"), 0o755)) // a directory named like a page
	rng := rand.New(rand.NewPCG(3, 3))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rng.IntN(256))
	}
	bad := map[string][]byte{
		"zoo/empty.txt":     {},
		"zoo/truncated.pdf": []byte(tinyPDF[:len(tinyPDF)/2]),
		"zoo/random.pdf":    random,
		"zoo/huge.png":      pngHeader(100000, 100000),
		"zoo/latin1.txt":    []byte("Caf\xe9 cr\xe8me \xff\xfe\x80 na\xefve \xff\x80\x80 d\xe9j\xe0 vu\n"),
	}
	for rel, data := range bad {
		must(t, os.WriteFile(filepath.Join(in, rel), data, 0o644))
	}
	// Tests run as root, so chmod 000 does not make a file unreadable: a
	// named pipe (opening it would block) and a dangling symlink stand in.
	must(t, syscall.Mkfifo(filepath.Join(in, "zoo", "pipe.txt"), 0o644))
	must(t, os.Symlink(filepath.Join(in, "zoo", "gone.txt"), filepath.Join(in, "zoo", "dangling.txt")))
	bad["zoo/pipe.txt"], bad["zoo/dangling.txt"] = nil, nil
	// A good page inside the directory named x.pdf: it is walked like any directory.
	must(t, os.WriteFile(filepath.Join(in, "zoo", "x.pdf", "inner.txt"), []byte(genDump(rng, false)), 0o644))
	good = append(good, "zoo/x.pdf/inner.txt")

	out := filepath.Join(dir, "out")
	r := runNP(t, "run", in, "-o", out, "--jobs", "2", "--log-format", "json")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\n%s", r.code, r.stderr)
	}
	for _, rel := range good {
		if _, err := os.Stat(filepath.Join(out, rel+".json")); err != nil {
			t.Errorf("good input %s: %v", rel, err)
		}
	}
	rep := readReport(t, out)
	if rep.Processed != len(good) || rep.Failed != len(bad) {
		t.Errorf("processed %d, failed %d; want %d, %d", rep.Processed, rep.Failed, len(good), len(bad))
	}
	failed := map[string]string{}
	for _, f := range rep.Failures {
		rel, _ := filepath.Rel(in, f.File)
		failed[filepath.ToSlash(rel)] = f.Error
	}
	for rel := range bad {
		reason, ok := failed[rel]
		if !ok || reason == "" {
			t.Errorf("%s: not reported (report: %v)", rel, rep.Failures)
		}
		// The JSON log names the file and the reason too.
		if !logHas(r.stderr, `"msg":"failed"`, `"file":"`+filepath.Join(in, rel)+`"`, `"error":`) {
			t.Errorf("%s: no failure line in the log", rel)
		}
		if _, err := os.Stat(filepath.Join(out, rel+".json")); err == nil {
			t.Errorf("%s: output written for a bad input", rel)
		}
	}
	for _, want := range []string{"named pipe", "broken symlink", "empty"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, r.stdout)
		}
	}

	// Unchanged tree: nothing processed, the failures still reported.
	r = runNP(t, "run", in, "-o", out, "--jobs", "2", "--log-format", "json")
	rep = readReport(t, out)
	if r.code != 1 || rep.Processed != 0 || rep.Skipped != len(good) || len(rep.Failures) != len(bad) {
		t.Errorf("re-run: exit %d, processed %d, skipped %d, %d failures", r.code, rep.Processed, rep.Skipped, len(rep.Failures))
	}
}

func logHas(log string, parts ...string) bool {
	for _, line := range strings.Split(log, "\n") {
		ok := true
		for _, p := range parts {
			ok = ok && strings.Contains(line, p)
		}
		if ok {
			return true
		}
	}
	return false
}

func mtimes(t *testing.T, out string) map[string]time.Time {
	m := map[string]time.Time{}
	for rel := range outputFiles(t, out) {
		st, err := os.Stat(filepath.Join(out, rel))
		if err != nil {
			t.Fatal(err)
		}
		m[rel] = st.ModTime()
	}
	return m
}

// Re-runs do only what changed: nothing on an unchanged tree, a content
// change, a lost output; a touched but identical file is recognised by its
// hash; --force redoes all.
func TestIncremental(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	rels := genCorpus(t, in, 12, 0, 11)
	out := filepath.Join(dir, "out")
	if r := runNP(t, "run", in, "-o", out); r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	before := mtimes(t, out)
	time.Sleep(20 * time.Millisecond) // let a rewrite show in the mtimes
	processed := func(args ...string) int {
		t.Helper()
		r := runNP(t, append([]string{"run", in, "-o", out}, args...)...)
		if r.code != 0 {
			t.Fatalf("exit %d\n%s", r.code, r.stderr)
		}
		return readReport(t, out).Processed
	}
	if n := processed(); n != 0 {
		t.Errorf("unchanged tree: %d processed", n)
	}
	for rel, mt := range mtimes(t, out) {
		if !before[rel].Equal(mt) {
			t.Errorf("%s rewritten on an unchanged tree", rel)
		}
	}

	p0 := filepath.Join(in, filepath.FromSlash(rels[0]))
	f, err := os.OpenFile(p0, os.O_APPEND|os.O_WRONLY, 0)
	must(t, err)
	f.WriteString("Council Opens New Harbour Office\nBy Sam Chen\n\n   The office opens on friday.\n")
	f.Close()
	future := time.Now().Add(time.Hour)
	must(t, os.Chtimes(filepath.Join(in, filepath.FromSlash(rels[1])), future, future)) // touched, same bytes
	must(t, os.Remove(filepath.Join(out, rels[2]+".json")))                             // output lost
	if n := processed(); n != 2 {
		t.Errorf("after a change, a touch and a lost output: %d processed, want 2", n)
	}
	jsonl, err := os.ReadFile(filepath.Join(out, "articles.jsonl"))
	must(t, err)
	// The appended story's text must reach articles.jsonl (whatever article the
	// segmenter puts it in).
	if !strings.Contains(string(jsonl), "office opens on friday") {
		t.Error("articles.jsonl lacks the changed input's new article")
	}
	if n := processed(); n != 0 {
		t.Errorf("second re-run: %d processed", n)
	}
	if n := processed("--force"); n != len(rels) {
		t.Errorf("--force: %d processed, want %d", n, len(rels))
	}
	// OCR options do not change what a text dump gives: nothing is redone.
	if n := processed("--lang", "eng", "--max-pixels", "1000"); n != 0 {
		t.Errorf("new OCR options: %d text dumps processed, want 0", n)
	}
	// The encoding is the text dumps' option: they are redone, under
	// any name of the encoding once.
	if n := processed("--encoding", "utf-8"); n != len(rels) {
		t.Errorf("--encoding utf-8: %d processed, want %d", n, len(rels))
	}
	if n := processed("--encoding", "UTF8"); n != 0 {
		t.Errorf("--encoding UTF8 after utf-8: %d processed, want 0", n)
	}
	// Other formats are another result: everything is redone.
	if n := processed("--format", "json,alto"); n != len(rels) {
		t.Errorf("new formats: %d processed, want %d", n, len(rels))
	}
}

// The progress bar, forced on, shows files, pages, rate and ETA.
func TestProgressBar(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	genCorpus(t, in, 8, 0, 5)
	r := runNP(t, "run", in, "-o", filepath.Join(dir, "out"), "--progress", "always", "--jobs", "1")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	for _, want := range []string{"8/8", "100%", "files/s", "pages/s", "pages,"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("progress output lacks %q:\n%q", want, r.stderr)
		}
	}
	// Not on a terminal and not forced: JSON log lines, no bar.
	r = runNP(t, "run", in, "-o", filepath.Join(dir, "out2"))
	if strings.Contains(r.stderr, "%|") || !logHas(r.stderr, `"msg":"processed"`, `"pages":`) {
		t.Errorf("non-terminal output:\n%s", r.stderr)
	}
}

// A second run on the same OUT stops at once with a clear message.
func TestLock(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	genCorpus(t, in, 2, 0, 9)
	out := filepath.Join(dir, "out")
	must(t, os.MkdirAll(filepath.Join(out, StateDir), 0o755))
	lk, err := lockOut(filepath.Join(out, StateDir), "")
	must(t, err)
	r := runNP(t, "run", in, "-o", out)
	if r.code != 2 || !strings.Contains(r.stderr, "in use by another newsprint run") || !strings.Contains(r.stderr, "pid") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "run-report.json")); err == nil {
		t.Error("locked run wrote a report")
	}
	lk.release()
	if r := runNP(t, "run", in, "-o", out); r.code != 0 {
		t.Errorf("after release: exit %d\n%s", r.code, r.stderr)
	}
}

// Shards of one OUT run side by side, but never beside an unsharded run,
// which would redo their inputs and remove their temporary files.
func TestLockShards(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	genCorpus(t, in, 4, 0, 41)
	out := filepath.Join(dir, "out")
	sdir := filepath.Join(out, StateDir)
	must(t, os.MkdirAll(sdir, 0o755))
	// The pid an earlier unsharded run left, now a live process's: the
	// shard holding the lock does not write its own, so none is named.
	must(t, os.WriteFile(filepath.Join(sdir, "lock"), []byte(strconv.Itoa(os.Getpid())+"\n"), 0o644))
	lk, err := lockOut(sdir, ".shard-0-of-2")
	must(t, err)
	r := runNP(t, "run", in, "-o", out)
	if r.code != 2 || !strings.Contains(r.stderr, "in use by another newsprint run (a --shard run holds it)") {
		t.Errorf("unsharded run beside shard 0: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := runNP(t, "run", in, "-o", out, "--shard", "1/2"); r.code != 0 {
		t.Errorf("shard 1 beside shard 0: exit %d\n%s", r.code, r.stderr)
	}
	if r := runNP(t, "run", in, "-o", out, "--shard", "0/2"); r.code != 2 {
		t.Errorf("shard 0 twice: exit %d", r.code)
	}
	lk.release()
	lk, err = lockOut(sdir, "")
	must(t, err)
	if r := runNP(t, "run", in, "-o", out, "--shard", "1/2"); r.code != 2 || !strings.Contains(r.stderr, "pid") {
		t.Errorf("shard beside an unsharded run: exit %d, stderr %q", r.code, r.stderr)
	}
	lk.release()
}

// SIGTERM stops taking files, finishes the running one, and leaves a
// consistent state that the next run completes.
func TestSigterm(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	genCorpus(t, in, 30, 0, 13)
	out := filepath.Join(dir, "out")
	cmd := exec.Command(newsprintBin(t), "run", in, "-o", out, "--jobs", "1", "--log-format", "json")
	stderr, err := cmd.StderrPipe()
	must(t, err)
	must(t, cmd.Start())
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		if strings.Contains(sc.Text(), `"msg":"processed"`) {
			cmd.Process.Signal(syscall.SIGTERM)
			break
		}
	}
	for sc.Scan() {
	}
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 3 {
		t.Fatalf("stopped run: %v, want exit 3 (a re-run finishes it)", err)
	}
	rep := readReport(t, out)
	if !rep.Stopped || rep.Processed == 0 || rep.Processed == 30 {
		t.Errorf("stopped run: stopped=%v processed %d", rep.Stopped, rep.Processed)
	}
	if n := okRows(t, out); n != rep.Processed {
		t.Errorf("state has %d done, report %d", n, rep.Processed)
	}
	r := runNP(t, "run", in, "-o", out)
	if r.code != 0 || readReport(t, out).Processed != 30-rep.Processed {
		t.Errorf("next run: exit %d, processed %d", r.code, readReport(t, out).Processed)
	}
}

// Shards split one tree: every input done by exactly one shard.
func TestShards(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	rels := genCorpus(t, in, 20, 0, 17)
	out := filepath.Join(dir, "out")
	total := 0
	for k := range 3 {
		r := runNP(t, "run", in, "-o", out, "--shard", string(rune('0'+k))+"/3")
		if r.code != 0 {
			t.Fatalf("shard %d: exit %d\n%s", k, r.code, r.stderr)
		}
		data, err := os.ReadFile(filepath.Join(out, "run-report.shard-"+string(rune('0'+k))+"-of-3.json"))
		must(t, err)
		var rep Report
		must(t, json.Unmarshal(data, &rep))
		if rep.Shard != string(rune('0'+k))+"/3" || rep.Processed == 0 {
			t.Errorf("shard %d report: %s", k, data)
		}
		total += rep.Processed
	}
	for _, rel := range rels {
		if _, err := os.Stat(filepath.Join(out, rel+".json")); err != nil {
			t.Errorf("%s: not done by any shard", rel)
		}
	}
	if r := runNP(t, "run", in, "-o", out, "--shard", "3/3"); r.code != 2 {
		t.Errorf("--shard 3/3: exit %d, want 2", r.code)
	}
	if total != len(rels) {
		t.Errorf("shards processed %d inputs, want %d", total, len(rels))
	}
}

// Usage errors exit 2.
func TestUsage(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, args := range [][]string{
		{"run"},
		{"run", dir},
		{"run", dir, "-o", filepath.Join(dir, "o"), "--format", "pdf"},
		{"run", filepath.Join(dir, "missing"), "-o", filepath.Join(dir, "o")},
		{"run", dir, "-o", filepath.Join(dir, "o"), "--bogus"},
		{"run", dir, "-o", dir}, // outputs would become inputs
	} {
		if r := runNP(t, args...); r.code != 2 {
			t.Errorf("%v: exit %d, want 2", args, r.code)
		}
	}
}

// A file over --timeout is reported and left for the next run, which may
// give it more time; the run does not wait for it.
func TestTimeout(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	rels := genCorpus(t, in, 4, 2, 23)
	out := filepath.Join(dir, "out")
	r := runNP(t, "run", in, "-o", out, "--timeout", "1ns", "--log-format", "json")
	rep := readReport(t, out)
	if r.code != 1 || rep.Failed != len(rels) {
		t.Fatalf("exit %d, %d failed\n%s", r.code, rep.Failed, r.stderr)
	}
	for _, f := range rep.Failures {
		if !strings.Contains(f.Error, "timed out after 1ns") {
			t.Errorf("%s: %s", f.File, f.Error)
		}
	}
	r = runNP(t, "run", in, "-o", out)
	if rep := readReport(t, out); r.code != 0 || rep.Processed != len(rels) {
		t.Errorf("without the limit: exit %d, processed %d", r.code, rep.Processed)
	}
}

// A one-page hOCR file made for this test: positioned lines, so ALTO and
// hOCR can be written for it (a text dump gives JSON only).
const testHOCR = `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body>
<div class='ocr_page' id='page_1' title='bbox 0 0 2000 3000; ppageno 0'>
<div class='ocr_carea' id='block_1_1' title="bbox 100 100 1900 400">
<p class='ocr_par' id='par_1_1' lang='eng' title="bbox 100 100 1900 160">
<span class='ocr_line' id='line_1_1' title="bbox 100 100 1900 160; x_size 60"><span class='ocrx_word' id='word_1_1' title='bbox 100 100 500 160; x_wconf 95'>Harbour</span> <span class='ocrx_word' id='word_1_2' title='bbox 540 100 900 160; x_wconf 95'>Plans</span></span>
</p>
<p class='ocr_par' id='par_1_2' lang='eng' title="bbox 100 200 1900 400">
<span class='ocr_line' id='line_1_2' title="bbox 100 200 1900 230; x_size 30"><span class='ocrx_word' id='word_1_3' title='bbox 100 200 300 230; x_wconf 90'>The</span> <span class='ocrx_word' id='word_1_4' title='bbox 320 200 600 230; x_wconf 90'>council</span> <span class='ocrx_word' id='word_1_5' title='bbox 620 200 800 230; x_wconf 90'>met.</span></span>
</p></div></div></body></html>
`

// --format writes every file export.Files returns; dropping a format redoes
// the inputs and removes the files of the dropped format.
func TestFormats(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	genCorpus(t, in, 1, 0, 29)
	must(t, os.WriteFile(filepath.Join(in, "scan.hocr"), []byte(testHOCR), 0o644))
	out := filepath.Join(dir, "out")
	if r := runNP(t, "run", in, "-o", out, "--format", "json,alto,hocr"); r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	var got []string
	for rel := range outputFiles(t, out) {
		got = append(got, rel)
	}
	slices.Sort(got)
	want := []string{"1990/sub0/page-000.txt.json", "articles.jsonl", "scan.hocr.alto.xml", "scan.hocr.hocr", "scan.hocr.json"}
	if !slices.Equal(got, want) {
		t.Fatalf("outputs %v, want %v", got, want)
	}
	if r := runNP(t, "run", in, "-o", out, "--format", "json"); r.code != 0 || readReport(t, out).Processed != 2 {
		t.Fatalf("json only: exit %d, processed %d", r.code, readReport(t, out).Processed)
	}
	for _, gone := range []string{"scan.hocr.alto.xml", "scan.hocr.hocr"} {
		if _, err := os.Stat(filepath.Join(out, gone)); err == nil {
			t.Errorf("%s left after its format was dropped", gone)
		}
	}
}

// A run removes the temporary files a killed run left; a shard removes
// only its own, since other shards may be writing theirs into the same OUT.
func TestStaleTemps(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	rels := genCorpus(t, in, 6, 0, 31)
	out := filepath.Join(dir, "out")
	temp := func(rel string) string {
		p := filepath.Join(out, filepath.FromSlash(rel))
		return filepath.Join(filepath.Dir(p), export.TempPrefix+filepath.Base(p)+".json-123456")
	}
	var mine, theirs []string
	for _, rel := range rels {
		if ShardOf(rel, 2) == 0 {
			mine = append(mine, temp(rel))
		} else {
			theirs = append(theirs, temp(rel))
		}
	}
	if len(mine) == 0 || len(theirs) == 0 {
		t.Fatal("generated inputs all fall in one shard")
	}
	for _, p := range append(append([]string{}, mine...), theirs...) {
		must(t, os.MkdirAll(filepath.Dir(p), 0o755))
		must(t, os.WriteFile(p, []byte("{\"partial"), 0o644))
	}
	if r := runNP(t, "run", in, "-o", out, "--shard", "0/2"); r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	for _, p := range mine {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("shard 0 left its temporary file %s", p)
		}
	}
	for _, p := range theirs {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("shard 0 removed shard 1's temporary file %s", p)
		}
	}
	if r := runNP(t, "run", in, "-o", out); r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	for _, p := range theirs {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("unsharded run left %s", p)
		}
	}
}

// A damaged state stops the run with a message saying how to start afresh.
func TestDamagedState(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	genCorpus(t, in, 2, 0, 37)
	out := filepath.Join(dir, "out")
	damageState(t, out, "state.db")
	r := runNP(t, "run", in, "-o", out)
	if r.code != 2 || !strings.Contains(r.stderr, "state.db") || !strings.Contains(r.stderr, "starts afresh") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	must(t, os.Remove(filepath.Join(out, StateDir, "state.db")))
	if r := runNP(t, "run", in, "-o", out); r.code != 0 {
		t.Errorf("after removing the state: exit %d\n%s", r.code, r.stderr)
	}
}

// damageState writes, as the state file name of out, text that is not a
// database.
func damageState(t *testing.T, out, name string) {
	t.Helper()
	must(t, os.MkdirAll(filepath.Join(out, StateDir), 0o755))
	must(t, os.WriteFile(filepath.Join(out, StateDir, name), []byte("this is not a database, just some text long enough"), 0o644))
}

// With one worker, files are taken biggest first (a large scan left for last
// would idle the other workers), whatever their names.
func TestBiggestFirst(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	must(t, os.MkdirAll(in, 0o755))
	story := "Harbour Office Opens\nBy Sam Chen\n\n   The office opens on friday and serves the whole coast.\n"
	sizes := map[string]int{"a.txt": 1, "b.txt": 6, "c.txt": 3}
	for name, n := range sizes {
		must(t, os.WriteFile(filepath.Join(in, name), []byte(strings.Repeat(story, n)), 0o644))
	}
	out := filepath.Join(dir, "out")
	r := runNP(t, "run", in, "-o", out, "--jobs", "1", "--log-format", "json")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	var order []string
	for line := range strings.Lines(r.stderr) {
		var ev struct{ Msg, File string }
		if json.Unmarshal([]byte(line), &ev) == nil && ev.Msg == "processed" {
			order = append(order, filepath.Base(ev.File))
		}
	}
	if got := strings.Join(order, " "); got != "b.txt c.txt a.txt" {
		t.Errorf("processing order %q, want biggest first: b.txt c.txt a.txt", got)
	}
}
