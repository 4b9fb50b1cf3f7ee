import { placePinyin } from '../name-in-pinyin.ts';
import { LAKES, LANDFORMS, NATIONAL_PARKS, type NaturalArea, RIVERS } from './natural-areas.ts';

/**
 * Places the administrative-division dataset does not hold but reports of this genre name all the time:
 * cross-province areas of air-pollution control, river basins and economic belts, a few landmarks, and the
 * words that stand for the whole country. Ids of areas the graph already has are kept.
 */

/** A place outside the division dataset. */
export interface NamedArea {
  id: string;
  name: string;
  nameEn: string;
  pinyin: string;
  level: 'country' | 'area' | 'river-basin' | 'landmark';
  /** Other ways reports write it; each is matched as a mention of the same place. */
  aliases?: readonly string[];
  /** Ids of larger areas it is part of (京津冀 is part of 京津冀及周边地区), when both are named. */
  partOf?: readonly string[];
  /** The GB/T 2260 province code its landmark stands in (11 for Beijing). */
  inProvince?: string;
}

/**
 * The national-level new areas (国家级新区) the State Council approved, 1992-2017, by the names its approvals give
 * them, with the GB/T 2260 code of their province: [name, English, id slug, province]. 浦东新区 and 滨海新区 are
 * districts of the division dataset and stand there. Shaanxi's rankings of air quality list 西咸 among its cities.
 */
const NEW_AREAS: ReadonlyArray<readonly [string, string, string, string, (readonly string[])?]> = [
  ['两江新区', 'Liangjiang New Area', 'liangjiang-new-area', '50'],
  ['舟山群岛新区', 'Zhoushan Archipelago New Area', 'zhoushan-archipelago-new-area', '33'],
  ['兰州新区', 'Lanzhou New Area', 'lanzhou-new-area', '62'],
  ['南沙新区', 'Nansha New Area', 'nansha-new-area', '44'],
  ['西咸新区', "Xi'an-Xianyang New Area", 'xixian-new-area', '61', ['西咸']],
  ['贵安新区', 'Gui’an New Area', 'guian-new-area', '52'],
  ['西海岸新区', 'West Coast New Area', 'qingdao-west-coast-new-area', '37'],
  ['金普新区', 'Jinpu New Area', 'jinpu-new-area', '21'],
  ['天府新区', 'Tianfu New Area', 'tianfu-new-area', '51'],
  ['湘江新区', 'Xiangjiang New Area', 'xiangjiang-new-area', '43'],
  ['江北新区', 'Jiangbei New Area', 'nanjing-jiangbei-new-area', '32'],
  ['福州新区', 'Fuzhou New Area', 'fuzhou-new-area', '35'],
  ['滇中新区', 'Central Yunnan New Area', 'central-yunnan-new-area', '53'],
  ['哈尔滨新区', 'Harbin New Area', 'harbin-new-area', '23'],
  ['长春新区', 'Changchun New Area', 'changchun-new-area', '22'],
  ['赣江新区', 'Ganjiang New Area', 'ganjiang-new-area', '36'],
];

/** City clusters of the urbanization plans, by their official names: [name, English, id slug, other names]. */
const CITY_CLUSTERS: ReadonlyArray<readonly [string, string, string, (readonly string[])?]> = [
  ['长江中游城市群', 'Middle Yangtze River City Cluster', 'middle-yangtze-city-cluster'],
  ['中原城市群', 'Central Plains City Cluster', 'central-plains-city-cluster'],
  ['关中平原城市群', 'Guanzhong Plain City Cluster', 'guanzhong-plain-city-cluster'],
  ['北部湾城市群', 'Beibu Gulf City Cluster', 'beibu-gulf-city-cluster'],
  ['山东半岛城市群', 'Shandong Peninsula City Cluster', 'shandong-peninsula-city-cluster'],
  ['哈长城市群', 'Harbin-Changchun City Cluster', 'harbin-changchun-city-cluster'],
  ['辽中南城市群', 'Central-Southern Liaoning City Cluster', 'central-southern-liaoning-city-cluster'],
  ['山西中部城市群', 'Central Shanxi City Cluster', 'central-shanxi-city-cluster'],
  ['黔中城市群', 'Central Guizhou City Cluster', 'central-guizhou-city-cluster'],
  ['滇中城市群', 'Central Yunnan City Cluster', 'central-yunnan-city-cluster'],
  ['呼包鄂榆城市群', 'Hohhot-Baotou-Ordos-Yulin City Cluster', 'hohhot-baotou-ordos-yulin-city-cluster'],
  ['兰州—西宁城市群', 'Lanzhou-Xining City Cluster', 'lanzhou-xining-city-cluster', ['兰西城市群', '兰州-西宁城市群']],
  ['宁夏沿黄城市群', 'Ningxia Yellow River City Cluster', 'ningxia-yellow-river-city-cluster'],
  ['天山北坡城市群', 'North Tianshan Slope City Cluster', 'north-tianshan-city-cluster'],
  ['粤闽浙沿海城市群', 'Guangdong-Fujian-Zhejiang Coastal City Cluster', 'coastal-city-cluster', ['海峡西岸城市群']],
  // The metropolitan areas inside clusters that provinces' reports name by their cities' first characters: the
  // Changsha-Zhuzhou-Xiangtan pilot zone (长株潭城市群, 2007) and the Urumqi-Changji-Shihezi area of Xinjiang's joint
  // air-pollution control (乌昌石).
  ['长株潭城市群', 'Changsha-Zhuzhou-Xiangtan City Cluster', 'changsha-zhuzhou-xiangtan', ['长株潭', '长株潭地区']],
  ['乌昌石城市群', 'Urumqi-Changji-Shihezi City Cluster', 'urumqi-changji-shihezi', ['乌昌石', '乌昌石区域']],
];

