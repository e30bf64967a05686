"""English names of places, including those whose characters have several readings, and the
division data itself (counties, banners, Chongqing, divisions created after 2021)."""

from __future__ import annotations

import pytest

from index import places

# Official romanisations, written from general knowledge of the place names.
ENGLISH = {
    "六安市": "Lu'an", "蚌埠市": "Bengbu", "铅山县": "Yanshan", "乐亭县": "Laoting", "东阿县": "Dong'e", "闵行区": "Minhang",
    "番禺区": "Panyu", "佛冈县": "Fogang", "长汀县": "Changting", "莘县": "Shenxian", "荥阳市": "Xingyang", "筠连县": "Junlian",
    "句容市": "Jurong", "单县": "Shanxian", "涡阳县": "Guoyang", "浚县": "Xunxian", "洪洞县": "Hongtong",
    "朝阳区": "Chaoyang", "郫都区": "Pidu", "荥经县": "Yingjing", "花都区": "Huadu", "丰都县": "Fengdu",
    "都匀市": "Duyun", "什邡市": "Shifang", "长治市": "Changzhi", "长子县": "Zhangzi", "乐清市": "Yueqing",
    "南乐县": "Nanle", "马尾区": "Mawei", "蚌山区": "Bengshan", "西安市": "Xi'an", "兴安盟": "Xing'an",
    "延安市": "Yan'an", "泰安市": "Tai'an", "淮安市": "Huai'an", "广安市": "Guang'an", "雅安市": "Ya'an",
    "亳州市": "Bozhou", "歙县": "Shexian", "黟县": "Yixian", "枞阳县": "Zongyang", "犍为县": "Qianwei",
    "蔚县": "Yuxian", "大埔县": "Dabu", "天台县": "Tiantai", "台州市": "Taizhou", "丽水市": "Lishui",
    "厦门市": "Xiamen", "泌阳县": "Biyang", "渑池县": "Mianchi", "盱眙县": "Xuyi", "綦江区": "Qijiang",
    "渠县": "Quxian", "河口瑶族自治县": "Hekou", "民和回族土族自治县": "Minhe", "尉氏县": "Weishi",
}


@pytest.mark.parametrize("name,english", sorted(ENGLISH.items()))
def test_english_name(name, english):
    assert places.english(name) == english


def test_every_name_in_the_list_is_a_real_division():
    assert [n for n in ENGLISH if not places.lookup(n)] == []


def test_chongqing_counties_sit_under_chongqing_not_a_city_named_xian():
    (d,) = places.lookup("丰都县")
    assert (d.city, d.province) == ("重庆市", "重庆市")
    assert places.lookup("县") == () and places.lookup("市辖区") == ()


def test_divisions_created_after_2021_are_known():
    assert places.lookup("会理市")[0].city == "凉山彝族自治州"
    assert places.lookup("和康县")[0].city == "和田地区"
    # 会理县 became 会理市: the old name finds the city, no county of its own is left in the data
    assert [d.name for d in places.lookup("会理县")] == ["会理市"]


def test_banner_short_forms_and_autonomous_counties():
    assert [d.name for d in places.lookup("科右前旗")] == ["科尔沁右翼前旗"]
    assert places.lookup("科右前旗")[0].city == "兴安盟"
    assert [d.name for d in places.lookup("通道县")] == ["通道侗族自治县"]
    # …and with 自治县 kept (镇宁自治县政府2019年…报告, as Guizhou's sites write it)
    assert [d.name for d in places.lookup("镇宁自治县")] == ["镇宁布依族苗族自治县"]
    assert places.base_name("科尔沁右翼前旗") == "科尔沁右翼前旗"
    assert places.base_name("河口瑶族自治县") == "河口"


def test_a_county_made_a_district_or_city_is_found_by_its_old_name():
    # older reports name the county it was (崇明县 until 2016, 宁乡县 until 2017)
    assert [(d.name, d.city) for d in places.lookup("崇明县")] == [("崇明区", "上海市")]
    assert [d.name for d in places.lookup("宁乡县")] == ["宁乡市"]
    # a county that still bears the name is that county; an autonomous county's short form stays its own
    assert [d.name for d in places.lookup("朝阳县")] == ["朝阳县"]
    assert [d.name for d in places.lookup("河口县")] == ["河口瑶族自治县"]
    # a county-level city made a district (即墨市 → 即墨区 in 2017), and its townships with it
    from index import towns

    assert [d.name for d in places.lookup("即墨市")] == ["即墨区"]
    assert "即墨区" in [d.name for d in towns.counties_of("金口镇")]


