"""A claim's value must be a whole figure of its article, not part of a bigger one."""

import pytest

from factcheck._quotes import normalise
from factcheck._whole_figure import find_figure_within, whole_figure


@pytest.mark.parametrize(("figure", "before", "after", "whole"), [
    ("293.9亿元", "总投资额达", "。", True),
    ("93.9亿元", "总投资额达2", "。", False),  # the tail of a number
    ("9亿元", "293.", "。", False),  # after a decimal point
    ("293", "达", ".9亿元", False),  # before the decimals
    ("293.9", "达", "亿元", False),  # without its magnitude word
    ("300", "达", "多家", False),  # without its "some more"
    ("四年", "十", "来", False),  # the tail of a Chinese numeral
    ("接近300亿", "一举拿下", "大单", True),
    ("300亿", "一举拿下接近", "大单", False),  # a two-character qualifier left out
    ("300億", "拿下將近", "大單", False),  # in Traditional script too
    ("30家", "", "以上", False),
    ("一年", "历时", "多来", False),  # 多 or 半 after the unit adds to the figure
    ("一年", "历时", "半的时间", False),
    ("3年", "历时", "余。", False),  # 余 as 多: 3年余 is (3, 4) years, never about 3
    ("3年", "曆時", "餘，", False),
    ("3年", "其", "余额", True),
    # a Latin unit symbol cut short loads another unit: 50 m of 50mm, metres of 10万m²
    ("50m", "降雨", "m。", False),
    ("10万m", "面积", "²。", False),
    ("3km", "面积", "³，", False),
    ("100M", "装机", "W。", False),
    ("100kW", "发电", "·h。", False),  # a power of an energy
    ("100 kW", "发电", "·h。", False),
    ("100kW", "装机", "·台", True),
    ("100千瓦", "发电", "·时。", False),
    ("100kW", "发电", "•h。", False),  # other dots for the middle dot: kW•h, kW∙h, kW⋅h
    ("100kW", "发电", "∙h。", False),
    ("100kW", "发电", "⋅h。", False),
    ("100千瓦", "发电", "・时。", False),
    ("100千瓦", "發電", "·時。", False),
    ("100千瓦", "装机", "·台", True),
    ("10km", "时速", "/h。", False),
    # a Chinese per-unit is as much the rate's as a Latin one: 3元 of 3元/斤 is no amount
    ("10km", "时速", "/小时。", False),
    ("3元", "猪肉价格", "/斤。", False),
    ("3元", "豬肉價格", "/斤。", False),
    ("100万元", "租金", "/年", False),
    ("3元", "分别为", "/5斤", True),  # a digit after the slash starts a figure of its own
    # a per-unit after 一 or 每, or after a slash with a space, is as much the rate's
    ("3元", "猪肉", "一斤。", False),
    ("3元", "猪肉", "每斤。", False),
    ("3元", "豬肉", "每斤的價格", False),
    ("3元", "猪肉", "/ 斤。", False),
    ("3元", "猪肉", " / 斤。", False),
    ("10km", "时速", "/ h。", False),
    ("10亿元", "投资", "每年新增产值", True),  # each year something: 每年 starts a phrase
    ("3元", "价格", "，每斤", True),
    ("30万", "全国", "一线医务人员", True),  # 一线 is no per-unit
    ("0.5元/kW", "电价", "h。", False),
    ("５０ｍ", "降雨", "ｍ。", False),
    ("10km", "跑了", "，", True),
    ("20", "气温", "℃。", False),  # a temperature's number, which unit: 个 loaded as a count
    ("20", "气温", "°C。", False),
    ("30", "倾角", "º。", False),  # look-alikes of the degree sign loaded as 30个
    ("30", "倾角", "˚。", False),
    ("20", "气温", "ºC。", False),
    ("二十", "气温", "℃。", False),  # these four loaded with unit: 个 as 20 items
    ("20", "气温", " ℃。", False),
    ("20", "气温", "摄氏度。", False),
    ("20", "氣溫", "攝氏度。", False),
    ("20", "安装", "摄像头。", True),  # 摄 of another word
    ("20", "气温", "度。", False),  # degrees or kilowatt-hours: unit: 个 loaded 20 items
    ("20", "用电", "度。", False),
    ("三", "他", "度访华", True),  # 三度: three times, a count
    ("30度", "倾斜", "角。", False),  # an angle, which unit: kW·h loaded as 30 kW·h
    ("三十度", "倾斜", "角。", False),
    ("三度", "他", "角逐金牌", True),  # 角逐: he competed a third time
    ("50mm", "降雨", "。", True),
    ("3个", "用了", "多月", False),
    ("30家", "有", "多元化企业", True),  # 多元化 and 半导体 are words of their own
    ("30家", "有", "半导体企业", True),
    ("30家", "企业至少", "入驻", False),  # a bounding word of two or three characters
    ("5家", "不超过", "，", False),
    ("超过50%", "财政赤字率不", "，", False),  # the tail of 不超过 bounds the other way
    ("低于500家", "新增企业不", "。", False),
    ("少于300人", "参会人数不", "。", False),
    ("多於5家", "不", "。", False),
    ("超过50%", "增速", "，", True),
    ("2018年", "这些企业大多于", "成立", True),  # 大多于 is "mostly in", not "more than"
    ("20亿元", "投资", "以内", False),
    ("5%", "增长", "以上的企业", False),
    ("20元", "10-", "", False),  # the end of a range
    ("-20元", "10", "。", False),  # the dash of a range is no minus sign
    ("-5%", "增长", "。", True),
    ("2020年", "至", "底", True),  # 至 before a year is "by", not a range
    ("1000万", "资金", "到账", True),  # 到 before no number joins no range: it arrived
    ("10", "股价报", "至今未回升", True),  # 至今 is "until now": no high end follows (跌破 before
    # it is a qualifier now, below 10: 股价跌破10)
    ("兩天", "", "一層樓", False),  # the rate 2 天 per 层 without its per-unit
    # what is another word's, or separated, is not refused
    ("301亿元", "年累计签约", "。", True),  # 签约 is "signed", not 约 "about"
    ("300亿", "一举拿下近", "大单", False),  # a one-character qualifier is the figure's
    ("600家", "企业超", "，", False),
    ("50%", "增长逾", "。", False),
    ("20家", "企业约", "。", False),
    ("三百亿元", "投资近 ", "", False),  # across a space, as 接近 300亿
    ("3公里", "附近", "有", True),  # ...unless it ends a word: 附近, 最近, 签约, 英超
    ("3年", "最近", "", True),
    ("3年", "全市", "来", True),
    ("3年", "近", "来", True),  # 近 before a span of time is "the last", as extract reads it
    ("两个月", "近", "，", True),
    ("五天", "近", "", True),
    ("5年以上", "近", "。", True),  # 近5年以上: extract lists 5年以上 (was refused)
    ("3万人以上", "近", "。", False),
    ("3万人", "近", "", False),  # ...but "almost" before any other unit
    ("40万人", "美国纽约", "", True),
    ("20支", "英超", "球队", True),
    ("30年", "双方缔约", "来", True),  # 缔约: concluded a treaty
    ("300亿元", "折合约", "。", False),  # 折合 约: "equivalent to about", no 合约
    ("约300亿元", "折合", "。", True),
    ("30家", "带动", "上下游企业", True),  # 上下 also starts 上下游
    ("30万元", "售价", "起售。", False),  # 起 before the verb of a price: from 30万元
    ("1米", "身高", "75。", False),  # 1.75 m, loaded as 1 m
    ("3%", "误差±", "。", False),  # a margin, -3% to 3%, loaded as exactly 3%
    ("3%", "誤差正負", "。", False),
    ("3%", "由负转正", "。", True),
    ("3个月", "吃了", "饼。", False),  # three mooncakes, loaded as 3 months
    ("3个", "吃了", "月饼。", True),
    ("3个月", "近", "饼干销量", True),  # biscuits: 3 months
    ("3人", "共", "次日返回", True),  # 次日 "the next day", no 3人次 (person-times)
    ("3人次", "共", "日返回", False),
    ("3万人次", "接待", "，日均", True),
    ("3人", "接待", "次。", False),
    ("75", "身高1米", "。", False),
    ("一米", "身高", "八的个子", False),
    ("1米", "身高", "，", True),
    ("3米", "", "10米跳台", True),
    ("100平方米", "面积", "5间", True),
    ("30家", "", "起草文件", True),
    ("30家", "引进企业", "上下。", False),  # ...but ends a phrase as "about", as 左右 does
    ("30家", "引进企业", "上下", False),
    ("30家", "有", " 上下的企业", False),
    ("30家", "引进企业", "左右。", False),
    ("2021年", "", "上下半年", True),
    # words after the figure that qualify it: each loaded as exact
    ("30万元", "投资", "之内。", False),
    ("三天", "", "之内完成", False),
    ("30%", "增长", "前后。", False),
    ("30%", "增长", "前後的", False),
    ("30家", "有", "开外。", False),
    ("30家", "有", "出头，", False),
    ("30%", "占", "强。", False),
    ("30%", "占", "弱，", False),
    ("30%", "占", " 强", False),
    ("30万元", "售价", "起。", False),
    ("30万元", "售价", "起步", False),
    # ...but not where the word goes on (前后两次, 强企, 强化, 弱势, 起诉, 起步价), after a
    # bare number (世界500强, 10起事故), or 起 after a date (自2020年起, 3月起)
    ("30万元", "投入", "前后两次", True),
    ("30万元", "投入", "前后3次", True),
    ("30万元", "投入", "前后共计", True),
    ("30万元", "投入", "前后多次", True),
    ("30万元", "投入", "前后近百次", True),
    ("30天", "整改", "前后截然不同", True),
    ("30天", "工期", "前后上线", False),
    ("5000元", "月薪", "前后多个岗位", False),  # 多个, 上百套: things, no events
    ("1万元", "单价在", "前后上百套", False),
    # ...nor a numeral and a measure word of things (两个, 3个, 几套: 5000元 of
    # 月薪5000元前后两个岗位 loaded as exact), as 多个 is; but a count of events or a span
    # (前后两次, 前后两个月) is "in all" still
    ("5000元", "月薪", "前后两个岗位", False),
    ("5000元", "月薪", "前后3个岗位", False),
    ("5000元", "月薪", "前后十二个岗位", False),
    ("1万元", "单价在", "前后几套房源", False),
    ("5000元", "月薪", "前後兩個崗位", False),
    ("30万元", "投入", "前后两个月", True),
    ("30万元", "投入", "前后两个小时", True),
    ("30万元", "投入", "前后三期", True),
    # a span however written: 个半月, 个多月, 个半小时, 个礼拜, 个周末, 个年头, 个晚上,
    # 个阶段 (5000万元 of 投资5000万元前后两个半月完工 was read as about 5000万元)
    ("5000万元", "投资", "前后两个半月", True),
    ("5000万元", "投资", "前后两个多月", True),
    ("5000万元", "投资", "前后两个半小时", True),
    ("5000万元", "投资", "前后两个礼拜", True),
    ("5000万元", "投资", "前后两个周末", True),
    ("5000万元", "投资", "前后三个年头", True),
    ("5000万元", "投资", "前后两个晚上", True),
    ("5000万元", "投资", "前后两个阶段", True),
    ("5000万元", "投资", "前後兩個半月", True),
    # ...but things whose word starts so are things (个学校, 个年轻人, 个白领, 个周边, 个多媒体)
    ("5000元", "月薪", "前后两个学校", False),
    ("5000元", "月薪", "前后两个年轻人", False),
    ("5000元", "月薪", "前后两个白领", False),
    ("5000元", "月薪", "前后两个周边", False),
    ("5000元", "月薪", "前后两个多媒体", False),
    ("5000元", "月薪", "前后两个小区", False),
    ("30天", "整改", "前后两个阶段", True),  # after a span or a time: before and after
    ("2020年", "", "前后两个时期", True),
    ("30万元", "投入", "前后多轮", True),
    ("30天", "工期", "前后完成", False),  # but before any other word 前后 is "about"
    ("30家", "", "强企", True),
    ("30%", "", "强化", True),
    ("30%", "", "弱势", True),
    ("30家", "", "起诉", True),
    ("30万元", "", "起步价", True),
    ("500", "世界", "强。", True),
    ("10", "发生", "起事故", True),
    ("10", "共", "起。", True),
    ("2020年", "自", "起，", True),
    ("3月", "", "起实施", True),
    ("3月", "", "起，", True),
    # ...nor after an age, a level or a floor, which it starts from too (从18岁起, 年满60
    # 周岁起, 从5级起, 自3期起, 从3楼起): 18岁 loaded as none of 18岁起 "at least 18"
    ("18岁", "从", "起，", True),
    ("60周岁", "年满", "起，", True),
    ("18歲", "從", "起。", True),
    ("5级", "从", "起，", True),
    ("3期", "自", "起。", True),
    ("3届", "从", "起。", True),
    ("3楼", "从", "起。", True),
    ("3层", "从", "起。", True),
    # ...nor after a year, which it dates (预计2030年前后, 于2020年之内, 2030年左右: around
    # 2030, a date): 2030年 was only part of a figure of about 2030 years
    ("2030年", "预计", "前后。", True),
    ("2030年", "预计于", "前后完成", True),
    ("2020年", "于", "之内完成", True),
    ("2030年", "预计", "左右。", True),
    ("1500年", "树龄", "左右。", False),  # a tree's age: about 1500 years
    ("2000年", "树龄", "以上。", False),  # 以上 dates no year: 2000 years or more
    ("15日", "需要", "以上。", False),  # a span of days: more than 15 days
    # a value that takes in the start of the word after it is no figure with a qualifier
    # (30%强 of 30%强调 "stressed", 30家起 of 30家起诉 "sued"): only its unit ends one
    ("30%强", "占", "调", False),
    ("30家起", "", "诉", False),
    ("30家弱", "", "势企业", False),
    ("30万元起", "", "步价", False),
    ("30家上下", "", "游企业", False),
    ("30%强", "占", "。", True),
    ("30万元起", "售价", "，", True),
    ("30家上下", "", "的企业", True),
    ("500强", "世界", "企业", True),  # the world's top 500: 强 no qualifier
    ("2017-11-30", "", " 08:50", True),  # a space separates
    ("300名", "高三", "学生", True),  # Chinese before Arabic digits
    ("293.9亿元", "新高——", "", True),  # a dash is no range
    ("3000公里", "跨越", "的", True),
    # a space or a sign does not make a part whole
    ("293.9", "营收 ", " 亿元", False),
    ("300亿元", "接近 ", "", False),
    ("30", "共有 ", " 多家", False),
    ("5%", "增长-", "", False),
    ("0.5%", "同比−", "", False),  # U+2212 MINUS SIGN
    ("20%", "10%~", "", False),
    ("2万元", "1万-", "", False),
    # mixed and approximate numbers
    ("5000万元", "总投资2亿", "", False),
    ("2亿", "总投资", "5000万元", False),
    ("5千元", "月薪1万", "", False),
    ("500万元", "总投资1亿零", "", False),  # 1亿零500万元 is 105000000元
    ("500元", "月薪1万〇", "", False),
    ("500元", "零", "", True),
    ("叁万元", "壹拾", "", False),
    ("300多", "", "万人", False),
    ("十几", "", "万人", False),
    ("十万人", "数", "", False),
    ("百家", "几", "", False),
    ("千万元", "3", "", False),
    # 一 may belong to a word
    ("一家", "全国唯一", "企业", True),
    ("30万", "全国", "一线医务人员", True),
    ("一家", "二十", "", False),
    # a thousands group: 234 of 1,234 and 1,234 of 1,234,567 (also a full-width comma)
    ("234元", "收入1,", "", False),
    ("234元", "收入1，", "", False),
    ("1,234", "收入", ",567元", False),
    ("3个", "分别为5,", "", True),  # not a group of three digits: a list
    ("2345个", "分别为5，", "", True),
    # a side of a ratio or score with 比, as with a colon
    ("3", "以", "比1获胜", False),
    ("1", "以3比", "获胜", False),
    ("100", "产量", "比2018年增长", True),  # 比 "than": a figure, then a date
    ("三", "以", "比一获胜", False),  # in Chinese numerals as well (was whole: 3 and 1)
    ("一", "以三比", "获胜", False),
    ("十", "比分", "比零", False),
    ("零", "比分十比", "。", False),
    ("一", "同比", "季度", True),  # 比 of 同比: no ratio
    ("一万", "以三比", "", True),  # 三比一万 is no ratio extract reads
    ("2018年", "产量100比", "增长", True),
    ("3", "增速", "比一个月前高", True),  # 比 "than": 一个月前 is no ratio's side
    ("3", "增长", "比一般企业高", True),
    ("3", "增长", "比一次多", True),  # 比 "than once": was refused as a side of 3比一
    ("三", "增长", "比一次多", True),
    ("3", "以", "比一领先", False),  # 领先 is no measure word: a score
    # the far end of a range joined by 至, 到 or a dash, on either side
    ("20元", "价格10至", "", False),
    ("二十元", "价格十到", "", False),
    ("20元", "价格10—", "", False),
    ("9月份", "从5月份到", "", True),  # from one date to another: each is a figure
    ("2020年底", "从2019年初-", "", True),  # a date after a year's dash: no minus sign
    ("2020年底", "2019年-", "", True),
    ("3%", "2019年初-", "", False),  # -3%: after a year the dash is a minus sign
    ("300亿元", "总投资达到", "", True),  # 达到 is "reaches", not a range
    ("3%", "由5%降至", "", True),
])
def test_whole_figure(figure: str, before: str, after: str, whole: bool) -> None:
    assert whole_figure(figure, before, after) is whole


