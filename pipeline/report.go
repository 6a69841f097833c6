package pipeline

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// Report is the summary of a batch run, written as OUT/run-report.json.
type Report struct {
	Tool        string    `json:"tool"`
	Version     string    `json:"version"`
	Started     time.Time `json:"started"`
	Finished    time.Time `json:"finished"`
	Seconds     float64   `json:"seconds"`
	Out         string    `json:"out"`
	Shard       string    `json:"shard,omitempty"`
	Formats     []string  `json:"formats"`
	Options     Options   `json:"options"`
	Inputs      int       `json:"inputs"`
	Processed   int       `json:"processed"`
	Skipped     int       `json:"skipped"`
	Failed      int       `json:"failed"`
	FailedAgain int       `json:"failed_earlier"` // unchanged inputs that failed in an earlier run, not retried
	Interrupted int       `json:"interrupted"`    // files abandoned by a signal; the next run does them
	Pages       int       `json:"pages"`
	PagesPerSec float64   `json:"pages_per_second"`
	Articles    int       `json:"articles"` // lines of articles.jsonl
	Failures    []Failure `json:"failures"`
	Ignored     []Ignored `json:"ignored,omitempty"`
	Stopped     bool      `json:"stopped,omitempty"` // a signal or Error stopped the run early
	// Error says what stopped the run, or left it unfinished, that is no
	// input's fault: a full or read-only disk, the state removed; a re-run
	// finishes the work.
	Error string `json:"error,omitempty"`
}

// Failure is one input that could not be processed.
type Failure struct {
	File    string `json:"file"`
	Page    int    `json:"page,omitempty"`
	Error   string `json:"error"`
	Earlier bool   `json:"earlier,omitempty"` // recorded by an earlier run, input unchanged
}

// OK reports whether every input of the run has been processed.
func (r *Report) OK() bool { return len(r.Failures) == 0 && !r.Incomplete() }

// Incomplete reports whether the run left work that a re-run would do:
// it was stopped (by a signal or Error) or abandoned files.
func (r *Report) Incomplete() bool { return r.Stopped || r.Interrupted > 0 || r.Error != "" }

// Summary writes the human-readable end-of-run summary.
func (r *Report) Summary(w io.Writer) {
	fmt.Fprintf(w, "newsprint: %d inputs: %d processed, %d skipped (unchanged), %d failed",
		r.Inputs, r.Processed, r.Skipped, r.Failed)
	if r.FailedAgain > 0 {
		fmt.Fprintf(w, ", %d failed in an earlier run (unchanged, not retried)", r.FailedAgain)
	}
	if r.Interrupted > 0 || r.Stopped {
		fmt.Fprintf(w, ", %d interrupted", r.Interrupted)
	}
	fmt.Fprintf(w, "; %d pages in %.1fs (%.2f pages/s); %d articles\n", r.Pages, r.Seconds, r.PagesPerSec, r.Articles)
	for _, f := range r.Failures {
		where := f.File
		if f.Page > 0 {
			where = fmt.Sprintf("%s page %d", f.File, f.Page)
		}
		note := ""
		if f.Earlier {
			note = " (earlier run)"
		}
		fmt.Fprintf(w, "  FAILED %s%s: %s\n", where, note, f.Error)
	}
	for _, g := range r.Ignored {
		fmt.Fprintf(w, "  ignored %s: %s\n", g.File, g.Reason)
	}
	switch {
	case r.Error != "":
		fmt.Fprintf(w, "  run incomplete: %s; the next run finishes the rest\n", r.Error)
	case r.Stopped:
		fmt.Fprintln(w, "  stopped by a signal: the next run finishes the rest")
	}
}

// Progress receives the progress of a run, from one goroutine.
type Progress interface {
	Start(files int)
	FileDone(pages int)
	Finish()
}

// Bar is a terminal progress bar: files done of total, pages, pages/s and ETA.
type Bar struct {
	w     io.Writer
	mu    sync.Mutex
	bar   *progressbar.ProgressBar
	pages int
	start time.Time
}

// NewBar returns a progress bar drawing on w.
func NewBar(w io.Writer) *Bar { return &Bar{w: w} }

func (b *Bar) Start(files int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.start = time.Now()
	b.bar = progressbar.NewOptions(files,
		progressbar.OptionSetWriter(b.w),
		progressbar.OptionSetDescription("0 pages"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("files"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionSetWidth(25),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetRenderBlankState(true),
		progressbar.OptionOnCompletion(func() { fmt.Fprintln(b.w) }),
	)
}

func (b *Bar) FileDone(pages int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.bar == nil {
		return
	}
	b.pages += pages
	rate := 0.0
	if s := time.Since(b.start).Seconds(); s > 0 {
		rate = float64(b.pages) / s
	}
	b.bar.Describe(fmt.Sprintf("%d pages, %.1f pages/s", b.pages, rate))
	b.bar.Add(1)
}

func (b *Bar) Finish() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.bar == nil || b.bar.IsFinished() {
		return
	}
	if b.bar.State().CurrentNum < b.bar.GetMax64() {
		// Stopped early: leave the bar where it is rather than show 100%.
		b.bar.Exit()
		fmt.Fprintln(b.w)
		return
	}
	b.bar.Finish()
}

// Write lets log lines go to the same terminal: it clears the bar, writes
// the line, and lets the next update redraw the bar.
func (b *Bar) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.bar != nil && !b.bar.IsFinished() {
		b.bar.Clear()
	}
	return b.w.Write(p)
}
