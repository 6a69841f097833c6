package dump

import (
	"strings"
	"testing"
)

// A bare short heading whose text ends with a bracketed closing credit is
// a crosshead of the uncredited feature whose words it shares: the credit
// closes that feature. Over text of its own among credited articles it
// stays an article.
func TestClosingCreditUnderCrosshead(t *testing.T) {
	const feature = `各地开展重阳敬老活动——
重阳佳节敬老情浓

每年的重阳节是敬老的节日。各地
广泛开展重阳敬老活动，营造关爱老人
的浓厚氛围。县里组织志愿者走进敬老
院，为老人们送去重阳慰问品和节目。

`
	const cross = `老人乐开怀

重阳节当天，社区的老人们欢聚一堂，
志愿者为老人们表演节目，送上重阳糕，
敬老院里笑声不断，老人们乐开了怀。
（记者 周明远 通讯员 韩雪）`
	l := Segment(dumpPage("zh", feature+cross))
	if got := authorsByHeadline(l); got["重阳佳节敬老情浓"] != "周明远韩雪" || len(l.Articles) != 1 {
		t.Errorf("%d articles, authors by headline %q; want one, the feature credited", len(l.Articles), got)
	}
	// The feature credited under its headline: the credit is another
	// article's.
	credited := strings.Replace(feature, "敬老情浓\n", "敬老情浓\n本报记者 王小明\n", 1)
	l = Segment(dumpPage("zh", credited+cross))
	if got := authorsByHeadline(l); got["老人乐开怀"] != "周明远韩雪" || got["重阳佳节敬老情浓"] != "王小明" {
		t.Errorf("authors by headline %q; want each article its own credit", got)
	}
}
