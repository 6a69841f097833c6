// Package cues holds text cues shared by the segmenters: credits (bylines,
// run-in lead-ins, trailing and photo credits) with their authors, and page
// furniture patterns. The cues are patterns of the genre; they look at one
// string and know nothing about positions.
package cues

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/segment"
	"newsprint/wordseg"
)

// maxCredit bounds the length (in runes) of a line taken as a credit: a
// credit is short, a body line mentioning 记者 is not.
const maxCredit = 48

// Normalize removes decorative marks and collapses white space (ASCII and
// full-width) into single spaces.
func Normalize(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '□', '■', '◆', '◇', '●', '○', '▲', '△', '★', '☆', '\u00ad':
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u3000", " ")), " ")
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// HanName reports a token shaped like a Chinese personal name: two to four
// Han characters.
func HanName(t string) bool {
	n := 0
	for _, r := range t {
		if !isHan(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// Chinese role words, longest first so that 本报记者 wins over 记者.
var zhRoles = []struct {
	word string
	role segment.Role
}{
	{"本报特约记者", segment.Reporter},
	{"本报实习记者", segment.Intern},
	{"新华社记者", segment.Reporter},
	{"中新社记者", segment.Reporter},
	{"本报通讯员", segment.Correspondent},
	{"本报实习生", segment.Intern},
	{"特约记者", segment.Reporter},
	{"实习记者", segment.Intern},
	{"本报记者", segment.Reporter},
	{"特约撰稿", segment.Reporter},
	{"摄影记者", segment.Photographer},
	{"通讯员", segment.Correspondent},
	{"实习生", segment.Intern},
	{"记者", segment.Reporter},
	{"编辑", segment.Editor},
	{"摄影", segment.Photographer},
	{"文/图", segment.Reporter},
	{"文", segment.Reporter},
	{"图", segment.Photographer},
}

// zhRoleAt returns the role word s starts with.
func zhRoleAt(s string) (string, segment.Role, bool) {
	for _, r := range zhRoles {
		if strings.HasPrefix(s, r.word) {
			// 文 and 图 are roles only before a separator (文/张三, 图：李四).
			if (r.word == "文" || r.word == "图") && !hasSepAfter(s, len(r.word)) {
				continue
			}
			return r.word, r.role, true
		}
	}
	return "", "", false
}

func hasSepAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r == '/' || r == '：' || r == ':' || r == '｜'
}

// zhCredit parses a Chinese credit made only of role words and names:
// "本报记者 林 岚", "记者 方远 通讯员 郑晓敏", "记者王浩、李明",
// "记者王明、通讯员李华报道". A final 摄 turns the last group into
// photographers. It fails when anything else is left over.
func zhCredit(s string) ([]segment.Author, bool) {
	s = strings.TrimSpace(s)
	photo := false
	if t, ok := strings.CutSuffix(s, "摄"); ok {
		s, photo = strings.TrimSpace(t), true
	} else if t, ok := strings.CutSuffix(s, "报道"); ok {
		s = strings.TrimSpace(t)
	}
	var authors []segment.Author
	var role segment.Role
	haveRole := false
	for s != "" {
		// A stray dot is a speck OCR read in the space after a role word.
		s = strings.TrimLeft(s, " 、，,/：:｜.．·")
		if s == "" {
			break
		}
		if w, r, ok := zhRoleAt(s); ok {
			s, role, haveRole = s[len(w):], r, true
			continue
		}
		if !haveRole {
			return nil, false
		}
		name, rest, ok := zhName(s)
		names := splitNames(name)
		if !ok {
			if names, rest, ok = twoNames(s); !ok {
				return nil, false
			}
		}
		for _, n := range names {
			authors = append(authors, segment.Author{Name: n, Role: role})
		}
		s = rest
	}
	if len(authors) == 0 {
		return nil, false
	}
	// A credit cut after the 报 of its 报道 ("记者王小明报" / "道："): no
	// name ends in it.
	if last := &authors[len(authors)-1]; !photo && utf8.RuneCountInString(last.Name) >= 3 {
		last.Name = strings.TrimSuffix(last.Name, "报")
	}
	if photo {
		for i := len(authors) - 1; i >= 0; i-- {
			authors[i].Role = segment.Photographer
			if i > 0 && authors[i-1].Role != role {
				break
			}
		}
	}
	return authors, true
}

// splitNames splits an unspaced four-character run into two names when gse
// tags both halves as personal names ("王浩李明"); otherwise it is one name.
func splitNames(name string) []string {
	rs := []rune(name)
	if len(rs) != 4 {
		return []string{name}
	}
	a, b := string(rs[:2]), string(rs[2:])
	if IsName(a) && IsName(b) && !IsName(name) {
		return []string{a, b}
	}
	return []string{name}
}

// surnames are the hundred commonest Chinese surnames.
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常"

// twoNames reads two names run together, as OCR reads "王建华 周明": a run
// of five or six Han characters up to a separator that splits into a
// name of three and one of two or three characters, both likely names.
func twoNames(s string) ([]string, string, bool) {
	var run []rune
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isHan(r) {
			break
		}
		run = append(run, r)
		i += w
	}
	if len(run) < 5 || len(run) > 6 {
		return nil, "", false
	}
	for _, cut := range []int{3, 2} {
		a, b := run[:cut], run[cut:]
		if len(b) < 2 || len(b) > 3 {
			continue
		}
		if LikelyName(string(a)) && LikelyName(string(b)) {
			return []string{string(a), string(b)}, s[i:], true
		}
	}
	return nil, "", false
}

// zhName takes one personal name from the start of s: 2–4 Han characters
// up to a separator or the next role word, or single characters padded
// with spaces ("林 岚", as People's Daily sets two-character names).
func zhName(s string) (name, rest string, ok bool) {
	var b strings.Builder
	n := 0
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == ' ' {
			// A padded name: one character, a space, one character.
			if n == 1 {
				r2, w2 := utf8.DecodeRuneInString(s[i+1:])
				if isHan(r2) {
					after := s[i+1+w2:]
					ra, _ := utf8.DecodeRuneInString(after)
					if after == "" || !isHan(ra) {
						b.WriteRune(r2)
						n++
						i += 1 + w2
						continue
					}
				}
			}
			break
		}
		if !isHan(r) && r != '·' {
			break
		}
		// A role word ends a name, never at its first character; after
		// one character, only a role word of two or more (a name may go
		// on in 文 or 图).
		if n > 0 {
			if w, _, ok := zhRoleAt(s[i:]); ok && (n >= 2 || utf8.RuneCountInString(w) >= 2) {
				break
			}
		}
		b.WriteRune(r)
		n++
		i += w
		if n > 4 && !strings.Contains(b.String(), "·") {
			return "", "", false
		}
	}
	if n < 2 || n > 10 {
		return "", "", false
	}
	return b.String(), s[i:], true
}

var (
	enRoleSuffix = regexp.MustCompile(`^(?i)(?:,\s*)?((?:Senior |Chief |Special |Foreign |Political |Business |Arts |Science |Sports? |Economics |Education |Health |Technology |Home Affairs |Diplomatic |Legal |Environment |Our )?(Staff Writer|Staff Reporter|Reporter|Correspondent|Editor|Writer|Photographer))$`)
	enName       = `(?:[A-Z][A-Za-z'’.-]*|[A-Z]\.)`
	enNames      = regexp.MustCompile(`^(` + enName + `(?: ` + enName + `){1,3})`)
	enUnnamed    = regexp.MustCompile(`^(?:From (?:Our|A|a|our) (?:Own |Special )?(?:[A-Z][a-z]+ )?Correspondents?|Special to (?:The |the )?[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,4}|By (?:Our|A) (?:Own |Special |Staff )?(?:[A-Z][a-z]+ )?(?:Correspondent|Reporter|Staff))$`)
	enRoleWords  = map[string]bool{"Staff": true, "Writer": true, "Reporter": true, "Correspondent": true, "Editor": true, "Photographer": true}
)

// enCredit parses "By JOHN SMITH", "By Jane Doe, Staff Writer",
// "By JANE DOE Business Correspondent", "By Oliver Grant and Stella Moreno".
func enCredit(s string) ([]segment.Author, bool) {
	rest, ok := strings.CutPrefix(s, "By ")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "BY "); !ok {
			return nil, false
		}
	}
	var authors []segment.Author
	for {
		rest = strings.TrimSpace(rest)
		m := enNames.FindString(rest)
		if m == "" {
			return nil, false
		}
		// Stop the name before a role word ("JANE DOE Business Correspondent").
		words := strings.Fields(m)
		for k := 1; k < len(words); k++ {
			if enRoleSuffix.MatchString(strings.Join(words[k:], " ")+strings.TrimPrefix(rest, m)) || enRoleWords[words[k]] {
				words = words[:k]
				break
			}
		}
		if len(words) < 2 {
			return nil, false
		}
		m = strings.Join(words, " ")
		authors = append(authors, segment.Author{Name: titleCase(m), Role: segment.Reporter})
		rest = strings.TrimSpace(rest[len(m):])
		if rest == "" {
			return authors, true
		}
		if t, ok := strings.CutPrefix(rest, "and "); ok {
			rest = t
			continue
		}
		if t, ok := strings.CutPrefix(rest, ", "); ok && enNames.MatchString(t) && !enRoleSuffix.MatchString(t) {
			rest = strings.TrimPrefix(t, "and ")
			continue
		}
		m2 := enRoleSuffix.FindStringSubmatch(rest)
		if m2 == nil {
			return nil, false
		}
		role := segment.Reporter
		switch strings.ToLower(m2[2]) {
		case "correspondent":
			role = segment.Correspondent
		case "editor":
			role = segment.Editor
		case "photographer":
			role = segment.Photographer
		}
		for i := range authors {
			authors[i].Role = role
		}
		return authors, true
	}
}

