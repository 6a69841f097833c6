package pipeline

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

func TestMatch(t *testing.T) {
	cases := []struct {
		glob, rel string
		want      bool
	}{
		{"*.pdf", "a/b/x.pdf", true},
		{"*.pdf", "a/b/x.txt", false},
		{"a/*.pdf", "a/x.pdf", true},
		{"a/*.pdf", "a/b/x.pdf", false},
		{"a/**/*.pdf", "a/x.pdf", true},
		{"a/**/*.pdf", "a/b/c/x.pdf", true},
		{"a/**", "a/b/c/x.pdf", true},
		{"a/**", "b/x.pdf", false},
		{"**/tmp/**", "x/tmp/y.txt", true},
		{"**/**/**/*.txt", "a/b.txt", true},
		{"2019-??/*.tif", "2019-01/p.tif", true},
	}
	for _, c := range cases {
		if got := Match(c.glob, c.rel); got != c.want {
			t.Errorf("Match(%q, %q) = %v, want %v", c.glob, c.rel, got, c.want)
		}
	}
}

func write(t *testing.T, p, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func rels(ins []Input) []string {
	var r []string
	for _, in := range ins {
		r = append(r, in.Rel)
	}
	return r
}

func TestDiscoverTree(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "root")
	write(t, filepath.Join(root, "b/2.txt"), "x")
	write(t, filepath.Join(root, "a/1.txt"), "x")
	write(t, filepath.Join(root, "a/skip/3.txt"), "x")
	write(t, filepath.Join(root, "c.pdf"), "x")
	write(t, filepath.Join(root, "README.md"), "x") // not a page
	write(t, filepath.Join(root, "out/old.txt"), "x")
	write(t, filepath.Join(dir, "outside.txt"), "x")
	must(t, os.Symlink(filepath.Join(dir, "outside.txt"), filepath.Join(root, "escape.txt")))
	must(t, os.Symlink(filepath.Join(root, "c.pdf"), filepath.Join(root, "inside.pdf")))
	must(t, os.Symlink(filepath.Join(root, "a"), filepath.Join(root, "loop")))
	must(t, os.Symlink(filepath.Join(root, "nowhere.txt"), filepath.Join(root, "dangling.txt")))
	must(t, syscall.Mkfifo(filepath.Join(root, "pipe.txt"), 0o644))
	must(t, os.MkdirAll(filepath.Join(root, "dir.pdf"), 0o755))
	write(t, filepath.Join(root, "dir.pdf/4.txt"), "x")

	ins, ign, err := Discover([]string{root}, Filter{Exclude: []string{"a/skip"}, Skip: []string{filepath.Join(root, "out")}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a/1.txt", "b/2.txt", "c.pdf", "dangling.txt", "dir.pdf/4.txt", "inside.pdf", "pipe.txt"}
	if got := rels(ins); !slices.Equal(got, want) {
		t.Fatalf("inputs %v, want %v", got, want)
	}
	for _, in := range ins {
		bad := in.Rel == "dangling.txt" || in.Rel == "pipe.txt"
		if bad != (in.Err != nil) {
			t.Errorf("%s: err %v", in.Rel, in.Err)
		}
	}
	if !strings.Contains(ins[6].Err.Error(), "named pipe") || !strings.Contains(ins[3].Err.Error(), "broken symlink") {
		t.Errorf("reasons: %v / %v", ins[6].Err, ins[3].Err)
	}
	var reasons []string
	for _, g := range ign {
		reasons = append(reasons, filepath.Base(g.File)+": "+g.Reason)
	}
	slices.Sort(reasons)
	wantIgn := []string{"escape.txt: symlink points outside the input root", "loop: symlinked directory not followed"}
	if !slices.Equal(reasons, wantIgn) {
		t.Errorf("ignored %q, want %q", reasons, wantIgn)
	}

	// Include narrows walked files; a file argument is always an input.
	ins, _, err = Discover([]string{root, filepath.Join(root, "README.md")}, Filter{Include: []string{"*.pdf"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := rels(ins); !slices.Equal(got, []string{"README.md", "c.pdf", "inside.pdf"}) {
		t.Errorf("include: %v", got)
	}
	if _, _, err := Discover([]string{filepath.Join(dir, "missing")}, Filter{}); err == nil {
		t.Error("missing argument: no error")
	}
	if _, _, err := Discover([]string{root}, Filter{Include: []string{"[x"}}); err == nil {
		t.Error("bad glob: no error")
	}
}

func TestDiscoverClashAndShards(t *testing.T) {
	dir := t.TempDir()
	for i := range 40 {
		write(t, filepath.Join(dir, "one", "p"+string(rune('a'+i%26))+strings.Repeat("x", i/26)+".txt"), "x")
	}
	write(t, filepath.Join(dir, "two", "pa.txt"), "y")
	all, _, err := Discover([]string{filepath.Join(dir, "one"), filepath.Join(dir, "two")}, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	clashes := 0
	for _, in := range all {
		if in.Err != nil {
			clashes++
			if !strings.Contains(in.Err.Error(), "already taken") {
				t.Errorf("clash error: %v", in.Err)
			}
		}
	}
	if len(all) != 41 || clashes != 1 {
		t.Fatalf("%d inputs, %d clashes", len(all), clashes)
	}
	// Shards partition the inputs: each exactly once, none empty here.
	seen := map[string]int{}
	for k := range 3 {
		part, _, err := Discover([]string{filepath.Join(dir, "one"), filepath.Join(dir, "two")}, Filter{Shard: k, Shards: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(part) == 0 {
			t.Errorf("shard %d empty", k)
		}
		for _, in := range part {
			seen[in.Rel]++
		}
	}
	if len(seen) != len(all) {
		t.Errorf("shards cover %d of %d inputs", len(seen), len(all))
	}
	for r, n := range seen {
		if n != 1 {
			t.Errorf("%s in %d shards", r, n)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
