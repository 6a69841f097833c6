package cues

import (
	"reflect"
	"strings"
	"testing"

	"newsprint/segment"
)

type A = segment.Author

func au(name string, role segment.Role) A { return A{Name: name, Role: role} }

func TestParseByline(t *testing.T) {
	R, C, P := segment.Reporter, segment.Correspondent, segment.Photographer
	tests := []struct {
		in      string
		byline  string
		authors []A
		ok      bool
	}{
		{"□本报记者 王小明", "本报记者 王小明", []A{au("王小明", R)}, true},
		{"本报记者 李\u3000芳", "本报记者 李 芳", []A{au("李芳", R)}, true},
		{"本报记者 赵 敏", "本报记者 赵 敏", []A{au("赵敏", R)}, true},
		{"记者 孙大为 通讯员 钱一鸣", "记者 孙大为 通讯员 钱一鸣", []A{au("孙大为", R), au("钱一鸣", C)}, true},
		{"□本报记者 周海 吴江", "本报记者 周海 吴江", []A{au("周海", R), au("吴江", R)}, true},
		// A speck OCR read as a dot in the space after the role word.
		{"记者.孙大为通讯员钱一鸣", "记者 孙大为 通讯员 钱一鸣", []A{au("孙大为", R), au("钱一鸣", C)}, true},
		{"本报记者．李芳", "本报记者 李芳", []A{au("李芳", R)}, true},
		{"实习生 郑晓", "实习生 郑晓", []A{au("郑晓", segment.Intern)}, true},
		{"本报记者 方 远摄", "本报记者 方 远摄", []A{au("方远", P)}, true},
		{"本报讯 记者冯涛报道：", "本报讯 记者冯涛报道", []A{au("冯涛", R)}, true},
		{"记者孙大为报", "记者孙大为报", []A{au("孙大为", R)}, true},
		{"By PETER MCLEAN", "By PETER MCLEAN", []A{au("Peter Mclean", R)}, true},
		{"By Laura Finch, Staff Writer", "By Laura Finch, Staff Writer", []A{au("Laura Finch", R)}, true},
		{"By OWEN PARRY Business Correspondent", "By OWEN PARRY Business Correspondent", []A{au("Owen Parry", C)}, true},
		{"By Ann Lee and Tom Hart", "By Ann Lee and Tom Hart", []A{au("Ann Lee", R), au("Tom Hart", R)}, true},
		{"From Our Own Correspondent", "From Our Own Correspondent", nil, true},
		{"Special to The Evening Post", "Special to The Evening Post", nil, true},
		{"本报讯 记者冯涛、通讯员何", "", nil, false},
		{"By any measure, the plan failed", "", nil, false},
		{"By setting up the committee to", "", nil, false},
		{"记者采访了当地居民", "", nil, false},
		// Two names OCR ran together; the credit gets back its gaps.
		{"本报记者周海涛吴江", "本报记者 周海涛 吴江", []A{au("周海涛", R), au("吴江", R)}, true},
		{"本报记者李小红张建国", "本报记者 李小红 张建国", []A{au("李小红", R), au("张建国", R)}, true},
		{"记者调查了解到", "", nil, false},
		{"□本报记者王小明赵大勇", "本报记者 王小明 赵大勇", []A{au("王小明", R), au("赵大勇", R)}, true},
		// A credit printed without its gaps, and one written closed up.
		{"记者周明通讯员韩雪", "记者 周明 通讯员 韩雪", []A{au("周明", R), au("韩雪", C)}, true},
		{"本报讯（记者李芳通讯员赵强）", "本报讯（记者 李芳 通讯员 赵强）", []A{au("李芳", R), au("赵强", C)}, true},
		{"本报北京5月3日电（记者高远、林夕）", "本报北京5月3日电（记者高远、林夕）", []A{au("高远", R), au("林夕", R)}, true},
		// Printed with some of its gaps: a credit of several roles gets
		// the others; a padded name keeps its space.
		{"记者 孙大为通讯员钱一鸣", "记者 孙大为 通讯员 钱一鸣", []A{au("孙大为", R), au("钱一鸣", C)}, true},
		{"记者孙大为 通讯员 钱一鸣", "记者 孙大为 通讯员 钱一鸣", []A{au("孙大为", R), au("钱一鸣", C)}, true},
		{"记者 李 芳 通讯员 钱一鸣", "记者 李 芳 通讯员 钱一鸣", []A{au("李芳", R), au("钱一鸣", C)}, true},
		// 本报讯 set off from its credit, the gap an extractor dropped.
		{"本报讯记者冯涛报道：", "本报讯 记者冯涛报道", []A{au("冯涛", R)}, true},
		{"本 报 讯 记者冯涛报道", "本报讯 记者冯涛报道", []A{au("冯涛", R)}, true},
		{"本报记者近日从市交通局获悉，全市新开通公交线路十二条", "", nil, false},
		{"社会", "", nil, false},
	}
	for _, tt := range tests {
		b, a, ok := ParseByline(tt.in)
		if ok != tt.ok || b != tt.byline || !reflect.DeepEqual(a, tt.authors) {
			t.Errorf("ParseByline(%q) = %q, %v, %v; want %q, %v, %v", tt.in, b, a, ok, tt.byline, tt.authors, tt.ok)
		}
	}
}

