package main

import (
	"io"
	"runtime"
	"testing"
	"time"
)

// goroutinesSettle returns the number of goroutines once they are down to
// want, or after a second.
func goroutinesSettle(want int) int {
	n := runtime.NumGoroutine()
	for end := time.Now().Add(time.Second); n > want && time.Now().Before(end); n = runtime.NumGoroutine() {
		time.Sleep(10 * time.Millisecond)
	}
	return n
}

func TestStopOnSignalEndsItsGoroutine(t *testing.T) {
	// The first Notify starts the runtime's signal loop for good.
	_, stop := stopOnSignal(io.Discard)
	stop()
	before := runtime.NumGoroutine()
	for range 5 {
		_, stop := stopOnSignal(io.Discard)
		stop()
	}
	if n := goroutinesSettle(before); n > before {
		t.Errorf("%d goroutines after five stopped runs, %d before", n, before)
	}
}