def test_an_ethnic_name_written_without_族_is_dropped_from_the_short_form():
    assert places.base_name("巴里坤哈萨克自治县") == "巴里坤"
    assert places.base_name("察布查尔锡伯自治县") == "察布查尔"
    assert [d.name for d in places.lookup("木垒县")] == ["木垒哈萨克自治县"]
    assert [d.name for d in places.lookup("伊犁州")] == ["伊犁哈萨克自治州"]
    assert places.pinyin("巴里坤哈萨克自治县") == "Balikun" and places.english("巴里坤哈萨克自治县") == "Barkol"
    assert [d.name for d in places.lookup("喀左县")] == ["喀喇沁左翼蒙古族自治县"]


def test_chongqing_districts_the_packaged_data_lacks_are_known():
    assert [(d.city, d.adcode) for d in places.lookup("渝北区")] == [("重庆市", "500112000000")]
    jiangbei = places.resolve("江北区", places.mentions("重庆市江北区教育委员会"), places.lookup("重庆市"))
    assert (jiangbei.division.province, jiangbei.division.adcode) == ("重庆市", "500105000000")


def test_a_phone_area_code_or_postcode_tells_same_named_districts_apart():
    assert places.codes_in("电话：0516-83201234，传真（0591）87654321，邮编：210009，手机13912345678") == (
        frozenset({"0516", "0591"}), frozenset({"210009"}))

    def city(text: str) -> str | None:
        d = places.resolve("鼓楼区", places.mentions(text), (), places.codes_in(text)).division
        return d.city if d else None

    assert city("鼓楼区教育局 联系电话：0516-83201234") == "徐州市"
    assert city("鼓楼区教育局 联系电话：（0591）87654321") == "福州市"
    assert city("鼓楼区教育局 邮政编码：210009") == "南京市"
    # The city the text names outweighs a code: codes only break a tie.
    assert city("开封市鼓楼区教育局 联系电话：0516-83201234") == "开封市"
    assert city("鼓楼区教育局 联系电话：8320123") is None


def test_same_named_districts_need_the_city_or_province():
    assert len(places.lookup("鼓楼区")) == 4
    text = "我们是鼓楼区教育局，地址在徐州市。"
    assert places.resolve("鼓楼区", places.mentions(text)).division.city == "徐州市"
    plain = places.resolve("鼓楼区", places.mentions("鼓楼区教育局"))
    assert plain.division is None and "4 处" in plain.reason


def test_divisions_lists_county_level_places_with_city_and_province():
    ds = places.divisions()
    assert len(ds) > 2800 and all(d.level == "county" and d.province for d in ds)
    assert next(d for d in ds if d.name == "海原县").city == "中卫市"


def test_a_chongqing_report_does_not_claim_every_county_question():
    from index.agency import agency_of
    from index.model import Place, Report
    from rag.query import corpus_places, understand

    place = Place("丰都县", city="重庆市", province="重庆市", english="Fengdu")
    r = Report(id="fengdu-2024", source="x", sha256="", text="", agency=agency_of("丰都县教育委员会", place),
               place=place, year=2024, template=None)
    names = {p.name for p in corpus_places([r])}
    assert names == {"丰都县", "重庆市"}
    q = understand("海原县2024年收到多少申请？", [r])
    assert q.places == [] and q.unknown_places == ["海原县"]
    assert understand("丰都县2024年收到多少申请？", [r]).places == ["丰都县"]
    # A bare 县 as a city (what the 2021 data gave Chongqing's counties) is no place to match.
    old = Report(id="old", source="x", sha256="", text="", agency=None, place=Place("丰都县", city="县"),
                 year=2024, template=None)
    assert {p.name for p in corpus_places([old])} == {"丰都县"}


def test_a_township_is_a_place_people_ask_by():
    from index.agency import agency_of
    from index.townships import town_kind as _town_kind
    from index.model import Place, Report
    from rag.query import corpus_places, understand

    place = Place("邹城市", city="济宁市", province="山东省", english="Zoucheng")
    town = Report(id="t-2021", source="x", sha256="", text="", place=place, year=2021, template=None,
                  agency=agency_of("邹城市田黄镇人民政府", place, _town_kind("镇", "人民政府")))
    city = Report(id="c-2021", source="x", sha256="", text="", place=place, year=2021, template=None,
                  agency=agency_of("邹城市教育局", place))
    assert "田黄镇" in {p.name for p in corpus_places([town, city])}
    q = understand("田黄镇2021年收到了几件申请？", [town, city])
    assert q.places == ["田黄镇"] and q.reports == ["t-2021"]
    assert understand("邹城市2021年收到了几件申请？", [town, city]).reports == ["c-2021", "t-2021"]
    # the county's own body named beside its township: both reports
    both = understand("邹城市2021年的市教育局和田黄镇分别收到几件申请？", [town, city])
    assert both.reports == ["c-2021", "t-2021"], both


