// Command synthpages typesets synthetic newspaper pages with exact ground
// truth, to measure newsprint on layouts it was never tuned on. It holds no
// article text: it reads articles at run time from a directory of truth
// JSON files (newsprint/v1, e.g. the dev corpus truth), composes new pages
// of 5-9 stories from them with a seeded random layout (3-7 columns,
// headlines over some or all of a story's columns, kickers, decks, bylines
// on their own line, run-in or at the end, crossheads, photos with
// captions, masthead, page header, section banners, adverts), set as papers
// set them (kickers aligned with their heads, no crosshead or credit at a
// column's foot, no widow at its top, column rules ending with their row),
// with the traits that shape pdftotext's dumps of real pages drawn per page
// (Type 3 fonts, open leading, narrow gutters on a baseline grid, narrow
// loose English columns, soft hyphens: see dumpTraits), and writes
//
//	OUT/input/<case>.pdf   the page (standard-14 fonts or STSong-Light)
//	OUT/input/<case>.txt   pdftotext's default-mode dump of it
//	OUT/truth/<case>.json  what was printed, in the truth conventions
//
// pdftotext (poppler-utils) makes the dumps; it is a test-data maker here,
// never part of the product. Usage:
//
//	go run ./tools/synthpages -truth ../shared/corpus/dev/truth -o /tmp/synth
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"newsprint/result"
	"newsprint/wordseg"
)

// The truth files are newsprint/v1 documents: the product's own result
// types, not a copy of them.
type (
	doc     = result.Document
	page    = result.Page
	article = result.Article
	author  = result.Author
	block   = result.Block
)

func main() {
	log.SetFlags(0)
	truthDir := flag.String("truth", "", "directory of truth JSON files to take articles from")
	out := flag.String("o", "", "output directory (input/ and truth/ are made in it)")
	nzh := flag.Int("zh", 12, "Chinese pages")
	nen := flag.Int("en", 8, "English pages")
	seed := flag.Uint64("seed", 1, "layout seed")
	plainList := flag.String("plain", "", "features to leave out, comma-separated, to measure what each costs: "+
		"centre (centred headings), partial (headlines over some of a story's columns), twoline (headlines set on two lines by choice), "+
		"spaced (letter-spaced headlines), cross (bold centred crossheads: set as plain paragraphs), photo, credit (credits other than a line under the headline; or one form: coltop, runin, endcredit), "+
		"advert, adforms (adverts of the first form only), section, hyphen (English line-end hyphens, which pdftotext joins); "+
		"dump traits (see dumpTraits): type3, leading, gutter (Chinese), narrow, shy (English)")
	flag.Parse()
	for _, f := range strings.Split(*plainList, ",") {
		plain[strings.TrimSpace(f)] = true
	}
	if *truthDir == "" || *out == "" {
		log.Fatal("usage: synthpages -truth DIR -o OUT [-zh N] [-en N] [-seed S]")
	}
	pool, err := readArticles(*truthDir)
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range []string{"input", "truth"} {
		if err := os.MkdirAll(filepath.Join(*out, d), 0o755); err != nil {
			log.Fatal(err)
		}
	}
	for _, lang := range []string{"zh", "en"} {
		n := *nzh
		if lang == "en" {
			n = *nen
		}
		if n > 0 && len(pool[lang]) == 0 {
			log.Fatalf("%s: no %s articles", *truthDir, lang)
		}
		for i := 1; i <= n; i++ {
			name := fmt.Sprintf("syn%d-%s-%02d", *seed, lang, i)
			rng := rand.New(rand.NewPCG(*seed, uint64(i)<<8|uint64(lang[0])))
			c, p := compose(rng, lang == "zh", pool[lang])
			if err := writeCase(*out, name, c, p); err != nil {
				log.Fatal(err)
			}
		}
	}
}

// readArticles collects the articles of every truth file in dir by page
// language; editor's notes (boxed on real pages) and bodiless articles are
// left out.
func readArticles(dir string) (map[string][]article, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("%s: no truth files", dir)
	}
	sort.Strings(files)
	pool := map[string][]article{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var d doc
		if err := json.Unmarshal(data, &d); err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		for _, p := range d.Pages {
			for _, a := range p.Articles {
				if a.Headline == "" || a.Headline == "编者按" || a.Headline == "From the Editor" || len(a.Paragraphs) == 0 {
					continue
				}
				pool[p.Language] = append(pool[p.Language], a)
			}
		}
	}
	return pool, nil
}

func writeCase(out, name string, c *canvas, p page) error {
	pdf := c.pdf()
	in := filepath.Join(out, "input", name+".pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		return err
	}
	if b, err := exec.Command("pdftotext", in, filepath.Join(out, "input", name+".txt")).CombinedOutput(); err != nil {
		return fmt.Errorf("pdftotext %s: %v: %s", in, err, b)
	}
	var d doc
	d.Schema = "newsprint/v1"
	d.Source.File = name + ".pdf"
	sum := sha256.Sum256(pdf)
	d.Source.SHA256 = hex.EncodeToString(sum[:])
	d.Source.Format = "pdf"
	d.Pages = []page{p}
	data, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "truth", name+".json"), append(data, '\n'), 0o644)
}

// composer lays out one page.
// plain holds the features -plain leaves out. The random draws stay the
// same, so a page differs from its full version by that feature (and what
// it moves) only.
var plain = map[string]bool{}

type composer struct {
	rng                *rand.Rand
	zh                 bool
	c                  *canvas
	pool               []article
	used               map[int]bool
	arts               []article
	blocks             []block
	paper              string
	ncols              int
	left, gutter, colW float64
	size, lead         float64
	headFont, bodyFont string
	colRules           bool
	grid               bool // body lines on one baseline grid down the page
	gridTop            float64
	shy                bool // soft hyphens in English words
}

const (
	pageW, pageH = 841.92, 1191.12
	margin       = 36.0
)

