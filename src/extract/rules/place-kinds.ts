/**
 * Kinds of place below or beside the administrative divisions, by the word that ends their names, with where
 * each may be found (sources in docs/extraction.md):
 * - `alone`: also where no division stands before it, when its name is made of proper nouns (贺兰山国家级自然保护区,
 *   长胜煤炭集中区, 七里海湿地); these are words that name nothing but a place;
 * - otherwise only right after the division it lies in (大庆市龙凤湿地, 梨树县铁东村, 哈尔滨市何家沟), since a lake,
 *   a village or a hill is also a common noun.
 * Longer endings come first: the finder takes the first that matches.
 */
export interface PlaceKind {
  suffix: string;
  level: 'area' | 'landmark';
  alone: boolean;
  /** Found alone, its name starts after a division printed before it (某某县 + 某某镇), not with it. */
  afterItsDivision?: boolean;
}

/**
 * Development zones of the China Development Zone Audit Announcement Catalogue (2018), whose national and provincial
 * zones are named after their city or county: 某某市 + 高新技术产业开发区, printed short 某某高新区, so the division with
 * the kind alone after it is the zone's whole name.
 */
export const ZONE_KINDS: readonly string[] = [
  '经济技术开发区',
  '高新技术产业开发区',
  // The provincial zones' kind (某某经济开发区), and the national economic zones' short form beside 高新区 (某某经开区).
  '经济开发区',
  '经开区',
  '高新区',
  '工业园区',
  '产业园区',
  // The catalogue's provincial zones of the older form, 某某工业区 (上海市莘庄工业区, 天津南港工业区), with a proper name.
  '工业区',
  '开发区',
  '综合保税区',
  // The new areas the State Council and the provinces approve (国家级新区, 省级新区), named after their city or with a
  // name of their own after it (某某市 + 某某新区).
  '新区',
];

/** The zone kinds written only after a zone's own name: the catalogue's full kinds and the economic zones' short form. */
const ALONE_ZONE_KINDS: readonly string[] = ['经济技术开发区', '高新技术产业开发区', '经济开发区', '经开区', '工业区'];

/**
 * Words a protected area's own name holds before its ending that the segmenter tags as no noun (湿地/z, 省级/b): the
 * types of GB/T 14529-93 (自然保护区类型与级别划分原则: 湿地, 森林, 海洋, 草原, 荒漠) and the levels of the Nature Reserve
 * Regulations (国家级, 省级, 市级, 县级), as in 洪湖省级湿地自然保护区 and 长江口中华鲟湿地自然保护区.
 */
export const RESERVE_NAME_WORDS: readonly string[] = ['湿地', '森林', '海洋', '草原', '荒漠', '国家级', '省级', '市级', '县级'];

/**
 * Protected areas of the 2019 Guiding Opinions on a system of protected areas with national parks as the mainstay
 * (国家公园, 自然保护区, and the natural parks: 森林, 地质, 海洋, 湿地, 沙漠, 草原公园, 风景名胜区); wetlands of the
 * Wetland Protection Law (2021); development zones of the China Development Zone Audit Announcement Catalogue
 * (2018); mining and coal districts, mines and works; parks; sub-county divisions and villages of the NBS's urban-rural division codes
 * (镇, 乡, 街道, 村, 社区, 嘎查, 苏木); and the endings of waters and landforms.
 */
/**
 * The kinds of protected area of the 2019 Guiding Opinions (国家公园, 自然保护区, and the natural parks) as words of the
 * segmenter's dictionary: without them it reads a name it does not know across the kind (百山祖国家公园 as 百山/祖国/家/
 * 公园), and no kind is found at a word's start.
 */
export const PROTECTED_AREA_KINDS: readonly string[] = [
  '国家级自然保护区',
  '省级自然保护区',
  '自然保护区',
  '国家公园',
  '国家湿地公园',
  '湿地公园',
  '国家森林公园',
  '森林公园',
  '国家地质公园',
  '地质公园',
  '风景名胜区',
];

