//go:build !unix

package ocr

// EnsureThreadLimit does nothing on systems without exec(2).
func EnsureThreadLimit() {}