// newComposer draws a page's settings: columns, type, dump traits.
func newComposer(rng *rand.Rand, zh bool, pool []article) *composer {
	m := &composer{rng: rng, zh: zh, pool: pool, used: map[int]bool{},
		c: &canvas{w: pageW, h: pageH, zh: zh}}
	m.ncols = 3 + rng.IntN(5)
	m.gutter = 8 + float64(rng.IntN(13))
	m.left = margin
	m.colRules = rng.IntN(3) == 0
	if zh {
		m.size = 9 + 0.5*float64(rng.IntN(4))
		m.lead = m.size * (1.3 + 0.05*float64(rng.IntN(4)))
		m.headFont, m.bodyFont = song, song
		m.paper = pick(rng, "江城", "海川", "西岭", "南湖", "青原", "北塘", "云岗") + pick(rng, "日报", "晚报", "时报", "都市报")
	} else {
		m.size = 8.5 + 0.5*float64(rng.IntN(3))
		m.lead = m.size * (1.15 + 0.05*float64(rng.IntN(3)))
		m.headFont, m.bodyFont = pick(rng, bold, sansBold), roman
		m.paper = "The " + pick(rng, "Northfield", "Riverside", "Westbury", "Harbour", "Kingsbridge", "Eastvale") + " " + pick(rng, "Gazette", "Courier", "Chronicle", "Observer", "Post")
	}
	m.dumpTraits()
	m.colW = (pageW - 2*margin - float64(m.ncols-1)*m.gutter) / float64(m.ncols)
	return m
}

func compose(rng *rand.Rand, zh bool, pool []article) (*canvas, page) {
	m := newComposer(rng, zh, pool)
	y := m.furniture()
	m.gridTop = y
	want := 5 + rng.IntN(5)
	bottom := pageH - margin
	adverts := 0
	for band := 0; len(m.arts) < want && bottom-y > 150; band++ {
		if band > 0 && rng.IntN(4) == 0 && !plain["section"] {
			y = m.section(y)
		}
		left := want - len(m.arts)
		hb := bottom - y
		if left > 3 {
			hb = math.Min(hb, math.Round((0.28+0.2*rng.Float64())*(bottom-margin)))
		}
		spans := m.partition(min(left, 3))
		x := m.left
		bandBottom := y
		var placed, gutterRules []int
		for i, k := range spans {
			w := float64(k)*m.colW + float64(k-1)*m.gutter
			if adverts == 0 && k <= 2 && len(spans) > 1 && rng.IntN(5) == 0 && !plain["advert"] {
				adverts++
				bandBottom = math.Max(bandBottom, m.advert(x, y, w, math.Min(hb, 90+float64(rng.IntN(90)))))
			} else if b, ok := m.story(x, y, k, y+hb); ok {
				bandBottom = math.Max(bandBottom, b)
				placed = append(placed, len(m.arts)-1)
			}
			if m.colRules && i < len(spans)-1 {
				gx := x + w + m.gutter/2
				gutterRules = append(gutterRules, len(m.c.rules))
				m.c.rules = append(m.c.rules, rule{gx, y, gx, y + hb})
			}
			x += w + m.gutter
		}
		// A rule between stories ends with the row's content, not with the
		// height planned for it: it must not run into the next row's heads.
		for _, i := range gutterRules {
			m.c.rules[i].y2 = bandBottom
		}
		if bandBottom == y {
			break
		}
		for _, i := range placed {
			m.arts[i].BBox[3] = round2(bandBottom)
		}
		m.c.rules = append(m.c.rules, rule{m.left, bandBottom + 5, pageW - margin, bandBottom + 5})
		y = bandBottom + 12
	}
	sort.SliceStable(m.arts, func(i, j int) bool {
		a, b := m.arts[i].BBox, m.arts[j].BBox
		if a[1] != b[1] {
			return a[1] < b[1]
		}
		return a[0] < b[0]
	})
	for i := range m.arts {
		m.arts[i].ID = fmt.Sprintf("p1-a%d", i+1)
	}
	lang := "en"
	if zh {
		lang = "zh"
	}
	return m.c, page{Page: 1, Method: "pdf-text", Width: pageW, Height: pageH, Unit: "pt",
		Language: lang, Articles: m.arts, Blocks: m.blocks}
}

// dumpTraits draws the settings that make pdftotext's dumps of real pages
// hard to read, each on a share of pages like the other features (all
// drawn, so -plain changes only the feature it names):
//   - type3 (Chinese 2/3 of pages, English soup pages, 1/2): the text font
//     wrapped in Type 3 fonts, as browsers print pages (see type3Font).
//     pdftotext guesses a Type 3 font's size from its first glyph and
//     measures spacing in that size: Chinese text it takes
//     for twice its size, so gutters under 1.4 em join neighbouring columns
//     into one dump line; English text for half its size, so every line is
//     a block of its own and word spaces over 0.35 em (loose justified
//     lines) cut lines into one-word blocks, printed in turns across
//     lines and columns.
//   - leading (Chinese): body lines 1.5-1.65 em apart. pdftotext joins lines
//     into a block only when their baselines are under 1.5 em apart, so it
//     prints each line as a block of its own, neighbouring columns' lines
//     in turns.
//   - gutter (Chinese): gutters of 0.8-1.1 em and every story's lines on
//     one baseline grid, so lines of neighbouring columns (of one story or
//     of two) share baselines.
//   - narrow (English, with type3): 5-7 columns, about 12-15 em wide, whose
//     justified lines are often loose.
//   - shy (English: the soup pages and half the others): words carry soft
//     hyphens (U+00AD) drawn as glyphs that the next letter overprints; a
//     break at one prints it with a hyphen. The body font is then a Type 3
//     font (for its ToUnicode map), one pdftotext sizes right but on soup
//     pages.
func (m *composer) dumpTraits() {
	rng := m.rng
	if m.zh {
		if t3 := rng.IntN(3) > 0; t3 && !plain["type3"] {
			m.c.type3 = ideoSpace
		}
		open, lead := rng.IntN(3) > 0, m.size*(1.5+0.05*float64(rng.IntN(4)))
		if open && !plain["leading"] {
			m.lead = lead
		}
		narrow, gutter := rng.IntN(3) > 0, m.size*(0.8+0.1*float64(rng.IntN(4)))
		if narrow && !plain["gutter"] {
			m.gutter, m.grid = gutter, true
		}
		return
	}
	soup, cols, size, lead := rng.IntN(2) == 0, 5+rng.IntN(3), 8.5+0.5*float64(rng.IntN(2)), 1.15+0.05*float64(rng.IntN(3))
	shy := rng.IntN(2) == 0 || soup
	if soup && !plain["narrow"] {
		m.ncols, m.size, m.lead = cols, size, size*lead
	}
	if soup && !plain["type3"] {
		m.c.type3 = ' '
	}
	// Soft hyphens need the Type 3 font's ToUnicode map: elsewhere it is
	// one that pdftotext sizes right.
	if shy && !plain["shy"] {
		if m.c.type3 == 0 {
			m.c.type3 = enSpace
		}
		m.shy = true
	}
}

