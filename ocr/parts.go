package ocr

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// A page's main reading (Tesseract's layout analysis and recognition of the
// whole page) is most of its time. It is done in parts, so that a core left
// idle at the end of a run can share the last page: Tesseract finds the
// page's layout, and its blocks are recognised a run of them at a time
// (walk.cpp). Every line is read whole, in the layout of the whole page;
// what Tesseract reads of a block does not depend on which blocks are read
// with it, so the parts together read as the page read at once, whoever
// reads them. The parts are cut from the layout alone (partsOf). A helper
// finds the layout again on its own instance (it cannot be copied) and
// reads the parts from the back while the engine reads them from the front.

// Limits of the parts: at most maxParts, each of minPartWeight at least (a
// weight is a line's width over its height, about its characters: a line of
// body text weighs about 20, a dev page 3,000 to 10,000). The engine and a
// helper finish their last parts apart by up to a part's time, so parts
// are small; each costs little (dev zh-03.jpg in 16 parts took the CPU time
// of the page read at once, within the noise of a shared machine).
const (
	maxParts      = 16
	minPartWeight = 250
)

// partsOf returns the parts a page whose layout has blocks is read in: runs
// of blocks in Tesseract's order, [a, b), of about equal weight, each of
// least at least; the whole layout in one part when it has too little.
func partsOf(blocks []block, least float64) [][2]int {
	if len(blocks) == 0 {
		return nil
	}
	total := 0.0
	for _, b := range blocks {
		total += b.weight
	}
	k := min(maxParts, int(total/least))
	var parts [][2]int
	a, sum := 0, 0.0
	for i, b := range blocks {
		sum += b.weight
		if len(parts) < k-1 && i+1 < len(blocks) && sum >= total*float64(len(parts)+1)/float64(k) {
			parts = append(parts, [2]int{a, i + 1})
			a = i + 1
		}
	}
	return append(parts, [2]int{a, len(blocks)})
}

// pageParts is a page's reading in parts, shared by its engine and helpers.
type pageParts struct {
	ready   chan struct{} // closed once blocks and parts are set, or the engine failed
	blocks  []block       // the engine's layout
	parts   [][2]int
	helping atomic.Int64 // helpers running

	mu          sync.Mutex
	front, back int // the parts [front, back) are still to read
	reads       []*hPage
	errs        []error
	helped      sync.WaitGroup // parts helpers took and have not read yet
}

// take returns the next part to read, from the back for a helper.
func (s *pageParts) take(helper bool) (int, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.front >= s.back {
		return 0, false
	}
	if helper {
		s.back--
		s.helped.Add(1)
		return s.back, true
	}
	s.front++
	return s.front - 1, true
}

// left returns how many parts are still to read.
func (s *pageParts) left() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.back - s.front
}

// done records the reading of part i; on an error, no part is started.
func (s *pageParts) done(i int, hp *hPage, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reads[i], s.errs[i] = hp, err
	if err != nil {
		s.back = s.front
	}
}

// read reads part i with t, rd's instance, and records what it read.
func (s *pageParts) read(ctx context.Context, rd *reader, t *tess, i int) error {
	p := s.parts[i]
	hp, err := run(ctx, rd, t, func(t *tess, stop stopFlag) (*hPage, error) {
		return t.readBlocks(p[0], p[1], stop)
	})
	s.done(i, hp, err)
	return err
}

