package ocr

import (
	"sync"
	"sync/atomic"
)

// The parts of a page read apart from its layout (the lines read again,
// the three readings of a bitonal scan) do not depend on one another.
// When cores are idle (a run's last pages, while other workers have
// nothing left to do) they are read at once, each on a Tesseract instance
// of its own. The outputs are the same as when read one after another:
// what an instance reads does not depend on what it read before.

// Spare lends an engine the cores no page is using. The pipeline's
// implementation holds one token per --jobs: each page being worked on
// holds one, so helpers never run more threads than --jobs.
type Spare interface {
	// TryAcquire takes a free core if there is one, without waiting.
	TryAcquire() bool
	// Release gives back a core TryAcquire took.
	Release()
}

// Helpers are the Tesseract instances that read parts of pages on spare
// cores. Instances are started when first needed and kept, idle, for the
// next helper. One Helpers serves all the engines of a run; close it
// after them.
type Helpers struct {
	spare  Spare
	mu     sync.Mutex
	idle   map[string][]*tess // by language string
	closed bool
}

// NewHelpers returns helpers that run on the cores spare lends.
func NewHelpers(spare Spare) *Helpers {
	return &Helpers{spare: spare, idle: map[string][]*tess{}}
}

// take returns an idle instance for lang, or a new one.
func (h *Helpers) take(lang string) (*tess, error) {
	h.mu.Lock()
	if ts := h.idle[lang]; len(ts) > 0 {
		t := ts[len(ts)-1]
		h.idle[lang] = ts[:len(ts)-1]
		h.mu.Unlock()
		return t, nil
	}
	h.mu.Unlock()
	return newTess(lang)
}

// put keeps t for the next helper; nil (an abandoned instance) is ignored.
func (h *Helpers) put(t *tess) {
	if t == nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		t.close()
		return
	}
	h.idle[t.lang] = append(h.idle[t.lang], t)
}

// Close releases the idle instances; instances in use are released when
// their helpers finish.
func (h *Helpers) Close() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, ts := range h.idle {
		for _, t := range ts {
			t.close()
		}
	}
	h.idle, h.closed = nil, true
	return nil
}

// each runs task(rd, i) for every i below n, rd being the reader to read
// with: on this goroutine with the engine's own, and, while more tasks are
// left than readers and Spare lends a core, on helper goroutines with
// instances of the Helpers. Tasks must be independent of one another and
// keep their results apart (by i). It returns the error of the first task
// (by index) that failed; after a failure no task is started.
func (e *Engine) each(lang string, n int, task func(rd *reader, i int) error) error {
	h := e.opts.Helpers
	if h == nil || n < 2 {
		for i := range n {
			if err := task(&e.own, i); err != nil {
				return err
			}
		}
		return nil
	}
	var (
		next    atomic.Int64 // the next task to start
		helpers atomic.Int64 // helpers running
		failed  atomic.Bool
		wg      sync.WaitGroup
		mu      sync.Mutex
		panicky any // a helper's panic, raised again here
	)
	errs := make([]error, n)
	run := func(rd *reader) {
		for !failed.Load() {
			i := int(next.Add(1) - 1)
			if i >= n {
				return
			}
			if errs[i] = task(rd, i); errs[i] != nil {
				failed.Store(true)
			}
		}
	}
	helper := func() {
		defer wg.Done()
		defer h.spare.Release()
		defer helpers.Add(-1)
		defer func() {
			if p := recover(); p != nil {
				failed.Store(true)
				mu.Lock()
				panicky = p
				mu.Unlock()
			}
		}()
		// Started before it takes a task: a page never waits for an
		// instance to start. One that cannot start takes none; the
		// engine's own reader reports the error.
		t, err := h.take(lang)
		if err != nil {
			return
		}
		rd := reader{t: t}
		run(&rd)
		h.put(rd.t)
	}
	for !failed.Load() {
		for n-int(next.Load()) > 1+int(helpers.Load()) && h.spare.TryAcquire() {
			helpers.Add(1)
			wg.Add(1)
			go helper()
		}
		i := int(next.Add(1) - 1)
		if i >= n {
			break
		}
		if errs[i] = task(&e.own, i); errs[i] != nil {
			failed.Store(true)
		}
	}
	wg.Wait()
	if panicky != nil {
		panic(panicky)
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// reader is the Tesseract instance one goroutine reads with: an engine's
// own or a helper's.
type reader struct {
	t *tess
}
