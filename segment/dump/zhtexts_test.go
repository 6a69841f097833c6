package dump

// Invented Chinese column texts that several dump tests set around the
// lines they test.
const (
	// zhSchoolTop is a story's headline, credit and text up to its last
	// line, which each test ends as it needs (a full stop or a comma).
	zhSchoolTop = `山区学校迎来新校舍
本报记者 王强
近日，县里新建的
山区学校正式投入使
用，三百多名学生搬
进了宽敞明亮的新教
室，家长们十分高兴。
新校舍有教学楼、
图书馆和运动场，配
备了多媒体教学设备，
学生们在家门口就能
`
	// zhRoadStory is a story's text of narrow column lines.
	zhRoadStory = `今年以来，全省新
建改建农村公路八千
多公里，一大批通村
公路连成了网，群众
出行更加方便快捷。
交通部门介绍，下
一步将继续加大投入，
完善养护机制，让农
村公路建好管好护好，
更好地服务乡村振兴。`
	// zhCountyBody is a story's text of full column lines.
	zhCountyBody = `日前，省统计局发布全省县域经济发
展报告，今年入围门槛比去年提高了
两成，东部县市继续领跑全省各地区
发展，中西部县市增速明显加快。
报告显示，民营企业贡献了六成以上
的税收和七成以上的就业岗位，创新
能力也在持续增强，研发投入增长较
快，一批专精特新企业脱颖而出。
专家认为，县域是城乡融合的重要载
体，要继续深化改革，优化营商环境，
推动产业向园区集中，提升县城综合
承载能力，让更多农民就近就业。
今年以来，各地纷纷出台支持政策，
在用地融资人才等方面加大扶持力度，
县域经济发展的内生动力不断增强。`
)