/**
 * The water works of the Water Law (2016, art. 79: 水工程, 水库、水闸、泵站 …) and of the ministry's registers of sluices
 * and pumping stations, each named by its site (某某扬水站, 某某泵站, 某某节制闸), and the small storage ponds of the
 * southwest's small water works (坝塘, 塘坝: the ministry's 小型水库和塘坝). Also words of the segmenter's dictionary, so
 * that a site's name before one is not read across it (马西扬水站 as 马/西扬/水站).
 */
export const WATER_WORK_KINDS: readonly string[] = ['扬水站', '提灌站', '排灌站', '泵站', '水闸', '节制闸', '拦河闸', '坝塘', '塘坝'];

/**
 * The drinking-water source protection zones of the Water Pollution Prevention and Control Law (2017, art. 63: 一级保护区,
 * 二级保护区), named by their source (某某二级水源保护区).
 */
export const WATER_SOURCE_ZONE_KINDS: readonly string[] = ['一级水源保护区', '二级水源保护区', '水源保护区'];

export const PLACE_KINDS: readonly PlaceKind[] = [
  // A reserve is often named short, …保护区 (the Nature Reserve Regulations' reserves as their own staff write them).
  ...['国家级自然保护区', '省级自然保护区', '自然保护区', '国家公园', '保护区'].map((suffix) => ({ suffix, level: 'area' as const, alone: true })),
  ...['国家湿地公园', '湿地公园', '国家森林公园', '森林公园', '国家地质公园', '地质公园', '海洋公园', '沙漠公园', '草原公园'].map((suffix) => ({
    suffix,
    level: 'area' as const,
    alone: true,
  })),
  ...['国家级风景名胜区', '风景名胜区', '湿地'].map((suffix) => ({ suffix, level: 'area' as const, alone: true })),
  // A zone's full kind names nothing but a zone, so a zone with a proper name of its own (not its division's) is found
  // wherever it stands, as the catalogue also lists zones named after a town or a landmark; the short kinds (开发区,
  // 高新区, 新区) stay after their division, where they are the zone's name.
  ...ZONE_KINDS.map((suffix) => ({ suffix, level: 'area' as const, alone: ALONE_ZONE_KINDS.includes(suffix) })),
  ...['煤炭集中区', '采煤沉陷区', '矿区'].map((suffix) => ({ suffix, level: 'area' as const, alone: true })),
  // Mines and works by the names their licences give them (the Mineral Resources Law's mining rights and the Coal
  // Law's 煤矿 are granted to a named mine: a trade name and the mineral, 某某煤矿, 某某铁矿), and the quarries and
  // brickworks that restoration and inspection news visits (某某采石场, 某某砖厂): named industrial and mining sites.
  // (The quarries' stone works, 某某石料厂, are the same sites under the name their business licence gives them.)
  ...['煤矿', '铁矿', '金矿', '铜矿', '采石场', '石料厂', '砖厂'].map((suffix) => ({ suffix, level: 'landmark' as const, alone: true })),
  // A city's park with a proper name (the urban green-space classification CJJ/T 85-2017: 综合公园, 专类公园 …).
  { suffix: '公园', level: 'area', alone: true },
  // A town is named alone in its own reports (某某镇召开…, 某某镇党委书记): the NBS codes make 镇 the ending of a town's
  // proper name, so one after a proper noun is a place wherever it stands; its county before it is another place
  // (某某县 + 某某镇). (乡 stays after its division: 美丽乡村, 城乡 and 部分乡 end in it too.)
  { suffix: '镇', level: 'area', alone: true, afterItsDivision: true },
  ...['街道', '社区', '嘎查', '苏木', '乡', '村'].map((suffix) => ({ suffix, level: 'area' as const, alone: false })),
  // Monitoring sections of the national surface-water network and of the provinces' (国控断面, 国考断面, 省控断面): the
  // ministry names each by its river and place (某河某村国控断面), a named site of the water bulletins.
  ...['国控断面', '国考断面', '省控断面'].map((suffix) => ({ suffix, level: 'landmark' as const, alone: true })),
  // A reservoir (Reservoir Dam Safety Regulations) is a work with a proper name, never a common noun after one; so is
  // an irrigation district (the Ministry of Water Resources' large and medium 灌区, named after their place: 某某灌区).
  { suffix: '水库', level: 'landmark', alone: true },
  { suffix: '灌区', level: 'landmark', alone: true },
  // Water works and drinking-water source protection zones by their site's name (see WATER_WORK_KINDS); a bare 闸 ends
  // a name only after the river or place it stands on (某河某某闸).
  ...WATER_WORK_KINDS.map((suffix) => ({ suffix, level: 'landmark' as const, alone: true, afterItsDivision: true })),
  ...WATER_SOURCE_ZONE_KINDS.map((suffix) => ({ suffix, level: 'area' as const, alone: true, afterItsDivision: true })),
  { suffix: '闸', level: 'landmark', alone: false },
  // Landforms of the natural features of the national place-name classification (GB/T 18521: 山脉, 冰川, 草原 …) and
  // the glaciers and ice fields of the glacier inventory (某某冰川, 某某冰原), with a proper name before the ending.
  ...['山脉', '雪山', '冰川', '冰原', '草原'].map((suffix) => ({ suffix, level: 'landmark' as const, alone: true })),
  ...['湖', '河', '江', '溪', '沟', '湾', '山', '岛', '岭'].map((suffix) => ({ suffix, level: 'landmark' as const, alone: false })),
];