@pytest.mark.parametrize(("figure", "after", "whole"), [
    ("四年", "零三个月,", False),  # 四年 of 四年零三个月 (51个月) loaded as 4年
    ("4年", "3个月的", False),
    ("四年", "零三個月", False),
    ("2017年", "3月印发", True),  # a date's month has no 个
    ("2017年", "3个月内", True),  # a date's year, as extract reads it, not 24207个月
    ("二〇一七年", "三个月", True),
    ("四年", "来,", True),
])
def test_the_years_of_years_and_months_are_not_a_whole_figure(figure: str, after: str,
                                                                whole: bool) -> None:
    assert whole_figure(figure, "历时", after) is whole


@pytest.mark.parametrize(("figure", "before", "whole"), [
    ("3个月", "历时4年", False),  # 3个月 of 4年3个月 (51个月) loaded as 3个月
    ("三个月", "历时四年", False),
    ("3个月", "去年", True),  # no number of years before it
    ("12个月", "一年", True),  # twelve months are not the months of years and months
    ("3个月", "在2017年", True),  # a date's year: extract reads 2017年 and 3个月 apart
    ("三个月", "二〇一七年", True),
    ("3个月", "历时3000年", False),  # no date's year
])
def test_the_months_of_years_and_months_are_not_a_whole_figure(figure: str, before: str,
                                                                 whole: bool) -> None:
    assert whole_figure(figure, before, "的") is whole


