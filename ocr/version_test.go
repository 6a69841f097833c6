package ocr

import (
	"regexp"
	"testing"
)

func TestVersion(t *testing.T) {
	if v := Version(); !regexp.MustCompile(`^[0-9]+\.[0-9]+`).MatchString(v) {
		t.Errorf("Version() = %q, want a dotted release number", v)
	}
}