// titleCase turns "JOHN O'BRIEN" into "John O'Brien"; mixed-case names are kept.
func titleCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	rs := []rune(strings.ToLower(s))
	up := true
	for i, r := range rs {
		if up {
			rs[i] = unicode.ToUpper(r)
		}
		up = r == ' ' || r == '-' || r == '\'' || r == '’' || r == '.'
	}
	return string(rs)
}

// trimBrackets drops one pair of enclosing brackets.
func trimBrackets(s string) (string, bool) {
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}, {"【", "】"}, {"[", "]"}} {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) && len(s) > len(p[0])+len(p[1]) {
			return strings.TrimSpace(s[len(p[0]) : len(s)-len(p[1])]), true
		}
	}
	return s, false
}

// ParseByline reads a credit printed on its own line. byline is the credit
// whitespace-normalised, with decorative marks, enclosing brackets and a
// trailing colon removed. Unnamed credits ("From Our Own Correspondent")
// are bylines without authors.
func ParseByline(s string) (byline string, authors []segment.Author, ok bool) {
	s = Normalize(s)
	s = strings.TrimRight(s, "：: ")
	s, _ = trimBrackets(s)
	s = tidyCredit(s)
	if s == "" || utf8.RuneCountInString(s) > maxCredit {
		return "", nil, false
	}
	if enUnnamed.MatchString(s) {
		return s, nil, true
	}
	if a, ok := enCredit(s); ok {
		return s, a, true
	}
	// A dateline or 本报讯 before the credit ("本报讯 记者孙乐报道").
	body := s
	if loc := leadRe.FindStringIndex(s); loc != nil {
		rest := strings.TrimSpace(s[loc[1]:])
		var br bool
		body, br = trimBrackets(rest)
		// A lead-in credit is complete only with its 报道 or bracket; a
		// line that stops short wraps into the paragraph below.
		if !br && !strings.HasSuffix(body, "报道") {
			return "", nil, false
		}
		// 本报讯 is set off from its credit as in a run-in credit (leadGap).
		if lead := strings.ReplaceAll(s[:loc[1]], " ", ""); strings.HasSuffix(lead, "讯") {
			s = lead + leadGap(lead, rest, rest) + rest
		}
	}
	if a, ok := zhCredit(body); ok {
		if sp, _, ok := spaceCredit(body, a); ok {
			s = strings.Replace(s, body, sp, 1)
		}
		return s, a, true
	}
	return "", nil, false
}

