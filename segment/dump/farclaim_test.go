package dump

import "testing"

// A story printed right under a two-line heading stays that heading's
// when a headline printed further down, with a text of its own right
// under it, carries a few of the story's words: the far headline's weak
// claim left the heading over the story without text, a label.
func TestFarHeadlineLeavesStoryUnderHeading(t *testing.T) {
	const page = `湖畔书声
伴人成长

春茶采摘忙的时节，小镇的图书馆迎来了
不少读者。馆里新添了两千册图书，孩子
们放学后在这里读书写字，老人们也常来
翻看报刊，小镇的文化生活丰富了起来。

山区茶农春茶采摘忙
□本报记者 王小明

清明前后，青山县的茶园进入采摘季。山
区茶农天不亮就上山采茶，春茶当天送到
茶厂加工，春茶价格比去年略有上涨，茶
农们的干劲更足了。
`
	textGoesTo(t, Segment(dumpPage("zh", page)), "湖畔书声伴人成长", "图书馆", "山区茶农春茶采摘忙", "图书馆")
}

// A bare short heading over a story may be a crosshead of the text
// around it: a headline carrying a few of the story's words still takes
// the story before the bare heading does (which would hand it on to the
// article whose words it shares most).
func TestFarHeadlineTakesStoryUnderBareHeading(t *testing.T) {
	const page = `山区茶农春茶采摘忙
□本报记者 王小明

清明前后，青山县的茶园进入采摘季。山
区茶农天不亮就上山采茶，春茶当天送到
茶厂加工，春茶价格比去年略有上涨，茶
农们的干劲更足了。

书香小镇

春茶采摘忙的时节，港口码头也忙了起来。
装满春茶的集装箱一批批运上货轮，码头
吞吐量比去年同期增长，港口工人们加班
加点，确保春茶按时运出。

港口新建集装箱码头投入使用
□本报记者 李大为

今年以来，港口新建的集装箱码头投入使
用，货轮进出港口更加便捷，码头吞吐量
比去年增长两成，港口的工人们干劲十足。
`
	textGoesTo(t, Segment(dumpPage("zh", page)), "山区茶农春茶采摘忙", "装满春茶", "港口新建集装箱码头投入使用", "装满春茶")
}