func pick(rng *rand.Rand, s ...string) string { return s[rng.IntN(len(s))] }

func round2(f float64) float64 { return math.Round(f*100) / 100 }

// partition splits the page's columns among n stories (fewer when the
// columns run out), each at least one column wide.
func (m *composer) partition(n int) []int {
	n = min(n, m.ncols, 1+m.rng.IntN(3))
	spans := make([]int, n)
	for i := range spans {
		spans[i] = 1
	}
	for r := m.ncols - n; r > 0; r-- {
		spans[m.rng.IntN(n)]++
	}
	return spans
}

// text draws one line of text and returns its box.
func (m *composer) text(s, f string, size, x, top float64, fake bool, tc float64) []float64 {
	m.c.items = append(m.c.items, item{x: x, top: top, size: size, font: f, text: s, tc: tc, fake: fake})
	w := width(s, f, size) + tc*float64(utf8.RuneCountInString(s)-1)
	return []float64{x, top, x + w, top + size*1.1}
}

func (m *composer) addBlock(kind, text string, box []float64) {
	for i := range box {
		box[i] = round2(box[i])
	}
	m.blocks = append(m.blocks, block{Kind: kind, Text: strings.Join(strings.Fields(text), " "), BBox: box})
}

// furniture draws the masthead (front pages) or the running head and
// returns where the stories start.
func (m *composer) furniture() float64 {
	rng := m.rng
	right := pageW - margin
	date := fmt.Sprintf("%s, %s %d, 2026", pick(rng, "Monday", "Tuesday", "Thursday", "Saturday"), pick(rng, "March", "May", "June", "September"), 1+rng.IntN(28))
	if m.zh {
		date = fmt.Sprintf("2026年%d月%d日 %s", 1+rng.IntN(12), 1+rng.IntN(28), pick(rng, "星期一", "星期三", "星期五", "星期日"))
	}
	if rng.IntN(3) == 0 { // front page
		size := 40 + float64(rng.IntN(16))
		ear := []string{date, fmt.Sprintf("No. %d", 10000+rng.IntN(9000))}
		if m.zh {
			ear = []string{date, fmt.Sprintf("第%d号", 10000+rng.IntN(9000)), "今日" + fmt.Sprint(8+4*rng.IntN(3)) + "版"}
		}
		earW := 0.0
		for _, s := range ear {
			earW = math.Max(earW, width(s, m.bodyFont, m.size))
		}
		// The paper's name is set smaller rather than over its ear.
		ms := size
		for ms > 20 && (pageW-width(m.paper, m.headFont, ms))/2 < margin+earW+12 {
			ms--
		}
		w := width(m.paper, m.headFont, ms)
		box := m.text(m.paper, m.headFont, ms, (pageW-w)/2, margin+(size-ms)*0.6, m.zh, 0)
		m.addBlock("masthead", m.paper, box)
		for i, s := range ear {
			box = m.text(s, m.bodyFont, m.size, margin, margin+8+float64(i)*m.size*1.4, false, 0)
			m.addBlock("page-header", s, box)
		}
		y := margin + size*1.2 + 6
		m.c.rules = append(m.c.rules, rule{margin, y, right, y})
		return y + 10
	}
	folio := fmt.Sprintf("%d", 2+rng.IntN(20))
	section := pick(rng, "NATION", "BUSINESS", "WORLD", "TECHNOLOGY", "POLITICS")
	parts := []string{folio, m.paper + "  " + date, section}
	if m.zh {
		parts = []string{"第" + folio + "版", date, pick(rng, "要闻", "经济", "社会", "综合", "国际"), "责任编辑：" + pick(rng, "林晓", "周岩", "沈立", "许航", "韩青")}
	}
	x := margin
	step := (right - margin) / float64(len(parts))
	for _, s := range parts {
		box := m.text(s, m.bodyFont, m.size, x, margin, false, 0)
		m.addBlock("page-header", s, box)
		x += step
	}
	y := margin + m.size*1.3 + 3
	m.c.rules = append(m.c.rules, rule{margin, y, right, y})
	return y + 10
}

// section draws a banner across the page and returns the y under it.
func (m *composer) section(y float64) float64 {
	name := pick(m.rng, "BUSINESS", "WORLD", "SCIENCE", "REGIONS")
	printed, tc := name, 0.0
	if m.zh {
		name = pick(m.rng, "经济", "文化", "社会", "科技", "民生")
		printed, tc = strings.Join(strings.Split(name, ""), " "), 4
	}
	box := m.text(printed, m.headFont, 14, m.left, y, m.zh, tc)
	m.addBlock("section", name, box)
	m.c.rules = append(m.c.rules, rule{m.left, y + 19, pageW - margin, y + 19})
	return y + 26
}