// roleSpeck is a mark OCR reads in the gap after a role word of zhRoles
// ("记者.王明"; 文 and 图 alone are too short to tell from text),
// bracketGap a space read inside a credit's brackets.
var (
	roleSpeck  = regexp.MustCompile(`(` + roleWords(2) + `)\s*[.．]\s*`)
	bracketGap = regexp.MustCompile(`([（(])\s+|\s+([）)])`)
)

// roleWords is the alternation of zhRoles' words of at least n characters,
// longest first as the table lists them.
func roleWords(n int) string {
	var ws []string
	for _, r := range zhRoles {
		if utf8.RuneCountInString(r.word) >= n {
			ws = append(ws, regexp.QuoteMeta(r.word))
		}
	}
	return strings.Join(ws, "|")
}

// tidyCredit puts back the gap a speck took after a role word and closes
// up the inside of brackets.
func tidyCredit(s string) string {
	s = roleSpeck.ReplaceAllString(s, "$1 ")
	return bracketGap.ReplaceAllString(s, "$1$2")
}

// spaceCredit sets a Chinese credit that an extractor printed without its
// gaps ("本报记者林岚", "记者周明通讯员韩雪") as the page spaces it: a
// space after each role word and between names ("本报记者 林岚", "记者 周明
// 通讯员 韩雪"). Credits written closed up on the page stay so: a run-in
// "记者孙乐报道" and names listed with 、.
// roles is how many role words it names.
func spaceCredit(body string, authors []segment.Author) (spaced string, roles int, ok bool) {
	if strings.ContainsAny(body, "、，,") || strings.HasSuffix(body, "报道") || strings.HasSuffix(body, "摄") {
		return "", 0, false
	}
	closed := strings.ReplaceAll(body, " ", "")
	var parts []string
	rest, k := closed, 0
	for rest != "" {
		if w, _, ok := zhRoleAt(rest); ok {
			parts = append(parts, w)
			rest = rest[len(w):]
			roles++
			continue
		}
		if k >= len(authors) || !strings.HasPrefix(rest, authors[k].Name) {
			return "", 0, false
		}
		parts = append(parts, authors[k].Name)
		rest = rest[len(authors[k].Name):]
		k++
	}
	if k != len(authors) || len(parts) < 2 {
		return "", 0, false
	}
	spaced = strings.Join(parts, " ")
	// One printed with some of its gaps ("记者 周明通讯员韩雪") gets the
	// others when it names several roles; a name padded with a space
	// ("本报记者 林 岚") stays as printed.
	if closed != body && (roles < 2 || !keepsGaps(body, spaced)) {
		return "", 0, false
	}
	return spaced, roles, true
}