@pytest.mark.parametrize(("figure", "before", "after", "whole"), [
    # either end of a range with a unit on both ends, which extract reads as one figure:
    # 4个月 of 3个月至4个月 loaded as 4个月, the range's high end alone
    ("4个月", "为期3个月至", "", False),
    ("3个月", "为期", "至4个月", False),
    ("20元", "价格10元至", "。", False),
    ("10元", "价格", "至20元。", False),
    ("5年", "3年-", "", False),
    ("3年", "", "-5年", False),
    ("3万元", "1.5万元至", "", False),
    ("1.5万元", "", "至3万元", False),
    ("20%", "10%～", "", False),  # folded: ～
    # years with or without months: one range in months (3年至4年3个月 is 36..51个月)
    ("4年", "3年2个月至", "。", False),
    ("3年2个月", "", "至4年。", False),
    ("4年3个月", "3年至", "", False),
    ("3年", "", "至4年3个月", False),
    ("四年", "三年零二个月至", "", False),
    ("三年零二个月", "", "至四年", False),
    # a range of dates, which extract reads as one date (5月 of 3月至5月 loaded as May)
    ("5月", "3月至", "", False),
    ("3月", "", "至5月", False),
    ("五月", "三月至", "", False),
    ("9月", "2019年1-", "", False),
    ("5月", "2019年3月至", "。", False),
    ("2019年3月", "", "至5月。", False),
    ("3月2日", "1月5日至", "", False),
    ("3日", "1日-", "", False),
    # a low end without its unit takes the high end's (10 of 10-20元 is no 10 alone)
    ("10", "价格", "-20元", False),
    ("10", "价格", "至20元", False),
    ("三", "", "至五家", False),
    ("3", "判处", "至4年3个月", False),
    ("3", "判处3至4年", "个月", False),  # the months of 4年3个月, without their unit
    ("3", "在2017年", "个月内", True),  # a date's year: 3 stands alone
    ("1万", "", "-3万元", False),
    ("9月份", "从5月份至", "", False),  # one date, as extract reads 5月份至9月份
    ("5月份", "从", "至9月份", False),
    # each its own figure, as extract reads them
    ("9月份", "从5月份到", "", True),  # a date's ends, apart as extract reads them
    ("5月份", "从", "到9月份", True),
    ("5天", "3月至", "", True),  # no date
    # a run of years is one date, as extract reads it (either end loaded as one year)
    ("2021年", "2020年至", "", False),
    ("2020年", "", "至2021年", False),
    ("二〇二〇年", "", "-二〇二二年，", False),
    ("二〇二二年", "二〇二〇年-", "，", False),
    ("2020年", "", "至2022年3月", True),  # 2022年3月 is a date of its own, read apart
    ("2022年", "2020年至", "3月", True),
    ("2022年", "从2020年到", "", True),  # 从 ... 到: from one date to another
    ("20元", "从10元到", "", True),  # 到 after a unit goes from one figure to another
    ("二十元", "10元至", "", True),  # Arabic and Chinese digits make no range
    ("4个月", "3年2个月至", "", True),  # 3年2个月 (38个月) to 4个月 is no range
    ("4个月", "历时3年至", "", True),  # different units
    ("3年", "", "至今", True),
    # an end of a range with a qualifier (3%至5%左右, refused whole): 5%左右 is no "about 5%"
    ("5%左右", "年增长3%至", "。", False),
    ("约3%", "年增长", "至5%", False),
    ("大约10元", "", "-20元", False),
    ("5%左右", "增长", "。", True),
    ("约20元", "价格10元至", "", True),  # 约 after the joiner: extract reads two figures
    ("3%左右", "增长", "至5%", True),
    # a range whose qualifier is before it (约3%至5%) is refused whole too
    ("3%至5%", "年增长约", "。", False),
    ("3至5年", "近", "。", False),
    ("3-5%", "增长約", "。", False),
    ("3至5年", "最近", "。", True),  # 近 of 最近, 约 of 合约: no qualifier
    ("3至5年", "合约", "。", True),
    ("3%", "增长约", "。", False),  # one figure without its qualifier, refused too
    # an end of a range with a negative end (-5%至-3% is -5..-3, -5%-3% is -5..3)
    ("-3%", "增速为-5%至", "。", False),
    ("-5%", "增速为", "至-3%。", False),
    ("-5", "增速为", "至-3%", False),
    ("-3%", "增速为-5%", "。", False),  # the dash joins: 3% is the high end
    ("-3%", "增速为-5%-", "。", False),
    ("−3%", "增速为−5%至", "。", False),  # the minus sign U+2212, which folding keeps
    ("−5%", "增速为", "至−3%。", False),
    ("−3%", "增速为", "。", True),
    ("-3%", "由-5%降至", "", True),  # 降至: from one figure to another
    ("-3%", "增长5%，", "", True),
])
def test_the_ends_of_a_range_with_units_are_not_a_whole_figure(figure: str, before: str,
                                                               after: str, whole: bool) -> None:
    assert whole_figure(figure, before, after) is whole


