package dump

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"newsprint/wordseg"
)

// Invented words the big dumps are made of.
var (
	bigZhWords = strings.Fields(`城市 交通 教育 医疗 环境 方面 取得 进展 市民 表示 生活 质量
		明显 提高 政府 继续 推进 改革 发展 工作 会议 强调 加强 基层 建设 服务 群众 农村
		公路 学校 项目 企业 技术 文化 旅游 水利 工程 资金 计划 今年 去年 全市 部门 单位
		活动 社区 居民 安全 生产 我们 已经 开始 通过 进一步 完成 相关 情况 问题 目标`)
	bigEnWords = strings.Fields(`the council said on monday that new plans for harbour would
		bring more jobs to town and its people while some residents were worried about traffic
		noise along river road where work starts next spring after long debate members agreed
		budget school hospital bridge market station farmers weather`)
)

// bigDump makes a dump of about n lines in one of these shapes, Chinese or
// English (lang): "story", one long story; "stories", many short ones one
// after the other; "columns", the scraps of three or four stories printed
// side by side, a row of each column's lines to a dump line; "flow", the
// lines of two or three columns side by side running on down the page
// without a blank line or heading.
func bigDump(lang, shape string, n int) string {
	r := rand.New(rand.NewPCG(uint64(n), uint64(len(shape))))
	zh := lang == "zh"
	words, sep, lineW := bigEnWords, " ", 40
	if zh {
		words, sep, lineW = bigZhWords, "", 26 // bytes: 13 ems of Han
	}
	// para returns a paragraph cut into lines of about lineW bytes.
	para := func(w int) []string {
		var lines []string
		var b strings.Builder
		for i, k := 0, 20+r.IntN(60); i < k; i++ {
			x := words[r.IntN(len(words))]
			if zh && i%7 == 6 {
				x += "，"
			}
			if b.Len() > 0 && b.Len()+len(x) > w*3/2 {
				lines = append(lines, b.String())
				b.Reset()
			}
			if b.Len() > 0 {
				b.WriteString(sep)
			}
			b.WriteString(x)
		}
		if zh {
			b.WriteString("。")
		} else {
			b.WriteString(".")
		}
		return append(lines, b.String())
	}
	head := func() string {
		var hs []string
		for range 3 + r.IntN(4) {
			hs = append(hs, words[r.IntN(len(words))])
		}
		if zh {
			return strings.Join(hs, "")
		}
		return strings.ToUpper(strings.Join(hs, " ")[:1]) + strings.Join(hs, " ")[1:]
	}
	credit := func(i int) string {
		if zh {
			return fmt.Sprintf("本报记者 %s", []string{"王立新", "李晓梅", "陈建国", "赵文静"}[i%4])
		}
		return "By " + []string{"Alice Marsh", "Tom Okafor", "Rita Lindqvist", "Sam Chen"}[i%4]
	}
	var out []string
	switch shape {
	case "story":
		out = append(out, head(), credit(0), "")
		for len(out) < n {
			out = append(out, para(lineW)...)
		}
	case "stories":
		for i := 0; len(out) < n; i++ {
			out = append(out, head(), credit(i), "")
			for range 2 + r.IntN(3) {
				out = append(out, para(lineW)...)
			}
			out = append(out, "")
		}
	case "columns":
		for len(out) < n {
			k := 3 + r.IntN(2)
			cols := make([][]string, k)
			for j := range cols {
				cols[j] = append([]string{head(), credit(j)}, para(lineW/2)...)
				cols[j] = append(cols[j], para(lineW/2)...)
			}
			for row := 0; ; row++ {
				var parts []string
				for _, c := range cols {
					if row < len(c) {
						parts = append(parts, c[row])
					}
				}
				if len(parts) == 0 {
					break
				}
				out = append(out, strings.Join(parts, "  "))
			}
			out = append(out, "")
		}
	case "flow":
		var cols [3][]string
		for len(out) < n {
			k := 2 + len(out)/500%2
			var parts []string
			for j := range k {
				for len(cols[j]) == 0 {
					cols[j] = para(lineW / 2)
				}
				parts, cols[j] = append(parts, cols[j][0]), cols[j][1:]
			}
			out = append(out, strings.Join(parts, "  "))
		}
	}
	return strings.Join(out[:min(len(out), n)], "\n")
}

// BenchmarkBigDump segments big dumps of each shape and language at 2k, 8k
// and 30k lines: no rule should take time that grows faster than the page.
func BenchmarkBigDump(b *testing.B) {
	if err := wordseg.Load(); err != nil { // start-up cost, not throughput
		b.Fatal(err)
	}
	for _, lang := range []string{"zh", "en"} {
		for _, shape := range []string{"story", "stories", "columns", "flow"} {
			for _, n := range []int{2000, 8000, 30000} {
				b.Run(fmt.Sprintf("%s-%s-%d", lang, shape, n), func(b *testing.B) {
					p := dumpPage(lang, bigDump(lang, shape, n))
					b.ResetTimer()
					for range b.N {
						Segment(p)
					}
				})
			}
		}
	}
}