// keepsGaps reports whether every space of s is also in t, where t is s
// with spaces added.
func keepsGaps(s, t string) bool {
	i := 0
	for _, r := range s {
		for i < len(t) && t[i] == ' ' && r != ' ' {
			i++
		}
		if i >= len(t) {
			return false
		}
		c, w := utf8.DecodeRuneInString(t[i:])
		if c != r {
			return false
		}
		i += w
	}
	return true
}

// leadRe matches the start of a Chinese lead-in: 本报讯, or a dateline such
// as 本报北京10月8日电 / 新华社北京10月8日电.
// A letter-spaced dateline ("本 报 上 海 10 月 7 日 电") matches too.
var leadRe = regexp.MustCompile(`^(?:本 ?报 ?讯|(?:本 ?报|新 ?华 ?社|中 ?新 ?社|人 ?民 ?网|新 ?华 ?网)(?: ?\p{Han}){0,8}?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:\d{1,2}\s*时\s*)?电|(?:本 ?报|新 ?华 ?社)(?: ?\p{Han}){1,8} ?电)`)

// LeadIn reports whether s starts like a lead-in (本报讯, a dateline).
func LeadIn(s string) bool {
	return leadRe.MatchString(strings.TrimLeft(s, " \u3000□■"))
}

// RunIn finds a lead-in credit at the start of a first paragraph:
// "本报讯 记者孙乐报道：……", "本报讯（记者 孙乐 通讯员 郑晓敏）……",
// "本报北京10月8日电 （记者王浩、李明）……". credit is whitespace-normalised
// without the trailing colon; rest is the paragraph after it. A bare dateline
// without names is not a credit.
func RunIn(s string) (credit, rest string, authors []segment.Author, ok bool) {
	t := strings.TrimLeft(s, " \u3000□■")
	loc := leadRe.FindStringIndex(t)
	after := t
	if loc != nil {
		after = t[loc[1]:]
	}
	a := strings.TrimLeft(after, " \u3000")
	var inner, tail string
	switch {
	case strings.HasPrefix(a, "（") || strings.HasPrefix(a, "("):
		closeB := "）"
		if strings.HasPrefix(a, "(") {
			closeB = ")"
		}
		end := strings.Index(a, closeB)
		if end < 0 || end > 3*maxCredit {
			return "", "", nil, false
		}
		inner, tail = a[len(closeB):end], a[end+len(closeB):]
	default:
		// "记者孙乐报道：" — the credit ends at 报道 followed by a colon, or
		// at the first colon.
		end := strings.IndexAny(a, "：:")
		if end < 0 || end > 3*maxCredit {
			return "", "", nil, false
		}
		inner = a[:end]
		_, w := utf8.DecodeRuneInString(a[end:])
		tail = a[end+w:]
		if loc == nil && !strings.HasSuffix(strings.TrimSpace(inner), "报道") {
			return "", "", nil, false
		}
	}
	// A photo credit opens no paragraph.
	if strings.HasSuffix(strings.TrimSpace(inner), "摄") {
		return "", "", nil, false
	}
	authors, ok = zhCredit(inner)
	if !ok {
		return "", "", nil, false
	}
	if loc == nil {
		credit = Normalize(t[:len(t)-len(tail)])
	} else {
		// The lead-in is printed without spaces; a letter-spaced one is
		// closed up, and a space after it kept.
		lead, more := t[:loc[1]], t[loc[1]:len(t)-len(tail)]
		credit = strings.ReplaceAll(Normalize(lead), " ", "")
		if m := Normalize(more); m != "" {
			credit += leadGap(credit, more, m) + m
		}
	}
	credit = tidyCredit(strings.TrimRight(credit, "：: "))
	// "本报讯（记者 孙乐 通讯员 郑晓敏）": a bracket naming several roles
	// sets its names apart; "（记者王浩）" and datelines' lists stay closed.
	inner = tidyCredit(Normalize(inner))
	if sp, roles, ok := spaceCredit(inner, authors); ok && roles > 1 {
		credit = strings.Replace(credit, inner, sp, 1)
	}
	return credit, strings.TrimLeft(tail, " \u3000：:"), authors, true
}

