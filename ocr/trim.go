package ocr

/*
#include <stddef.h>

// glibc's malloc keeps freed memory in its arenas (one per thread that
// allocated, and cgo calls hop between threads) instead of giving it back;
// after a page, most of what Tesseract used is such free memory. musl and
// other C libraries have no malloc_trim: the weak reference is then NULL.
extern int malloc_trim(size_t pad) __attribute__((weak));

static void np_trim(void) {
	if (malloc_trim) malloc_trim(0);
}
*/
import "C"

// releaseMemory returns the C heap's free memory to the system.
func releaseMemory() { C.np_trim() }
