package pipeline

// cores are a run's --jobs tokens. A worker holds one while it has files
// to do; OCR helpers take the others (ocr.Spare), so that the run never
// keeps more threads busy than --jobs, and a core whose worker has no
// file left helps read the pages still running.
type cores chan struct{}

func newCores(n int) cores { return make(cores, n) }

// acquire takes a core, waiting for one.
func (c cores) acquire() { c <- struct{}{} }

// TryAcquire takes a core if one is free.
func (c cores) TryAcquire() bool {
	select {
	case c <- struct{}{}:
		return true
	default:
		return false
	}
}

// Release gives a core back.
func (c cores) Release() { <-c }