// A photo credit whose 摄 OCR lost or read as 报 is the photographers'.
func TestMisreadPhotoCredit(t *testing.T) {
	P := segment.Photographer
	tests := []struct {
		in      string
		authors []A
		ok      bool
	}{
		{"本报记者 李小红", []A{au("李小红", P)}, true},
		{"本报记者李小红报", []A{au("李小红", P)}, true},
		{"记者孙大为 钱一鸣报 ", []A{au("孙大为", P), au("钱一鸣", P)}, true},
		{"新华社记者 周海摄", []A{au("周海", P)}, true},
		// Four characters: likely three and a misread 摄; a credit, no name.
		{"本报记者 欧阳小红", nil, true},
		{"记者采访了当地居民", nil, false},
		{"社会", nil, false},
	}
	for _, tt := range tests {
		a, ok := MisreadPhotoCredit(tt.in)
		if ok != tt.ok || !reflect.DeepEqual(a, tt.authors) {
			t.Errorf("MisreadPhotoCredit(%q) = %v, %v; want %v, %v", tt.in, a, ok, tt.authors, tt.ok)
		}
	}
}

func TestRunIn(t *testing.T) {
	R, C := segment.Reporter, segment.Correspondent
	tests := []struct {
		in, credit, rest string
		authors          []A
		ok               bool
	}{
		{"本报讯 记者冯涛报道：3月5日，新区召开会议。", "本报讯 记者冯涛报道", "3月5日，新区召开会议。", []A{au("冯涛", R)}, true},
		{"本报讯（记者 冯涛 通讯员 何平）近日，新区召开会议。", "本报讯（记者 冯涛 通讯员 何平）", "近日，新区召开会议。", []A{au("冯涛", R), au("何平", C)}, true},
		{"本报南京5月3日电 （记者高远、林夕）今天上午，", "本报南京5月3日电 （记者高远、林夕）", "今天上午，", []A{au("高远", R), au("林夕", R)}, true},
		{"本报讯 记者冯涛、通讯员何平报道：近日，", "本报讯 记者冯涛、通讯员何平报道", "近日，", []A{au("冯涛", R), au("何平", C)}, true},
		{"本报讯 记者冯涛报道：1 月 25", "本报讯 记者冯涛报道", "1 月 25", []A{au("冯涛", R)}, true},
		{"近日，记者走访了市场：菜价平稳。", "", "", nil, false},
		{"本报讯 近日，新区召开会议。", "", "", nil, false},
		{"本报讯（记者 高远 通李明摄）今天上午，", "", "", nil, false},
		{"本 报 南 京 5 月 3 日 电 （记者高远、林夕）今天上午，", "本报南京5月3日电 （记者高远、林夕）", "今天上午，", []A{au("高远", R), au("林夕", R)}, true},
		{"本报讯（记者高远）今天上午，", "本报讯（记者高远）", "今天上午，", []A{au("高远", R)}, true},
		{"本报南京5月3日电（记者高远）今天上午，", "本报南京5月3日电 （记者高远）", "今天上午，", []A{au("高远", R)}, true},
		{"本报讯（记者冯涛通讯员何平）近日，", "本报讯（记者 冯涛 通讯员 何平）", "近日，", []A{au("冯涛", R), au("何平", C)}, true},
		// 本报讯 run into the credit by an extractor that dropped the gap.
		{"本报讯记者冯涛报道：3月5日，", "本报讯 记者冯涛报道", "3月5日，", []A{au("冯涛", R)}, true},
		// Gaps OCR read before and inside the bracket, and a speck after
		// a role word.
		{"本报讯 (记者冯涛通讯员何平 )近日，", "本报讯(记者 冯涛 通讯员 何平)", "近日，", []A{au("冯涛", R), au("何平", C)}, true},
		{"本报讯（记者.冯涛 通讯员 何平）近日，", "本报讯（记者 冯涛 通讯员 何平）", "近日，", []A{au("冯涛", R), au("何平", C)}, true},
	}
	for _, tt := range tests {
		c, r, a, ok := RunIn(tt.in)
		if ok != tt.ok || c != tt.credit || r != tt.rest || !reflect.DeepEqual(a, tt.authors) {
			t.Errorf("RunIn(%q) = %q, %q, %v, %v; want %q, %q, %v, %v", tt.in, c, r, a, ok, tt.credit, tt.rest, tt.authors, tt.ok)
		}
	}
}