/**
 * The kinds of institution whose names begin with their place (某市第一高中, 某省理工大学, 某某集团, 某某新闻网, 某省代表团):
 * schools and universities, enterprises, societies and associations, media outlets, a congress's delegations and
 * monitoring or research centres. A place printed only at the head of one is the institution's, not a place the report
 * names (GOLD.md).
 */
export const INSTITUTION_KINDS: readonly string[] = [
  '大学',
  '学院',
  '中学',
  '小学',
  '高中',
  '集团',
  '公司',
  '协会',
  '学会',
  '研究院',
  '研究所',
  '新闻网',
  // A website's dispatch and reporter, as bylines print them (某某网讯, 据某某网记者).
  '网讯',
  '网记者',
  '日报',
  '晚报',
  '电视台',
  '频道',
  '代表团',
  '委员会',
  '常委会',
  '中心',
  '化学厂',
];

/** The country, by the words reports use for it. */
export const COUNTRY: NamedArea = {
  id: 'region:china',
  name: '中国',
  nameEn: 'China',
  pinyin: 'Zhōngguó',
  level: 'country',
  aliases: ['全国', '我国', '新中国'],
};

/**
 * Words for the country that are no name of it (全国 "nationwide", 我国 "our country"): a place mention only where
 * the clause reports a figure for the whole country (全国339个地级及以上城市, 全国地表水优良比例为83.4%), the scope
 * of a statistic; elsewhere (全国生态环境保护大会, 在全国率先, 我国水污染防治工作) they qualify another word.
 */
export const COUNTRY_SCOPE_WORDS: readonly string[] = ['全国', '我国'];

/**
 * What a clause may count that is no figure for the whole country (我国将在2018年年底前…, 今年我国将设立第一批…): a
 * date or period (年, 月, 日, 年底) and an ordinal (第一批, 第十二个), which GOLD.md's statistics put into the indicator
 * as its period or rank, not as the quantity.
 */
export const NOT_SCOPE_FIGURES: readonly RegExp[] = [/\d{2,4}\s*年(?:年?[底初中末])?/gu, /\d{1,2}\s*[月日号]/gu, /第[\d一二两三四五六七八九十百]+/gu];

/**
 * What the country word names before a designation, not a place (我国重点保护野生植物 "plants under the State's key
 * protection"): the lists of the Wildlife Protection Law (国家重点保护野生动物名录) and of the Regulations on Wild Plants
 * Protection (国家重点保护野生植物名录), whose species a report counts in a reserve.
 */
export const COUNTRY_DESIGNATIONS: readonly string[] = ['重点保护'];

/**
 * Words for a part of a water a clause may have for subject (东江发源地位于…, 某河源头位于…): the water is the place, its
 * source no name of one.
 */
export const WATER_PART_SUBJECTS: readonly string[] = ['发源地', '源头'];

/**
 * The posts of the river and lake chief system (中办、国办《关于全面推行河长制的意见》, 2016; 《关于在湖泊实施湖长制的
 * 指导意见》, 2017): 河长, 湖长 and the levels before them (镇级湖长, 村级河长). A water's ending followed by 长 is
 * the post, not a water (镇级湖长 holds no lake 镇级湖, 河长升湖长 none either).
 */
export const WATER_CHIEF_AFTER = '长';

/**
 * The parts a river is divided into after its name (某某河段, 某某江支流, 某某河干流): the river chief system assigns chiefs
 * by section (河段), and the Water Law and the basin plans divide a river system into its main stream (干流) and
 * tributaries (支流). A proper name before one of them, ending in 江 or 河, names the river.
 */
export const RIVER_DIVISION_WORDS: readonly string[] = ['段', '支流', '干流'];

/**
 * Verbs of discharge and inflow that stand right before the water they name (直排某江支流, 汇入某河干流): the Water
 * Pollution Prevention Law's 排放/排入 of wastewater and a river's 汇入/流入; no river's name starts with one.
 */
export const DISCHARGE_VERBS: readonly string[] = ['直排', '偷排', '排入', '排放', '排至', '汇入', '流入', '注入'];

/**
 * Words around 中国 that make it part of a named doctrine or national initiative rather than the place: the
 * initiatives of the CPC's 18th–20th congress reports (美丽中国, 健康中国, 平安中国, 数字中国, 法治中国) and the
 * doctrines 中国特色社会主义, 中国式现代化, 中国梦; after 届, an edition of a recurring event (第九届中国…).
 */
export const NOT_COUNTRY_BEFORE: readonly string[] = ['美丽', '健康', '平安', '数字', '法治', '新时代', '届'];
export const NOT_COUNTRY_AFTER: readonly string[] = ['特色', '式', '梦'];

/**
 * Heads of the names that 中国 starts without being a place the report is about (中国…博物馆, 中国…论坛), beside
 * the endings of bodies, media, events and documents the other tables hold: the kinds of cultural institution
 * (the Museums Regulations of 2015: 博物馆, 纪念馆, 展览馆, 科技馆) and of recurring international meetings.
 */
export const COUNTRY_NAME_HEADS: readonly string[] = ['博物馆', '纪念馆', '展览馆', '科技馆', '论坛', '峰会', '博览会', '年会', '大赛'];

