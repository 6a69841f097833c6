package cues

import (
	"reflect"
	"strings"
	"testing"
)

// A word joined already is asked about again with the next piece.
func TestJoinPieces(t *testing.T) {
	whole := map[string]bool{"between": true, "makers": true}
	join := func(prev, next string) bool {
		for w := range whole {
			if strings.HasPrefix(w, prev+next) {
				return true
			}
		}
		return false
	}
	got := JoinPieces(strings.Fields("be tw een the mak ers"), join)
	if want := []string{"between", "the", "makers"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := JoinPieces(nil, join); len(got) != 0 {
		t.Errorf("nil gave %q", got)
	}
}
