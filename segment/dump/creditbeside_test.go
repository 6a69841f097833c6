package dump

import (
	"fmt"
	"strings"
	"testing"
)

// besideCredit is the photo credit printed after the caption.
const besideCredit = "本报记者 李芳摄"

// creditBesidePage prints the port story's columns beside a caption set
// in a column of its own, "6月2日，渔船陆续返回港湾" and end, and credit in
// the fragments after it.
func creditBesidePage(end, credit string) string {
	return fmt.Sprintf(`港口新建集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头 眼下正值秋收时节，田野里稻浪
正式投入使用。码头共有泊位六 翻滚，农民们忙着收割和晾晒，
个，年吞吐能力达到一百万标准 6月2日，渔船陆续返回港湾%s %s 合作社的烘干设备昼夜运转，今
箱，港口货物运输效率大幅提升 年的粮食产量预计比去年增长一
，码头作业时间明显缩短，周边 成，果蔬价格也保持稳定。
企业的物流成本也随之下降。`, end, credit)
}

// A caption short enough to end on its first line, set in a column of its
// own amid the other columns' lines, its photo credit printed in the
// fragments right after it (creditBeside): the caption leaves the line
// whole with its credit, and the columns beside it keep their text.
func TestCaptionCreditBeside(t *testing.T) {
	l := Segment(dumpPage("zh", creditBesidePage("。", besideCredit)))
	var caps []string
	for _, a := range l.Articles {
		for _, cp := range a.Captions {
			caps = append(caps, joinLines(cp))
		}
		if b := bodyText(a); strings.Contains(b, "渔船") || strings.Contains(b, "李芳") {
			t.Errorf("body keeps the caption: %q", b)
		}
	}
	const want = "6月2日，渔船陆续返回港湾。 本报记者 李芳摄"
	if len(caps) != 1 || caps[0] != want {
		t.Errorf("captions %q, want [%q]", caps, want)
	}
	all := ""
	for _, a := range l.Articles {
		all += bodyText(a)
	}
	for _, w := range []string{"一百万标准箱", "合作社的烘干设备"} {
		if !strings.Contains(strings.ReplaceAll(all, " ", ""), w) {
			t.Errorf("column text %q lost: %q", w, all)
		}
	}
}

// A fragment that ends no sentence before the credit-like fragments after
// it is a column line that goes on, not a caption set beside its credit
// (creditBeside): no caption is read there.
func TestNoCaptionCreditBesideMidSentence(t *testing.T) {
	l := Segment(dumpPage("zh", creditBesidePage("", besideCredit)))
	for _, a := range l.Articles {
		for _, cp := range a.Captions {
			t.Errorf("caption %q read from a line that ends no sentence", joinLines(cp))
		}
	}
}

// A fragment after the caption too wide for a role word and a name
// (maxCreditBeside) is another column's line, though it ends as a photo
// credit does ("…由本报记者李芳摄" / "制"): no caption is read there.
func TestNoCaptionCreditBesideWideCredit(t *testing.T) {
	l := Segment(dumpPage("zh", creditBesidePage("。", "这部纪录片由本报记者李芳摄")))
	for _, a := range l.Articles {
		for _, cp := range a.Captions {
			t.Errorf("caption %q read with a column line for its credit", joinLines(cp))
		}
	}
}
