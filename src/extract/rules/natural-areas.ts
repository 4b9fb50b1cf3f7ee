/**
 * Named rivers, lakes, landforms and national parks beyond the division dataset, each from a published national
 * list (named in docs/extraction.md): `[name, English, id slug]`. `region-areas.ts` makes them areas; a river's
 * basin (汾河流域) is the same place as the river.
 */

/** One named natural area: its name, its English name and the slug of its id. */
export type NaturalArea = readonly [name: string, english: string, slug: string];

/**
 * Rivers: the main streams of the seven basins of the Ministry of Water Resources' basin commissions and their
 * first-order tributaries named in the Yangtze and Yellow River protection laws, the rivers of the southwest and
 * northwest named in the 14th Five-Year plan for key basins' water environment, and the international rivers.
 */
export const RIVERS: readonly NaturalArea[] = [
  ['澜沧江', 'Lancang River', 'lancang-river'],
  ['金沙江', 'Jinsha River', 'jinsha-river'],
  ['雅鲁藏布江', 'Yarlung Tsangpo River', 'yarlung-tsangpo-river'],
  ['怒江', 'Nu River', 'nu-river'],
  ['岷江', 'Min River (Sichuan)', 'min-river-sichuan'],
  ['沱江', 'Tuo River', 'tuo-river'],
  ['乌江', 'Wu River', 'wu-river'],
  ['赤水河', 'Chishui River', 'chishui-river'],
  ['大渡河', 'Dadu River', 'dadu-river'],
  ['雅砻江', 'Yalong River', 'yalong-river'],
  ['新安江', 'Xin’an River', 'xinan-river'],
  ['钱塘江', 'Qiantang River', 'qiantang-river'],
  ['闽江', 'Min River (Fujian)', 'min-river-fujian'],
  ['九龙江', 'Jiulong River', 'jiulong-river'],
  ['东江', 'Dong River', 'dong-river'],
  ['西江', 'Xi River', 'xi-river'],
  ['北江', 'Bei River', 'bei-river'],
  ['湟水', 'Huangshui River', 'huangshui-river'],
  ['洮河', 'Tao River', 'tao-river'],
  ['沁河', 'Qin River', 'qin-river'],
  ['伊洛河', 'Yiluo River', 'yiluo-river'],
  ['无定河', 'Wuding River', 'wuding-river'],
  ['塔里木河', 'Tarim River', 'tarim-river'],
  ['伊犁河', 'Ili River', 'ili-river'],
  ['额尔齐斯河', 'Irtysh River', 'irtysh-river'],
  ['石羊河', 'Shiyang River', 'shiyang-river'],
  ['疏勒河', 'Shule River', 'shule-river'],
  ['嫩江', 'Nen River', 'nen-river'],
  ['图们江', 'Tumen River', 'tumen-river'],
  ['鸭绿江', 'Yalu River', 'yalu-river'],
  ['额尔古纳河', 'Argun River', 'argun-river'],
  ['东辽河', 'East Liao River', 'east-liao-river'],
  ['西辽河', 'West Liao River', 'west-liao-river'],
  ['浑河', 'Hun River', 'hun-river'],
  ['太子河', 'Taizi River', 'taizi-river'],
  ['滦河', 'Luan River', 'luan-river'],
  ['沂河', 'Yi River', 'yi-river'],
  ['沭河', 'Shu River', 'shu-river'],
  ['沅江', 'Yuan River', 'yuan-river'],
  ['资水', 'Zi River', 'zi-river'],
  ['澧水', 'Li River (Hunan)', 'li-river-hunan'],
  ['抚河', 'Fu River', 'fu-river'],
  ['信江', 'Xin River', 'xin-river'],
  ['涪江', 'Fu River (Sichuan)', 'fu-river-sichuan'],
  ['渠江', 'Qu River', 'qu-river'],
  ['漓江', 'Li River (Guangxi)', 'li-river-guangxi'],
  ['南盘江', 'Nanpan River', 'nanpan-river'],
  ['北盘江', 'Beipan River', 'beipan-river'],
  ['红水河', 'Hongshui River', 'hongshui-river'],
];