// advert draws a boxed notice of width w and at most height h.
func (m *composer) advert(x, y, w, h float64) float64 {
	lines := m.advertText()
	size := m.size + 1
	for width(lines[0], m.headFont, size) > w-8 && size > 6 {
		size -= 0.5
	}
	// Lines after the title are wrapped to the box (room left for a
	// hanging stop).
	type set struct {
		text string
		font string
	}
	printed := []set{{lines[0], m.headFont}}
	for _, l := range lines[1:] {
		for _, sl := range m.wrap(l, m.bodyFont, size, w-8-size) {
			printed = append(printed, set{m.lineText(sl), m.bodyFont})
		}
	}
	need := float64(len(printed))*size*1.5 + 16
	h = math.Max(h, need)
	m.c.rects = append(m.c.rects, rect{x: x, y: y, w: w, h: h})
	top := y + (h-need)/2 + 8
	for i, l := range printed {
		m.text(l.text, l.font, size, x+(w-width(l.text, l.font, size))/2, top+float64(i)*size*1.5, m.zh && i == 0, 0)
	}
	m.addBlock("advert", strings.Join(lines, " "), []float64{x, y, x + w, y + h})
	return y + h
}

// advertText returns an advert's lines, its title first, in one of several
// forms: the paper's subscription notice (as a list or as a sentence), a
// hotline, a sale, a job offer. -plain adforms keeps the first form only.
func (m *composer) advertText() []string {
	// Every form takes the same draws, so -plain adforms moves nothing else.
	var r [9]int
	for i := range r {
		r[i] = m.rng.IntN(1 << 20)
	}
	form := r[0] % 5
	if plain["adforms"] {
		form = 0
	}
	pk := func(i int, s ...string) string { return s[r[i]%len(s)] }
	phone := fmt.Sprintf("0%d-%d", 10+r[1]%890, 60000000+r[2]%39999999)
	code := fmt.Sprintf("%d-%d", 1+r[3]%80, 10+r[4]%90)
	price := 300 + 12*(r[5]%10)
	if m.zh {
		switch form {
		case 1:
			return []string{pk(6, "征订通知", "报刊征订"),
				fmt.Sprintf("%s%d年度征订工作现已开始，每份全年%d元，请到当地邮局办理。", m.paper, 2027, price),
				"邮发代号：" + code}
		case 2:
			return []string{pk(6, "新闻热线", "读者热线"), "欢迎提供新闻线索，一经采用即付薄酬。", "热线电话：" + phone}
		case 3:
			return []string{pk(6, "锦华", "宏远", "百佳", "恒丰") + pk(7, "家居", "电器", "商场") + pk(8, "年终特惠", "开业酬宾"),
				fmt.Sprintf("全场商品%d折起，满%d元送好礼。", 5+r[3]%4, 100*(2+r[4]%8)),
				fmt.Sprintf("地址：%s路%d号", pk(5, "人民", "解放", "建设", "和平"), 1+r[2]%98), "电话：" + phone}
		case 4:
			return []string{pk(6, "招贤纳士", "人才招聘"),
				fmt.Sprintf("因业务拓展，现招聘%s、%s各若干名，待遇从优。", pk(7, "销售经理", "摄影记者", "会计"), pk(8, "文案策划", "网络编辑", "驾驶员")),
				"联系电话：" + phone}
		}
		return []string{"欢迎订阅" + m.paper, fmt.Sprintf("全年定价%d元", price), "邮发代号" + code, "各地邮局均可订阅"}
	}
	phone = fmt.Sprintf("0800 %03d %03d", r[1]%1000, r[2]%1000)
	switch form {
	case 1:
		return []string{"SUBSCRIPTIONS", fmt.Sprintf("A year of %s costs just %d pounds, delivered free. Call %s.", m.paper, 90+6*(r[5]%10), phone)}
	case 2:
		return []string{pk(6, "NEWS TIPS?", "GOT A STORY?"), "Our newsroom wants to hear from you.", "Call " + phone}
	case 3:
		return []string{pk(6, "WINTER SALE", "CLEARANCE"), fmt.Sprintf("Up to %d%% off all %s", 20+10*(r[3]%5), pk(7, "furniture", "carpets", "garden tools")),
			fmt.Sprintf("%s %s, %d %s Lane", pk(8, "Hartley's", "Bromwell", "Fairway"), pk(5, "Home Store", "Outlet"), 1+r[4]%98, pk(3, "Mill", "Church", "Station")), "Open daily 9am to 6pm"}
	case 4:
		return []string{"WE ARE HIRING", pk(7, "Delivery drivers", "Sales staff", "Trainee reporters") + " wanted for immediate start.", "Call " + phone}
	}
	return []string{"SUBSCRIBE TODAY", "Have " + m.paper + " brought", "to your home each day.", "Call " + phone}
}

// span is the width of k columns with their gutters.
func (m *composer) span(k int) float64 { return float64(k)*m.colW + float64(k-1)*m.gutter }

// choose picks an unused article whose body roughly fills chars
// characters, at random among the three that fit best.
func (m *composer) choose(chars float64) int {
	type cand struct {
		i    int
		cost float64
	}
	var cs []cand
	for i, a := range m.pool {
		if m.used[i] {
			continue
		}
		n := 0
		for _, p := range a.Paragraphs {
			n += utf8.RuneCountInString(p)
		}
		cost := math.Abs(float64(n) - 0.9*chars)
		if float64(n) < 0.6*chars {
			cost *= 3 // a short story leaves its columns empty
		}
		cs = append(cs, cand{i, cost})
	}
	if len(cs) == 0 {
		return -1
	}
	sort.Slice(cs, func(a, b int) bool { return cs[a].cost < cs[b].cost })
	return cs[m.rng.IntN(min(3, len(cs)))].i
}