@pytest.mark.parametrize(("figure", "before", "after", "whole"), [
    # the tail of a date extract reads as one: as_of would give it its year or month
    ("5日", "2020年1月", "发布", False),
    ("5号", "2020年1月", "", False),
    ("1月5日", "于2020年", "发布", False),
    ("1月", "于2020年", "发布", False),
    ("五日", "二〇二〇年一月", "", False),
    ("5日", "今年1月", "发布", False),  # 今年 or 去年 before the month: 1月5日 is still one date
    ("15日", "去年3月", "起施行", False),
    ("5號", "今年1月", "", False),
    ("1月5日", "今年", "", True),  # the date extract reads, its year named by a word
    ("2020年", "", "1月5日", True),  # a date's head is a date of its own that holds it
    ("3个月", "在2017年", "完成", True),  # no date goes on: a duration
    ("3天", "今年5月", "完成", True),
    ("3个月", "在2017年", "内", False),  # ... within three months: 内 is its qualifier
    ("3天", "今年5月", "内", False),
    ("10万元", "今年5月", "", True),
    # the minutes or the hour of a clock time (14:30 is refused as a ratio's part)
    ("30", "会议于14时", "分开始", False),
    ("30", "9点", "分结束", False),
    ("三十", "上午九点", "分", False),
    ("14", "会议于", "时30分开始", False),
    ("9", "上午", "点半", False),
    # without minutes too, where extract reads a clock time: an Arabic hour before 时, a
    # time of day before the hour, a range of hours (value 14 loaded as a bare number)
    ("14", "下午", "时开会", False),
    ("14", "会议", "時开始", False),
    ("3", "下午", "点开会", False),
    ("三", "下午", "点开会", False),
    ("8", "", "时至10时", False),
    # and the high end of a range of hours (value 10 of 8点至10点 loaded as 10 items)
    ("10", "上午8点至", "点开会", False),
    ("10", "8点至", "点开会", False),
    ("十", "八点至", "点开会", False),
    ("10点", "8点-", "开会", False),
    ("11", "10時至", "時", False),
    ("10", "得分8点至", "分", True),  # 8点 then 10分: no range of clock times
    ("10%", "8至", "", False),  # a range of figures, refused as before
    ("三", "有", "点意见", True),  # 点 "point": no clock time
    ("一", "", "时难以确定", True),  # 一时 "for a while"
    ("14", "", "时间", True),
    ("30", "历时", "分钟", True),
    ("5", "第1时", "", True),
    # a decade, or two (80、90年代 is one date, 1980..1999 of a century left open)
    ("80", "", "、90年代", False),
    ("90", "80、", "年代的人", False),
    ("八十", "", "、九十年代", False),
    ("90", "", "年代", False),
    ("80", "", "、90分", True),  # a list of scores
    ("10", "", "年代价", True),  # 十年代价: the cost of ten years
])
def test_a_part_of_a_date_or_clock_time_is_not_a_whole_figure(
        figure: str, before: str, after: str, whole: bool) -> None:
    assert whole_figure(figure, before, after) is whole