/** Areas, basins and landmarks, each a line. */
const TABLE_AREAS: readonly NamedArea[] = [
  // Key regions of air-pollution control.
  {
    id: 'region:beijing-tianjin-hebei-and-surrounding-areas',
    name: '京津冀及周边地区',
    nameEn: 'Beijing-Tianjin-Hebei and Surrounding Areas',
    pinyin: 'Jīng-Jīn-Jì jí Zhōubiān Dìqū',
    level: 'area',
    partOf: ['region:northern-china'],
  },
  {
    id: 'region:2plus26-cities',
    name: '“2+26”城市',
    nameEn: '“2+26” Cities (air-pollution transmission channel cities)',
    pinyin: 'Èr Jiā Èrshíliù Chéngshì',
    level: 'area',
    aliases: ['"2+26"城市', '2+26城市', '“2+26”个城市'],
    partOf: ['region:beijing-tianjin-hebei-and-surrounding-areas'],
  },
  {
    id: 'region:beijing-tianjin-hebei',
    name: '京津冀',
    nameEn: 'Beijing-Tianjin-Hebei',
    pinyin: 'Jīng-Jīn-Jì',
    level: 'area',
    aliases: ['京津冀地区'],
    partOf: ['region:beijing-tianjin-hebei-and-surrounding-areas'],
  },
  {
    id: 'region:fenwei-plain',
    name: '汾渭平原',
    nameEn: 'Fenwei Plain',
    pinyin: 'Fén-Wèi Píngyuán',
    level: 'area',
    partOf: ['region:northern-china'],
  },
  {
    id: 'region:yangtze-river-delta',
    name: '长三角地区',
    nameEn: 'Yangtze River Delta',
    pinyin: 'Cháng Sān Jiǎo Dìqū',
    level: 'area',
    aliases: ['长三角', '长江三角洲'],
  },
  {
    id: 'region:pearl-river-delta',
    name: '珠三角地区',
    nameEn: 'Pearl River Delta',
    pinyin: 'Zhū Sān Jiǎo Dìqū',
    level: 'area',
    aliases: ['珠三角', '珠江三角洲'],
  },
  {
    id: 'region:guangdong-hong-kong-macao-greater-bay-area',
    name: '粤港澳大湾区',
    nameEn: 'Guangdong-Hong Kong-Macao Greater Bay Area',
    pinyin: 'Yuè-Gǎng-Ào Dàwānqū',
    level: 'area',
    aliases: ['大湾区'],
  },
  { id: 'region:chengdu-chongqing', name: '成渝地区', nameEn: 'Chengdu-Chongqing area', pinyin: 'Chéng-Yú Dìqū', level: 'area' },
  // The areas of the national regional strategies the 14th Five-Year Plan (2021) names beside the ones above: the
  // Chengdu-Chongqing twin-city economic circle and the Hainan free trade port; and the city clusters of the National
  // New-type Urbanization Plan (2014) and the 14th Five-Year Plan's list of nineteen, by the names they give.
  {
    id: 'region:chengdu-chongqing-economic-circle',
    name: '成渝地区双城经济圈',
    nameEn: 'Chengdu-Chongqing Twin-City Economic Circle',
    pinyin: 'Chéng-Yú Dìqū Shuāngchéng Jīngjìquān',
    level: 'area',
    aliases: ['成渝双城经济圈'],
    partOf: ['region:chengdu-chongqing'],
  },
  {
    id: 'region:hainan-free-trade-port',
    name: '海南自由贸易港',
    nameEn: 'Hainan Free Trade Port',
    pinyin: 'Hǎinán Zìyóu Màoyìgǎng',
    level: 'area',
    aliases: ['海南自贸港'],
  },
  ...CITY_CLUSTERS.map(([name, nameEn, slug, aliases]) => ({
    id: `region:${slug}`,
    name,
    nameEn,
    // The plans join two cities' names with a dash (兰州—西宁), which pinyin writes as one more space.
    pinyin: placePinyin(name.replace(/[—-]/gu, ''), undefined),
    level: 'area' as const,
    ...(aliases ? { aliases } : {}),
  })),
  { id: 'region:northern-china', name: '北方地区', nameEn: 'Northern China', pinyin: 'Běifāng Dìqū', level: 'area' },
  { id: 'region:northeast-china', name: '东北地区', nameEn: 'Northeast China', pinyin: 'Dōngběi Dìqū', level: 'area', aliases: ['东北', '东北三省'] },
  // The other three of the NBS's four economic regions, by name and by their count of provinces (中部六省).
  { id: 'region:eastern-region', name: '东部地区', nameEn: 'Eastern Region', pinyin: 'Dōngbù Dìqū', level: 'area', aliases: ['东部十省'] },
  { id: 'region:central-region', name: '中部地区', nameEn: 'Central Region', pinyin: 'Zhōngbù Dìqū', level: 'area', aliases: ['中部六省'] },
  {
    id: 'region:western-region',
    name: '西部地区',
    nameEn: 'Western Region',
    pinyin: 'Xībù Dìqū',
    level: 'area',
    aliases: ['西部十二省', '西部十二省区市'],
  },
  // Macro-regions of the National Bureau of Statistics' and the State Council's regional divisions (华北 …, 东部/中部/西部/东北
  // of the NBS's four economic regions) and Xinjiang's parts (南疆, 北疆, 东疆) as the regional plans name them.
  { id: 'region:north-china', name: '华北地区', nameEn: 'North China', pinyin: 'Huáběi Dìqū', level: 'area', aliases: ['华北'] },
  { id: 'region:east-china', name: '华东地区', nameEn: 'East China', pinyin: 'Huádōng Dìqū', level: 'area', aliases: ['华东'] },
  { id: 'region:south-china', name: '华南地区', nameEn: 'South China', pinyin: 'Huánán Dìqū', level: 'area', aliases: ['华南'] },
  { id: 'region:central-china', name: '华中地区', nameEn: 'Central China', pinyin: 'Huázhōng Dìqū', level: 'area', aliases: ['华中'] },
  { id: 'region:southwest-china', name: '西南地区', nameEn: 'Southwest China', pinyin: 'Xīnán Dìqū', level: 'area', aliases: ['西南'] },
  { id: 'region:northwest-china', name: '西北地区', nameEn: 'Northwest China', pinyin: 'Xīběi Dìqū', level: 'area', aliases: ['西北'] },
  { id: 'region:southern-xinjiang', name: '南疆', nameEn: 'Southern Xinjiang', pinyin: 'Nánjiāng', level: 'area', inProvince: '65' },
  { id: 'region:northern-xinjiang', name: '北疆', nameEn: 'Northern Xinjiang', pinyin: 'Běijiāng', level: 'area', inProvince: '65' },
  { id: 'region:eastern-xinjiang', name: '东疆', nameEn: 'Eastern Xinjiang', pinyin: 'Dōngjiāng', level: 'area', inProvince: '65' },
  // A province's own parts by their old names, as its plans divide it (Shaanxi's three regions 关中, 陕北, 陕南;
  // Shandong's economic circles of 2020, 省会, 胶东, 鲁南; Gansu's 河西走廊): the parts named by a province's abbreviation
  // and a direction (陕北, 鲁南) are read by PROVINCE_ABBREVIATIONS.
  { id: 'region:guanzhong', name: '关中', nameEn: 'Guanzhong', pinyin: 'Guānzhōng', level: 'area', inProvince: '61', aliases: ['关中地区'] },
  { id: 'region:jiaodong', name: '胶东', nameEn: 'Jiaodong', pinyin: 'Jiāodōng', level: 'area', inProvince: '37', aliases: ['胶东半岛'] },
  { id: 'region:hexi-corridor', name: '河西走廊', nameEn: 'Hexi Corridor', pinyin: 'Héxī Zǒuláng', level: 'area', inProvince: '62' },
  {
    id: 'region:xinjiang-production-and-construction-corps',
    name: '新疆生产建设兵团',
    nameEn: 'Xinjiang Production and Construction Corps',
    pinyin: 'Xīnjiāng Shēngchǎn Jiànshè Bīngtuán',
    level: 'area',
    inProvince: '65',
  },
  // Major rivers and lakes of the Ministry of Water Resources' river-basin commissions and the national lists
  // of key lakes (the five great freshwater lakes, the nine plateau lakes of Yunnan).
  { id: 'region:dongting-lake', name: '洞庭湖', nameEn: 'Dongting Lake', pinyin: 'Dòngtíng Hú', level: 'landmark' },
  { id: 'region:poyang-lake', name: '鄱阳湖', nameEn: 'Poyang Lake', pinyin: 'Póyáng Hú', level: 'landmark' },
  { id: 'region:hongze-lake', name: '洪泽湖', nameEn: 'Hongze Lake', pinyin: 'Hóngzé Hú', level: 'landmark' },
  { id: 'region:dianchi-lake', name: '滇池', nameEn: 'Dianchi Lake', pinyin: 'Diānchí', level: 'landmark', inProvince: '53' },
  { id: 'region:erhai-lake', name: '洱海', nameEn: 'Erhai Lake', pinyin: 'Ěrhǎi', level: 'landmark', inProvince: '53' },
  { id: 'region:fuxian-lake', name: '抚仙湖', nameEn: 'Fuxian Lake', pinyin: 'Fǔxiān Hú', level: 'landmark', inProvince: '53' },
  { id: 'region:qinghai-lake', name: '青海湖', nameEn: 'Qinghai Lake', pinyin: 'Qīnghǎi Hú', level: 'landmark', inProvince: '63' },
  { id: 'region:han-river', name: '汉江', nameEn: 'Han River', pinyin: 'Hàn Jiāng', level: 'river-basin' },
  { id: 'region:jialing-river', name: '嘉陵江', nameEn: 'Jialing River', pinyin: 'Jiālíng Jiāng', level: 'river-basin' },
  { id: 'region:xiang-river', name: '湘江', nameEn: 'Xiang River', pinyin: 'Xiāng Jiāng', level: 'river-basin' },
  { id: 'region:gan-river', name: '赣江', nameEn: 'Gan River', pinyin: 'Gàn Jiāng', level: 'river-basin' },
  { id: 'region:wei-river', name: '渭河', nameEn: 'Wei River', pinyin: 'Wèi Hé', level: 'river-basin' },
  { id: 'region:fen-river', name: '汾河', nameEn: 'Fen River', pinyin: 'Fén Hé', level: 'river-basin' },
  { id: 'region:yongding-river', name: '永定河', nameEn: 'Yongding River', pinyin: 'Yǒngdìng Hé', level: 'river-basin' },
  { id: 'region:grand-canal', name: '大运河', nameEn: 'Grand Canal', pinyin: 'Dà Yùnhé', level: 'river-basin', aliases: ['京杭大运河'] },
  { id: 'region:huai-river', name: '淮河', nameEn: 'Huai River', pinyin: 'Huái Hé', level: 'river-basin' },
  { id: 'region:pearl-river', name: '珠江', nameEn: 'Pearl River', pinyin: 'Zhū Jiāng', level: 'river-basin' },
  { id: 'region:songhua-river', name: '松花江', nameEn: 'Songhua River', pinyin: 'Sōnghuā Jiāng', level: 'river-basin' },
  { id: 'region:liao-river', name: '辽河', nameEn: 'Liao River', pinyin: 'Liáo Hé', level: 'river-basin' },
  { id: 'region:hai-river', name: '海河', nameEn: 'Hai River', pinyin: 'Hǎi Hé', level: 'river-basin' },
  { id: 'region:xiongan-new-area', name: '雄安新区', nameEn: 'Xiong’an New Area', pinyin: "Xióng'ān Xīnqū", level: 'area', inProvince: '13' },
  ...NEW_AREAS.map(([name, nameEn, slug, inProvince, aliases]) => ({
    id: `region:${slug}`,
    name,
    nameEn,
    pinyin: placePinyin(name, undefined),
    level: 'area' as const,
    inProvince,
    ...(aliases ? { aliases } : {}),
  })),
  // River basins, economic belts, seas and lakes.
  {
    id: 'region:yellow-river-basin',
    name: '黄河流域',
    nameEn: 'Yellow River Basin',
    pinyin: 'Huáng Hé Liúyù',
    level: 'river-basin',
    aliases: ['黄河'],
  },
  {
    id: 'region:yangtze-river-basin',
    name: '长江流域',
    nameEn: 'Yangtze River Basin',
    pinyin: 'Cháng Jiāng Liúyù',
    level: 'river-basin',
    aliases: ['长江'],
  },
  {
    id: 'region:yangtze-river-economic-belt',
    name: '长江经济带',
    nameEn: 'Yangtze River Economic Belt',
    pinyin: 'Cháng Jiāng Jīngjìdài',
    level: 'area',
  },
  { id: 'region:huai-river-basin', name: '淮河流域', nameEn: 'Huai River Basin', pinyin: 'Huái Hé Liúyù', level: 'river-basin' },
  { id: 'region:hai-river-basin', name: '海河流域', nameEn: 'Hai River Basin', pinyin: 'Hǎi Hé Liúyù', level: 'river-basin' },
  { id: 'region:pearl-river-basin', name: '珠江流域', nameEn: 'Pearl River Basin', pinyin: 'Zhū Jiāng Liúyù', level: 'river-basin' },
  { id: 'region:songhua-river-basin', name: '松花江流域', nameEn: 'Songhua River Basin', pinyin: 'Sōnghuā Jiāng Liúyù', level: 'river-basin' },
  { id: 'region:liao-river-basin', name: '辽河流域', nameEn: 'Liao River Basin', pinyin: 'Liáo Hé Liúyù', level: 'river-basin' },
  { id: 'region:taihu-lake-basin', name: '太湖流域', nameEn: 'Taihu Lake Basin', pinyin: 'Tàihú Liúyù', level: 'river-basin', aliases: ['太湖'] },
  { id: 'region:chaohu-lake-basin', name: '巢湖流域', nameEn: 'Chaohu Lake Basin', pinyin: 'Cháohú Liúyù', level: 'river-basin', aliases: ['巢湖'] },
  { id: 'region:bohai-sea', name: '渤海', nameEn: 'Bohai Sea', pinyin: 'Bóhǎi', level: 'area', aliases: ['渤海湾'] },
  // The estuaries among the key sea areas of the 2022 action plan for comprehensive management of key sea areas (重点海域
  // 综合治理攻坚战行动方案: 渤海, 长江口—杭州湾, 珠江口邻近海域). (杭州湾 is left out: it also starts a new area's name,
  // 杭州湾新区, that no table holds.)
  { id: 'region:yangtze-river-estuary', name: '长江口', nameEn: 'Yangtze River Estuary', pinyin: 'Cháng Jiāng Kǒu', level: 'area' },
  { id: 'region:pearl-river-estuary', name: '珠江口', nameEn: 'Pearl River Estuary', pinyin: 'Zhū Jiāng Kǒu', level: 'area' },
  // Landmarks.
  { id: 'region:tiananmen', name: '天安门', nameEn: 'Tiananmen', pinyin: "Tiān'ānmén", level: 'landmark', inProvince: '11' },
  // (A hall a meeting is held in, 人民大会堂, is its venue, not a place of the report's geography: GOLD.md's places are
  // divisions, regions, waters and named sites, and the real reports' gold never lists the hall.)
];