// A bodyLine is a set line of a story's column flow.
type bodyLine struct {
	setLine
	indent float64
	align  int // justify, left, centre, right
	font   string
	fake   bool
	first  bool // opens its paragraph (or crosshead, credit)
	keep   bool // stays with the next line: a crosshead or a credit over the text
}

const (
	justify = iota
	alignLeft
	centre
	alignRight
)

// para is a paragraph to set: a run-in credit is printed bold before it.
type para struct {
	text, runIn string
	cross       bool
}

// wrap breaks s in font f at size into lines of width w (no hyphens).
func (m *composer) wrap(s, f string, size, w float64) []setLine {
	if m.zh {
		return breakZh(zhUnits(s, false), size, w, 0)
	}
	return breakEn(s, f, size, w, 0, false)
}

// wrapHead breaks a heading between words (gse's words in Chinese).
func (m *composer) wrapHead(s, f string, size, w float64) []setLine {
	if !m.zh {
		return breakEn(s, f, size, w, 0, false)
	}
	// gse lowers Latin letters: take each word's runes from s itself.
	var us []unit
	rs := []rune(s)
	for _, word := range wordseg.Cut(s) {
		n := min(utf8.RuneCountInString(word), len(rs))
		us = append(us, unit{text: string(rs[:n])})
		rs = rs[n:]
	}
	if len(rs) > 0 {
		us = append(us, unit{text: string(rs)})
	}
	return breakZh(us, size, w, 0)
}

// halve sets a one-line heading on two lines, broken at the word boundary
// nearest its middle (after punctuation when one is near).
func halve(us []unit, f string, size float64) []setLine {
	total := 0.0
	for _, u := range us {
		total += width(u.text, f, size)
	}
	best, bestCost, at := 1, math.Inf(1), 0.0
	for i := 1; i < len(us); i++ {
		at += width(us[i-1].text, f, size)
		cost := math.Abs(at - total/2)
		if strings.ContainsAny(us[i-1].text, "，、：,:") {
			cost -= total / 4
		}
		if cost < bestCost {
			best, bestCost = i, cost
		}
	}
	return []setLine{{units: us[:best]}, {units: us[best:], last: true}}
}

// heading draws lines of a heading at y within width w and returns the y
// under them; a lone short line may be letter-spaced.
func (m *composer) heading(lines []setLine, f string, size, x, y, w float64, centred, spaced bool) float64 {
	for _, l := range lines {
		s := m.lineText(l)
		tc := 0.0
		n := utf8.RuneCountInString(s)
		nw := width(s, f, size)
		if spaced && m.zh && len(lines) == 1 && n > 1 && nw < 0.5*w {
			tc = math.Min(size*0.6, (0.7*w-nw)/float64(n-1))
			nw += tc * float64(n-1)
		}
		lx := x
		if centred {
			lx = x + (w-nw)/2
		}
		m.text(s, f, size, lx, y, m.zh, tc)
		y += size * 1.25
	}
	return y
}

// lineText is a set line's text as printed: solid in Chinese, words
// spaced in English.
func (m *composer) lineText(l setLine) string {
	if m.zh {
		return l.text()
	}
	return joinWords(l)
}

func joinWords(l setLine) string {
	var ws []string
	for _, u := range l.units {
		ws = append(ws, u.text)
	}
	return strings.Join(ws, " ")
}