def test_the_whole_figure_check_sees_a_long_left_end() -> None:
    # 四年零三个月至 is seven characters: the window before a value was six
    text = "刑期四年零三个月至五年。"
    normal = normalise(text)
    start = text.index("五年")
    whole, partial = find_figure_within(normal, text, 0, len(text), "五年")
    assert (whole, partial) == ([], [(start, start + 2)])


@pytest.mark.parametrize(("figure", "before", "after", "whole"), [
    # either side of a slash between numbers: 8.6 of 8.6/10万 (8.6 per 100000) loaded as 8.6,
    # 10万 as 100000, and 3 of 3/4 as 3
    ("8.6", "死亡率为", "/10万。", False),
    ("10万", "死亡率为8.6/", "。", False),
    ("12.5", "发病率", "／十万", False),  # a full-width slash
    ("3", "完成了", "/4。", False),
    ("4", "完成了3/", "。", False),
    # Chinese digits on either side: 四 of 三/四 loaded as 4 (the digit before the slash had
    # to be Arabic, the one after it not)
    ("三", "", "/四的居民支持", False),
    ("四", "三/", "的居民支持", False),
    ("四", "3/", "的居民支持", False),
    ("3/4", "完成了", "。", True),  # the whole fraction
    ("3元/斤", "价格", "。", True),  # per a unit
    ("2020/3/1", "于", "开工", True),  # a date
    ("50", "占比", "%/年", True),  # no number after the slash
])
def test_a_side_of_a_slash_between_numbers_is_not_a_whole_figure(
        figure: str, before: str, after: str, whole: bool) -> None:
    assert whole_figure(figure, before, after) is whole


@pytest.mark.parametrize(("figure", "before", "after", "whole"), [
    # either side of a Chinese decimal point: 百分之十二 of 百分之十二点五 loaded as 12%, and
    # 五万元 of 一点五万元 as 5万元
    ("百分之十二", "增长", "点五。", False),
    ("千分之五", "占比", "點五，", False),
    ("十二", "面积", "点五公顷", False),
    ("五万元", "增长一点", "。", False),
    ("五", "百分之十二点", "。", False),
    ("四公顷", "七十七点八", "。", False),
    ("十二点五万元", "增长", "。", True),
    ("三", "有", "点意见", True),  # 点 "point", no decimal
    ("两名", "下午三点", "工人", True),  # 两 is never a decimal digit
    # but after a clock time 点 is o'clock: 五名 of 下午三点五名 (3 p.m., five workers) was
    # refused as the decimals of 三点五名
    ("五名", "下午三点", "工人到场", True),
    ("三十名", "上午十点", "工人到场", True),
])
def test_a_side_of_a_chinese_decimal_point_is_not_a_whole_figure(
        figure: str, before: str, after: str, whole: bool) -> None:
    assert whole_figure(figure, before, after) is whole