/**
 * Kinds that are also a land cover (the land-use classification GB/T 21010: 草地), so that a division's name before one
 * (肃南草原 "Sunan's grasslands") names the division's cover, while a grassland's own name (羌塘草原) is no division's.
 */
export const LAND_COVER_KINDS: readonly string[] = ['草原'];

/**
 * The words of the slogan the CPC Constitution (2017 amendment) writes, 绿水青山就是金山银山: they end like a hill
 * (山) and follow a place (保护某市绿水青山), but name no place.
 */
export const SLOGAN_WORDS: readonly string[] = ['绿水青山', '金山银山'];

/**
 * Kind words that close a list of places of that kind (燕矶、新庙等乡镇政府, 甲、乙等村): inspection and work news names
 * townships and villages by their short names and says once what they are (the levels of the NBS codes); and islands
 * and bays (甲岛、乙岛等重点海岛), the units of the Island Protection Law (2009) and of the ministry's 美丽海湾.
 */
export const PLACE_LIST_KINDS: readonly string[] = ['乡镇', '街道', '社区', '镇', '乡', '村', '海岛', '岛屿', '海湾'];

/**
 * Pairs of level words that name the levels, not a place (沿湾区镇街 "the towns and streets along the bay"): the
 * counties' usage of 镇街 for 镇和街道; a kind's ending that starts one ends no name.
 */
export const LEVEL_PAIRS: readonly string[] = ['镇街'];

/** Words between 等 and the kind that qualify the whole list (甲岛、乙岛等重点海岛, 等主要湖泊). */
export const PLACE_LIST_QUALIFIERS: readonly string[] = ['重点', '主要'];

/**
 * Words of going to or being at a place that stand right before it (到某某镇调研, 在某某乡召开, 前往某某镇): inspection
 * and work news names the township its officials visit by the township's own name, the level word of the NBS codes
 * (镇, 乡, 街道) ending it. Longest first.
 */
export const GOING_TO_WORDS: readonly string[] = ['前往', '来到', '深入', '走进', '赶赴', '在', '到', '赴', '于'];

/**
 * The level words that end a township's or a subdistrict's own name (the NBS codes' 镇, 乡, 街道), with the traditional
 * forms of 镇 and 乡 (鎮, 鄉) that reports printed in traditional characters use (街道 is the same in both scripts).
 */
export const TOWNSHIP_ENDINGS: readonly string[] = ['街道', '镇', '乡', '鎮', '鄉'];

/**
 * The word that closes a list of the sites officials went to (先后走访了甲公司、乙镇丙小区等地): 等地, "and other
 * places", says each item of the list is a place, so an item after the list's 、 that ends in a township's level word
 * is a township the report names.
 */
