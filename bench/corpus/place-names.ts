/**
 * The regions synthetic reports are about: the country, its 31 provincial-level divisions, two to four
 * cities or districts of each, and the cross-province areas reports name. Ids that the real report also
 * uses (region:hebei, region:xiamen …) are the same ids, so synthetic documents and the real one meet on
 * the same nodes, the way later reports add to the regions of earlier ones.
 */

/** A region as the generator writes it. */
export interface Place {
  id: string;
  name: string;
  nameEn: string;
  pinyin: string;
  level: 'country' | 'province' | 'city' | 'county' | 'area' | 'river-basin';
}

/** A provincial-level division with its cities (or districts, for the four municipalities). */
export interface Province extends Place {
  /** True for 北京, 天津, 上海, 重庆, whose environment body is a 局 rather than a 厅. */
  municipality: boolean;
  cities: Place[];
  /** Ids of the cross-province areas it belongs to. */
  areas: string[];
}

/** The country every province is part of. */
export const CHINA: Place = { id: 'region:china', name: '中国', nameEn: 'China', pinyin: 'Zhōngguó', level: 'country' };

/** Cross-province areas and river basins. */
export const AREAS: readonly Place[] = [
  {
    id: 'region:beijing-tianjin-hebei-and-surrounding-areas',
    name: '京津冀及周边地区',
    nameEn: 'Beijing-Tianjin-Hebei and surrounding areas',
    pinyin: 'Jīng-Jīn-Jì jí Zhōubiān Dìqū',
    level: 'area',
  },
  { id: 'region:fenwei-plain', name: '汾渭平原', nameEn: 'Fenwei Plain', pinyin: 'Fén-Wèi Píngyuán', level: 'area' },
  { id: 'region:yangtze-river-delta', name: '长三角地区', nameEn: 'Yangtze River Delta', pinyin: 'Cháng Sān Jiǎo Dìqū', level: 'area' },
  { id: 'region:pearl-river-delta', name: '珠三角地区', nameEn: 'Pearl River Delta', pinyin: 'Zhū Sān Jiǎo Dìqū', level: 'area' },
  { id: 'region:chengdu-chongqing', name: '成渝地区', nameEn: 'Chengdu-Chongqing area', pinyin: 'Chéng-Yú Dìqū', level: 'area' },
  { id: 'region:yellow-river-basin', name: '黄河流域', nameEn: 'Yellow River Basin', pinyin: 'Huáng Hé Liúyù', level: 'river-basin' },
  { id: 'region:yangtze-river-basin', name: '长江流域', nameEn: 'Yangtze River Basin', pinyin: 'Cháng Jiāng Liúyù', level: 'river-basin' },
];

const city = (slug: string, name: string, nameEn: string, pinyin: string): Place => ({ id: `region:${slug}`, name, nameEn, pinyin, level: 'city' });
const district = (slug: string, name: string, nameEn: string, pinyin: string): Place => ({
  id: `region:${slug}`,
  name,
  nameEn,
  pinyin,
  level: 'county',
});

function province(
  slug: string,
  name: string,
  nameEn: string,
  pinyin: string,
  options: { municipality?: boolean; areas?: string[] },
  cities: Place[],
): Province {
  return {
    id: `region:${slug}`,
    name,
    nameEn,
    pinyin,
    level: 'province',
    municipality: options.municipality ?? false,
    cities,
    areas: (options.areas ?? []).map((area) => `region:${area}`),
  };
}

const JJJ = 'beijing-tianjin-hebei-and-surrounding-areas';
const FENWEI = 'fenwei-plain';
const YRD = 'yangtze-river-delta';
const PRD = 'pearl-river-delta';
const CHENGYU = 'chengdu-chongqing';
const YELLOW = 'yellow-river-basin';
const YANGTZE = 'yangtze-river-basin';