func TestTrailingCredit(t *testing.T) {
	tests := []struct {
		in, byline string
		authors    []A
		ok         bool
	}{
		{"（本报记者 吴一凡）", "本报记者 吴一凡", []A{au("吴一凡", segment.Reporter)}, true},
		{"（本报记者吴一凡）", "本报记者 吴一凡", []A{au("吴一凡", segment.Reporter)}, true},
		{"(本报记者 吴 凡)", "本报记者 吴 凡", []A{au("吴凡", segment.Reporter)}, true},
		{"（本报记者 吴一凡摄）", "", nil, false},
		{"（资料图片）", "", nil, false},
		{"本报记者 吴一凡", "", nil, false},
	}
	for _, tt := range tests {
		b, a, ok := TrailingCredit(tt.in)
		if ok != tt.ok || b != tt.byline || !reflect.DeepEqual(a, tt.authors) {
			t.Errorf("TrailingCredit(%q) = %q, %v, %v; want %q, %v, %v", tt.in, b, a, ok, tt.byline, tt.authors, tt.ok)
		}
	}
}

// A closing credit wrapped over two lines reads whole, the wrap between
// two names or inside one; lines that do not open and close one bracket
// between them are no credit.
func TestWrappedTrailingCredit(t *testing.T) {
	want := map[[2]string]string{
		{"（本报记者 孙立", "周文）"}:     "本报记者 孙立 周文: 孙立 reporter, 周文 reporter",
		{"（记者 孙立 通讯员 周", "文华）"}: "记者 孙立 通讯员 周文华: 孙立 reporter, 周文华 correspondent",
		{"（记者孙立通讯员周", "文）"}:     "记者 孙立 通讯员 周文: 孙立 reporter, 周文 correspondent",
		{"（本报记者孙小立", "周文华）"}:    "本报记者 孙小立 周文华: 孙小立 reporter, 周文华 reporter",
		{"（本报记者毕小津", "邵文华）"}:    "本报记者毕小津 邵文华: 毕小津 reporter, 邵文华 reporter",
		{"（记者 孙立 通讯员 周", "文）"}:  "记者 孙立 通讯员 周文: 孙立 reporter, 周文 correspondent",
		{"（记者 孙立 通讯员", "周文）"}:   "记者 孙立 通讯员 周文: 孙立 reporter, 周文 correspondent",
		{"（本报记者 孙立）", "周文）"}:    "",
		{"本报记者 孙立", "周文）"}:      "",
		{"（下转第二版", "）"}:         "",
	}
	for in, w := range want {
		got := ""
		if b, a, ok := WrappedTrailingCredit(in[0], in[1]); ok {
			var names []string
			for _, x := range a {
				names = append(names, x.Name+" "+string(x.Role))
			}
			got = b + ": " + strings.Join(names, ", ")
		}
		if got != w {
			t.Errorf("WrappedTrailingCredit(%q, %q) = %q, want %q", in[0], in[1], got, w)
		}
	}
}

// A name of one character run into the next role word ("张通讯员", a
// credit whose name the line cut off) is no name: the credit fails rather
// than read one; a two-character name before 通讯员 still reads.
func TestNameStopsAtRoleWord(t *testing.T) {
	if b, a, ok := ParseByline("记者 张通讯员 赵超"); ok {
		t.Errorf("ParseByline read %q, %v from a cut name", b, a)
	}
	if _, a, ok := ParseByline("记者 张腾通讯员 赵超"); !ok || len(a) != 2 || a[0].Name != "张腾" {
		t.Errorf("ParseByline = %v, %v; want 张腾 and 赵超", a, ok)
	}
}

