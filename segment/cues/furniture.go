package cues

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"newsprint/script"
	"newsprint/segment"
)

const (
	enWeekday = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)`
	enMonth   = `(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`
)

// headerPieces are the items of a page header (dateline strip, ear text):
// a line made only of these is page furniture.
var headerPieces = []*regexp.Regexp{
	regexp.MustCompile(`^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日`),
	regexp.MustCompile(`^星期[一二三四五六日天]`),
	regexp.MustCompile(`^周[一二三四五六日天]`),
	regexp.MustCompile(`^农历\s*\p{Han}{2,12}`),
	regexp.MustCompile(`^第\s*[\d,]+\s*[版期号]`),
	regexp.MustCompile(`^总第\s*[\d,]+\s*期`),
	regexp.MustCompile(`^今日\s*\d+\s*版`),
	regexp.MustCompile(`^(?:责任编辑|本版编辑|版面编辑|美术编辑|责任校对|编辑|校对|美编|制图)\s*[：:]\s*(?:\p{Han}{2,4}\s*)+`),
	regexp.MustCompile(`^(?:国内统一连续出版物号|国内统一刊号|邮发代号|代号)\s*[：:]?\s*[A-Z]{0,2}\s*[\d-]+(?:/[A-Z\d]+)?`),
	regexp.MustCompile(`^(?:零售价|定价|每份)\s*[：:]?\s*[\d.]+\s*元`),
	regexp.MustCompile(`^` + enWeekday + `,?`),
	regexp.MustCompile(`^` + enMonth + `\s+\d{1,2},?\s+\d{4}`),
	regexp.MustCompile(`^\d{1,2}\s+` + enMonth + `,?\s+\d{4}`),
	regexp.MustCompile(`^(?i:vol(?:ume)?\.?)\s*[\dIVXLC]+\.?`),
	regexp.MustCompile(`^(?i:no\.?)\s*[\d,]+\.?`),
	regexp.MustCompile(`^(?i:price)\s*(?:[$£€]?[\d.]+p?|[A-Z ]+CENTS?)\.?`),
	regexp.MustCompile(`^(?i:page)\s*[A-Z]?\d+`),
	regexp.MustCompile(`^—+`),
	regexp.MustCompile(`^[|｜·•]`),
}

// Common section names of Chinese and English papers (the genre's
// vocabulary, printed as banners or in the page header).
var sections = map[string]bool{
	"要闻": true, "国内": true, "国际": true, "社会": true, "经济": true, "财经": true, "体育": true,
	"文化": true, "评论": true, "时评": true, "视点": true, "科教": true, "教育": true, "科技": true,
	"综合": true, "副刊": true, "理论": true, "民生": true, "法治": true, "政治": true, "地方": true,
	"产经": true, "环球": true, "娱乐": true, "健康": true, "生活": true, "旅游": true, "城市": true,
	"时政": true, "专题": true, "读书": true, "观点": true, "军事": true, "农村": true, "本地": true,
	"NEWS": true, "WORLD": true, "BUSINESS": true, "SPORT": true, "SPORTS": true, "POLITICS": true,
	"TECHNOLOGY": true, "ARTS": true, "OPINION": true, "SCIENCE": true, "HEALTH": true, "ECONOMY": true,
	"NATIONAL": true, "INTERNATIONAL": true, "LOCAL": true, "CULTURE": true, "EDUCATION": true,
	"FINANCE": true, "ENTERTAINMENT": true, "COMMENT": true, "FEATURES": true, "TRAVEL": true,
}

// paperName is an English newspaper's name: "The Evening Sentinel".
const paperName = `(?i:the)\s+(?:[A-Z][a-z]+\s+){0,2}(?:Herald|Times|Ledger|Courier|Star|Post|Chronicle|Gazette|Tribune|Journal|News|Mail|Telegraph|Observer|Express|Standard|Guardian|Independent|Sun|Mirror|Record|Register|Sentinel|Examiner|Inquirer|Globe)`

var (
	mastheadZh = regexp.MustCompile(`^\p{Han}{2,6}(?:日报|晚报|晨报|商报|都市报|时报|早报|青年报|法制报|经济报)$`)
	mastheadEn = regexp.MustCompile(`^` + paperName + `$`)
	// paperIn finds a paper's name inside a line.
	paperIn    = regexp.MustCompile(`\b` + paperName + `\b`)
	pinyinHead = regexp.MustCompile(`^[A-Z]{2,}(?: [A-Z]{2,}){1,3}$`)
)

// Squeeze removes the spaces a dump puts between the letters of a
// letter-spaced Chinese heading ("经 济" → "经济"); other spaces stay.
func Squeeze(s string) string {
	s = Normalize(s)
	var b strings.Builder
	rs := []rune(s)
	solid := func(r rune) bool { return script.CJK(r) || script.Shared(r) }
	for i, r := range rs {
		if r == ' ' && i > 0 && i+1 < len(rs) && solid(rs[i-1]) && solid(rs[i+1]) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// IsSection reports whether s (letter spacing removed) is a section name.
func IsSection(s string) bool {
	t := Squeeze(s)
	return sections[t] || sections[strings.ToUpper(t)] && strings.ToUpper(t) == t
}

// IsMasthead reports whether s looks like a paper's name: "…日报", "The
// Evening Sentinel", or the paper's name romanised in capitals under the Chinese
// title. Whether it is printed where a masthead goes is the caller's call.
// A run-in credit wrapped after 报 ("本报讯 记者王晨报" / "道：…") can end
// like a paper's name; no paper's name opens with a lead-in.
func IsMasthead(s string) bool {
	t := Squeeze(s)
	return mastheadZh.MatchString(t) && !LeadIn(t) || mastheadEn.MatchString(t) || mastheadEn.MatchString(titleCase(t))
}

// EndsInPaper reports a line that ends in an English newspaper's name
// ("Special to The Valley Courier").
func EndsInPaper(s string) bool {
	t := Normalize(s)
	loc := paperIn.FindStringIndex(t)
	return loc != nil && loc[1] == len(t)
}

// NamesPaper reports a line that names an English newspaper and is more
// than the name ("Have The Valley Courier brought to your home").
func NamesPaper(s string) bool {
	t := Normalize(s)
	loc := paperIn.FindStringIndex(t)
	return loc != nil && !(loc[0] == 0 && loc[1] == len(t))
}

// IsRomanisedTitle reports a line of capitals such as "CHANGJI RIBAO" that
// sits by a Chinese masthead.
func IsRomanisedTitle(s string) bool {
	t := Normalize(s)
	return pinyinHead.MatchString(t) && (strings.Contains(t, "RIBAO") || strings.Contains(t, "BAO") || strings.Contains(t, "DAILY"))
}

// Furniture classifies a line of page furniture: dates, weekdays, page and
// issue numbers, prices, 责任编辑, section names, mastheads. A line that is
// a run of such items ("2019年10月21日 星期一 第12版") is furniture too.
func Furniture(s string) (segment.BlockKind, bool) {
	t := Normalize(s)
	if t == "" || utf8.RuneCountInString(t) > 80 {
		return "", false
	}
	if IsSection(t) {
		return segment.Section, true
	}
	if IsMasthead(t) || IsRomanisedTitle(t) {
		return segment.Masthead, true
	}
	if headerRun(t) {
		return segment.PageHeader, true
	}
	return "", false
}

// headerRun reports whether t is made entirely of page-header pieces,
// section names and a masthead, separated by spaces.
func headerRun(t string) bool {
	rest := t
	n, others := 0, 0
	for rest != "" {
		rest = strings.TrimLeft(rest, " ,.")
		if rest == "" {
			break
		}
		matched := false
		for _, re := range headerPieces {
			if loc := re.FindStringIndex(rest); loc != nil && loc[1] > 0 {
				rest = rest[loc[1]:]
				matched = true
				break
			}
		}
		if !matched {
			// A folio, section or paper name between header pieces.
			words := strings.Fields(rest)
			for k := min(4, len(words)); k >= 1 && !matched; k-- {
				w := strings.Join(words[:k], " ")
				if (k == 1 && (folio.MatchString(w) || IsSection(strings.Trim(w, ".,")))) || IsMasthead(w) {
					rest = strings.TrimPrefix(strings.TrimLeft(rest, " "), w)
					matched = true
					continue
				}
			}
			if !matched {
				return false
			}
			others++
		}
		n++
	}
	// A bare number or name alone is not enough.
	return n > others
}

var folio = regexp.MustCompile(`^[A-Z]?\d{1,3}$`)
