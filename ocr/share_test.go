package ocr

import (
	"context"
	"errors"
	"reflect"
	"sync"
	"testing"

	"newsprint/page"
)

// spare is a Spare of k cores that counts what it lends.
type spare struct {
	mu          sync.Mutex
	free, taken int
}

func (s *spare) TryAcquire() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.free == 0 {
		return false
	}
	s.free--
	s.taken++
	return true
}

func (s *spare) Release() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.free++
}

// Tasks run once each, on helpers while cores are spare, never more at
// once than the engine's core and the spare ones, and never two on one
// Tesseract instance at a time; the cores are given back.
func TestEachHelpers(t *testing.T) {
	sp := &spare{free: 2}
	h := NewHelpers(sp, sp.free)
	defer h.Close()
	e := New(Options{Lang: "eng", Helpers: h})
	defer e.Close()
	const n = 30
	var (
		mu       sync.Mutex
		runs     [n]int
		busy     = map[*tess]bool{}
		now, top int
		helped   = make(chan struct{})
		once     sync.Once
	)
	own := &e.own
	err := e.each("eng", n, func(rd *reader, i int) error {
		if rd.t == nil { // as recognize would
			var err error
			if rd.t, err = newTess("eng"); err != nil {
				return err
			}
		}
		mu.Lock()
		runs[i]++
		if busy[rd.t] {
			t.Errorf("task %d: instance already in use", i)
		}
		busy[rd.t] = true
		now++
		top = max(top, now)
		mu.Unlock()
		if rd != own {
			once.Do(func() { close(helped) })
		} else {
			// The engine's reader waits for a helper to take a task.
			<-helped
		}
		mu.Lock()
		busy[rd.t] = false
		now--
		mu.Unlock()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, k := range runs {
		if k != 1 {
			t.Errorf("task %d ran %d times", i, k)
		}
	}
	if top > 3 {
		t.Errorf("%d tasks at once with 2 spare cores", top)
	}
	if sp.taken == 0 || sp.free != 2 {
		t.Errorf("cores taken %d, free after %d; want some taken, 2 free", sp.taken, sp.free)
	}
	if len(h.idle) != sp.taken {
		t.Errorf("%d idle instances kept, want one per helper (%d)", len(h.idle), sp.taken)
	}
}

// Without spare cores, the engine's reader runs the tasks in order and
// stops at the first failure, which is returned.
func TestEachAlone(t *testing.T) {
	h := NewHelpers(&spare{}, 0)
	defer h.Close()
	e := New(Options{Lang: "eng", Helpers: h})
	var order []int
	bad := errors.New("bad line")
	err := e.each("eng", 6, func(rd *reader, i int) error {
		if rd != &e.own {
			t.Errorf("task %d on a helper without a spare core", i)
		}
		order = append(order, i)
		if i == 3 {
			return bad
		}
		return nil
	})
	if !errors.Is(err, bad) || !reflect.DeepEqual(order, []int{0, 1, 2, 3}) {
		t.Errorf("ran %v, error %v; want 0..3 and the error", order, err)
	}
}

// A helper's panic is raised on the page's goroutine, where the pipeline
// turns it into the file's failure; the helper's instance is kept for the
// next helper, not lost.
func TestEachHelperPanic(t *testing.T) {
	h := NewHelpers(&spare{free: 1}, 1)
	defer h.Close()
	e := New(Options{Lang: "eng", Helpers: h})
	defer e.Close()
	defer func() {
		if recover() == nil {
			t.Error("no panic")
		}
		if n := len(h.idle); n != 1 {
			t.Errorf("%d idle instances after the helper's panic, want 1", n)
		}
	}()
	helped := make(chan struct{})
	e.each("eng", 4, func(rd *reader, i int) error {
		if rd == &e.own {
			<-helped
			return nil
		}
		close(helped)
		panic("helper")
	})
}

// A panic of a task on the engine's reader is raised only once the
// helpers' tasks are over: they may use what the page frees on its way out.
func TestEachOwnPanicWaits(t *testing.T) {
	h := NewHelpers(&spare{free: 1}, 1)
	defer h.Close()
	e := New(Options{Lang: "eng", Helpers: h})
	defer e.Close()
	started, release := make(chan struct{}), make(chan struct{})
	var finished bool
	func() {
		defer func() {
			if recover() == nil {
				t.Error("no panic")
			}
		}()
		e.each("eng", 2, func(rd *reader, i int) error {
			if rd == &e.own {
				<-started
				close(release)
				panic("own")
			}
			close(started)
			<-release
			finished = true
			return nil
		})
	}()
	if !finished {
		t.Error("the panic was raised while a helper still ran")
	}
}

// Pages read with helpers give the same lines as pages read alone: a
// bitonal scan (its three readings and the re-read broken lines) and a
// page with a headline (large type read again).
func TestHelpersSameLines(t *testing.T) {
	for _, c := range []struct{ name, format string }{{"broken-g4.tif", "tiff"}, {"head.png", "png"}} {
		alone := readPage(t, "chi_sim", c.name, c.format)
		sp := &spare{free: 3}
		h := NewHelpers(sp, sp.free)
		// Started beforehand, so that helpers join at once.
		for range 3 {
			ts, err := newTess("chi_sim")
			if err != nil {
				t.Fatal(err)
			}
			h.put(ts)
		}
		e := New(Options{Lang: "chi_sim", Helpers: h})
		p := &load(t, c.name, c.format).Pages[0]
		ocrPage(t, e, p)
		e.Close()
		h.Close()
		if sp.taken == 0 {
			t.Errorf("%s: no helper", c.name)
		}
		if !reflect.DeepEqual(p.Lines, alone.Lines) {
			t.Errorf("%s: with helpers %q, alone %q", c.name, texts(p), texts(alone))
		}
	}
}

// The pages of a document read at once give the same lines as read one
// after another, and each is handed to done once.
func TestPagesWithHelpers(t *testing.T) {
	read := func(h *Helpers) ([][]page.Line, int) {
		e := New(Options{Lang: "chi_sim+eng", Helpers: h})
		defer e.Close()
		doc := load(t, "two-pages-g4.tif", "tiff")
		var pages []*page.Page
		for i := range doc.Pages {
			pages = append(pages, &doc.Pages[i])
		}
		var mu sync.Mutex
		done := 0
		if err := e.Pages(context.Background(), pages, func(*page.Page) {
			mu.Lock()
			done++
			mu.Unlock()
		}); err != nil {
			t.Fatal(err)
		}
		var lines [][]page.Line
		for _, p := range pages {
			lines = append(lines, p.Lines)
		}
		return lines, done
	}
	alone, n := read(nil)
	sp := &spare{free: 1}
	h := NewHelpers(sp, sp.free)
	defer h.Close()
	shared, m := read(h)
	if n != 2 || m != 2 {
		t.Errorf("done called %d and %d times, want 2", n, m)
	}
	if sp.taken == 0 || len(h.engines) == 0 {
		t.Errorf("no helper engine read a page (cores taken %d)", sp.taken)
	}
	if !reflect.DeepEqual(shared, alone) {
		t.Errorf("pages read at once differ from pages read in turn")
	}
}

// Of the instances and engines given back, no more are kept idle than
// there are spare cores: the surplus given back longest ago is closed,
// whatever its language, and a helper takes the instance of its language
// given back last.
func TestHelpersKeep(t *testing.T) {
	h := NewHelpers(&spare{free: 2}, 2)
	defer h.Close()
	var ts []*tess
	for _, lang := range []string{"eng", "eng", "eng+osd"} {
		// Each a real instance, that closing it shows; eng+osd stands for a
		// page read in another language.
		x, err := newTess("eng")
		if err != nil {
			t.Fatal(err)
		}
		x.lang = lang
		ts = append(ts, x)
		h.put(x)
	}
	if len(h.idle) != 2 || ts[0].api != nil || ts[1].api == nil || ts[2].api == nil {
		t.Fatalf("%d idle; want 2, the first given back closed", len(h.idle))
	}
	if x, err := h.take("eng"); err != nil || x != ts[1] {
		t.Errorf("take(eng) = %p, %v; want the second instance, %p", x, err, ts[1])
	}
	if len(h.idle) != 1 || h.idle[0] != ts[2] {
		t.Errorf("idle after take: %v, want the eng+osd instance", h.idle)
	}
	ts[1].close()

	es := []*Engine{New(Options{}), New(Options{}), New(Options{})}
	for _, e := range es {
		e.osd = &osd{} // a closed engine has none
		h.putEngine(e)
	}
	if len(h.engines) != 2 || es[0].osd != nil || es[1].osd == nil || es[2].osd == nil {
		t.Errorf("%d idle engines; want 2, the first given back closed", len(h.engines))
	}
}