// leadGap is what sets the credit m (more as printed) off from the lead-in
// before it. 本报讯 runs straight into a bracket ("本报讯（记者…）"),
// whatever gap OCR read there, and is set off from a credit run in without
// brackets ("本报讯 记者孙乐报道") though an extractor may drop the gap. A
// dateline is set off from its bracketed credit by a space; other credits
// keep the gap printed.
func leadGap(lead, more, m string) string {
	bracket := strings.HasPrefix(m, "（") || strings.HasPrefix(m, "(")
	switch {
	case strings.HasSuffix(lead, "讯"):
		if bracket {
			return ""
		}
		return " "
	case strings.HasSuffix(lead, "电") && bracket || strings.TrimLeft(more, " \u3000") != more:
		return " "
	}
	return ""
}

// TrailingCredit reads a bracketed credit printed at an article's end,
// "（本报记者 魏哲哲）"; byline has the brackets dropped.
func TrailingCredit(s string) (byline string, authors []segment.Author, ok bool) {
	s = Normalize(s)
	inner, br := trimBrackets(s)
	if !br || utf8.RuneCountInString(inner) > maxCredit || strings.HasSuffix(inner, "摄") {
		return "", nil, false
	}
	inner = tidyCredit(inner)
	if a, ok := zhCredit(inner); ok {
		if sp, _, ok := spaceCredit(inner, a); ok {
			inner = sp
		}
		return inner, a, true
	}
	if a, ok := enCredit(inner); ok {
		return inner, a, true
	}
	return "", nil, false
}

// WrappedTrailingCredit reads a bracketed closing credit that a narrow
// column wrapped over two lines: first opens the bracket ("（记者 王明
// 通讯员"), second closes it ("李华）"). The wrap falls between two names
// or inside one ("…通讯员 李" / "华）"). A credit printed with spaces is
// read joined with a space first, one set solid closed up first (its
// names then read spaced, "记者王明通讯员李" / "华）"); the other join is
// read when the first reads no credit, or one whose byline cuts a name its
// authors hold whole ("李 华").
func WrappedTrailingCredit(first, second string) (byline string, authors []segment.Author, ok bool) {
	first, second = strings.TrimSpace(first), strings.TrimSpace(second)
	if !strings.HasPrefix(first, "（") && !strings.HasPrefix(first, "(") || strings.ContainsAny(first, "）)") ||
		!strings.HasSuffix(second, "）") && !strings.HasSuffix(second, ")") || strings.ContainsAny(second, "（(") {
		return "", nil, false
	}
	joins := []string{first + " " + second, first + second}
	if !strings.Contains(first, " ") {
		joins[0], joins[1] = joins[1], joins[0]
	}
	for _, j := range joins {
		b, a, read := TrailingCredit(j)
		if read && namesWhole(b, a) {
			return b, a, true
		}
		if read && !ok {
			byline, authors, ok = b, a, true
		}
	}
	return byline, authors, ok
}