// An area of the natural-areas tables, its pinyin read by pinyin-pro as one word.
function naturalArea([name, english, slug]: NaturalArea, level: NamedArea['level']): NamedArea {
  return { id: `region:${slug}`, name, nameEn: english, pinyin: placePinyin(name, undefined), level };
}

// A river or lake is written alone or with 流域 (汾河, 汾河流域: one place), a basin named X流域 also as X (黄河), and a
// mountain range also as its mountain area (大别山区) and as the range (横断山脉, the form of the national atlases).
function withBasinForms(area: NamedArea, names: ReadonlySet<string>): NamedArea {
  const lake = area.level === 'landmark' && /[湖海淀池错]$/u.test(area.name);
  const range = area.level === 'area' && area.name.endsWith('山') ? [`${area.name}区`, `${area.name}脉`] : [];
  // A river the national lists name in the classical 水 (湟水, 澧水) is printed locally with the generic 河 after it too
  // (湟水河), as the river chief lists of its province name it.
  const river = area.level === 'river-basin' && area.name.endsWith('水') ? [`${area.name}河`, `${area.name}河流域`] : [];
  const forms = (area.level === 'river-basin' || lake) && !area.name.endsWith('流域') ? [`${area.name}流域`, ...river] : range;
  const added = forms.filter((form) => !names.has(form) && !area.aliases?.includes(form));
  return added.length === 0 ? area : { ...area, aliases: [...(area.aliases ?? []), ...added] };
}