/**
 * Lakes: the five great freshwater lakes, the key lakes of the 14th Five-Year plan for key basins' water
 * environment, Yunnan's nine plateau lakes and the great lakes of the northeast, north and Tibet.
 */
export const LAKES: readonly NaturalArea[] = [
  ['呼伦湖', 'Hulun Lake', 'hulun-lake'],
  ['查干湖', 'Chagan Lake', 'chagan-lake'],
  ['乌梁素海', 'Ulansuhai Lake', 'ulansuhai-lake'],
  ['岱海', 'Daihai Lake', 'daihai-lake'],
  ['博斯腾湖', 'Bosten Lake', 'bosten-lake'],
  ['白洋淀', 'Baiyangdian Lake', 'baiyangdian-lake'],
  ['南四湖', 'Nansi Lake', 'nansi-lake'],
  ['骆马湖', 'Luoma Lake', 'luoma-lake'],
  ['高邮湖', 'Gaoyou Lake', 'gaoyou-lake'],
  ['兴凯湖', 'Xingkai Lake', 'xingkai-lake'],
  ['镜泊湖', 'Jingpo Lake', 'jingpo-lake'],
  ['纳木错', 'Namtso Lake', 'namtso-lake'],
  ['色林错', 'Siling Lake', 'siling-lake'],
  ['星云湖', 'Xingyun Lake', 'xingyun-lake'],
  ['杞麓湖', 'Qilu Lake', 'qilu-lake'],
  ['异龙湖', 'Yilong Lake', 'yilong-lake'],
  ['阳宗海', 'Yangzonghai Lake', 'yangzonghai-lake'],
  ['泸沽湖', 'Lugu Lake', 'lugu-lake'],
  ['程海', 'Chenghai Lake', 'chenghai-lake'],
  ['丹江口水库', 'Danjiangkou Reservoir', 'danjiangkou-reservoir'],
  ['千岛湖', 'Qiandao Lake', 'qiandao-lake'],
];

/**
 * Landforms: the plateaus, mountains, basins, plains, sandy lands and islands of the ecological barriers and
 * belts of the National Plan for Major Projects of Protecting and Restoring Important Ecosystems (2021–2035)
 * and of the key ecological function zones of the National Main Functional Area Plan.
 */
