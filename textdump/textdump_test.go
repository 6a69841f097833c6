package textdump

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

const sample = "本报讯 记者王明报道：\n昨日，市图书馆举行开馆仪式。\n"

func TestDecodeEncodings(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(sample)
	if err != nil {
		t.Fatal(err)
	}
	gb18030, err := simplifiedchinese.GB18030.NewEncoder().String(sample)
	if err != nil {
		t.Fatal(err)
	}
	u16le, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(sample)
	if err != nil {
		t.Fatal(err)
	}
	u16be, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(sample)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]byte{
		"utf-8":        []byte(sample),
		"utf-8 bom":    append([]byte{0xEF, 0xBB, 0xBF}, sample...),
		"utf-16le bom": []byte(u16le),
		"utf-16be bom": []byte(u16be),
		"gbk":          []byte(gbk),
		"gb18030":      []byte(gb18030),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := Decode(data)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if got != sample {
				t.Fatalf("Decode = %q, want %q", got, sample)
			}
		})
	}
}

func TestDecodeRejectsBadInput(t *testing.T) {
	binary := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
	cases := map[string]struct {
		data []byte
		want error
		says string // where the NUL is, for ErrBinary
	}{
		"empty":        {nil, nil, ""},
		"blank":        {[]byte(" \n\n\t"), nil, ""},
		"binary":       {binary, ErrBinary, "a NUL at byte 8"},
		"latin1 mix":   {[]byte("caf\xe9 \xe9t\xe9 \xff\xfe\xfd"), nil, ""},
		"utf-16 nul":   {[]byte("\xff\xfea\x00\x00\x00b\x00"), ErrBinary, "a NUL at byte 1 of the text decoded from UTF-16LE"},
		"utf-16be nul": {[]byte("\xfe\xff\x00a\x00\x00\x00b"), ErrBinary, "a NUL at byte 1 of the text decoded from UTF-16BE"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Decode(c.data)
			if err == nil {
				t.Fatal("Decode accepted bad input")
			}
			if c.want != nil && !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			if !strings.Contains(err.Error(), c.says) {
				t.Errorf("err = %v, want it to say %q", err, c.says)
			}
		})
	}
}