func TestCaptionCredit(t *testing.T) {
	P := segment.Photographer
	tests := []struct {
		in, credit string
		authors    []A
		ok         bool
	}{
		{"3月1日，市民在公园赏花。 本报记者 陈立摄", "本报记者 陈立摄", []A{au("陈立", P)}, true},
		{"3月1日，市民在公园赏花。（本报记者 陈立摄）", "（本报记者 陈立摄）", []A{au("陈立", P)}, true},
		{"3月1日，市民在公园赏花。 □新华社记者 马 力摄", "□新华社记者 马 力摄", []A{au("马力", P)}, true},
		{"市民在公园赏花。（新华社记者贺一鸣摄）", "（新华社记者贺一鸣摄）", []A{au("贺一鸣", P)}, true},
		{"市民在公园赏花。（唐云摄）", "（唐云摄）", []A{au("唐云", P)}, true},
		{"Crowds gathered outside. PHOTO: MARY JONES", "PHOTO: MARY JONES", []A{au("Mary Jones", P)}, true},
		{"Crowds gathered outside. Photograph: Mary Jones", "Photograph: Mary Jones", []A{au("Mary Jones", P)}, true},
		{"Crowds gathered outside. (Mary Jones/Evening Post)", "(Mary Jones/Evening Post)", []A{au("Mary Jones", P)}, true},
		{"市民在公园赏花。", "", nil, false},
		{"Crowds gathered outside the hall.", "", nil, false},
	}
	for _, tt := range tests {
		c, a, ok := CaptionCredit(tt.in)
		if ok != tt.ok || c != tt.credit || !reflect.DeepEqual(a, tt.authors) {
			t.Errorf("CaptionCredit(%q) = %q, %v, %v; want %q, %v, %v", tt.in, c, a, ok, tt.credit, tt.authors, tt.ok)
		}
	}
}

func TestFurniture(t *testing.T) {
	tests := []struct {
		in   string
		kind segment.BlockKind
		ok   bool
	}{
		{"2020年3月5日", segment.PageHeader, true},
		{"星期四", segment.PageHeader, true},
		{"第7版", segment.PageHeader, true},
		{"责任编辑：高山", segment.PageHeader, true},
		{"2020年3月5日 星期四 农历庚子年二月十二 第1234期 今日8版", segment.PageHeader, true},
		{"Page 7", segment.PageHeader, true},
		{"Tuesday, May 3, 2005 Vol. 12 No. 345 Price 60p", segment.PageHeader, true},
		{"9 THE EVENING POST Monday, May 2, 2005", segment.PageHeader, true},
		{"经 济", segment.Section, true},
		{"SPORT", segment.Section, true},
		{"西江日报", segment.Masthead, true},
		{"The Evening Post", segment.Masthead, true},
		// A run-in credit wrapped after 报, the reporter's name ending in 晨.
		{"本报讯 记者王晨报", "", false},
		{"12", "", false},
		{"全市新开通公交线路十二条", "", false},
		{"2020年3月5日，全市新开通公交线路十二条。", "", false},
		{"Sport is good for you", "", false},
	}
	for _, tt := range tests {
		k, ok := Furniture(tt.in)
		if ok != tt.ok || k != tt.kind {
			t.Errorf("Furniture(%q) = %q, %v; want %q, %v", tt.in, k, ok, tt.kind, tt.ok)
		}
	}
}

func TestNamesPaper(t *testing.T) {
	for s, want := range map[string]bool{
		"Have The Valley Courier brought to your home": true,
		"Subscribe to THE MORNING HERALD today":        false, // the name must be in title case
		"The Valley Courier":                           false, // the masthead itself
		"THE VALLEY COURIER":                           false,
		"The council met on Monday":                    false,
		"the times were hard for the town":             false,
	} {
		if got := NamesPaper(s); got != want {
			t.Errorf("NamesPaper(%q) = %v, want %v", s, got, want)
		}
	}
}

// 本报讯 before a credit is spaced the same whether the credit stands on
// its own line (ParseByline) or runs into the paragraph (RunIn): closed
// up, set off by a space from a credit without brackets and none from a
// bracket, whatever gap the extractor printed.
func TestLeadInSpacedAlike(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"本报讯记者王明报道", "本报讯 记者王明报道"},
		{"本 报 讯 记者王明报道", "本报讯 记者王明报道"},
		{"本报讯 （记者 王明 通讯员 李华）", "本报讯（记者 王明 通讯员 李华）"},
		{"本 报 讯 （记者 王明 通讯员 李华）", "本报讯（记者 王明 通讯员 李华）"},
	} {
		by, _, ok := ParseByline(c.line)
		if !ok || by != c.want {
			t.Errorf("ParseByline(%q) = %q, %v; want %q", c.line, by, ok, c.want)
		}
		credit, _, _, ok := RunIn(c.line + "：会议今天开幕。")
		if !ok || credit != c.want {
			t.Errorf("RunIn(%q) credit = %q, %v; want %q", c.line, credit, ok, c.want)
		}
	}
}
