package pipeline

import (
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Input is one file a batch run will look at.
type Input struct {
	Path  string    // path to open (as found under its root)
	Root  string    // the directory argument, or a file argument's directory
	Rel   string    // path relative to Root, slash-separated; names the output
	Size  int64     // of the file (of the symlink's target for links)
	MTime time.Time // idem
	// Err is set when the file cannot be an input at all (a dangling
	// symlink, a named pipe, an output-path clash); it is reported as a
	// failure without being processed.
	Err error
	// Unread is set for a directory that could not be read (Err says
	// why): the inputs under it are unknown this run.
	Unread bool
}

// Ignored is a path discovery passed over on purpose, with the reason.
type Ignored struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// Filter selects the inputs of a run.
type Filter struct {
	Include []string // globs; a walked file must match one (default: any known format)
	Exclude []string // globs; matching files and directories are skipped
	Skip    []string // directories never walked (the output directory)
	Shard   int      // 0-based index of this shard
	Shards  int      // number of shards; 0 or 1 means no sharding
}

// Discover lists the inputs named by args (files and directories, walked
// recursively), sorted by relative path so that runs are deterministic.
// Symlinks are followed only to files inside their input root; symlinked
// directories are not followed, so a tree cannot loop or count a file twice.
// Include and Exclude globs apply to walked files; files named on the
// command line are always inputs. An unknown argument is an error.
func Discover(args []string, f Filter) ([]Input, []Ignored, error) {
	for _, g := range append(append([]string{}, f.Include...), f.Exclude...) {
		if _, err := path.Match(strings.ReplaceAll(g, "**", "*"), ""); err != nil {
			return nil, nil, fmt.Errorf("bad glob %q: %w", g, err)
		}
	}
	dc := &discovery{f: f, skip: map[string]bool{}, seenPath: map[string]bool{}}
	for _, s := range f.Skip {
		if r, err := filepath.EvalSymlinks(s); err == nil {
			dc.skip[r] = true
		}
	}
	for _, a := range args {
		if err := dc.addArg(a); err != nil {
			return nil, nil, err
		}
	}
	if len(dc.ins) == 0 {
		return nil, dc.ign, fmt.Errorf("no inputs found in %s", strings.Join(args, " "))
	}
	return keepInputs(dc.ins, f), dc.ign, nil
}

// discovery is what Discover has found so far.
type discovery struct {
	f        Filter
	skip     map[string]bool // resolved directories never walked
	ins      []Input
	ign      []Ignored
	seenPath map[string]bool // absolute paths of the inputs
}

// add adds in, unless the same file was named before.
func (dc *discovery) add(in Input) {
	abs, err := filepath.Abs(in.Path)
	if err == nil && dc.seenPath[abs] {
		return // the same file named twice
	}
	dc.seenPath[abs] = true
	dc.ins = append(dc.ins, in)
}

// addArg adds the file a, or the inputs found under directory a.
func (dc *discovery) addArg(a string) error {
	st, err := os.Stat(a)
	if err != nil {
		return err
	}
	if !st.IsDir() {
		dc.add(Input{Path: a, Root: filepath.Dir(a), Rel: filepath.Base(a), Size: st.Size(), MTime: st.ModTime(), Err: notRegular(st)})
		return nil
	}
	root, err := filepath.EvalSymlinks(a)
	if err != nil {
		return err
	}
	if dc.skip[root] {
		// Outputs would be read back as inputs (ALTO, hOCR) next time.
		return fmt.Errorf("input directory %s is the output directory", a)
	}
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return dc.walkError(a, root, p, d, err)
		}
		if p == root {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if dc.skip[p] || matchAny(dc.f.Exclude, rel) {
				return fs.SkipDir
			}
			return nil
		}
		dc.walkedFile(a, root, p, rel, d)
		return nil
	})
}

// walkError deals with an error walking to p under root (argument a).
func (dc *discovery) walkError(a, root, p string, d fs.DirEntry, err error) error {
	rel, _ := filepath.Rel(root, p)
	if errors.Is(err, fs.ErrNotExist) && p != root {
		// Gone since its directory was listed (a live tree).
		dc.ign = append(dc.ign, Ignored{File: filepath.Join(a, rel), Reason: "removed during discovery"})
		return nil
	}
	// An unreadable directory (permissions, a dead mount, a
	// name too long) hides inputs: a failure, not a choice;
	// the rest is walked.
	dc.add(Input{Path: filepath.Join(a, rel), Root: a, Rel: filepath.ToSlash(rel), Err: err, Unread: true})
	if d != nil && d.IsDir() && p != root {
		return fs.SkipDir
	}
	return nil
}