/**
 * Every named area: the table above, then the rivers, lakes, landforms and national parks of the natural-areas
 * tables; each river also by its basin's name.
 */
export const NAMED_AREAS: readonly NamedArea[] = (() => {
  const areas = [
    ...TABLE_AREAS,
    ...RIVERS.map((entry) => naturalArea(entry, 'river-basin')),
    ...LAKES.map((entry) => naturalArea(entry, 'landmark')),
    ...LANDFORMS.map((entry) => naturalArea(entry, 'area')),
    ...NATIONAL_PARKS.map((entry) => naturalArea(entry, 'area')),
  ];
  const names = new Set(areas.flatMap((area) => [area.name, ...(area.aliases ?? [])]));
  return areas.map((area) => withBasinForms(area, names));
})();

/** The ids of the landforms (mountains, plateaus, deserts): places a figure seldom measures. */
export const LANDFORM_IDS: ReadonlySet<string> = new Set(LANDFORMS.map(([, , slug]) => `region:${slug}`));

/**
 * English names that pinyin does not give (陕西 is Shaanxi, 内蒙古 Inner Mongolia), by the place's short name.
 */
export const ENGLISH_PLACE_NAMES: Readonly<Record<string, string>> = {
  陕西: 'Shaanxi',
  内蒙古: 'Inner Mongolia',
  西藏: 'Tibet',
  香港: 'Hong Kong',
  澳门: 'Macao',
  广西: 'Guangxi',
  宁夏: 'Ningxia',
  新疆: 'Xinjiang',
};