func TestReadSplitsPagesAndLines(t *testing.T) {
	doc, err := Read([]byte("Headline\r\nfirst line\r\n\r\nsecond\f第2版\n正文\f"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Pages) != 2 {
		t.Fatalf("got %d pages, want 2", len(doc.Pages))
	}
	p1 := doc.Pages[0]
	var texts []string
	for _, l := range p1.Lines {
		if l.Box != nil {
			t.Fatal("a text dump line has a box")
		}
		texts = append(texts, l.Text)
	}
	if got := strings.Join(texts, "|"); got != "Headline|first line||second" {
		t.Fatalf("page 1 lines = %q", got)
	}
	if p1.Language != "en" || doc.Pages[1].Language != "zh" {
		t.Fatalf("languages = %q, %q", p1.Language, doc.Pages[1].Language)
	}
	if doc.Pages[1].Number != 2 || doc.Pages[1].Method != "text" {
		t.Fatalf("page 2 = %+v", doc.Pages[1])
	}
}

func TestReadHugeLine(t *testing.T) {
	line := strings.Repeat("新闻", 1<<19) // 3 MB of text on one line
	doc, err := Read([]byte("标题\n" + line + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Pages[0].Lines[1].Text; len(got) != len(line) {
		t.Fatalf("long line has %d bytes, want %d", len(got), len(line))
	}
}

// A dump captured from a terminal: colours, a window title, a charset
// switch, a C1 CSI, and lone controls (DEL, backspace, NEL, an ESC before
// a Han character). They go; tab and the page break stay; the file's count
// is said once, on page 1. (Under one control byte in a hundred: more
// would be binary data.)
func TestReadDropsControls(t *testing.T) {
	data := "\x1b[1;31mHeadline\x1b[0m\r\n\x1b]0;title\x07By Ann\x7f Lee\n" +
		"Body\x08 text\x1b(B and \u009b2Jmore\u0085.\tTabbed\n" +
		"The council met on Tuesday and agreed the budget for the coming year, its leader said.\n" +
		"Rents rise again.\f" +
		"第2版\x1b[K\n正\x1b文\n"
	doc, err := Read([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Pages) != 2 {
		t.Fatalf("got %d pages, want 2", len(doc.Pages))
	}
	var got []string
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			got = append(got, l.Text)
		}
		got = append(got, "/")
	}
	if want := "Headline|By Ann Lee|Body text and more.\tTabbed|" +
		"The council met on Tuesday and agreed the budget for the coming year, its leader said.|Rents rise again.|/|第2版|正文||/"; strings.Join(got, "|") != want {
		t.Errorf("lines %q, want %q", strings.Join(got, "|"), want)
	}
	want := []string{"text dump: dropped 6 terminal escape sequences and 4 other control characters"}
	if !slices.Equal(doc.Pages[0].Warnings, want) || doc.Pages[1].Warnings != nil {
		t.Errorf("warnings %q, %q; want %q on page 1 only", doc.Pages[0].Warnings, doc.Pages[1].Warnings, want)
	}
	clean, err := Read([]byte("Headline\nBy Ann Lee\n"))
	if err != nil || clean.Pages[0].Warnings != nil {
		t.Errorf("clean dump: warnings %q, err %v", clean.Pages[0].Warnings, err)
	}
}

// A UTF-8 dump cut off inside its last character, or with a byte damaged
// in the middle, is read with the damage marked (U+FFFD) and one warning.
func TestReadDamagedUTF8(t *testing.T) {
	body := strings.Repeat("市图书馆昨日举行开馆仪式，读者排队入场。\n", 40) // 2.5 kB
	han := []byte("馆")
	cases := map[string]struct {
		data      []byte
		lastLine  string
		wantWarns string
	}{
		"cut inside the last character": {
			append([]byte(body+"新馆"), han[:2]...), "新馆\uFFFD",
			"text dump: 1 invalid UTF-8 byte sequences replaced by U+FFFD",
		},
		"a short dump cut inside its last character": {
			append([]byte("市图书馆昨日举行开馆仪式，读者排队入场。\n新馆"), han[:1]...), "新馆\uFFFD",
			"text dump: 1 invalid UTF-8 byte sequences replaced by U+FFFD",
		},
		"two damaged bytes": {
			[]byte(body + "新\xff馆\n旧\xfe\xfd馆\n"), "旧\uFFFD馆",
			"text dump: 2 invalid UTF-8 byte sequences replaced by U+FFFD",
		},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			doc, err := Read(c.data)
			if err != nil {
				t.Fatal(err)
			}
			lines := doc.Pages[0].Lines
			last := lines[len(lines)-1].Text
			if last == "" {
				last = lines[len(lines)-2].Text
			}
			if last != c.lastLine {
				t.Errorf("last line %q, want %q", last, c.lastLine)
			}
			if lines[0].Text != "市图书馆昨日举行开馆仪式，读者排队入场。" {
				t.Errorf("first line %q", lines[0].Text)
			}
			if !slices.Equal(doc.Pages[0].Warnings, []string{c.wantWarns}) {
				t.Errorf("warnings %q, want %q", doc.Pages[0].Warnings, c.wantWarns)
			}
		})
	}
	// Latin-1 text has no UTF-8 character around its high bytes: it is
	// read as Windows-1252, not as damaged UTF-8.
	latin1 := []byte(strings.Repeat("Le caf\xe9 de la gare a ferm\xe9 ses portes cet \xe9t\xe9.\n", 60))
	if doc, err := Read(latin1); err != nil {
		t.Errorf("Latin-1 text: %v", err)
	} else if got := doc.Pages[0].Lines[0].Text; got != "Le café de la gare a fermé ses portes cet été." {
		t.Errorf("Latin-1 text: first line %q", got)
	}
	// A short dump is read only when its sole damage is the cut.
	short := "市图书馆昨日举行开馆仪式，读者排队入场。\n新馆"
	for name, data := range map[string][]byte{
		"a damaged byte before the cut":        append([]byte("\xff"+short), han[:1]...),
		"a last byte no character starts with": []byte(short + "\xff"),
		"nothing but a cut character":          append([]byte("\xef\xbb\xbf\n"), han[:1]...),
	} {
		if _, err := Read(data); err == nil {
			t.Errorf("short dump with %s read as cut", name)
		}
	}
}