// story places an unused article in k columns from x, between top and
// bottom, and returns the lowest point it used.
func (m *composer) story(x, top float64, k int, bottom float64) (float64, bool) {
	rng := m.rng
	j := k // the headline's columns
	if k > 1 && rng.IntN(5) < 2 {
		j = 1 + rng.IntN(k-1)
		if plain["partial"] {
			j = k
		}
	}
	hw := m.span(j)
	perLine := m.colW / m.size
	if !m.zh {
		perLine = m.colW / (m.size * 0.45)
	}
	idx := m.choose(float64(k) * (bottom - top - 70) / m.lead * perLine)
	if idx < 0 {
		return 0, false
	}
	m.used[idx] = true
	src := m.pool[idx]
	ni, nr, nl := len(m.c.items), len(m.c.rects), len(m.c.rules)
	a := article{Headline: src.Headline}
	y := top

	hsize := 18 + float64(rng.IntN(12))
	if j == 1 {
		hsize = 13 + float64(rng.IntN(5))
	}
	ki := len(m.c.items) // the kicker's lines, aligned with the headline below
	if src.Kicker != "" && rng.IntN(6) > 0 {
		a.Kicker = src.Kicker
		ks := math.Max(m.size+1.5, math.Round(hsize*0.5))
		y = m.heading(m.wrapHead(src.Kicker, m.bodyFont, ks, hw), m.bodyFont, ks, x, y, hw, false, false) + 2
	}
	hl := m.wrapHead(src.Headline, m.headFont, hsize, hw)
	for len(hl) > 2 && hsize > 12 {
		hsize--
		hl = m.wrapHead(src.Headline, m.headFont, hsize, hw)
	}
	if len(hl) == 1 && utf8.RuneCountInString(src.Headline) >= 8 && len(hl[0].units) >= 3 && rng.IntN(3) == 0 && !plain["twoline"] {
		hl = halve(hl[0].units, m.headFont, hsize)
	}
	centred := rng.IntN(3) == 0 && !plain["centre"]
	if centred {
		for i := ki; i < len(m.c.items); i++ {
			it := &m.c.items[i]
			it.x += (hw - width(it.text, it.font, it.size)) / 2
		}
	}
	y = m.heading(hl, m.headFont, hsize, x, y, hw, centred, rng.IntN(3) == 0 && !plain["spaced"]) + 2
	if len(src.Subheadlines) > 0 && rng.IntN(6) > 0 {
		ds := math.Max(m.size+2, math.Round(hsize*0.55))
		for _, d := range src.Subheadlines {
			a.Subheadlines = append(a.Subheadlines, d)
			y = m.heading(m.wrapHead(d, m.bodyFont, ds, hw), m.bodyFont, ds, x, y, hw, centred, false)
		}
		y += 2
	}

	credit := m.credit(src, &a)
	if credit.form == inHeader {
		// Wrapped to the headline's width: a credit never runs on into
		// the next story.
		for _, l := range credit.lines {
			for _, sl := range m.wrap(l, m.bodyFont, m.size+0.5, hw) {
				m.text(m.lineText(sl), m.bodyFont, m.size+0.5, x, y, m.zh, 0)
				y += (m.size + 0.5) * 1.35
			}
		}
	}
	head := y + 6
	tops := make([]float64, k)
	for c := range tops {
		tops[c] = top
		if c < j {
			tops[c] = head
		}
	}

	if len(src.Captions) > 0 && rng.IntN(3) > 0 {
		pm := 1
		if k > 2 {
			pm = 1 + rng.IntN(2)
		}
		p := 0
		if rng.IntN(2) == 0 {
			p = k - pm
		}
		ptop := 0.0
		for c := p; c < p+pm; c++ {
			ptop = math.Max(ptop, tops[c])
		}
		// A credit set at the first column's top goes over a photo there,
		// not under it, away from its headline.
		var over []setLine
		if credit.form == atColumnTop && p == 0 {
			for _, l := range credit.lines {
				over = append(over, m.wrap(l, m.bodyFont, m.size, m.colW)...)
			}
		}
		creditTop := ptop
		ptop += float64(len(over)) * m.lead
		pw := m.span(pm)
		px := x + float64(p)*(m.colW+m.gutter)
		ph := math.Round(pw * (0.5 + 0.3*rng.Float64()))
		cs := m.size - 0.5
		cf := m.bodyFont
		if !m.zh {
			cf = sans
		}
		capLines := m.wrap(src.Captions[0], cf, cs, pw)
		capBottom := ptop + ph + 4 + float64(len(capLines))*cs*1.3 + 6
		if bottom-capBottom > 6*m.lead && !plain["photo"] {
			for i, l := range over {
				m.drawLine(bodyLine{setLine: l, align: alignLeft, font: m.bodyFont, fake: m.zh}, x, creditTop+float64(i)*m.lead, m.colW, m.size)
			}
			if over != nil {
				credit.form = inHeader // printed
			}
			m.c.rects = append(m.c.rects, rect{x: px, y: ptop, w: pw, h: ph, fill: true})
			cy := ptop + ph + 4
			for _, l := range capLines {
				bl := bodyLine{setLine: l, font: cf}
				if l.last {
					bl.align = alignLeft
				}
				m.drawLine(bl, px, cy, pw, cs)
				cy += cs * 1.3
			}
			for c := p; c < p+pm; c++ {
				tops[c] = capBottom
			}
			a.Captions = []string{src.Captions[0]}
			for _, au := range src.Authors {
				if au.Role == "photographer" && strings.Contains(strings.ToLower(src.Captions[0]), strings.ToLower(au.Name)) {
					a.Authors = append(a.Authors, au)
				}
			}
		}
	}

	var paras []para
	for i, p := range src.Paragraphs {
		cross := i > 0 && isCrosshead(p, m.zh)
		paras = append(paras, para{text: p, cross: cross})
	}
	paras[0].runIn = credit.runIn
	for c := range tops {
		tops[c] = m.onGrid(tops[c])
	}
	lines, kept := m.fit(paras, credit, tops, bottom)
	if lines == nil { // no room left under the header: take the story back
		m.c.items, m.c.rects, m.c.rules = m.c.items[:ni], m.c.rects[:nr], m.c.rules[:nl]
		return 0, false
	}
	for _, p := range kept {
		a.Paragraphs = append(a.Paragraphs, p.text)
	}

	// Balance: the lowest common bottom that holds every line.
	b := 0.0
	for b = top + m.lead; b < bottom && !m.fits(lines, tops, b); b += 1 {
	}
	counts, _ := m.deal(lines, tops, b)
	used := top
	for c, i := 0, 0; c < k && i < len(lines); c++ {
		cx := x + float64(c)*(m.colW+m.gutter)
		for r := 0; r < counts[c]; r, i = r+1, i+1 {
			ly := tops[c] + float64(r)*m.lead
			m.drawLine(lines[i], cx, ly, m.colW, m.size)
			used = math.Max(used, ly+m.lead)
		}
		if m.colRules && c < k-1 {
			gx := cx + m.colW + m.gutter/2
			m.c.rules = append(m.c.rules, rule{gx, tops[c], gx, b})
		}
	}
	for _, t := range tops {
		used = math.Max(used, t)
	}
	a.BBox = []float64{round2(x), round2(top), round2(x + m.span(k)), round2(used)}
	m.arts = append(m.arts, a)
	return used, true
}

// onGrid moves y down to the next line of the page's baseline grid, if it
// has one.
func (m *composer) onGrid(y float64) float64 {
	if !m.grid {
		return y
	}
	return m.gridTop + math.Ceil((y-m.gridTop)/m.lead-0.01)*m.lead
}

// deal fills the columns starting at tops with lines down to b and returns
// how many each takes, and whether all fitted. Like papers it never breaks
// a column after a crosshead or a credit (keep with next) nor before a
// paragraph's last line alone (a widow at the next column's top).
func (m *composer) deal(lines []bodyLine, tops []float64, b float64) ([]int, bool) {
	counts := make([]int, len(tops))
	i := 0
	for c, t := range tops {
		n := 0
		if b > t {
			n = min(int((b-t+0.01)/m.lead), len(lines)-i)
		}
		for n > 0 && i+n < len(lines) && !breakable(lines, i+n) {
			n--
		}
		counts[c] = n
		i += n
	}
	return counts, i == len(lines)
}