/**
 * The level words at the end of a division's name, longest first, with the English word a name takes and
 * whether the short form (安徽 for 安徽省) may stand alone as a mention; `abbreviation` is the level word's own short
 * form, written after the short name (香港特区, as the Basic Laws' 特别行政区 is abbreviated).
 */
export const DIVISION_SUFFIXES: readonly { suffix: string; en: string; shortForm: boolean; abbreviation?: string }[] = [
  { suffix: '特别行政区', en: 'Special Administrative Region', shortForm: true, abbreviation: '特区' },
  { suffix: '维吾尔自治区', en: 'Uygur Autonomous Region', shortForm: true },
  { suffix: '壮族自治区', en: 'Zhuang Autonomous Region', shortForm: true },
  { suffix: '回族自治区', en: 'Hui Autonomous Region', shortForm: true },
  { suffix: '自治区', en: 'Autonomous Region', shortForm: true },
  { suffix: '自治州', en: 'Autonomous Prefecture', shortForm: false },
  { suffix: '自治县', en: 'Autonomous County', shortForm: false },
  { suffix: '地区', en: 'Prefecture', shortForm: false },
  { suffix: '新区', en: 'New Area', shortForm: false },
  { suffix: '林区', en: 'Forestry District', shortForm: false },
  { suffix: '矿区', en: 'Mining District', shortForm: false },
  { suffix: '省', en: 'Province', shortForm: true },
  { suffix: '市', en: 'City', shortForm: true },
  { suffix: '盟', en: 'League', shortForm: false },
  { suffix: '州', en: 'Prefecture', shortForm: false },
  { suffix: '县', en: 'County', shortForm: false },
  { suffix: '区', en: 'District', shortForm: false },
  { suffix: '旗', en: 'Banner', shortForm: false },
];

/**
 * The 56 ethnic groups of GB/T 3304 (without 族), for the short forms of autonomous divisions: 肃南裕固族自治县 is
 * written 肃南县, 恩施土家族苗族自治州 恩施州, 伊犁哈萨克自治州 伊犁州 (the place before the first group's name).
 */
export const ETHNIC_GROUPS: readonly string[] = (
  '汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 ' +
  '达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'
).split(' ');

/**
 * Level words a place the dataset does not know may end with (东岚省, 临溪市): a test report's or a new
 * place. Only a name of two or three characters before them counts, at a word boundary.
 */
export const UNKNOWN_PLACE_SUFFIXES: readonly { suffix: string; level: 'province' | 'city' | 'county' }[] = [
  { suffix: '省', level: 'province' },
  { suffix: '市', level: 'city' },
  { suffix: '县', level: 'county' },
];

/**
 * The level words a county-level division's name ends in and that the news drops after its province or city
 * (重庆市石柱, 四川遂宁): GB/T 2260's 县, 自治县 (read by its short written form 石柱县), 区 and 旗; a county-level 市 keeps its
 * word, since many share a stem with their prefecture.
 */
export const COUNTY_STEM_SUFFIXES: readonly string[] = ['县', '区', '旗'];
/** What may follow such a stem: a mark or a word that closes a list of places (重庆南川和四川遂宁等), never more of a name. */
export const AFTER_COUNTY_STEM: readonly string[] = ['、', '和', '及', '与', '等'];

/**
 * Common nouns a division's name can end in (海城市 in 沿海城市 "coastal cities", 范县 in 示范县 "model county"): after
 * another character of a word (not a level word or a function word) the name is that noun's tail, no place.
 */
export const COMMON_NOUN_TAILS: readonly string[] = ['城市', '范县'];

/**
 * Common nouns a division's level word begins (区域 "region": 南区 in 陕南区域, "the region of southern Shaanxi"): after
 * another character of a word, a name whose level word and the next character make one of them is no place.
 */
