/**
 * Chinese surnames, so that a name after a title is read from its first character: the common single
 * surnames (about 98% of people) and the compound ones, which make a name one character longer.
 */

/// <reference path="./pinyin-pro-surnames.d.ts" />
import surnameReadings from 'pinyin-pro/dist/esm/data/surname.mjs';

// The surname table of pinyin-pro (the Hundred Family Surnames and other compound surnames, with readings),
// which the package ships as data; its type is declared beside this file.
const LIBRARY_SURNAMES = Object.keys(surnameReadings);

/** The common single surnames, most frequent first (the national household-registration ranking's order). */
export const COMMON_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由';

/** Single-character surnames: the genre's common ones and the library's. */
export const SINGLE_SURNAMES: ReadonlySet<string> = new Set([
  ...LIBRARY_SURNAMES.filter((surname) => surname.length === 1),
  ...Array.from(COMMON_SURNAMES),
]);

/**
 * Rare surnames that are also the modal verbs a clause starts with (政协委员要持续关注…): after a title they start
 * the clause, not a name. 由 is the preposition of the appointment phrase (组长由某某担任, 副组长由生态环境部副部长…
 * 担任): after a post it opens who holds it, not a name.
 */
export const MODAL_SURNAMES = '要将会能可需由';

/** Compound surnames (two characters). */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  ...LIBRARY_SURNAMES.filter((surname) => surname.length === 2),
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
  '端木',
  '西门',
  '南宫',
  '独孤',
  '澹台',
  '呼延',
]);

/**
 * Words that follow a name and are not part of it (钱锋说, 李欣、, 王安德当场表态): they settle how long a
 * name after a title is. Speech verbs and byline roles count too; the finder adds them.
 */
export const NAME_FOLLOWERS: readonly string[] = [
  '等',
  '和',
  '与',
  '及',
  '在',
  '对',
  '向',
  '也',
  '还',
  '就',
  '则',
  '都',
  '又',
  '将',
  '是',
  '为',
  '于',
  // 关于 "about" after a name (听取了某某关于…的介绍): the preposition of the topic a person reports on.
  '关于',
  '从',
  '以',
  '带领',
  '率',
  '率队',
  '一行',
  '同志',
  '出席',
  // A guest's attendance at another body's meeting (某某应邀出席, 应邀参加): 应 is also a surname, so the phrase is listed whole.
  '应邀',
  '参加',
  '主持',
  '列席',
  '作',
  '代表',
  '当场',
  '难掩',
  '接受',
  '分享',
  '宣布',
  '致辞',
  // The addresses a meeting's host gives (某某致欢迎辞, 致开幕辞, 致贺信): 致 and what is delivered, in either
  // standard form of the noun (欢迎辞 and 欢迎词).
  '致欢迎辞',
  '致欢迎词',
  '致开幕辞',
  '致开幕词',
  '致闭幕辞',
  '致闭幕词',
  '致答谢辞',
  '致答谢词',
  '致贺信',
  '致贺词',
  // The greetings a leader delivers at the turn of the year (某部长致新春贺词, 致新年贺词, 致新年献词).
  '致新春贺词',
  '致新年贺词',
  '致新年献词',
  // The releaser's opening statement at a government press conference (某副厅长致发布词), its address as 致辞 is a host's.
  '致发布词',
  '致发布辞',
  '致词',
  '讲话',
  '发言',
  '发布',
  '通报',
  '解读',
  '调研',
  // The verbs of a visit (某某到某地调研, 赴…, 深入…, 前往…, 来我市…: the visitor comes to the reporting city). 来 alone
  // also ends many given names (李福来), so only its forms with the place it comes to, or 来到, follow a name here.
  ...['来我省', '来我市', '来我州', '来我县', '来我区', '来我镇', '来我乡', '来到'],
  '到',
  '赴',
  '深入',
  '前往',
  '来到',
  '会见',
  '看望',
  '督导',
  // What a leader does on an inspection or at a meeting, the verbs the genre prints right after the name (某某陪同调研,
  // 某某带队检查, 某某实地察看, 某某宣读了文件): accompanying, leading, inspecting, reading out and passing on.
  '陪同',
  '带队',
  '检查',
  '视察',
  '考察',
  '察看',
  '查看',
  '走访',
  '慰问',
  '巡河',
  '实地',
  '分别',
  '先后',
  '亲自',
  '专程',
  '宣读',
  '传达',
  '听取',
  '部署',
  '现场',
  '特别',
  '再次',
  '进一步',
  '明确',
  '同时',
  '首先',
  '最后',
  '随后',
  '坦率',
  '深有',
  '的',
  '了',
  '时',
  '告诉',
  '对记者',
];

/**
 * Prepositions among the followers that also end given names (刘可为, 李为): a preposition takes an object, so one
 * standing right before another follower of a name (为出席, 为主持) is no preposition but the name's last character.
 * (以, 于, 从 are kept out of names altogether: NOT_NAME_CHARACTERS.)
 */
export const PREPOSITIONS_ENDING_NAMES: readonly string[] = ['为'];

/**
 * The day of the month printed right after a name, as a wire-service lead puts the time after its subject
 * (某某2日在长春介绍, 某某２５日表示, 某某二十日表示): the name ends before it, as before a follower; a digit never
 * continues a Chinese name. The month may come before the day, as a dated byline prints it (本报记者某某7月2日北京报道),
 * and the year before the month, as a digest or a reprint dates an event whose year the dateline no longer gives
 * (某某2014年4月30日在京宣布：).
 */