func (m *composer) fits(lines []bodyLine, tops []float64, b float64) bool {
	_, ok := m.deal(lines, tops, b)
	return ok
}

// breakable tells whether a column may end before lines[i].
func breakable(lines []bodyLine, i int) bool {
	return !lines[i-1].keep && !(lines[i].last && !lines[i].first)
}

// isCrosshead tells a short paragraph without closing punctuation: set as
// a bold subheading.
func isCrosshead(p string, zh bool) bool {
	r, _ := utf8.DecodeLastRuneInString(p)
	if strings.ContainsRune("。！？”…．.!?\"'：:", r) {
		return false
	}
	if zh {
		return utf8.RuneCountInString(p) <= 24
	}
	return len(strings.Fields(p)) <= 5
}

// fit sets the paragraphs, dropping paragraphs from the end (and then
// sentences of the first) until the lines fit in the columns; it returns
// the lines and the paragraphs kept, as printed.
func (m *composer) fit(paras []para, cr credit, tops []float64, bottom float64) ([]bodyLine, []para) {
	for n := len(paras); n >= 1; n-- {
		ps := paras[:n]
		for len(ps) > 1 && ps[len(ps)-1].cross {
			ps = ps[:len(ps)-1]
		}
		if lines := m.setBody(ps, cr); m.fits(lines, tops, bottom) {
			return lines, ps
		}
	}
	sents := sentences(paras[0].text, m.zh)
	for n := len(sents) - 1; n >= 1; n-- {
		p := paras[0]
		p.text = strings.Join(sents[:n], "")
		if !m.zh {
			p.text = strings.Join(sents[:n], " ")
		}
		if lines := m.setBody([]para{p}, cr); m.fits(lines, tops, bottom) {
			return lines, []para{p}
		}
	}
	// Even the first sentence is too long: keep the most words (Chinese:
	// characters) of it that fit.
	var parts []string
	sep := " "
	if m.zh {
		parts, sep = strings.Split(sents[0], ""), ""
	} else {
		parts = strings.Fields(sents[0])
	}
	lo, hi := 0, len(parts) // parts[:lo] fit, parts[:hi+1] do not
	for lo < hi {
		mid := (lo + hi + 1) / 2
		p := paras[0]
		p.text = strings.Join(parts[:mid], sep)
		if m.fits(m.setBody([]para{p}, cr), tops, bottom) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo < 4 {
		return nil, nil
	}
	p := paras[0]
	p.text = strings.Join(parts[:lo], sep)
	return m.setBody([]para{p}, cr), []para{p}
}

// sentences cuts a paragraph after each full stop.
func sentences(s string, zh bool) []string {
	var out []string
	if zh {
		start := 0
		rs := []rune(s)
		for i, r := range rs {
			if strings.ContainsRune("。！？", r) && (i+1 == len(rs) || !strings.ContainsRune("”’）", rs[i+1])) {
				out = append(out, string(rs[start:i+1]))
				start = i + 1
			} else if strings.ContainsRune("”’", r) && i > 0 && strings.ContainsRune("。！？", rs[i-1]) {
				out = append(out, string(rs[start:i+1]))
				start = i + 1
			}
		}
		if start < len(rs) {
			out = append(out, string(rs[start:]))
		}
		return out
	}
	ws := strings.Fields(s)
	start := 0
	for i, w := range ws {
		if strings.HasSuffix(w, ".") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, ".\"") {
			out = append(out, strings.Join(ws[start:i+1], " "))
			start = i + 1
		}
	}
	if start < len(ws) {
		out = append(out, strings.Join(ws[start:], " "))
	}
	return out
}

// setBody breaks a story's column flow into lines: a credit at the top of
// the first column, the paragraphs (crossheads bold and centred), a credit
// at the end.
func (m *composer) setBody(ps []para, cr credit) []bodyLine {
	var out []bodyLine
	if cr.form == atColumnTop {
		for _, l := range cr.lines {
			for i, sl := range m.wrap(l, m.bodyFont, m.size, m.colW) {
				out = append(out, bodyLine{setLine: sl, align: alignLeft, font: m.bodyFont, fake: m.zh, first: i == 0, keep: true})
			}
		}
	}
	for _, p := range ps {
		if p.cross && !plain["cross"] {
			f := bold
			if m.zh {
				f = song
			}
			for i, sl := range m.wrap(p.text, f, m.size, m.colW) {
				out = append(out, bodyLine{setLine: sl, align: centre, font: f, fake: m.zh, first: i == 0, keep: true})
			}
			continue
		}
		indent := 2 * m.size
		var sls []setLine
		if m.zh {
			us := append(zhUnits(p.runIn, true), zhUnits(p.text, false)...)
			sls = breakZh(us, m.size, m.colW, indent)
		} else {
			indent = m.size
			text := p.text
			if m.shy {
				text = softHyphens(text)
			}
			sls = breakEn(text, roman, m.size, m.colW, indent, !plain["hyphen"])
		}
		for i, sl := range sls {
			bl := bodyLine{setLine: sl, font: m.bodyFont, first: i == 0}
			if i == 0 {
				bl.indent = indent
			}
			if sl.last {
				bl.align = alignLeft
			}
			out = append(out, bl)
		}
	}
	if cr.form == atEnd {
		for i, sl := range m.wrap(cr.lines[0], m.bodyFont, m.size, m.colW) {
			out = append(out, bodyLine{setLine: sl, align: alignRight, font: m.bodyFont, first: i == 0})
		}
	}
	return out
}