// readParts reads r, a page, in parts (see above) with e's own instance
// and, while Helpers lend cores, helpers'. It returns what a reading of
// the whole page returns.
func (e *Engine) readParts(ctx context.Context, r *raster, lang string, dpi float64) (*hPage, error) {
	rd := &e.own
	if !cuttable(Version()) {
		return rd.recognize(ctx, r, lang, e.opts.PSM, dpi)
	}
	t, err := rd.imaged(ctx, r, lang, e.opts.PSM, dpi)
	if err != nil {
		return nil, err
	}
	s := &pageParts{ready: make(chan struct{})}
	help := func() {
		h := e.opts.Helpers
		if h == nil || !h.spare.TryAcquire() {
			return
		}
		// The helper's own copy: the caller frees r when the engine is
		// done, while a helper may still be starting.
		c, err := r.copied()
		if err != nil {
			h.spare.Release()
			return // the engine reads the parts
		}
		s.helping.Add(1)
		go s.help(ctx, h, c, lang, e.opts.PSM, dpi)
	}
	// A helper started now finds its layout while the engine finds its own.
	help()
	blocks, err := run(ctx, rd, t, layout)
	if err == nil {
		s.blocks, s.parts = blocks, partsOf(blocks, e.least())
		s.back = len(s.parts)
		s.reads, s.errs = make([]*hPage, len(s.parts)), make([]error, len(s.parts))
	}
	close(s.ready)
	switch {
	case err != nil:
		if rd.t != nil {
			rd.t.clear()
		}
		return nil, err
	case len(s.parts) == 0:
		// No blocks, or a layout that cannot be read in parts.
		return run(ctx, rd, t, (*tess).read)
	}
	for {
		if s.left() > 1+int(s.helping.Load()) {
			help()
		}
		i, ok := s.take(false)
		if !ok {
			break
		}
		if err := s.read(ctx, rd, t, i); err != nil {
			break
		}
	}
	s.helped.Wait()
	if rd.t != nil { // not abandoned
		rd.t.clear()
	}
	// A part is left unread only after another failed.
	for _, err := range s.errs {
		if err != nil {
			return nil, err
		}
	}
	hp := &hPage{width: float64(t.width)}
	for _, p := range s.reads {
		hp.lines = append(hp.lines, p.lines...)
		hp.photos = append(hp.photos, p.photos...)
		hp.separators = append(hp.separators, p.separators...)
	}
	return hp, nil
}

// cuttable reports whether a page can be read in parts with libtesseract
// version v: walk.cpp cuts the block list by its memory layout, which is
// the same in releases 4 and 5. Another release's list might not
// be one walk.cpp can tell from a list it does not understand, and a
// wrong walk would crash the run rather than fail a page; such a release
// reads pages whole, as before parts.
func cuttable(v string) bool {
	major, _, _ := strings.Cut(v, ".")
	return major == "4" || major == "5"
}

// layout finds the layout of t's image (tess.layout), which cannot be
// told to stop.
func layout(t *tess, _ stopFlag) ([]block, error) { return t.layout() }

// least is the least weight of a part.
func (e *Engine) least() float64 {
	if e.partWeight > 0 {
		return e.partWeight
	}
	return minPartWeight
}

// help reads parts of s from the back with a helper's instance, on a core
// spare lent it (given back when it returns); it frees r, its copy of the
// page. A helper whose layout differs from the engine's reads nothing.
func (s *pageParts) help(ctx context.Context, h *Helpers, r *raster, lang string, psm int, dpi float64) {
	defer h.spare.Release()
	defer s.helping.Add(-1)
	t, err := h.take(lang)
	if err == nil {
		err = t.setImage(r, psm, int(dpi+0.5))
		if err != nil {
			t.clear()
			h.put(t)
		}
	}
	r.free()
	if err != nil {
		return // the engine reads the parts
	}
	rd := &reader{t: t}
	part := -1 // taken and not read
	defer func() {
		// A panic fails the part it was reading, not the run.
		if p := recover(); p != nil && part >= 0 {
			s.done(part, nil, fmt.Errorf("reading blocks: %v", p))
			s.helped.Done()
		}
		if rd.t != nil { // not abandoned
			rd.t.clear()
			h.put(rd.t)
		}
	}()
	blocks, err := run(ctx, rd, t, layout)
	<-s.ready
	if err != nil || !slices.Equal(blocks, s.blocks) {
		return
	}
	for {
		i, ok := s.take(true)
		if !ok {
			return
		}
		part = i
		err := s.read(ctx, rd, t, i)
		part = -1
		s.helped.Done()
		if err != nil {
			return
		}
	}
}