export const VISITED_SITES_CLOSE = '等地';

/**
 * What follows a county's stem to make it the county (桂平分会场): a provincial or municipal video conference is
 * followed at each county's 分会场, which the report names by the county's stem.
 */
export const COUNTY_STEM_AFTER: readonly string[] = [
  '分会场',
  // A county's convergence media centre heads its stories with the county's stem and 融媒讯 (某某融媒讯 8月1日，…): the
  // centre every county set up after the Central Propaganda Department's 2018 call for county-level 融媒体中心.
  '融媒讯',
];

/**
 * The frame of a place's share of the national campaign for a Beautiful China (美丽中国建设, the CPC Central Committee
 * and State Council's 2023 opinion on comprehensively advancing it, which calls on provinces, cities and counties to
 * build their own): 美丽某某建设 names the place by its stem between the two words.
 */
export const BEAUTIFUL_PLACE_FRAME = { before: '美丽', after: '建设' } as const;

/** Words of going to a place before a county's stem (到某某调研, 赴某某检查, 深入某某督导). */
export const COUNTY_STEM_BEFORE_VISIT: readonly string[] = ['前往', '来到', '深入', '赶赴', '到', '赴'];

/**
 * What officials do at a place they visit, right after its name (到某某调研): inspection and survey news' verbs, and
 * those of a congress's law-enforcement inspection (the Supervision Law of the Standing Committees, 2006, ch. 5: its
 * groups 实地察看 and 开展执法检查 in the places they go to: 赴某某察看, 深入某某开展).
 */
export const VISIT_VERBS_AFTER_PLACE: readonly string[] = [
  '调研',
  '考察',
  '检查',
  '视察',
  '督导',
  '督查',
  '暗访',
  '指导',
  '察看',
  '查看',
  '巡查',
  '实地',
  '开展',
];

/**
 * Words that make a category of towns before 镇, no town's name (重点镇, 中心镇, 建制镇, 特色小镇, 示范镇): the terms of
 * the urbanization plans (国家新型城镇化规划) and of the NDRC's 特色小镇 programme.
 */
export const TOWN_CATEGORY_WORDS: readonly string[] = ['重点', '中心', '建制', '特色', '特色小', '示范', '小城', '集', '小集'];

/** The endings of the places right below a town in the NBS codes (某某镇 + 某某村, 某某街道 + 某某社区). */
export const VILLAGE_KINDS: readonly string[] = ['村', '社区', '嘎查'];

/**
 * Words the segmenter does not know that stand before a kind and are no part of its name: verbs that designate a
 * site (五源河获批国家湿地公园, 入选国家公园名录: the designation the news reports), and a verb with the resultative
 * 好 (讲好国家公园故事, 建好湿地公园: the verb-complement the slogans of the genre are made of).
 */
export const NOT_NAME_VERBS: readonly string[] = ['获批', '获评', '荣获', '获得', '入选', '列入', '建成', '成为', '评为', '命名为', '申报', '创建'];
export const RESULTATIVE_COMPLEMENT = '好';

/** Characters that stand in no name of a place of these kinds: function words, and 各/全/该 (各乡镇, 全县). */
export const NOT_IN_PLACE_NAME = '的了和与及或在是对把从向等将被为以于各全该本其每此这那个些我你他她它';

/**
 * The second character of a settlement named after a family (王家沟, 柳家村, 李庄, 张家营): the toponymy of villages
 * (a surname and 家, 庄, 屯, 营, 寨, 堡, 店, 坪, 坝), which the segmenter reads as common nouns.
 */
export const SETTLEMENT_WORDS = '家庄屯营寨堡店坪坝';

/**
 * Words that say where a park or wetland lies or what it is for, not which it is (滨江湿地公园 "a riverside wetland
 * park", 城市湿地公园): the kinds of park of the urban green-space classification CJJ/T 85-2017 and their sites.
 */
export const GENERIC_PLACE_WORDS: readonly string[] = [
  '滨江',
  '滨河',
  '滨湖',
  '滨海',
  '沿江',
  '沿河',
  '沿湖',
  '城市',
  '郊野',
  '社区',
  '口袋',
  '城郊',
];