// drawLine draws a set line in a column of width w at x, top y.
func (m *composer) drawLine(l bodyLine, x, y, w, size float64) {
	avail := w - l.indent
	if m.zh {
		n, nw := 0, 0.0
		for _, u := range l.units {
			n += utf8.RuneCountInString(u.text)
			nw += width(u.text, song, size)
		}
		tc, slack := 0.0, avail-nw
		if (l.align == justify || slack < 0) && n > 1 {
			// Squeezed in when too wide (a hanging stop): gutters can be
			// narrower than a character.
			tc, slack = slack/float64(n-1), 0
		}
		cx := x + l.indent + offset(l.align, slack)
		for i := 0; i < len(l.units); {
			j := i
			var run strings.Builder
			for ; j < len(l.units) && l.units[j].bold == l.units[i].bold; j++ {
				run.WriteString(l.units[j].text)
			}
			s := run.String()
			m.c.items = append(m.c.items, item{x: cx, top: y, size: size, font: song, text: s, tc: tc, fake: l.fake || l.units[i].bold})
			cx += width(s, song, size) + tc*float64(utf8.RuneCountInString(s))
			i = j
		}
		return
	}
	s := joinWords(l.setLine)
	nw := width(s, l.font, size)
	tw := 0.0
	if sp := strings.Count(s, " "); l.align == justify && sp > 0 {
		tw = (avail - nw) / float64(sp)
	}
	m.c.items = append(m.c.items, item{x: x + l.indent + offset(l.align, avail-nw), top: y, size: size, font: l.font, text: s, tw: tw})
}

func offset(align int, slack float64) float64 {
	switch align {
	case centre:
		return slack / 2
	case alignRight:
		return slack
	}
	return 0
}

// Where a story's credit is printed.
const (
	noCredit = iota
	inHeader
	atColumnTop
	runIn
	atEnd
)

// formNames name the credit forms for -plain.
var formNames = map[int]string{atColumnTop: "coltop", runIn: "runin", atEnd: "endcredit"}

type credit struct {
	form  int
	lines []string // printed lines (header, column top, end)
	runIn string   // printed before the first paragraph
}

// credit chooses how the article's reporters and correspondents are
// credited, sets the truth byline and authors, and returns what to print.
func (m *composer) credit(src article, a *article) credit {
	var reps, cors []string
	for _, au := range src.Authors {
		switch au.Role {
		case "reporter":
			reps = append(reps, au.Name)
		case "correspondent":
			cors = append(cors, au.Name)
		}
	}
	for _, n := range reps {
		a.Authors = append(a.Authors, author{Name: n, Role: "reporter"})
	}
	for _, n := range cors {
		a.Authors = append(a.Authors, author{Name: n, Role: "correspondent"})
	}
	rng := m.rng
	if m.zh {
		if len(reps) == 0 { // nothing printed: a correspondent alone is not credited
			a.Authors = nil
			return credit{}
		}
		form := inHeader + rng.IntN(4)
		if plain["credit"] || plain[formNames[form]] {
			form = inHeader
		}
		if form == runIn && len(reps) > 2 {
			form = inHeader
		}
		var by string
		switch {
		case len(cors) > 0 && form == runIn:
			by = "本报讯（记者 " + reps[0] + " 通讯员 " + cors[0] + "）"
		case form == runIn && len(reps) == 1:
			a.Byline = "本报讯 记者" + reps[0] + "报道"
			return credit{form: runIn, runIn: a.Byline + "："}
		case form == runIn:
			by = fmt.Sprintf("本报%s%d月%d日电 （记者%s）", pick(rng, "北京", "上海", "广州", "成都"), 1+rng.IntN(12), 1+rng.IntN(28), strings.Join(reps, "、"))
		case len(cors) > 0:
			by = "记者 " + reps[0] + " 通讯员 " + cors[0]
		default:
			names := append([]string{}, reps...)
			if len(names) == 1 && utf8.RuneCountInString(names[0]) == 2 && rng.IntN(3) == 0 {
				r := []rune(names[0])
				names[0] = string(r[0]) + "　" + string(r[1])
			}
			by = "本报记者 " + strings.Join(names, " ")
		}
		if len(cors) > 0 {
			a.Authors = a.Authors[:0]
			a.Authors = append(a.Authors, author{Name: reps[0], Role: "reporter"}, author{Name: cors[0], Role: "correspondent"})
		}
		a.Byline = by
		switch form {
		case runIn:
			return credit{form: runIn, runIn: by}
		case atEnd:
			return credit{form: atEnd, lines: []string{"（" + by + "）"}}
		}
		printed := by
		if rng.IntN(3) == 0 {
			printed = "□" + by
		}
		return credit{form: form, lines: []string{printed}}
	}
	form := inHeader + rng.IntN(2)
	if plain["credit"] || plain[formNames[form]] {
		form = inHeader
	}
	switch {
	case len(reps)+len(cors) == 0:
		if rng.IntN(3) > 0 {
			return credit{}
		}
		a.Byline = pick(rng, "From Our Own Correspondent", "Special to "+m.paper)
		return credit{form: form, lines: []string{a.Byline}}
	case len(reps)+len(cors) > 1:
		names := append(reps, cors...)
		a.Authors = nil
		for _, n := range names[:2] {
			a.Authors = append(a.Authors, author{Name: n, Role: "reporter"})
		}
		a.Byline = "By " + names[0] + " and " + names[1]
		return credit{form: form, lines: []string{a.Byline}}
	}
	name := append(reps, cors...)[0]
	switch rng.IntN(3) {
	case 0:
		a.Authors = []author{{Name: name, Role: "reporter"}}
		a.Byline = "By " + strings.ToUpper(name)
	case 1:
		a.Authors = []author{{Name: name, Role: "reporter"}}
		a.Byline = "By " + name + ", Staff Writer"
	default:
		a.Authors = []author{{Name: name, Role: "correspondent"}}
		role := pick(rng, "Political", "Business", "Arts", "Science") + " Correspondent"
		a.Byline = "By " + strings.ToUpper(name) + " " + role
		return credit{form: form, lines: []string{"By " + strings.ToUpper(name), role}}
	}
	return credit{form: form, lines: []string{a.Byline}}
}
