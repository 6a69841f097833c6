package textdump

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Invented text: a Traditional Chinese story as a Taiwanese archive keeps
// it, and an English one with the curly quotes, dashes and accented
// letters a Windows tool writes.
const (
	traditional = "新館開幕\n市立圖書館新館昨日開幕，館方準備了兒童繪本展覽與手作課程。\n" +
		"一位家長說：「孩子們很喜歡這裡的閱讀角落。」\n館長表示，未來每個週末都會舉辦說故事活動。\n"
	western = "Café reopens\nThe mayor’s “quiet” café reopened on Monday — a week late — and its owner,\n" +
		"Renée Dubois, said prices would rise by £1. “We’re staying,” she said.\n"
)

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

// readText reads data and returns its lines joined, and its warnings.
func readText(t *testing.T, data []byte, opts Options) (string, []string, error) {
	t.Helper()
	doc, err := ReadWith(data, opts)
	if err != nil {
		return "", nil, err
	}
	var lines []string
	for _, l := range doc.Pages[0].Lines {
		lines = append(lines, l.Text)
	}
	return strings.Join(lines, "\n"), doc.Pages[0].Warnings, nil
}

// Dumps that are not UTF-8 are read in the encoding their bytes fit best,
// and the warning says which. Big5 and Windows-1252 text also forms valid
// GBK byte pairs: the evidence, not the order of trying, must decide.
func TestDetectsLegacyEncodings(t *testing.T) {
	cases := []struct {
		name, text string
		enc        encoding.Encoding
		want       string
	}{
		{"big5", traditional, traditionalchinese.Big5, "Big5"},
		// Every character with an ASCII trail byte: no Latin words.
		{"big5 short", "大會開幕。\n", traditionalchinese.Big5, "Big5"},
		{"gbk", sample, simplifiedchinese.GBK, "GB18030"},
		// Four-byte sequences hold what GBK lacks.
		{"gb18030", "• 本报讯\n• 记者王明\n", simplifiedchinese.GB18030, "GB18030"},
		{"windows-1252", western, charmap.Windows1252, "Windows-1252"},
		// Accents two to a word, and an apostrophe before one: still Western.
		{"windows-1252 pairs", "A informação da eleição não chegou. Die Größe der Straße.\nL’été à Paris.\n",
			charmap.Windows1252, "Windows-1252"},
		// A bullet before an accented capital pairs like a GBK character
		// outside GB2312 (lead byte under 0xA1): not a common Chinese one.
		{"windows-1252 bullets before accents", "•Élan dance show opens tonight\n•Île tour starts in June\n•Ère of jazz comes back\n",
			charmap.Windows1252, "Windows-1252"},
		// Soft hyphens inside words: Big5 lead bytes too, but not Han.
		{"windows-1252 soft hyphens", "The news\u00adpaper print\u00aders met in Lon\u00addon.\n",
			charmap.Windows1252, "Windows-1252"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, warns, err := readText(t, encode(t, c.enc, c.text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got != c.text {
				t.Errorf("read %q, want %q", got, c.text)
			}
			if want := []string{"text dump: read as " + c.want + ", by its bytes (not UTF-8)"}; !slices.Equal(warns, want) {
				t.Errorf("warnings %q, want %q", warns, want)
			}
		})
	}
}

// A UTF-8 byte order mark says the dump is UTF-8: a stray byte in it is
// damage, not a sign of Windows-1252.
func TestBOMKeepsUTF8(t *testing.T) {
	text := "\xef\xbb\xbf" + strings.Repeat("The council met on Tuesday and agreed the budget for the coming year.\n", 30) +
		"A caf\xe9 opens.\n"
	got, warns, err := readText(t, []byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got, "\nA caf\uFFFD opens.") {
		t.Errorf("read %q", got[max(0, len(got)-40):])
	}
	if w := "text dump: 1 invalid UTF-8 byte sequences replaced by U+FFFD"; !slices.Equal(warns, []string{w}) {
		t.Errorf("warnings %q, want %q", warns, w)
	}
}

// Japanese in EUC-JP forms GB2312 byte pairs, its kana those of GB2312's
// kana rows, which Chinese text does not use: it is refused, not read as
// Chinese.
func TestRefusesEUCJP(t *testing.T) {
	data := encode(t, japanese.EUCJP, "東京都立図書館は昨日新館を開館した。\n")
	if got, _, err := readText(t, data, Options{}); err == nil {
		t.Errorf("EUC-JP read as %q", got)
	}
}

// A long English dump with a single curly apostrophe has too little damage
// for UTF-8 to be refused; but it has no UTF-8 character either, so it is
// Windows-1252, not UTF-8 with a U+FFFD.
func TestLoneHighByteIsNotUTF8Damage(t *testing.T) {
	text := strings.Repeat("The council met on Tuesday and agreed the budget for the coming year.\n", 30) +
		"The leader’s speech was short.\n"
	got, _, err := readText(t, encode(t, charmap.Windows1252, text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got, "\nThe leader’s speech was short.") {
		t.Errorf("read %q", got[max(0, len(got)-60):])
	}
}

// Two Han characters whose bytes are common characters both in GB2312 and
// in Big5 cannot be told apart: the dump is read as GB18030 and the
// warning names the other reading and the way to choose it.
func TestAmbiguousShortDump(t *testing.T) {
	data := []byte{0xB0, 0xA1, 0xC4, 0xEA, '\n'}
	got, warns, err := readText(t, data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := simplifiedchinese.GB18030.NewDecoder().String(string(data))
	if got != want {
		t.Errorf("read %q, want %q", got, want)
	}
	if w := "text dump: read as GB18030, by its bytes (not UTF-8); Big5 fits them as well: --encoding says which"; !slices.Equal(warns, []string{w}) {
		t.Errorf("warnings %q, want %q", warns, w)
	}
	big5, warns, err := readText(t, data, Options{Encoding: "BIG5"})
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := traditionalchinese.Big5.NewDecoder().String(string(data)); big5 != want {
		t.Errorf("forced Big5: read %q, want %q", big5, want)
	}
	if w := "text dump: read as Big5, as --encoding says"; !slices.Equal(warns, []string{w}) {
		t.Errorf("forced Big5: warnings %q, want %q", warns, w)
	}
}

// A forced encoding is checked against the bytes: one they do not fit, or
// a byte order mark of another, is an error saying so.
func TestForcedEncodingErrors(t *testing.T) {
	big5 := encode(t, traditionalchinese.Big5, traditional)
	cases := []struct {
		name, encoding string
		data           []byte
		want           string
	}{
		{"Big5 as UTF-8", "utf-8", big5, "not UTF-8: "},
		{"Big5 as GB18030", "gbk", big5, "not GB18030: "},
		{"UTF-16 as Big5", "big5", []byte("\xff\xfeA\x00"), "starts with a UTF-16LE byte order mark: not Big5"},
		{"UTF-8 with BOM as UTF-16", "utf-16", append([]byte("\xef\xbb\xbf"), traditional...), "starts with a UTF-8 byte order mark: not UTF-16LE"},
		{"unknown name", "klingon", big5, `unknown encoding "klingon"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadWith(c.data, Options{Encoding: c.encoding})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want it to say %q", err, c.want)
			}
		})
	}
	// The line of the first bad byte is named, also past a U+FFFD the
	// file holds as a character.
	for _, data := range []string{"good line\nbad \xff line\n", "\xef\xbf\xbd ok\nbad \xff line\n"} {
		if _, err := ReadWith([]byte(data), Options{Encoding: "utf-8"}); err == nil ||
			!strings.Contains(err.Error(), "the first on line 2") {
			t.Errorf("%q: err = %v, want the line of the bad byte", data, err)
		}
	}
}

// In a forced encoding other than UTF-8 too, the bytes say which
// sequences are bad: a U+FFFD the file holds as a character (GB18030 and
// UTF-16 have one) is no damage, and names no line.
func TestForcedEncodingOwnReplacementChar(t *testing.T) {
	gb := simplifiedchinese.GB18030
	le := xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	cases := []struct {
		name, encoding string
		data           []byte
	}{
		{"GB18030", "gb18030", slices.Concat(encode(t, gb, "\uFFFD 好\n坏 "), []byte{0xFF}, encode(t, gb, " 行\n"))},
		{"UTF-16LE", "utf-16le", slices.Concat(encode(t, le, "\uFFFD ok\nbad "), []byte{0x00, 0xD8}, encode(t, le, " line\n"))}, // a lone surrogate
		{"Windows-1252", "windows-1252", []byte("caf\xe9\nbad \x81 line\n")},                                                    // no U+FFFD of its own
	}
	for _, c := range cases {
		_, err := ReadWith(c.data, Options{Encoding: c.encoding})
		if err == nil || !strings.Contains(err.Error(), "1 byte sequences are invalid in it, the first on line 2") {
			t.Errorf("%s: err = %v, want one bad sequence, on line 2", c.name, err)
		}
	}
	// The file's U+FFFD twice, no bad byte: a big-endian file named
	// utf-16le is read (and rated) big-endian, as its mark says.
	be := xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM)
	for _, c := range []struct {
		encoding string
		data     []byte
	}{
		{"gb18030", encode(t, gb, "\uFFFD\uFFFD 好\n")},
		{"utf-16le", encode(t, le, "\uFFFD\uFFFD ok\n")},
		{"utf-16le", encode(t, be, "\uFFFD\uFFFD ok\n")},
	} {
		got, warns, err := readText(t, c.data, Options{Encoding: c.encoding})
		if err != nil || strings.Count(got, "\uFFFD") != 2 || len(warns) != 1 {
			t.Errorf("%q as %s: read %q, warnings %q, err %v; want its two U+FFFD read as text, no damage", c.data, c.encoding, got, warns, err)
		}
	}
}

// Detection reads a dump's own U+FFFD as text too: a GB18030 dump that
// holds it is not damaged.
func TestDetectedOwnReplacementChar(t *testing.T) {
	text := "\uFFFD 市政府昨日发布新的交通规划，计划在明年完成地铁二号线的建设。\n"
	got, warns, err := readText(t, encode(t, simplifiedchinese.GB18030, text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got != text {
		t.Errorf("read %q, want %q", got, text)
	}
	if w := "text dump: read as GB18030, by its bytes (not UTF-8)"; !slices.Equal(warns, []string{w}) {
		t.Errorf("warnings %q, want %q", warns, w)
	}
}

// A UTF-16 byte order mark sets the byte order and its name, whichever
// order --encoding named.
func TestForcedUTF16FollowsMark(t *testing.T) {
	be := encode(t, xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM), "新館開幕\n")
	for _, enc := range []string{"utf-16le", "utf-16be"} {
		d, err := decodeAs(be, enc)
		if err != nil {
			t.Fatalf("%s: %v", enc, err)
		}
		if d.text != "新館開幕\n" || d.in != "UTF-16BE" {
			t.Errorf("%s: read %q in %s, want the text in UTF-16BE", enc, d.text, d.in)
		}
	}
}

// A dump read as UTF-16 by its byte order mark has its lone surrogates
// counted as --encoding utf-16 counts them: a few are replaced by U+FFFD
// with a warning, many are refused, naming the line of the first.
func TestBOMUTF16Damage(t *testing.T) {
	line := "The library reopened on Monday after a year of repairs.\n"
	lone := []byte{0x00, 0xD8} // a high surrogate with no low one after it
	for _, e := range []xunicode.Endianness{xunicode.LittleEndian, xunicode.BigEndian} {
		enc := xunicode.UTF16(e, xunicode.IgnoreBOM)
		mark, name := []byte{0xFF, 0xFE}, "UTF-16LE"
		if e == xunicode.BigEndian {
			mark, name, lone = []byte{0xFE, 0xFF}, "UTF-16BE", []byte{0xD8, 0x00}
		}
		body := encode(t, enc, strings.Repeat(line, 20)) // 2.3 kB
		got, warns, err := readText(t, slices.Concat(mark, body, lone, encode(t, enc, "end\n")), Options{})
		want := []string{"text dump: read as " + name + ", by its byte order mark",
			"text dump: 1 invalid " + name + " byte sequences replaced by U+FFFD"}
		if err != nil || !strings.HasSuffix(got, "\uFFFDend") || !slices.Equal(warns, want) {
			t.Errorf("%s, one lone surrogate: read ...%q, warnings %q, err %v; want it marked and %q",
				name, got[max(0, len(got)-8):], warns, err, want)
		}
		many := slices.Concat(mark, encode(t, enc, "ok\nbad "), lone, encode(t, enc, " line "), lone, encode(t, enc, "\n"))
		_, _, err = readText(t, many, Options{})
		if msg := "not " + name + ": 2 byte sequences are invalid in it, the first on line 2"; err == nil || err.Error() != msg {
			t.Errorf("%s, two lone surrogates in a few bytes: err %v, want %q", name, err, msg)
		}
	}
}

// A dump whose byte order mark says UTF-8 is read as --encoding utf-8
// reads it: more damage than a damaged dump has is refused as not UTF-8,
// naming the line of the first bad byte, not sent to an --encoding that
// its mark would refuse too. A little damage is marked, with no note.
func TestBOMUTF8Damage(t *testing.T) {
	bom := []byte{0xEF, 0xBB, 0xBF}
	many := slices.Concat(bom, []byte("ok\nbad \xff line \xfe\n"))
	if _, _, err := readText(t, many, Options{}); err == nil || err.Error() != "not UTF-8: 2 byte sequences are invalid in it, the first on line 2" {
		t.Errorf("two bad bytes in a few: err %v, want them refused as not UTF-8", err)
	}
	line := "The library reopened on Monday after a year of repairs.\n"
	few := slices.Concat(bom, []byte(strings.Repeat(line, 20)+"\xffend\n"))
	got, warns, err := readText(t, few, Options{})
	want := []string{"text dump: 1 invalid UTF-8 byte sequences replaced by U+FFFD"}
	if err != nil || !strings.HasSuffix(got, "\uFFFDend") || !slices.Equal(warns, want) {
		t.Errorf("one bad byte: read ...%q, warnings %q, err %v; want it marked and %q", got[max(0, len(got)-8):], warns, err, want)
	}
}

// Forced encodings read what detection would refuse or read otherwise.
func TestForcedEncodings(t *testing.T) {
	cases := []struct {
		encoding string
		data     []byte
		want     string
	}{
		{"latin-1", []byte("caf\xe9 \xe9t\xe9 \xff\xfe\xfd\n"), "café été ÿþý\n"},
		{"windows-1252", []byte("\x93caf\xe9s\x94\n"), "“cafés”\n"},
		{"utf-16be", encode(t, xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), "新館開幕\n"), "新館開幕\n"},
		{"utf-8", []byte("\xef\xbb\xbfplain\n"), "plain\n"},
	}
	for _, c := range cases {
		t.Run(c.encoding, func(t *testing.T) {
			got, _, err := readText(t, c.data, Options{Encoding: c.encoding})
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("read %q, want %q", got, c.want)
			}
		})
	}
}

func TestEncodingName(t *testing.T) {
	for in, want := range map[string]string{"": "", "auto": "", "GBK": "gb18030", " cp1252 ": "windows-1252", "UTF8": "utf-8", "utf-16": "utf-16le"} {
		if got, err := EncodingName(in); err != nil || got != want {
			t.Errorf("EncodingName(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := EncodingName("ebcdic"); err == nil || !strings.Contains(err.Error(), "big5, gb18030") {
		t.Errorf("EncodingName(ebcdic): err = %v, want the list of names", err)
	}
}

// Legacy encodings detection does not know are read when --encoding names
// them by their WHATWG labels; the warning names the encoding.
func TestForcedWebEncodings(t *testing.T) {
	cases := []struct {
		label, name string
		enc         encoding.Encoding
		text        string
	}{
		{"Shift_JIS", "shift_jis", japanese.ShiftJIS, "東京の新聞、第三面。\n"},
		{"sjis", "shift_jis", japanese.ShiftJIS, "朝刊の記事です。\n"},
		{"euc-jp", "euc-jp", japanese.EUCJP, "夕刊の見出し\n"},
		{"EUC-KR", "euc-kr", korean.EUCKR, "서울 신문 제1면\n"},
		{"windows-1251", "windows-1251", charmap.Windows1251, "Новости дня\n"},
		{"koi8-r", "koi8-r", charmap.KOI8R, "Вечерняя газета\n"},
	}
	for _, c := range cases {
		t.Run(c.label, func(t *testing.T) {
			name, err := EncodingName(c.label)
			if err != nil || name != c.name {
				t.Fatalf("EncodingName(%q) = %q, %v; want %q", c.label, name, err, c.name)
			}
			data := encode(t, c.enc, c.text)
			got, warns, err := readText(t, data, Options{Encoding: c.label})
			if err != nil {
				t.Fatal(err)
			}
			if got != c.text {
				t.Errorf("read %q, want %q", got, c.text)
			}
			if w := "text dump: read as " + c.name + ", as --encoding says"; !slices.Equal(warns, []string{w}) {
				t.Errorf("warnings %q, want %q", warns, w)
			}
		})
	}
	// Our own names win over the web's: GBK is read as GB18030, ISO-8859-1
	// as Latin-1 (the web reads it as Windows-1252).
	for label, want := range map[string]string{"gb_2312": "gb18030", "ISO-8859-1": "latin-1", "replacement": ""} {
		got, err := EncodingName(label)
		if want == "" {
			if err == nil {
				t.Errorf("EncodingName(%q) = %q, want an error", label, got)
			}
			continue
		}
		if err != nil || got != want {
			t.Errorf("EncodingName(%q) = %q, %v; want %q", label, got, err, want)
		}
	}
	// The bytes are still checked against the named encoding.
	if _, err := ReadWith([]byte("\x82\xa0\xff\xff\xff\xff ok\n"), Options{Encoding: "shift_jis"}); err == nil || !strings.Contains(err.Error(), "not shift_jis") {
		t.Errorf("bad Shift_JIS: err = %v, want it refused", err)
	}
}