export const LEVEL_WORD_NOUNS: readonly string[] = ['区域'];

/**
 * Words before a place-like name that show it is not a place (城市, 超市 are words, not places; 全市 is "the
 * whole city"): a candidate whose name is one of these, or ends a word with them, is dropped.
 */
export const NOT_PLACE_NAMES: readonly string[] = [
  '城',
  '超',
  '全',
  '本',
  '我',
  '该',
  '各',
  '外',
  '跨',
  '城区',
  '上',
  '股',
  '门',
  '都',
  '设区',
  '地级',
  '县级',
  '省会',
  '重点',
  '试点',
  '示范',
  '中心',
  '其他',
  '周边',
  '沿海',
  '所在',
  '以上',
  '及以上',
  '副省',
  '地级及以上',
];

/** Words for a part of a river that may follow its name as one word (长江上游, 黄河干流): the name still ends there. */
export const RIVER_PART_WORDS: readonly string[] = ['上游', '中游', '下游', '干流', '支流', '沿岸', '两岸', '沿线', '源头'];

/** Last characters of the names of rivers and lakes (茅洲河, 练江, 滇池), for waters the areas table lacks. */
export const WATER_ENDINGS = '河江湖溪川池泊淀';

/** Endings of waters' names longer than one character: reservoirs (水库), as the Reservoir Dam Safety Regulations name them. */
export const WATER_LONG_ENDINGS: readonly string[] = ['水库'];

/** Words after a list of waters that say they are rivers or lakes (茅洲河、练江等流域). */
export const WATER_LIST_TAILS: readonly string[] = [
  '等流域',
  '等河流',
  '等河湖',
  '等湖泊',
  '等重点流域',
  '流域',
  '等水体',
  '等\\d+个(?:湖库|湖泊|水库|河流)',
  // A river chief's survey of the rivers in his charge (金鱼河、老西沟河、彭河等主要河道): the Guiding Opinions on river
  // chiefs (2016) call what each chief is in charge of 河道 and 河湖.
  '等(?:主要|重点)?河道',
];

/**
 * Verbs of a site visit, after which a list of waters is the places visited (实地察看了甲河、乙河全线堤围): inspection and
 * patrol news names each place the leaders went to right after 察看/查看/巡查 (the survey news' own shape).
 */
export const WATER_VISIT_VERBS: readonly string[] = ['实地察看了', '实地查看了', '察看了', '查看了', '巡查了', '巡查'];

/** Common nouns that end like a water's name (江河 "rivers", 内河 "inland rivers"): a list holding one lists no names. */
export const COMMON_WATER_WORDS: readonly string[] = ['江河', '河湖', '湖泊', '内河', '小河', '山河', '运河', '沟河', '溪河', '池塘'];

/** The levels of the river and lake chiefs (Guiding Opinions, 2016 and 2017), as printed before a chief's title. */
const CHIEF_LEVELS: readonly string[] = ['省级', '市级', '州级', '县级', '区级', '乡级', '镇级', '村级'];
/** The chiefs' titles of the system: of a river, a lake, a reach, both, and the general chief of a level. */
const CHIEF_TITLES: readonly string[] = ['河长', '湖长', '河段长', '河湖长', '总河长'];

/**
 * What reports say of a water right after its name, in the words of the river and lake chief system (the Guiding
 * Opinions of 2016 and 2017: 河长, 湖长, 河长制, a chief's 河道 and 河段), of the Water Law and the basin plans (上游,
 * 中游, 下游, 源头, 干流, 支流, 水系, 入湖口, 河口), of its banks (沿线, 沿岸, 两岸, 岸线, 畔) and of its water quality
 * (水质, 水环境, 水生态): a proper name of two to four characters ending as a water's does, before one of them, names
 * the water (某某河沿线, 某某溪河长, 某某泡水质).
 */
export const WATER_FEATURE_WORDS: readonly string[] = [
  '河长',
  '湖长',
  '河道',
  '河段',
  '上游',
  '中游',
  '下游',
  '源头',
  '水系',
  '入湖口',
  '入河口',
  '河口',
  '沿线',
  '沿岸',
  '两岸',
  '岸线',
  '畔',
  // The bank as the scene of an event, the plain word beside the literary 畔 (某某湖边, 某某江边): news writing sets the
  // scene of a gathering by the water it is held beside.
  '边',
  '水质',
  '水环境',
  '水生态',
  // The tasks the river chief system names after its water (Opinions on Fully Implementing the River Chief System,
  // 2016: 水环境治理, 水生态修复; 某某河综合治理), and the waters a list closes by their kind (某某河等水域).
  '环境治理',
  '环境整治',
  '综合治理',
  '综合整治',
  '生态修复',
  '等水域',
  // A chief's post named after the water and the level of the chief (某某河县级河长, 某某江市级河段长, 某某湖省级湖长):
  // the Guiding Opinions set chiefs at the province, city, county and township levels (and villages below), so the
  // level word and the chief's title follow the water's name in every appointment and patrol report.
  ...CHIEF_LEVELS.flatMap((level) => CHIEF_TITLES.map((title) => `${level}${title}`)),
  '副河长',
  '副湖长',
];

/**
 * Last characters of the names of the waters of the river chief system beside rivers and lakes: the Jiangnan network's
 * 港, 浜 and 泾 (涇) and the northeast's 泡 (lakes of the Songnen plain, 某某泡), which the chief system lists by name.
 */