/** The 31 provincial-level divisions of mainland China. */
export const PROVINCES: readonly Province[] = [
  province('beijing', '北京', 'Beijing', 'Běijīng', { municipality: true, areas: [JJJ] }, [
    district('beijing-chaoyang', '朝阳区', 'Chaoyang District', 'Cháoyáng Qū'),
    district('beijing-haidian', '海淀区', 'Haidian District', 'Hǎidiàn Qū'),
  ]),
  province('tianjin', '天津市', 'Tianjin', 'Tiānjīn Shì', { municipality: true, areas: [JJJ] }, [
    district('tianjin-binhai', '滨海新区', 'Binhai New Area', 'Bīnhǎi Xīnqū'),
    district('tianjin-wuqing', '武清区', 'Wuqing District', 'Wǔqīng Qū'),
  ]),
  province('shanghai', '上海市', 'Shanghai', 'Shànghǎi Shì', { municipality: true, areas: [YRD, YANGTZE] }, [
    district('shanghai-pudong', '浦东新区', 'Pudong New Area', 'Pǔdōng Xīnqū'),
    district('shanghai-minhang', '闵行区', 'Minhang District', 'Mǐnháng Qū'),
  ]),
  province('chongqing', '重庆市', 'Chongqing', 'Chóngqìng Shì', { municipality: true, areas: [CHENGYU, YANGTZE] }, [
    district('chongqing-yuzhong', '渝中区', 'Yuzhong District', 'Yúzhōng Qū'),
    district('chongqing-wanzhou', '万州区', 'Wanzhou District', 'Wànzhōu Qū'),
  ]),
  province('hebei', '河北省', 'Hebei', 'Héběi Shěng', { areas: [JJJ] }, [
    city('shijiazhuang', '石家庄市', 'Shijiazhuang', 'Shíjiāzhuāng Shì'),
    city('tangshan', '唐山市', 'Tangshan', 'Tángshān Shì'),
    city('baoding', '保定市', 'Baoding', 'Bǎodìng Shì'),
    city('handan', '邯郸市', 'Handan', 'Hándān Shì'),
  ]),
  province('shanxi', '山西省', 'Shanxi', 'Shānxī Shěng', { areas: [JJJ, FENWEI, YELLOW] }, [
    city('taiyuan', '太原市', 'Taiyuan', 'Tàiyuán Shì'),
    city('datong', '大同市', 'Datong', 'Dàtóng Shì'),
    city('linfen', '临汾市', 'Linfen', 'Línfén Shì'),
  ]),
  province('inner-mongolia', '内蒙古自治区', 'Inner Mongolia', 'Nèiménggǔ Zìzhìqū', { areas: [YELLOW] }, [
    city('hohhot', '呼和浩特市', 'Hohhot', 'Hūhéhàotè Shì'),
    city('baotou', '包头市', 'Baotou', 'Bāotóu Shì'),
    city('ordos', '鄂尔多斯市', 'Ordos', "È'ěrduōsī Shì"),
  ]),
  province('liaoning', '辽宁省', 'Liaoning', 'Liáoníng Shěng', {}, [
    city('shenyang', '沈阳市', 'Shenyang', 'Shěnyáng Shì'),
    city('dalian', '大连市', 'Dalian', 'Dàlián Shì'),
    city('anshan', '鞍山市', 'Anshan', 'Ānshān Shì'),
  ]),
  province('jilin', '吉林省', 'Jilin', 'Jílín Shěng', {}, [
    city('changchun', '长春市', 'Changchun', 'Chángchūn Shì'),
    city('jilin-city', '吉林市', 'Jilin City', 'Jílín Shì'),
    city('siping', '四平市', 'Siping', 'Sìpíng Shì'),
  ]),
  province('heilongjiang', '黑龙江省', 'Heilongjiang', 'Hēilóngjiāng Shěng', {}, [
    city('harbin', '哈尔滨市', 'Harbin', "Hā'ěrbīn Shì"),
    city('qiqihar', '齐齐哈尔市', 'Qiqihar', "Qíqíhā'ěr Shì"),
    city('daqing', '大庆市', 'Daqing', 'Dàqìng Shì'),
  ]),
  province('jiangsu', '江苏省', 'Jiangsu', 'Jiāngsū Shěng', { areas: [YRD, YANGTZE] }, [
    city('nanjing', '南京市', 'Nanjing', 'Nánjīng Shì'),
    city('suzhou', '苏州市', 'Suzhou', 'Sūzhōu Shì'),
    city('wuxi', '无锡市', 'Wuxi', 'Wúxī Shì'),
    city('xuzhou', '徐州市', 'Xuzhou', 'Xúzhōu Shì'),
  ]),
  province('zhejiang', '浙江省', 'Zhejiang', 'Zhèjiāng Shěng', { areas: [YRD, YANGTZE] }, [
    city('hangzhou', '杭州市', 'Hangzhou', 'Hángzhōu Shì'),
    city('ningbo', '宁波市', 'Ningbo', 'Níngbō Shì'),
    city('wenzhou', '温州市', 'Wenzhou', 'Wēnzhōu Shì'),
    city('huzhou', '湖州市', 'Huzhou', 'Húzhōu Shì'),
  ]),
  province('anhui', '安徽省', 'Anhui', 'Ānhuī Shěng', { areas: [YRD, YANGTZE] }, [
    city('hefei', '合肥市', 'Hefei', 'Héféi Shì'),
    city('bozhou', '亳州市', 'Bozhou', 'Bózhōu Shì'),
    city('wuhu', '芜湖市', 'Wuhu', 'Wúhú Shì'),
  ]),
  province('fujian', '福建省', 'Fujian', 'Fújiàn Shěng', {}, [
    city('fuzhou', '福州市', 'Fuzhou', 'Fúzhōu Shì'),
    city('xiamen', '厦门市', 'Xiamen', 'Xiàmén Shì'),
    city('quanzhou', '泉州市', 'Quanzhou', 'Quánzhōu Shì'),
  ]),
  province('jiangxi', '江西省', 'Jiangxi', 'Jiāngxī Shěng', { areas: [YANGTZE] }, [
    city('nanchang', '南昌市', 'Nanchang', 'Nánchāng Shì'),
    city('jiujiang', '九江市', 'Jiujiang', 'Jiǔjiāng Shì'),
    city('ganzhou', '赣州市', 'Ganzhou', 'Gànzhōu Shì'),
  ]),
  province('shandong', '山东省', 'Shandong', 'Shāndōng Shěng', { areas: [JJJ, YELLOW] }, [
    city('jinan', '济南市', 'Jinan', 'Jǐnán Shì'),
    city('qingdao', '青岛市', 'Qingdao', 'Qīngdǎo Shì'),
    city('zibo', '淄博市', 'Zibo', 'Zībó Shì'),
  ]),
  province('henan', '河南省', 'Henan', 'Hénán Shěng', { areas: [JJJ, FENWEI, YELLOW] }, [
    city('zhengzhou', '郑州市', 'Zhengzhou', 'Zhèngzhōu Shì'),
    city('luoyang', '洛阳市', 'Luoyang', 'Luòyáng Shì'),
    city('kaifeng', '开封市', 'Kaifeng', 'Kāifēng Shì'),
  ]),
  province('hubei', '湖北省', 'Hubei', 'Húběi Shěng', { areas: [YANGTZE] }, [
    city('wuhan', '武汉市', 'Wuhan', 'Wǔhàn Shì'),
    city('yichang', '宜昌市', 'Yichang', 'Yíchāng Shì'),
    city('xiangyang', '襄阳市', 'Xiangyang', 'Xiāngyáng Shì'),
  ]),
  province('hunan', '湖南省', 'Hunan', 'Húnán Shěng', { areas: [YANGTZE] }, [
    city('changsha', '长沙市', 'Changsha', 'Chángshā Shì'),
    city('zhuzhou', '株洲市', 'Zhuzhou', 'Zhūzhōu Shì'),
    city('yueyang', '岳阳市', 'Yueyang', 'Yuèyáng Shì'),
  ]),
  province('guangdong', '广东省', 'Guangdong', 'Guǎngdōng Shěng', { areas: [PRD] }, [
    city('guangzhou', '广州市', 'Guangzhou', 'Guǎngzhōu Shì'),
    city('shenzhen', '深圳市', 'Shenzhen', 'Shēnzhèn Shì'),
    city('foshan', '佛山市', 'Foshan', 'Fóshān Shì'),
    city('dongguan', '东莞市', 'Dongguan', 'Dōngguǎn Shì'),
  ]),
  province('guangxi', '广西壮族自治区', 'Guangxi', 'Guǎngxī Zhuàngzú Zìzhìqū', {}, [
    city('nanning', '南宁市', 'Nanning', 'Nánníng Shì'),
    city('liuzhou', '柳州市', 'Liuzhou', 'Liǔzhōu Shì'),
    city('guilin', '桂林市', 'Guilin', 'Guìlín Shì'),
  ]),
  province('hainan', '海南省', 'Hainan', 'Hǎinán Shěng', {}, [
    city('haikou', '海口市', 'Haikou', 'Hǎikǒu Shì'),
    city('sanya', '三亚市', 'Sanya', 'Sānyà Shì'),
  ]),
  province('sichuan', '四川省', 'Sichuan', 'Sìchuān Shěng', { areas: [CHENGYU, YANGTZE, YELLOW] }, [
    city('chengdu', '成都市', 'Chengdu', 'Chéngdū Shì'),
    city('mianyang', '绵阳市', 'Mianyang', 'Miányáng Shì'),
    city('yibin', '宜宾市', 'Yibin', 'Yíbīn Shì'),
  ]),
  province('guizhou', '贵州省', 'Guizhou', 'Guìzhōu Shěng', { areas: [YANGTZE] }, [
    city('guiyang', '贵阳市', 'Guiyang', 'Guìyáng Shì'),
    city('zunyi', '遵义市', 'Zunyi', 'Zūnyì Shì'),
  ]),
  province('yunnan', '云南省', 'Yunnan', 'Yúnnán Shěng', { areas: [YANGTZE] }, [
    city('kunming', '昆明市', 'Kunming', 'Kūnmíng Shì'),
    city('yuxi', '玉溪市', 'Yuxi', 'Yùxī Shì'),
    city('qujing', '曲靖市', 'Qujing', 'Qǔjìng Shì'),
  ]),
  province('tibet', '西藏自治区', 'Tibet', 'Xīzàng Zìzhìqū', {}, [
    city('lhasa', '拉萨市', 'Lhasa', 'Lāsà Shì'),
    city('shigatse', '日喀则市', 'Shigatse', 'Rìkāzé Shì'),
  ]),
  province('shaanxi', '陕西省', 'Shaanxi', 'Shǎnxī Shěng', { areas: [FENWEI, YELLOW] }, [
    city('xian', '西安市', "Xi'an", "Xī'ān Shì"),
    city('baoji', '宝鸡市', 'Baoji', 'Bǎojī Shì'),
    city('xianyang', '咸阳市', 'Xianyang', 'Xiányáng Shì'),
  ]),
  province('gansu', '甘肃省', 'Gansu', 'Gānsù Shěng', { areas: [YELLOW] }, [
    city('lanzhou', '兰州市', 'Lanzhou', 'Lánzhōu Shì'),
    city('tianshui', '天水市', 'Tianshui', 'Tiānshuǐ Shì'),
  ]),
  province('qinghai', '青海省', 'Qinghai', 'Qīnghǎi Shěng', { areas: [YELLOW, YANGTZE] }, [
    city('xining', '西宁市', 'Xining', 'Xīníng Shì'),
    city('haidong', '海东市', 'Haidong', 'Hǎidōng Shì'),
  ]),
  province('ningxia', '宁夏回族自治区', 'Ningxia', 'Níngxià Huízú Zìzhìqū', { areas: [YELLOW] }, [
    city('yinchuan', '银川市', 'Yinchuan', 'Yínchuān Shì'),
    city('shizuishan', '石嘴山市', 'Shizuishan', 'Shízuǐshān Shì'),
  ]),
  province('xinjiang', '新疆维吾尔自治区', 'Xinjiang', "Xīnjiāng Wéiwú'ěr Zìzhìqū", {}, [
    city('urumqi', '乌鲁木齐市', 'Urumqi', 'Wūlǔmùqí Shì'),
    city('karamay', '克拉玛依市', 'Karamay', 'Kèlāmǎyī Shì'),
  ]),
];