// walkedFile adds the file p found under root (argument a) at rel when the
// filter takes it, or notes why it is ignored.
func (dc *discovery) walkedFile(a, root, p, rel string, d fs.DirEntry) {
	if matchAny(dc.f.Exclude, rel) {
		return
	}
	if d.Type()&fs.ModeSymlink != 0 {
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			dc.ign = append(dc.ign, Ignored{File: filepath.Join(a, filepath.FromSlash(rel)), Reason: "symlinked directory not followed"})
			return
		}
	}
	if len(dc.f.Include) > 0 {
		if !matchAny(dc.f.Include, rel) {
			return
		}
	} else if Format(p) == "" {
		return // not a page: READMEs, checksums, desktop files
	}
	in := Input{Path: filepath.Join(a, filepath.FromSlash(rel)), Root: a, Rel: rel}
	info := d.Info
	if d.Type()&fs.ModeSymlink != 0 {
		target, err := filepath.EvalSymlinks(p)
		if err != nil {
			in.Err = fmt.Errorf("broken symlink: %v", err)
			dc.add(in)
			return
		}
		if !within(root, target) {
			dc.ign = append(dc.ign, Ignored{File: in.Path, Reason: "symlink points outside the input root"})
			return
		}
		info = func() (fs.FileInfo, error) { return os.Stat(target) }
	}
	if st, err := info(); err != nil {
		in.Err = err
	} else {
		in.Size, in.MTime, in.Err = st.Size(), st.ModTime(), notRegular(st)
	}
	dc.add(in)
}

// keepInputs returns ins sorted by relative path, those of other shards
// left out. Two roots may hold the same relative path: both would write
// the same output, so every one after the first is refused.
func keepInputs(ins []Input, f Filter) []Input {
	sort.SliceStable(ins, func(i, j int) bool {
		if ins[i].Rel != ins[j].Rel {
			return ins[i].Rel < ins[j].Rel
		}
		return ins[i].Path < ins[j].Path
	})
	var kept []Input
	for i, in := range ins {
		if i > 0 && in.Rel == ins[i-1].Rel {
			in.Err = fmt.Errorf("output path %s.* is already taken by %s", in.Rel, ins[i-1].Path)
			in.Rel = in.Rel + "#" + in.Path // keep the state key unique
		}
		if f.Shards > 1 && !in.Unread && ShardOf(in.Rel, f.Shards) != f.Shard {
			continue
		}
		kept = append(kept, in)
	}
	return kept
}

// ShardOf returns the shard (0..n-1) that owns the relative path rel.
func ShardOf(rel string, n int) int {
	h := fnv.New64a()
	h.Write([]byte(rel))
	return int(h.Sum64() % uint64(n))
}

// within reports whether the resolved path p lies inside the resolved root.
func within(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// notRegular says what st is when it is not a regular file, the only kind
// newsprint reads; nil for a regular file.
func notRegular(st fs.FileInfo) error {
	m := st.Mode()
	kind := "special file"
	switch {
	case m.IsRegular():
		return nil
	case m&fs.ModeNamedPipe != 0:
		kind = "named pipe"
	case m&fs.ModeSocket != 0:
		kind = "socket"
	case m&fs.ModeDevice != 0:
		kind = "device"
	case m.IsDir():
		kind = "directory"
	}
	return fmt.Errorf("not a regular file (%s)", kind)
}

func matchAny(globs []string, rel string) bool {
	for _, g := range globs {
		if Match(g, rel) {
			return true
		}
	}
	return false
}

// Match reports whether the slash-separated relative path rel matches glob.
// A glob without a slash matches the base name ("*.pdf"); otherwise it
// matches the whole path, with "**" standing for any number of directories
// ("2019/**/*.tif").
func Match(glob, rel string) bool {
	if !strings.Contains(glob, "/") {
		ok, _ := path.Match(glob, path.Base(rel))
		return ok
	}
	return matchSegs(strings.Split(glob, "/"), strings.Split(rel, "/"))
}

func matchSegs(g, p []string) bool {
	for len(g) > 0 {
		if g[0] == "**" {
			// Collapse runs of ** so the search stays linear in len(p).
			for len(g) > 1 && g[1] == "**" {
				g = g[1:]
			}
			for i := 0; i <= len(p); i++ {
				if matchSegs(g[1:], p[i:]) {
					return true
				}
			}
			return false
		}
		if len(p) == 0 {
			return false
		}
		if ok, _ := path.Match(g[0], p[0]); !ok {
			return false
		}
		g, p = g[1:], p[1:]
	}
	return len(p) == 0
}