def test_a_body_named_for_one_place_leaves_the_other_place_whole():
    from index.agency import agency_of
    from index.model import Place, Report
    from rag.query import understand

    a_place = Place("徐水区", city="保定市", province="河北省", english="Xushui")
    b_place = Place("宽城满族自治县", city="承德市", province="河北省", english="Kuancheng")
    a = Report(id="a-2023", source="x", sha256="", text="", place=a_place, year=2023, template=None,
               agency=agency_of("徐水区人民政府办公室", a_place))
    b1 = Report(id="b1-2023", source="x", sha256="", text="", place=b_place, year=2023, template=None,
                agency=agency_of("宽城满族自治县人民政府办公室", b_place))
    b2 = Report(id="b2-2023", source="x", sha256="", text="", place=b_place, year=2023, template=None,
                agency=agency_of("宽城满族自治县教育局", b_place))
    q = understand("2023年徐水区与宽城满族自治县政府办相比，哪一方收到的申请更多？", [a, b1, b2])
    assert q.reports == ["a-2023", "b1-2023"] and q.shape == "rank"


@pytest.mark.parametrize("name, english, pinyin", [
    ("乌兰浩特市", "Ulanhot", "Wulanhaote"),
    ("和林格尔县", "Horinger", "Helinge'er"),
    ("额济纳旗", "Ejin", "Ejina"),
    ("乌鲁木齐市", "Urumqi", "Wulumuqi"),
    ("格尔木市", "Golmud", "Ge'ermu"),  # Qinghai and Xinjiang names from Mongolian and Uyghur
    ("墨玉县", "Karakax", "Moyu"),
    ("海原县", "Haiyuan", "Haiyuan"),  # a Mandarin name: its pinyin is its English name
])
def test_a_name_from_another_language_has_its_settled_english_form(name, english, pinyin):
    from index import places

    assert (places.english(name), places.pinyin(name)) == (english, pinyin)


def test_a_question_may_name_a_place_by_either_form():
    from index.model import Agency, Place, Report
    from rag.query import understand

    r = Report("wlht", "wlht.txt", "", "", Agency("乌兰浩特市人民政府办公室", "政府办公室", "government office"),
               Place("乌兰浩特市", "兴安盟", "内蒙古自治区", english="Ulanhot"), 2021, None)
    for q in ("How many items did the Ulanhot government office disclose in 2021?",
              "How many items did the Wulanhaote government office disclose in 2021?"):
        assert understand(q, [r]).reports == ["wlht"]


def test_a_place_with_u_umlaut_is_named_with_u_or_v_as_keyboards_write_it():
    from index.model import Agency, Place, Report
    from rag.query import understand

    r = Report("ly", "ly.txt", "", "", Agency("略阳县教育体育局", "教育行政部门", "education bureau"),
               Place("略阳县", "汉中市", "陕西省", english="Lüeyang"), 2023, None)
    other = Report("hy", "hy.txt", "", "", Agency("洪雅县教育和体育局", "教育行政部门", "education bureau"),
                   Place("洪雅县", "眉山市", "四川省", english="Hongya"), 2023, None)
    for q in ("How many items did the Lueyang County education bureau disclose in 2023?",
              "How many items did the Lveyang County education bureau disclose in 2023?"):
        assert understand(q, [r, other]).reports == ["ly"], q


@pytest.mark.parametrize("question", ["How many items did the Lüchun County education bureau disclose in 2023?",
                                      "How many items did the Lvchun County education bureau disclose in 2023?",
                                      "How many items did the Luchun County education bureau disclose in 2023?"])
def test_a_county_the_corpus_lacks_is_read_however_its_u_umlaut_is_written(question):
    from index.model import Agency, Place, Report
    from rag.query import understand

    other = Report("hy", "hy.txt", "", "", Agency("洪雅县教育和体育局", "教育行政部门", "education bureau"),
                   Place("洪雅县", "眉山市", "四川省", english="Hongya"), 2023, None)
    q = understand(question, [other])
    assert q.unknown_places == ["绿春县"] and not q.places, q