export const LANDFORMS: readonly NaturalArea[] = [
  ['青藏高原', 'Qinghai-Tibet Plateau', 'qinghai-tibet-plateau'],
  ['黄土高原', 'Loess Plateau', 'loess-plateau'],
  ['云贵高原', 'Yunnan-Guizhou Plateau', 'yunnan-guizhou-plateau'],
  ['内蒙古高原', 'Inner Mongolia Plateau', 'inner-mongolia-plateau'],
  ['四川盆地', 'Sichuan Basin', 'sichuan-basin'],
  ['塔里木盆地', 'Tarim Basin', 'tarim-basin'],
  ['准噶尔盆地', 'Junggar Basin', 'junggar-basin'],
  ['柴达木盆地', 'Qaidam Basin', 'qaidam-basin'],
  ['三江平原', 'Sanjiang Plain', 'sanjiang-plain'],
  ['松嫩平原', 'Songnen Plain', 'songnen-plain'],
  ['华北平原', 'North China Plain', 'north-china-plain'],
  ['祁连山', 'Qilian Mountains', 'qilian-mountains'],
  ['贺兰山', 'Helan Mountains', 'helan-mountains'],
  ['秦岭', 'Qinling Mountains', 'qinling-mountains'],
  ['大兴安岭', 'Greater Khingan Range', 'greater-khingan-range'],
  ['小兴安岭', 'Lesser Khingan Range', 'lesser-khingan-range'],
  ['长白山', 'Changbai Mountains', 'changbai-mountains'],
  ['太行山', 'Taihang Mountains', 'taihang-mountains'],
  ['燕山', 'Yan Mountains', 'yan-mountains'],
  ['阴山', 'Yin Mountains', 'yin-mountains'],
  ['吕梁山', 'Lüliang Mountains', 'lvliang-mountains'],
  ['六盘山', 'Liupan Mountains', 'liupan-mountains'],
  ['天山', 'Tian Shan', 'tian-shan'],
  ['阿尔泰山', 'Altai Mountains', 'altai-mountains'],
  ['昆仑山', 'Kunlun Mountains', 'kunlun-mountains'],
  ['横断山', 'Hengduan Mountains', 'hengduan-mountains'],
  ['大别山', 'Dabie Mountains', 'dabie-mountains'],
  ['武陵山', 'Wuling Mountains', 'wuling-mountains'],
  ['大巴山', 'Daba Mountains', 'daba-mountains'],
  ['南岭', 'Nanling Mountains', 'nanling-mountains'],
  ['武夷山', 'Wuyi Mountains', 'wuyi-mountains'],
  ['罗霄山', 'Luoxiao Mountains', 'luoxiao-mountains'],
  ['乌蒙山', 'Wumeng Mountains', 'wumeng-mountains'],
  ['科尔沁沙地', 'Horqin Sandy Land', 'horqin-sandy-land'],
  ['浑善达克沙地', 'Hunshandake Sandy Land', 'hunshandake-sandy-land'],
  ['毛乌素沙地', 'Mu Us Sandy Land', 'mu-us-sandy-land'],
  ['库布其沙漠', 'Kubuqi Desert', 'kubuqi-desert'],
  ['腾格里沙漠', 'Tengger Desert', 'tengger-desert'],
  ['乌兰布和沙漠', 'Ulan Buh Desert', 'ulan-buh-desert'],
  ['塔克拉玛干沙漠', 'Taklamakan Desert', 'taklamakan-desert'],
  ['呼伦贝尔草原', 'Hulunbuir Grassland', 'hulunbuir-grassland'],
  ['若尔盖湿地', 'Zoigê Wetland', 'zoige-wetland'],
  ['海南岛', 'Hainan Island', 'hainan-island'],
  ['崇明岛', 'Chongming Island', 'chongming-island'],
  ['舟山群岛', 'Zhoushan Archipelago', 'zhoushan-archipelago'],
];

/**
 * National parks: the five the State Council established in 2021 and the pilots of the 2015–2020 national park
 * system (祁连山, 神农架, 钱江源, 南山, 普达措), from the National Forestry and Grassland Administration's lists.
 */
export const NATIONAL_PARKS: readonly NaturalArea[] = [
  ['三江源国家公园', 'Sanjiangyuan National Park', 'sanjiangyuan-national-park'],
  ['大熊猫国家公园', 'Giant Panda National Park', 'giant-panda-national-park'],
  ['东北虎豹国家公园', 'Northeast China Tiger and Leopard National Park', 'northeast-tiger-and-leopard-national-park'],
  ['海南热带雨林国家公园', 'Hainan Tropical Rainforest National Park', 'hainan-tropical-rainforest-national-park'],
  ['武夷山国家公园', 'Wuyishan National Park', 'wuyishan-national-park'],
  ['祁连山国家公园', 'Qilian Mountain National Park', 'qilian-mountain-national-park'],
  ['神农架国家公园', 'Shennongjia National Park', 'shennongjia-national-park'],
  ['钱江源国家公园', 'Qianjiangyuan National Park', 'qianjiangyuan-national-park'],
  ['南山国家公园', 'Nanshan National Park', 'nanshan-national-park'],
  ['普达措国家公园', 'Pudacuo National Park', 'pudacuo-national-park'],
];
