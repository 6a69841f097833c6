//go:build unix

package ocr

import (
	"os"
	"syscall"
)

// EnsureThreadLimit makes sure OMP_THREAD_LIMIT is set before Tesseract
// runs. libtesseract is built with OpenMP, and libgomp reads the variable
// once, when the library is loaded at process start: setting it from Go is
// too late. So when it is unset, the program re-executes itself with
// OMP_THREAD_LIMIT=1 (parallelism comes from newsprint's workers, one page
// each; OpenMP threads on top of them would oversubscribe the cores). Call
// it first thing in main. A value the user set is kept.
func EnsureThreadLimit() {
	if _, ok := os.LookupEnv("OMP_THREAD_LIMIT"); ok {
		return
	}
	exe, err := os.Executable()
	if err != nil {
		return // run on with OpenMP's default
	}
	env := append(os.Environ(), "OMP_THREAD_LIMIT=1")
	// Exec returns only on failure; then run on as we are.
	_ = syscall.Exec(exe, os.Args, env)
}