export const DAY_AFTER_NAME =
  /^(?:(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])月)?(?:[0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日/u;

/**
 * Characters that may follow a two-character name without making it part of a longer one (李欣说, 李欣在):
 * the first characters of speech verbs, particles, prepositions and titles. After any other character, 李欣 in
 * 李欣然 is someone else.
 */
export const NAME_ENDS_BEFORE =
  '说表指强介谈提认坦透回答称通要建呼补总感等和与及在对向也还就则都又将是为于从以带率一同出参主列作代当难接分宣致讲发解调会看督现特再进明首最随的了时告部局厅长来';

/**
 * Two-character words that open the predicate of a sentence about a leader's activity, as news writes it right
 * after the name (王某充分肯定了…成效。他指出, 王某听取了…汇报, 王某实地察看…, 王某详细了解…): after one of them a
 * two-character name ends, though the word's first character is no particle or verb of NAME_ENDS_BEFORE.
 */
export const PREDICATE_WORDS_AFTER_NAME: readonly string[] = [
  '充分',
  '高度',
  '详细',
  '仔细',
  '听取',
  '深入',
  '实地',
  '亲切',
  '先后',
  '逐一',
  '察看',
  '查看',
  '询问',
  '肯定',
];

/**
 * The two-syllable elements Tibetan personal names are built from (a name is two of them and has no surname: 扎西次仁,
 * 白玛顿珠), in their usual Chinese transcriptions, as the onomastics of Tibetan names lists them (the stock of
 * Buddhist and auspicious words: 扎西 'luck', 次仁 'long life', 多吉 'vajra', 卓玛 'Tara' …). A name that starts with one
 * and goes on with another is four characters, even when its first character is also a Han surname (白, 多).
 */
export const TIBETAN_NAME_PARTS: ReadonlySet<string> = new Set([
  '扎西',
  '次仁',
  '多吉',
  '卓玛',
  '白玛',
  '格桑',
  '洛桑',
  '尼玛',
  '达瓦',
  '米玛',
  '巴桑',
  '边巴',
  '普布',
  '拉巴',
  '平措',
  '顿珠',
  '丹增',
  '旦增',
  '索朗',
  '央金',
  '德吉',
  '曲珍',
  '拉姆',
  '次旦',
  '罗布',
  '占堆',
  '坚参',
  '江村',
  '强巴',
  '益西',
  '嘎玛',
  '噶玛',
  '泽登',
  '才旦',
  '才让',
  '多杰',
  '旺堆',
  '旺姆',
  '朗杰',
  '措姆',
  '玉珍',
  '桑珠',
  '贡嘎',
  '群培',
  '阿旺',
  '土登',
  '单增',
  '赤列',
  '久美',
  '晋美',
  '加措',
  '嘉措',
  '仁增',
  '贡布',
  '琼达',
  '欧珠',
  '曲扎',
  '尼玛',
  '巴珠',
  // The same elements in the transcriptions of Kham and Amdo (western Sichuan, Qinghai, Gansu and Yunnan's Tibetan
  // prefectures), which differ from Lhasa's: 四郎 and 斯郎 for 索朗, 泽仁 and 才仁 for 次仁, 索南 for 索朗, 志玛 for 卓玛,
  // 拥吉 and 央吉 'happy melody', 降措 and 降央 'gentle', 更登 and 根登 'virtue', 仁青 'jewel', 万玛 and 完玛 'lotus'.
  '四郎',
  '斯郎',
  '泽仁',
  '才仁',
  '索南',
  '志玛',
  '拥吉',
  '央吉',
  '拥措',
  '央措',
  '降措',
  '降央',
  '向秋',
  '洛绒',
  '更登',
  '根登',
  '仁青',
  '万玛',
  '完玛',
  '拉毛',
  '吉毛',
  '卓嘎',
  '东主',
  '旦正',
  '官却',
  '昂旺',
  '南杰',
  '华旦',
]);

/**
 * The words Mongolian personal names are built from, in their usual Chinese transcriptions (哈斯 'jade', 额尔敦
 * 'jewel', 巴特尔 'hero', 其木格 'ornament', 乌兰 'red' …), as the onomastics of Mongolian names lists them: a name of
 * Inner Mongolia's officials is often two or three of them with no surname (哈斯额尔敦, 乌兰图雅), though its first
 * character may also be a Han surname (哈, 巴, 乌). Only words of two or more characters are listed, so that a name is
 * read whole only when every piece of it is one of them.
 */
export const MONGOLIAN_NAME_PARTS: readonly string[] = [
  '额尔德尼',
  '德力格尔',
  '吉日嘎拉',
  '巴特尔',
  '额尔敦',
  '额尔登',
  '其木格',
  '格日勒',
  '巴雅尔',
  '毕力格',
  '特木尔',
  '满都拉',
  '其其格',
  '苏日娜',
  '阿拉坦',
  '阿拉腾',
  '敖其尔',
  '乌力吉',
  '宝力道',
  '道尔吉',
  '朝格图',
  '乌日娜',
  '达古拉',
  '哈斯',
  '朝鲁',
  '乌兰',
  '苏和',
  '宝音',
  '图雅',
  '那顺',
  '孟和',
  '巴图',
  '呼和',
  '赛音',
  '布和',
  '斯琴',
  '娜仁',
  '萨仁',
  '高娃',
  '图门',
  '白音',
  '巴音',
  '布仁',
  '乌云',
  '达来',
  '旭日',
  '吉雅',
  '格根',
  '塔娜',
  '乌恩',
  '桑布',
];

/**
 * Surnames that are far more often a preposition or a conjunction at the start of a clause (向大家介绍, 和与会人员, 于会上
 * 指出): a name opened by one is read only where the segmenter tags it as a name.
 */
export const PREPOSITION_SURNAMES = '向和同与及于';