export const LOCAL_WATER_ENDINGS = '港浜泾涇泡';

/**
 * Waters named by what they are, no proper name (护城河 "the moat", 母亲河 "the mother river", 黑臭河 "a black and
 * smelly river", 断头河 "a dead-end river"): the words of the urban black-and-odorous water bodies programme and of
 * the chief system for kinds of rivers.
 */
export const WATER_KIND_WORDS: readonly string[] = [
  '护城河',
  '母亲河',
  '黑臭河',
  '断头河',
  '中小河',
  '城市河',
  '入海河',
  '主要河',
  '重点河',
  '骨干河',
  '排洪河',
  '景观河',
  '人工湖',
  '入湖河',
];

/** Nouns of waters in general, two waters' characters joined (湖泊, 江河, 河湖): a name ending in one names no water (重点湖泊). */
export const GENERAL_WATER_NOUNS: readonly string[] = ['湖泊', '江河', '河湖'];

/**
 * Classes of river by where their water goes (the hydrological terms of GB/T 50095: 内陆河 or 内流河, the rivers that
 * reach no sea, and 外流河): a basin named by one (内陆河流域) is the class's basins, no one basin.
 */
export const RIVER_CLASSES: readonly string[] = ['内陆河', '内流河', '外流河'];

/** Prepositions of a way along or across a water that the segmenter joins to its name (沿某某港, 顺某某河, 跨某某江). */
export const WATER_PREPOSITIONS = '沿顺跨经';

/** Kinds of water a numbered group names (九大高原湖泊, 七大水系, 五大湖区). */
export const WATER_GROUP_HEADS: readonly string[] = ['湖泊', '湖群', '水系', '流域', '河流', '湖区'];

/**
 * One-character abbreviations of provinces (the 简称 of GB/T 2260 and the State Council's list, with the second forms
 * 蜀, 黔, 滇, 陇), by province code. A province's part is named by its abbreviation and a direction (苏南, 藏东南, 川西北,
 * 冀东); abbreviations that also start common words (京东, 云南, 新西兰, 宁可, 青年, 黑色, 吉林, 贵州, 甘肃) are left out.
 */
export const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  津: '12',
  冀: '13',
  晋: '14',
  蒙: '15',
  辽: '21',
  沪: '31',
  苏: '32',
  浙: '33',
  皖: '34',
  闽: '35',
  赣: '36',
  鲁: '37',
  豫: '41',
  鄂: '42',
  湘: '43',
  粤: '44',
  桂: '45',
  琼: '46',
  渝: '50',
  川: '51',
  蜀: '51',
  黔: '52',
  滇: '53',
  藏: '54',
  陕: '61',
  陇: '62',
};

/**
 * The words around a province named by its abbreviation alone in the news of a visit (在皖期间, 来鄂调研, 赴湘考察,
 * 抵琼, 离渝): before it a verb of coming, going or being, after it what the visitors do there or the time of their stay,
 * or, in an event's release, the event held there (在渝举办, 在湘举行: the venue of a national event's host province).
 * A province's abbreviation is written so only in such phrases; elsewhere the character is a word of its own (苏醒, 鲁莽).
 */
export const PROVINCE_VISIT_BEFORE: readonly string[] = ['在', '来', '赴', '抵', '离', '返', '到'];
export const PROVINCE_VISIT_AFTER: readonly string[] = [
  '期间',
  '调研',
  '考察',
  '视察',
  '检查',
  '开展',
  '召开',
  '举办',
  '举行',
  '出席',
  '工作',
  '就',
  '后',
  '。',
  '，',
  ',',
];

/** Directions that name a province's part after its abbreviation, longest first; words that may follow as part of the name. */
export const PART_DIRECTIONS: readonly string[] = ['东南', '东北', '西南', '西北', '东', '西', '南', '北'];
export const PART_TAILS: readonly string[] = ['地区', '沿海'];

/** Marks between the places of a list (承德、保定和沧州; 承德，保定，张家口 where the list is printed with commas). */
export const PLACE_LIST_MARKS: readonly string[] = ['、', '，', '和', '及', '与'];

/**
 * Verbs of a river's course that follow its name (某河发源于…, 某河源于…, 某江流经…, 某河汇入长江): the hydrographic
 * description of a river in the Water Law's basin plans and in the river chief system's one-river-one-policy files
 * (一河一策: 河流名称, 发源地, 流经, 汇入), so the name before one is a river's. Longest first.
 */
export const RIVER_COURSE_VERBS: readonly string[] = ['发源于', '發源于', '發源於', '源于', '源於', '流经', '流經', '汇入', '匯入'];

/**
 * Words before a river that make it a tributary of the one named before them (长江一级支流某某河): the grades of the
 * river system in the basin plans (一级支流, 二级支流) and the bare 支流.
 */
export const TRIBUTARY_WORDS: readonly string[] = ['一级支流', '二级支流', '一級支流', '二級支流', '支流'];

/**
 * Wild animals and plants named after the region they live in (东北虎, 东北豹, 华南虎, 华北豹, 海南长臂猿, 海南坡鹿, 西藏
 * 野驴, 东北红豆杉): the species and subspecies of the List of Wild Animals under Special State Protection (2021) and of
 * Wild Plants (2021). A region's name with one of these after it names the species, not the place (东北虎豹国家公园).
 * Each is given by its first two characters, as far as the place reader looks after a name.
 */
export const SPECIES_AFTER_REGION: readonly string[] = ['虎', '豹', '长臂', '坡鹿', '野驴', '马鹿', '黑熊', '红豆', '梅花鹿'];