@pytest.mark.parametrize(("figure", "before", "after", "whole"), [
    # 负 before a number is its minus sign: 30万元 of 利润为负30万元 loaded as a profit of
    # +30万元, the sign dropped
    ("30万元", "利润为负", "。", False),
    ("3.2%", "增速為負", "。", False),
    ("三十万元", "利润为负", "。", False),
    ("3%", "误差正负", "。", False),  # ±3%: no figure factcheck reads either
    ("30万元", "负债", "。", True),  # 负 of a word: 负债 "liabilities"
    ("30万元", "担负", "。", True),
    ("3个", "胜负", "。", True),
    # 减负 "cuts the burden" and 税负 "tax burden" are words: 为企业减负1000亿元 was refused
    ("1000亿元", "为企业减负", "。", True),
    ("1000億元", "為企業減負", "。", True),
    ("3%", "实际税负", "。", True),
    # 负增长 "negative growth": 3% of 同比负增长3% loaded as a rise of 3%
    ("3%", "同比负增长", "。", False),
    ("3.5%", "出口負增長", "。", False),
    ("3%", "同比增长", "。", True),
])
def test_a_value_is_no_number_after_its_minus_sign_fu(figure: str, before: str, after: str,
                                                      whole: bool) -> None:
    assert whole_figure(figure, before, after) is whole


@pytest.mark.parametrize(("figure", "before", "after", "whole"), [
    # a negation before 超 turns it round: 超30% of 不超30% loaded as more than 30%
    ("超30%", "增长不", "。", False),
    ("超过30%", "增长未", "。", False),
    ("超过30%", "增长并未", "。", False),
    ("超30%", "增長未", "。", False),
    ("超过5家", "没有", "。", False),
    ("30家", "不满", "。", False),
    ("30家", "未滿", "。", False),
    ("不超30%", "增长", "。", True),
    ("未超过30%", "增长并", "。", True),
])
def test_a_value_keeps_the_negation_of_its_qualifier(figure: str, before: str, after: str,
                                                     whole: bool) -> None:
    assert whole_figure(figure, before, after) is whole


@pytest.mark.parametrize(("figure", "before", "after", "whole"), [
    # qualifiers the value left out, loaded as exactly 30家 before
    ("30家", "有不止", "企业", False),
    ("30家", "有不下", "企业", False),
    ("30家", "有最少", "企业", False),
    ("300亿元", "投资幾乎", "。", False),
    ("20家", "大概", "。", False),
    ("20家", "差不多", "。", False),
    # but 不下 after a verb is "cannot" (放不下 "cannot hold"): 300人 of 礼堂放不下300人 was
    # refused, and 不下300人 loaded as at least 300
    ("300人", "礼堂放不下", "。", True),
    ("3000名", "场馆容纳不下", "观众", True),
    ("3000名", "場館容納不下", "觀眾", True),
    ("300亿元", "一举拿不下", "大单", True),
    ("3000名", "场馆可容纳不下", "观众", False),  # "can hold no fewer than"
    ("100米", "楼高不下", "。", False),  # "no less than"
    ("300元", "每月缴纳不下", "。", False),
])
def test_a_value_keeps_a_qualifier_in_words(figure: str, before: str, after: str,
                                            whole: bool) -> None:
    assert whole_figure(figure, before, after) is whole


@pytest.mark.parametrize(("figure", "before", "after", "whole"), [
    # 上百家 "up to hundreds of firms" is as vague as 数百家: 百家 loaded as exactly 100
    ("百家", "有上", "企业", False),
    ("千名", "上", "工人", False),
    ("百万元", "投资上", "。", False),
    ("100家", "市场上", "企业", True),  # 上 of a word, then a figure of its own
    ("一百家", "会上", "企业", True),
    # but never a fraction: 百分之十 of 加上百分之十 "plus ten per cent" was refused
    ("百分之十", "服务费再加上", "。", True),
    ("千分之三", "手续费加上", "。", True),
])
def test_a_value_after_shang_before_a_magnitude_is_vague(figure: str, before: str,
                                                         after: str, whole: bool) -> None:
    assert whole_figure(figure, before, after) is whole


@pytest.mark.parametrize(("figure", "before", "after", "whole"), [
    # a side of a fraction: 二 of 三分之二 loaded with unit: % as 2%, and 二十 of 百分之二十
    # with unit: 个 as 20 items
    ("二", "其中三分之", "为民营企业", False),
    ("二十", "增长了百分之", "。", False),
    ("五", "千分之", "。", False),
    ("三", "其中", "分之二为民营企业", False),
    ("百分之二十", "增长了", "。", True),
    ("三", "得了", "分，", True),  # 三分: points of a score, no fraction
])
def test_a_side_of_a_fraction_is_not_a_whole_figure(figure: str, before: str, after: str,
                                                    whole: bool) -> None:
    assert whole_figure(figure, before, after) is whole


@pytest.mark.parametrize(("figure", "before", "after", "whole"), [
    # 有余 after the unit adds to the figure, as 余 does: 一年 of 一年有余 loaded as one year
    ("一年", "历时", "有余。", False),
    ("30亿元", "投资", "有余，", False),
    ("3个月", "歷時", "有餘的", False),
    ("一年", "历时", "有余了。", False),  # 了 "now" ends it too: 一年 loaded as one year
    ("一年有余", "历时", "了。", True),
    ("一年有余", "历时", "。", True),
    ("30家", "其中", "有余力", True),  # 余力 "spare capacity": a word of its own
])
def test_a_value_keeps_the_you_yu_after_it(figure: str, before: str, after: str,
                                           whole: bool) -> None:
    assert whole_figure(figure, before, after) is whole


@pytest.mark.parametrize(("figure", "before", "after", "whole"), [
    # 廿 (20), 卅 (30) and 卌 (40) are tens: 五日 of 三月廿五日 loaded as the 5th, 五家 of
    # 卅五家 as 5家
    ("五日", "會議於三月廿", "舉行", False),
    ("五家", "共有卅", "企业", False),
    ("一", "进入廿", "世纪", False),
    ("三月", "會議於", "廿五日舉行", True),  # the month is a date of its own
])
def test_a_value_after_an_old_ten_is_not_a_whole_figure(figure: str, before: str, after: str,
                                                        whole: bool) -> None:
    assert whole_figure(figure, before, after) is whole


