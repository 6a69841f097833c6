package ocr

import (
	"reflect"
	"strings"
	"testing"
)

// The walk of Tesseract's results (walk.cpp) gives the lines, words,
// photos and separators of its hOCR for the same recognition: Chinese and
// English text, columns, a page with a photo and rules, and large type.
func TestWalkMatchesHOCR(t *testing.T) {
	for _, c := range []struct{ file, format, lang string }{
		{"zh.png", "png", "chi_sim"},
		{"columns.png", "png", "chi_sim"},
		{"head.png", "png", "chi_sim"},
		{"en.jpg", "jpeg", "eng"},
	} {
		t.Run(c.file, func(t *testing.T) {
			r, err := rasterOf(load(t, c.file, c.format).Pages[0].Scan)
			if err != nil {
				t.Fatal(err)
			}
			defer r.free()
			ts, err := newTess(c.lang)
			if err != nil {
				t.Fatal(err)
			}
			defer ts.close()
			stop := newStop()
			defer freeStop(stop)
			read := func(f func() error) {
				if err := ts.setImage(r, psmAuto, 300); err != nil {
					t.Fatal(err)
				}
				if err := f(); err != nil {
					t.Fatal(err)
				}
			}
			var walked, want *hPage
			read(func() (err error) { walked, err = ts.read(stop); return })
			read(func() error {
				h, err := ts.hocr(stop)
				if err == nil {
					want, err = parseHOCR(strings.NewReader(h))
				}
				return err
			})
			if len(want.lines) == 0 {
				t.Fatal("no lines read")
			}
			if !reflect.DeepEqual(walked, want) {
				t.Errorf("walk:\n%+v\nhOCR:\n%+v", walked, want)
			}
		})
	}
}

func TestParseWalkErrors(t *testing.T) {
	for _, s := range []string{
		"x 1 2 3 4\n",
		"l 1 2 3\n",
		"w 1 2 3 4 90 0 0\nword\n", // a word before any line
		"l 1 2 3 4\nw 1 2 3 4 ninety 0 0\nword\n",
	} {
		if _, err := parseWalk(s); err == nil {
			t.Errorf("%q: no error", s)
		}
	}
}

// A word's control characters are dropped; a word of nothing else goes.
func TestParseWalkDropsControls(t *testing.T) {
	hp, err := parseWalk("l 1 2 30 4\nw 1 2 3 4 90 0 0\nab\x1b\u0085c\x7f\nw 5 2 9 4 90 0 0\n\x08\u009b\nw 10 2 30 4 90 0 0\nde\n")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range hp.lines[0].words {
		got = append(got, w.text)
	}
	if strings.Join(got, "|") != "abc|de" {
		t.Errorf("words %q, want abc, de", got)
	}
}

// A C++ exception in Tesseract's recognition or the walk of its results
// (walk.cpp catches both alike) is an error naming it, not an abort of the
// run: std::bad_alloc, any std::exception, anything else.
func TestWalkExceptions(t *testing.T) {
	for kind, want := range map[int]string{
		1: "tesseract: out of memory",
		2: "tesseract: walk broke",
		3: "tesseract: unknown C++ exception",
	} {
		if s, err := walkThrowing(kind); err == nil || err.Error() != want || s != "" {
			t.Errorf("kind %d: %q, %v; want no records and %q", kind, s, err, want)
		}
	}
}

// A language Tesseract has no model for is an error naming it, from
// np_tess_new (walk.cpp), which frees the half-started instance.
func TestNewTessUnknownLanguage(t *testing.T) {
	ts, err := newTess("xx_nolang")
	if err == nil || ts != nil || !strings.Contains(err.Error(), `"xx_nolang"`) {
		t.Fatalf("newTess(xx_nolang) = %v, %v; want an error naming the language", ts, err)
	}
}
