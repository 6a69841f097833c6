package pipeline

import "testing"

// Workers and helpers share the --jobs cores: a helper gets one only while
// fewer are taken, and gets one again once it is given back.
func TestCores(t *testing.T) {
	c := newCores(2)
	c.acquire() // a worker's
	if !c.TryAcquire() {
		t.Fatal("one of two cores taken: a helper got none")
	}
	if c.TryAcquire() {
		t.Fatal("a third core lent with --jobs 2")
	}
	c.Release()
	if !c.TryAcquire() {
		t.Fatal("a core given back is not lent again")
	}
	c.Release()
	c.Release()
	if len(c) != 0 {
		t.Errorf("%d cores still taken", len(c))
	}
}