@pytest.mark.parametrize(("article", "figure", "whole"), [
    # a line break inside a figure is dropped from the quote, as whitespace is: the value
    # 300亿 of 接近\n300亿 loaded as exactly 300亿, 3.9亿元 of 29\n3.9亿元 as 3.9亿元
    ("拿下接近\n300亿大单", "300亿", False),
    ("总投资额达29\n3.9亿元", "3.9亿元", False),
    ("共有30\n多家企业", "30", False),
    ("共有企业30家\n以上", "30家", False),
    ("增长-\n5%", "5%", False),
    ("共计1,\n234元", "234元", False),
    ("总投资额达293.9亿\n元", "293.9亿元", True),
    ("2019年\n300家", "300家", True),
    # but a blank line ends a paragraph: 30家 after a time line was refused as the tail of
    # 08:3030家
    ("2024-01-05 08:30\n\n  30家企业签约", "30家", True),
    ("2024-01-05 08:30\r\n\r\n30家企业签约", "30家", True),
    ("图表1\n\n300亿元投资到位", "300亿元", True),
    ("拿下接近\r\n300亿大单", "300亿", False),  # \r\n is one line break
])
def test_a_line_break_does_not_split_a_figure(article: str, figure: str, whole: bool) -> None:
    found, partial = find_figure_within(normalise(article), article, 0, len(article), figure)
    assert (len(found), len(partial)) == ((1, 0) if whole else (0, 1))


@pytest.mark.parametrize(("article", "quote", "figure", "whole"), [
    # a line break outside the quote parts what it parts: 300亿元 after a line 图表1 was
    # refused as the tail of 1300亿元, and 300亿元 before a line 以上数据… as 300亿元以上
    ("图表1\n300亿元投资到位", "300亿元投资到位", "300亿元", True),
    ("共投资300亿元\n以上数据来自统计局", "共投资300亿元", "300亿元", True),
    ("2024-01-05 08:30\n30家企业签约", "30家企业签约", "30家", True),
    # inside the quote the break is read across, as the quote is
    ("拿下接近\n300亿大单", "接近\n300亿大单", "300亿", False),
    ("总投资额达29\n3.9亿元", "达29\n3.9亿元", "3.9亿元", False),
    ("共有企业30家\n以上", "企业30家\n以上", "30家", False),
])
def test_a_line_break_outside_the_quote_still_parts(article: str, quote: str, figure: str,
                                                    whole: bool) -> None:
    start = article.index(quote)
    found, partial = find_figure_within(normalise(article), article, start,
                                        start + len(quote), figure)
    assert (len(found), len(partial)) == ((1, 0) if whole else (0, 1))


@pytest.mark.parametrize(("figure", "before", "after", "whole"), [
    # a unit word cut short, or a unit that the text goes on into a longer word: 3个 of
    # 3个百分点 with unit: 个 loaded as 3 items, 3平方 of 3平方公里 with unit: 平方米 as 3 m²,
    # 3公 of 3公里 with unit: 米 as 3 m, 30亿美 of 30亿美元 with unit: 元 as yuan
    ("3个", "提高", "百分点。", False),
    ("50个", "下降了", "基点。", False),
    ("3个", "建成", "月。", False),
    ("3個", "建成", "月。", False),
    ("3个", "用了", "小时。", False),
    ("3平方", "面积", "公里。", False),
    ("30万平方", "面积", "米。", False),
    ("3公", "全长", "里。", False),
    ("30亿美", "投资", "元。", False),
    ("3人", "接待", "次。", False),  # 人次, person-visits
    ("3千瓦", "发电", "时。", False),  # an energy, not a power
    # 周岁, 周年, 年级 and 月份 start with a unit but are none: 18周 of 18周岁 loaded as 18
    # weeks, 3年 of 3年级 as 3 years; a number alone with unit: 周 or 个月 as well
    ("18周", "年满", "岁。", False),
    ("十八周", "未满", "岁的人", False),
    ("18週", "年滿", "歲。", False),
    ("18", "年满", "周岁。", False),
    ("3周", "建成", "年。", False),
    ("3", "建成", "周年。", False),
    ("3年", "小学", "级。", False),
    ("3", "今年", "月份。", False),
    # ordinary text: the unit is whole, or what follows is no longer word
    ("3个", "共有", "企业。", True),
    ("3个", "共有", "项目。", True),
    ("3个", "来了", "人。", True),  # 个人 is no unit
    ("3个月", "建成", "。", True),
    ("3个百分点", "提高", "。", True),
    ("3平方米", "面积", "。", True),
    ("3公里", "全长", "。", True),
    ("30亿美元", "投资", "。", True),
    ("3元", "花了", "钱。", True),  # 元钱 is 元
    ("3周", "用了", "。", True),
    ("3年", "用了", "。", True),
    ("18周岁", "年满", "。", True),
    ("3月", "今年", "份。", True),  # 3月 of 3月份 is March, as 3月份 is
    ("1月1日", "", "元旦", True),  # New Year's Day, no 日元
    ("3千", "全长", "米。", True),  # 3000 m, the same as 3千米
])
def test_a_value_is_no_head_of_a_longer_unit_word(figure: str, before: str, after: str,
                                                  whole: bool) -> None:
    assert whole_figure(figure, before, after) is whole


@pytest.mark.parametrize(("figure", "before", "after", "whole"), [
    # a number after 第 is an ordinal, a position: 3名 of 第3名 loaded as 3 persons, 三 of
    # 第三季度 with unit: 1 as 3, 3天 of 第3天 as 3 days
    ("3名", "获得第", "。", False),
    ("3", "获得第", "名。", False),
    ("三", "第", "季度增长5%", False),
    ("3天", "开工第", "。", False),
    ("2", "稳居第", ",距离榜首", False),
    # ordinary text: no 第 right before the number
    ("3亿元", "第一期投资", "。", True),
    ("第三季度", "", "增长5%", True),
    ("3天", "开工", "。", True),
])
def test_a_number_after_di_is_an_ordinal(figure: str, before: str, after: str,
                                         whole: bool) -> None:
    assert whole_figure(figure, before, after) is whole