/**
 * Kinds of area named after a place (洞庭湖生态经济区, 成渝地区双城经济圈, 长江中游城市群): the regional strategies
 * of the State Council's regional development plans and the NDRC's city-cluster plans.
 */
export const AREA_AFTER_PLACE: readonly string[] = ['生态经济区', '经济区', '经济圈', '城市群', '都市圈', '经济带'];

/** Verbs whose subject at the start of a clause is a place (乌梁素海位于乌拉特前旗境内, …国家公园地处…). */
export const PLACE_VERBS: readonly string[] = ['位于', '地处', '坐落于', '坐落在'];

/** Directions that name one part of a river or lake (东洞庭湖, 东辽河): a direction word right before it. */
export const WATER_PART_DIRECTIONS = '东西南北';

/**
 * Words that qualify a monitoring section before or after its own name (省考雷破石断面, 某某监测断面, 某某交界断面): the
 * levels of the surface-water assessment (国家地表水环境质量监测网设置方案: 国控, 国考; the provinces' 省控, 省考, and the
 * cities' and counties' 市控, 县控), the cross-boundary sections of the water-pollution law and of the ecological
 * compensation agreements (跨界, 交界, 出境, 入境, 考核), and the monitoring itself (监测, 水质, 自动). Longest first.
 */
export const SECTION_QUALIFIERS: readonly string[] = [
  '水质自动监测',
  '自动监测',
  '水质监测',
  '国控',
  '国考',
  '省控',
  '省考',
  '市控',
  '市考',
  '县控',
  '县考',
  '跨界',
  '跨省',
  '交界',
  '出境',
  '入境',
  '考核',
  '监测',
  '水质',
];

/**
 * The endings of a river's name that start a monitoring section's name (桑干河固定桥, 御河利仁皂): the network names
 * each section by its river, then by the village, bridge or town where it is sampled.
 */
export const SECTION_RIVER_ENDINGS = '河江溪';

/**
 * A port by its name: the Port Law (2003) has each port run under the city it lies in, and the national layout of coastal
 * ports (全国沿海港口布局规划, 2006) names the main ports by their city and 港 (大连港, 天津港, 青岛港, 连云港港). 港 right
 * after a city's name is that port, unless the two characters after the city make a word of their own: 港口 (the
 * city's ports), 港澳, 港区, 港务 (a port authority's name), 港城 (a nickname of the city), 港湾; nor is it a port
 * before 集团 or 股份 (the port's company, a body) or in 港珠澳 (the bridge's name).
 */
export const PORT_ENDING = '港';
export const NOT_PORT_AFTER: readonly string[] = ['口', '澳', '台', '区', '务', '城', '湾', '集团', '股份', '珠澳'];

/**
 * The words that give an area's bounds, one for each side (东起某地, 西至某地, 南自某地, 北到某地): the 四至 of a
 * protected area's or a park's boundary as its establishing documents and the Nature Reserve Regulations (art. 14:
 * 自然保护区的范围和界线) describe it, and as news repeats it.
 */
export const AREA_BOUND_WORDS: readonly string[] = [
  '东起',
  '西起',
  '南起',
  '北起',
  '东至',
  '西至',
  '南至',
  '北至',
  '东到',
  '西到',
  '南到',
  '北到',
  '东自',
  '西自',
  '南自',
  '北自',
];

/**
 * What a site that marks a bound may end in: the state forest farms of the forestry bureaus (国有林场, the Measures for
 * the Administration of State-owned Forest Farms), landforms and waters, and the villages and townships of the NBS codes.
 */
export const BOUND_SITE_ENDINGS: readonly string[] = ['林场', '山', '岭', '峰', '河', '江', '湖', '沟', '岛', '湾', '口', '村', '镇', '乡'];

/** The endings of the body a bound site is printed after (某林业局 + 某某林场): its site is what follows the body. */
export const BOUND_BODY_ENDINGS = '局厂司处所';
