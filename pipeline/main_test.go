package pipeline

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"newsprint/export"
	"newsprint/export/schema"
)

// The batch tests run the real newsprint binary as a subprocess, built once.
var (
	binOnce sync.Once
	binDir  string
	binPath string
	binErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

func newsprintBin(t testing.TB) string {
	t.Helper()
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "newsprint-test-bin-")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "newsprint")
		cmd := exec.Command("go", "build", "-o", binPath, "./cmd/newsprint")
		cmd.Dir = ".." // the module root
		if out, err := cmd.CombinedOutput(); err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

type npRun struct {
	code           int
	stdout, stderr string
}

// runNP runs newsprint with args and returns its exit code and output.
func runNP(t testing.TB, args ...string) npRun {
	t.Helper()
	cmd := exec.Command(newsprintBin(t), args...)
	if _, ok := os.LookupEnv("OMP_THREAD_LIMIT"); !ok {
		// As the Makefile does: saves newsprint re-executing itself to set it.
		cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	}
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	err := cmd.Run()
	r := npRun{stdout: so.String(), stderr: se.String()}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	if strings.Contains(r.stderr, "panic:") || strings.Contains(r.stderr, "goroutine ") {
		t.Fatalf("newsprint panicked:\n%s", r.stderr)
	}
	return r
}

func readReport(t testing.TB, out string) Report {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(out, "run-report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var r Report
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// okRows counts the inputs the state of out records as done.
func okRows(t testing.TB, out string) int {
	t.Helper()
	p := filepath.Join(out, StateDir, "state.db")
	if _, err := os.Stat(p); err != nil {
		return 0
	}
	db, err := sql.Open("sqlite", "file:"+p+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM files WHERE outcome = 'ok'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// Small word pools for generated dumps: made-up text, no corpus content.
var (
	enWords = strings.Fields(`the council said on monday that new plans for the harbour would
		bring more jobs to the town while residents asked whether traffic noise and rising
		rents were considered by officials who met in the old library hall to discuss budget
		figures for schools roads and a proposed bridge across the river next spring`)
	enNames = []string{"Alice Marsh", "Tom Okafor", "Rita Lindqvist", "Sam Chen", "Nora Blake"}
	zhChars = []rune("我们的城市今年在交通教育医疗和环境方面取得新的进展市民表示生活质量明显提高政府将继续推进改革发展工作会议强调要加强基层建设服务群众")
	zhNames = []string{"王立新", "李晓梅", "陈建国", "赵文静"}
)

// genDump returns a small pdftotext-like dump of two or three articles.
func genDump(rng *rand.Rand, zh bool) string {
	var b strings.Builder
	arts := 2 + rng.IntN(2)
	for a := 0; a < arts; a++ {
		if zh {
			for range 6 + rng.IntN(6) {
				b.WriteRune(zhChars[rng.IntN(len(zhChars))])
			}
			fmt.Fprintf(&b, "\n本报记者 %s\n\n", zhNames[rng.IntN(len(zhNames))])
			for range 2 + rng.IntN(3) {
				var para []rune
				para = append(para, []rune("　　")...)
				for range 60 + rng.IntN(80) {
					para = append(para, zhChars[rng.IntN(len(zhChars))])
				}
				para = append(para, '。')
				for len(para) > 0 {
					n := min(22, len(para))
					b.WriteString(string(para[:n]) + "\n")
					para = para[n:]
				}
			}
		} else {
			var head []string
			for range 4 + rng.IntN(4) {
				w := enWords[rng.IntN(len(enWords))]
				head = append(head, strings.ToUpper(w[:1])+w[1:])
			}
			fmt.Fprintf(&b, "%s\nBy %s\n\n", strings.Join(head, " "), enNames[rng.IntN(len(enNames))])
			for range 2 + rng.IntN(3) {
				line := "   "
				for range 40 + rng.IntN(60) {
					w := enWords[rng.IntN(len(enWords))]
					if len(line)+len(w) > 48 {
						b.WriteString(line + "\n")
						line = ""
					}
					if line != "" && line != "   " {
						line += " "
					}
					line += w
				}
				b.WriteString(line + ".\n")
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

// genCorpus writes n dumps under dir in a few subdirectories, every zhEvery-th
// one Chinese (0: none), and returns their relative paths.
func genCorpus(t testing.TB, dir string, n, zhEvery int, seed uint64) []string {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 1))
	var rels []string
	for i := range n {
		rel := fmt.Sprintf("%d/sub%d/page-%03d.txt", 1990+i%3, i%2, i)
		zh := zhEvery > 0 && i%zhEvery == 0
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(genDump(rng, zh)), 0o644); err != nil {
			t.Fatal(err)
		}
		rels = append(rels, rel)
	}
	return rels
}

// outputFiles lists the files of an output tree (slash paths), leaving out
// the state directory and the run report, which differ from run to run.
func outputFiles(t testing.TB, out string) map[string][]byte {
	t.Helper()
	m := map[string][]byte{}
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		if d.IsDir() {
			if rel == StateDir {
				return fs.SkipDir
			}
			return nil
		}
		if rel == "run-report.json" {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		m[filepath.ToSlash(rel)] = data
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// checkOutputs checks that out holds exactly the outputs of ref, byte for
// byte, each schema-valid, and no temporary file.
func checkOutputs(t testing.TB, ref, out string) {
	t.Helper()
	want, got := outputFiles(t, ref), outputFiles(t, out)
	for rel, data := range got {
		if strings.HasPrefix(filepath.Base(rel), export.TempPrefix) {
			t.Errorf("temporary file left: %s", rel)
			continue
		}
		w, ok := want[rel]
		if !ok {
			t.Errorf("unexpected file %s", rel)
			continue
		}
		if !bytes.Equal(w, data) {
			t.Errorf("%s differs from the clean run's", rel)
		}
		if strings.HasSuffix(rel, ".json") {
			if err := schema.Validate(data); err != nil {
				t.Errorf("%s: %v", rel, err)
			}
		}
	}
	for rel := range want {
		if _, ok := got[rel]; !ok {
			t.Errorf("missing %s", rel)
		}
	}
}