@pytest.mark.parametrize(("figure", "after", "whole"), [
    ("二套", "房首付", False),  # the second home, an ordinal
    ("二套", "住房", False),
    ("十二套", "房", True),  # twelve homes
    ("两套", "房", True),
    ("二套", "设备", True),
    ("2023台", "州国际马拉松", False),  # 台州, a city: no 2023 machines
    ("3臺", "灣青年", False),  # 臺灣
    ("3台", "北斗终端", True),  # three BeiDou terminals
    ("3台", "设备", True),
    ("3000台", "班", False),  # machine-shifts
    ("3台", "班车", True),  # three shuttle buses
    ("3万台", "时", False),  # machine-hours
    ("3台", "时速350公里的列车", True),
    ("3架", "构", False),  # 架构, an architecture
    ("3架", "起飞", True),
    ("4件", "套热销", True),  # 4件套 as four pieces: no harmful reading
    ("200件", "套装", True),  # 200 suits
    ("3台", "北京现代汽车", True), ("3台", "北方重工", True), ("3台", "时钟", True),
    ("3辆", "次", False),  # 3辆次, vehicle trips
    ("3辆次", "日返回", False),  # 3辆, and 次日 "the next day"
    ("2022张", "家口冬奥会", False),  # 张家口, a city (also 张家港, 张家界)
    ("3张", "家庭合影", True),  # three family photos
    ("3张", "家电消费券", True), ("200张", "家长告知书", True),
    ("3张", "家港", False), ("3张", "家界", False),
    ("3張", "江高科", False),  # 张江, a district of Shanghai
    ("3张", "北京地图", True),
    ("3批", "发市场", False),  # 批发市场, wholesale: three markets, no batches
    ("3批", "准文号", False),  # 批准, approval: three approval numbers, no batches
    ("3批", "准备材料", True), ("3批", "准时发放", True),  # batches: 准备, 准时
    ("3批", "发放", True), ("两批", "复工", True),  # batches, before a verb
    ("3批", "次", True),  # 3批次, the same batches
    ("3批", "实施", True),
    ("3辆", "次日返回", True),
    ("3台", "套设备", True),  # 3台套, sets of equipment: the same count of items
])
def test_a_classifier_that_starts_a_word_is_not_a_whole_figure(figure: str, after: str,
                                                               whole: bool) -> None:
    assert whole_figure(figure, "新增", after) is whole


@pytest.mark.parametrize(("figure", "before", "after", "whole"), [
    # a part of a number in scientific notation loaded as another figure
    ("4人", "共3×10^", "參加", False),  # the exponent
    ("3", "共", "×10^4人", False),  # the mantissa
    ("10", "共3×", "^4人", False),  # the base
    ("3元", "丙地5E", "。", False),
    ("5", "丙地", "E3元", False),
    ("3克", "含2.5e-", "。", False),
    ("-3克", "含2.5e", "。", False),
    ("2.5", "含", "e-3克", False),
    ("1.5", "產量", "×10⁴噸", False),
    ("1.5", "產量", " × 10⁴噸", False),
    ("10", "產量1.5×", "⁴噸", False),
    ("约1", "全市人口", "e5人", False),
    ("5人", "全市人口约1e", "。", False),
    ("4人", "共10^", "。", False),
    ("３", "共", "×１０＾４人", False),  # full width
    # what must still load: no digit after E, E after a name, 3 by 4 metres
    ("5G", "建成", "基站", True),
    ("3家", "展会E3的", "公司", True),
    ("4米", "面积3×", "。", True),
    ("3", "面积", "×4米", True),
    ("2.5亿元", "投资", "。", True),
    ("3.5%", "增长", "。", True),
])
def test_a_part_of_a_number_in_scientific_notation_is_not_a_whole_figure(
        figure: str, before: str, after: str, whole: bool) -> None:
    assert whole_figure(figure, before, after) is whole


@pytest.mark.parametrize(("figure", "before", "after", "whole"), [
    # a fiscal year across a slash: 23年 is no 23 years, nor 2022 the year
    ("23年", "2022/", "度財政預算", False),
    ("2022", "", "/23年度", False),
    ("2023年度", "2022/", "財政預算", False),
    ("2022", "", "/2023年度", False),
    ("12", "2011/", "賽季", False),
    ("2022/23年度", "", "財政預算", True),  # the whole, which the loader cannot read
    ("2022年", "", "度財政預算", True),  # 2022年度: the year 2022
    ("3元", "分别为", "/5斤", True),
])
def test_a_part_of_a_year_across_a_slash_is_not_a_whole_figure(
        figure: str, before: str, after: str, whole: bool) -> None:
    assert whole_figure(figure, before, after) is whole


@pytest.mark.parametrize(("figure", "before", "after", "whole"), [
    # 一 before 两 or 二 makes one or two, an approximate figure, as 三四十家 is
    ("兩年", "今年戊一", "完成", False),
    ("两年", "他工作了一", "。", False),
    ("二十家", "共一", "。", False),
    ("二季度", "第一", "增长", False),  # 第一二季度: the first and second quarters
    ("四十家", "共三", "。", False),
    ("十一", "", "二岁", False),
    # what must still load: 两年 alone, 一 that ends a word (唯一, 统一, 之一)
    ("兩年", "他工作了", "。", True),
    ("一年", "他工作了", "。", True),
    ("两家", "全国唯一", "企业", True),
    ("两家", "十强之一", "企业", True),
    ("两场", "周一", "比赛", True),  # Monday, two matches
    ("兩場", "星期一", "比賽", True),
    ("一家", "唯一", "企业", True),
])
def test_two_neighbouring_numerals_are_one_approximate_figure(
        figure: str, before: str, after: str, whole: bool) -> None:
    assert whole_figure(figure, before, after) is whole
