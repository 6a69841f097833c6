package ocr

import (
	"context"
	"slices"
	"sync"
	"sync/atomic"

	"newsprint/page"
)

// The pages of a document, and the parts of a page read apart from its
// layout (the lines read again, the three readings of a bitonal scan, the
// runs of blocks a page's reading is cut in: parts.go), do not depend on
// one another. When cores are idle (a run's last files,
// while other workers have nothing left to do) they are read at once, each
// on a Tesseract instance of its own. The outputs are the same as when
// read one after another: what an instance reads does not depend on what
// it read before.

// Spare lends an engine the cores no page is using. The pipeline's has
// one token per --jobs; each worker holds one until it has no file left,
// so that helpers never make more threads busy than --jobs.
type Spare interface {
	// TryAcquire takes a free core if there is one, without waiting.
	TryAcquire() bool
	// Release gives back a core TryAcquire took.
	Release()
}

// Helpers are the Tesseract instances (and engines, for whole pages) that
// read on spare cores. They are started when first needed and kept, idle,
// for the next helper. One Helpers serves all the engines of a run; close it
// after them.
type Helpers struct {
	spare Spare
	// keep is how many idle instances, and how many idle engines, are
	// kept at most: the spare cores, as no more helpers run at once. A
	// run that reads pages in several languages would otherwise keep that
	// many instances of each language until it ends.
	keep    int
	mu      sync.Mutex
	idle    []*tess   // the least recently given back first
	engines []*Engine // idle, for whole pages; the same order
	closed  bool
}

// NewHelpers returns helpers that run on the cores spare lends, of which
// there are cores at most.
func NewHelpers(spare Spare, cores int) *Helpers {
	return &Helpers{spare: spare, keep: cores}
}

// take returns the idle instance for lang given back last, or a new one.
func (h *Helpers) take(lang string) (*tess, error) {
	h.mu.Lock()
	for i := len(h.idle) - 1; i >= 0; i-- {
		if t := h.idle[i]; t.lang == lang {
			h.idle = slices.Delete(h.idle, i, i+1)
			h.mu.Unlock()
			return t, nil
		}
	}
	h.mu.Unlock()
	return newTess(lang)
}

// put keeps t for the next helper, closing the instance given back
// longest ago when more than keep are idle; nil (an abandoned instance) is
// ignored.
func (h *Helpers) put(t *tess) {
	if t == nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.idle = keepIdle(h, h.idle, t, (*tess).close)
}

// engine returns an idle engine with opts, or a new one.
func (h *Helpers) engine(opts Options) *Engine {
	h.mu.Lock()
	defer h.mu.Unlock()
	for i, e := range h.engines {
		if e.opts == opts {
			h.engines = slices.Delete(h.engines, i, i+1)
			return e
		}
	}
	return &Engine{opts: opts}
}

// putEngine keeps e for the next page a helper reads, closing the engine
// given back longest ago when more than keep are idle.
func (h *Helpers) putEngine(e *Engine) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.engines = keepIdle(h, h.engines, e, func(e *Engine) { e.Close() })
}

// keepIdle returns idle with x given back last, closing the one given back
// longest ago when more than h.keep are idle, or x at once when h is
// closed. h.mu is held.
func keepIdle[T any](h *Helpers, idle []T, x T, close func(T)) []T {
	if h.closed {
		close(x)
		return idle
	}
	idle = append(idle, x)
	if len(idle) > h.keep {
		close(idle[0])
		idle = slices.Delete(idle, 0, 1)
	}
	return idle
}

// Close releases the idle instances and engines; those in use are
// released when their helpers finish.
func (h *Helpers) Close() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, t := range h.idle {
		t.close()
	}
	for _, e := range h.engines {
		e.Close()
	}
	h.idle, h.engines, h.closed = nil, nil, true
	return nil
}

// each runs task(rd, i) for every i below n, rd being the reader to read
// with: the engine's own, and helpers' instances while Spare lends cores
// (share). Tasks must be independent of one another and keep their
// results apart (by i). It returns the error of the first task (by index)
// that failed; after a failure no task is started.
func (e *Engine) each(lang string, n int, task func(rd *reader, i int) error) error {
	h := e.opts.Helpers
	if h == nil {
		return share(nil, n, &e.own, nil, nil, task)
	}
	start := func() (*reader, bool) {
		t, err := h.take(lang)
		return &reader{t: t}, err == nil
	}
	end := func(rd *reader) { h.put(rd.t) }
	return share(h.spare, n, &e.own, start, end, task)
}

// Pages reads pages as Page does: in order with e, and, while Spare lends
// cores, some at once with helper engines (share). done, if not nil, is
// called with each page read. It returns the error of the first page (in
// order) that failed; after a failure no page is started.
func (e *Engine) Pages(ctx context.Context, pages []*page.Page, done func(*page.Page)) error {
	task := func(x *Engine, i int) error {
		if err := x.Page(ctx, pages[i]); err != nil {
			return err
		}
		if done != nil {
			done(pages[i])
		}
		return nil
	}
	h := e.opts.Helpers
	if h == nil {
		return share(nil, len(pages), e, nil, nil, task)
	}
	start := func() (*Engine, bool) { return h.engine(e.opts), true }
	return share(h.spare, len(pages), e, start, h.putEngine, task)
}

// share runs task(w, i) for every i below n, w being the worker that runs
// it: own, on this goroutine, and, while more tasks are left than workers
// and spare lends a core, helpers made by start (false: none could be
// made) and given back with end, each on a goroutine of its own. A helper
// is made before it takes a task, so that no task waits for one to start.
// A helper's panic is raised again on this goroutine, and a panic of own's
// only after the helpers stop. With spare nil, own runs every task in
// order.
func share[W any](spare Spare, n int, own W, start func() (W, bool), end func(W), task func(w W, i int) error) error {
	if spare == nil || n < 2 {
		for i := range n {
			if err := task(own, i); err != nil {
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
		panicky any
	)
	errs := make([]error, n)
	run := func(w W) {
		for !failed.Load() {
			i := int(next.Add(1) - 1)
			if i >= n {
				return
			}
			if errs[i] = task(w, i); errs[i] != nil {
				failed.Store(true)
			}
		}
	}
	// A panic stops the tasks; it is raised again once no helper runs,
	// for they may be reading what the caller frees as it unwinds.
	catch := func() {
		if p := recover(); p != nil {
			failed.Store(true)
			mu.Lock()
			panicky = p
			mu.Unlock()
		}
	}
	helper := func() {
		defer wg.Done()
		defer spare.Release()
		defer helpers.Add(-1)
		defer catch()
		w, ok := start()
		if !ok {
			return // own reports the error when it meets it
		}
		// Given back after a panic too: the pipeline makes it one file's
		// failure and goes on, and a worker not given back is never freed.
		defer end(w)
		run(w)
	}
	func() {
		defer catch()
		for !failed.Load() {
			for n-int(next.Load()) > 1+int(helpers.Load()) && spare.TryAcquire() {
				helpers.Add(1)
				wg.Add(1)
				go helper()
			}
			i := int(next.Add(1) - 1)
			if i >= n {
				break
			}
			if errs[i] = task(own, i); errs[i] != nil {
				failed.Store(true)
			}
		}
	}()
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