// namesWhole reports a byline that prints each of its authors' names
// whole.
func namesWhole(byline string, authors []segment.Author) bool {
	for _, a := range authors {
		if !strings.Contains(byline, a.Name) {
			return false
		}
	}
	return true
}

var (
	enPhotoRe   = regexp.MustCompile(`(?:PHOTO|Photo|PHOTOGRAPH|Photograph|PICTURE|Picture|Pictured by|Photo by)\s*:?\s*([A-Z][A-Za-z'’.-]*(?: [A-Z][A-Za-z'’.-]*){1,3})\s*$`)
	enSlashRe   = regexp.MustCompile(`\(([A-Z][A-Za-z'’.-]*(?: [A-Z][A-Za-z'’.-]*){1,3})\s*/\s*[A-Z][^()]{0,40}\)\s*$`)
	zhPhotoRe   = regexp.MustCompile(`[（(]?\s*[□■]?\s*((?:本报|新华社|中新社)?(?:特约|实习)?(?:摄影记者|记者|通讯员|摄影)\s*[\p{Han}·]{1,5}(?:\s+\p{Han}{1,4})?\s*摄)\s*[）)]?$`)
	zhBarePhoto = regexp.MustCompile(`[（(]\s*([\p{Han}·]{2,4})\s*摄\s*[）)]$`)
)

// CaptionCredit finds a photo credit at the end of a caption: "本报记者
// 方远摄", "（新华社记者 李四摄）", "PHOTO: JANE DOE", "Photograph: Jane Doe",
// "(Jane Doe/Morning Herald)". credit is the matched tail of s exactly as
// given, so s[:len(s)-len(credit)] is the caption text before it.
func CaptionCredit(s string) (credit string, authors []segment.Author, ok bool) {
	t := strings.TrimRight(s, " \u3000")
	if m := enPhotoRe.FindStringSubmatchIndex(t); m != nil {
		name := titleCase(t[m[2]:m[3]])
		return s[m[0]:], []segment.Author{{Name: name, Role: segment.Photographer}}, true
	}
	if m := enSlashRe.FindStringSubmatchIndex(t); m != nil {
		return s[m[0]:], []segment.Author{{Name: titleCase(t[m[2]:m[3]]), Role: segment.Photographer}}, true
	}
	if m := zhPhotoRe.FindStringSubmatchIndex(t); m != nil {
		if a, ok := zhCredit(t[m[2]:m[3]]); ok {
			for i := range a {
				a[i].Role = segment.Photographer
			}
			return strings.TrimLeft(s[m[0]:], " \u3000"), a, true
		}
	}
	if m := zhBarePhoto.FindStringSubmatchIndex(t); m != nil {
		return s[m[0]:], []segment.Author{{Name: t[m[2]:m[3]], Role: segment.Photographer}}, true
	}
	return "", nil, false
}

// MisreadPhotoCredit reads a credit line under a picture whose 摄 OCR lost
// or misread as 报 ("本报记者李小红", "本报记者李小红报"), so that it reads
// as a byline: ParseByline's credit, a final 报 taken for 摄 (a photo
// credit does not end in 报; 本报 is no misread). ok says it is a credit;
// authors are its photographers, without names of four characters: most
// likely three and the 摄 misread, and better none than a wrong one.
func MisreadPhotoCredit(s string) (authors []segment.Author, ok bool) {
	if c, cut := strings.CutSuffix(strings.TrimSpace(s), "报"); cut && !strings.HasSuffix(c, "本") {
		s = c + "摄"
	}
	_, parsed, ok := ParseByline(s)
	if !ok {
		return nil, false
	}
	for _, a := range parsed {
		if utf8.RuneCountInString(a.Name) <= 3 {
			authors = append(authors, segment.Author{Name: a.Name, Role: segment.Photographer})
		}
	}
	return authors, true
}

// LikelyName reports a Chinese name that opens with a common surname or
// that gse tags as a name: a check on names read from noisy text.
func LikelyName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(surnames, r) || IsName(s)
}

// IsName reports whether gse tags s as a personal name. Credits rely on
// their structure first; this is a tie-breaker for callers.
func IsName(s string) bool {
	toks := wordseg.Tag(s)
	return len(toks) == 1 && strings.HasPrefix(toks[0].Pos, "nr")
}
