package dump

import (
	"strings"
	"testing"
)

// mixedTurnsPage: an article whose three columns the dump prints as
// blocks taking turns, a blank line after each: first a line of each
// column (the columns' tops), then blocks of three lines, then each
// column's last lines.
const mixedTurnsPage = `春耕时节农村处处好风光
记者 李明

春天来到平原县，田野里一

为了帮助农民增收，县里组

农业生产离不开完善水利设

片繁忙景象。合作社的农机
手驾驶着新式拖拉机在田间
来回穿梭，耕地的效率比往

织农业专家深入各村开展技
术培训，手把手教大家科学
施肥和病虫害防治。不少农

施的保障。近年来，县里投
入专项资金修建了灌溉渠道
和蓄水池，解决了不少村庄

年提高了一倍多。村党支部
书记说，今年全村种植小麦
三千多亩，预计产量还会继

户学会了新技术，种地更有
底气。返乡青年小王开起了
网店，把自家种的蔬菜卖到

的用水难题。如今，清澈的
渠水流进田间地头，农民们
脸上露出了欣慰笑容，对今

续增长。

了全国各地。

年的好收成充满信心。`

// The columns' tops take their turns with the longer blocks under them
// (mixedTurns): the article reads column by column, each whole, not the
// tops chained together across the blank lines.
func TestMixedTurnsReadByColumn(t *testing.T) {
	t.Run("top apart", func(t *testing.T) { mixedTurnsRead(t, mixedTurnsPage) })
	// The first column's top printed right under the credit, in the
	// heading's block, takes its turn as well.
	t.Run("top under credit", func(t *testing.T) {
		mixedTurnsRead(t, strings.Replace(mixedTurnsPage, "记者 李明\n\n", "记者 李明\n", 1))
	})
}

func mixedTurnsRead(t *testing.T, page string) {
	l := Segment(dumpPage("zh", page))
	want := "春天来到平原县，田野里一片繁忙景象。合作社的农机手驾驶着新式拖拉机在田间来回穿梭，耕地的效率比往年提高了一倍多。村党支部书记说，今年全村种植小麦三千多亩，预计产量还会继续增长。" +
		"为了帮助农民增收，县里组织农业专家深入各村开展技术培训，手把手教大家科学施肥和病虫害防治。不少农户学会了新技术，种地更有底气。返乡青年小王开起了网店，把自家种的蔬菜卖到了全国各地。" +
		"农业生产离不开完善水利设施的保障。近年来，县里投入专项资金修建了灌溉渠道和蓄水池，解决了不少村庄的用水难题。如今，清澈的渠水流进田间地头，农民们脸上露出了欣慰笑容，对今年的好收成充满信心。"
	if got := bodyText(findArticle(t, l, "春耕时节农村处处好风光")); got != want {
		t.Errorf("body\n%s\nwant\n%s", got, want)
	}
}
