package textdump

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// fuzzSeeds adds the package's test dumps, and each as UTF-16 and GB18030,
// and stories in Big5 and Windows-1252, to a fuzz corpus.
func fuzzSeeds(f *testing.F) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		f.Fatalf("no seed dumps in testdata: %v", err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		f.Add(append([]byte{0xEF, 0xBB, 0xBF}, bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))...))
		for _, e := range []xunicode.Endianness{xunicode.LittleEndian, xunicode.BigEndian} {
			if u16, err := xunicode.UTF16(e, xunicode.UseBOM).NewEncoder().Bytes(data); err == nil {
				f.Add(u16)
			}
		}
		if gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes(data); err == nil {
			f.Add(gb)
		}
	}
	// The other legacy encodings detection weighs (encoding_test.go's stories:
	// the dumps above lack characters of Big5 or Windows-1252).
	for _, e := range []struct {
		enc  encoding.Encoding
		text string
	}{{traditionalchinese.Big5, traditional}, {charmap.Windows1252, western}} {
		b, err := e.enc.NewEncoder().String(e.text)
		if err != nil {
			f.Fatal(err)
		}
		f.Add([]byte(b))
	}
	// Dumps in the web encodings the fuzzer forces too (fuzzEncodings).
	for _, e := range []struct {
		enc  encoding.Encoding
		text string
	}{
		{japanese.ShiftJIS, "東京の新聞、第三面。\n朝刊の記事です。\n"},
		{japanese.ISO2022JP, "夕刊の見出し\n記者が書いた。\n"},
		{korean.EUCKR, "서울 신문 제1면\n기자가 썼다.\n"},
		{charmap.Windows1251, "Новости дня\nВечерняя газета.\n"},
	} {
		b, err := e.enc.NewEncoder().String(e.text)
		if err != nil {
			f.Fatal(err)
		}
		f.Add([]byte(b))
	}
	f.Add([]byte("a\fb\f\f"))
	f.Add([]byte("x\ry\r\nz\n\n\r"))
	f.Add([]byte{0xFF, 0xFE, 'a', 0, 0, 0, 'b', 0}) // NUL inside UTF-16
	f.Add([]byte{0xFE, 0xFF, 0xD8, 0x00})           // unpaired surrogate
	f.Add([]byte{0xFF, 0xFE, 'a'})                  // odd length
	if b, err := utf32.UTF32(utf32.LittleEndian, utf32.UseBOM).NewEncoder().Bytes([]byte("中文")); err == nil {
		f.Add(b) // starts like UTF-16 LE
	}
}

// fuzzEncodings are the encodings FuzzRead forces: ours, and a few
// --encoding reads by their WHATWG labels (multi-byte, stateful with
// escape sequences, single-byte).
var fuzzEncodings = append(slices.Sorted(maps.Keys(forcedEncodings)), "shift_jis", "euc-kr", "windows-1251", "iso-2022-jp")

// FuzzRead decodes arbitrary bytes and builds pages from them (layout-mode
// and stream-order detection included): no panic, valid UTF-8 out, and
// every character of every line taken from the decoded text, none twice.
func FuzzRead(f *testing.F) {
	fuzzSeeds(f)
	for _, name := range fuzzEncodings {
		if _, err := EncodingName(name); err != nil {
			f.Fatal(err) // or the fuzzer would only see the refusal
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// Every forced encoding reads the bytes or says why not.
		for _, name := range fuzzEncodings {
			if doc, err := ReadWith(data, Options{Encoding: name}); err != nil && err.Error() == "" || err == nil && len(doc.Pages) == 0 {
				t.Fatalf("--encoding %s: error %q, no pages", name, err)
			}
		}
		text, derr := Decode(data)
		doc, err := Read(data)
		if (derr == nil) != (err == nil) {
			t.Fatalf("Decode error %v, Read error %v", derr, err)
		}
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		if !utf8.ValidString(text) {
			t.Fatal("Decode returned invalid UTF-8")
		}
		if bom := []byte{0xEF, 0xBB, 0xBF}; utf8.Valid(data) && text != string(bytes.TrimPrefix(data, bom)) {
			t.Fatal("Decode changed UTF-8 text")
		}
		if len(doc.Pages) == 0 {
			t.Fatal("no error and no pages")
		}
		avail := runeCounts(text)
		for i, p := range doc.Pages {
			if p.Number != i+1 {
				t.Fatalf("page %d numbered %d", i+1, p.Number)
			}
			for _, l := range p.Lines {
				if !utf8.ValidString(l.Text) {
					t.Fatalf("page %d: invalid UTF-8 line %q", p.Number, l.Text)
				}
				if strings.ContainsAny(l.Text, "\n\r\f") {
					t.Fatalf("page %d: line break inside line %q", p.Number, l.Text)
				}
				if strings.ContainsFunc(l.Text, func(r rune) bool { return r != '\t' && unicode.IsControl(r) }) {
					t.Fatalf("page %d: control character in line %q", p.Number, l.Text)
				}
				for r, n := range runeCounts(l.Text) {
					if avail[r] -= n; avail[r] < 0 {
						t.Fatalf("page %d: line %q has %q more often than the input", p.Number, l.Text, r)
					}
				}
			}
		}
	})
}

// runeCounts counts the characters of s other than white space.
func runeCounts(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range s {
		if !unicode.IsSpace(r) {
			m[r]++
		}
	}
	return m
}
