import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

const read = (text: string) => {
  const draft = readDraft(text);
  return { ...draft, speaksFor: draft.speaksForPairs };
};

describe('bodies by their registered names (round eight)', () => {
  it('reads enterprises by their form of company, from the division their name starts with', () => {
    const { bodies, places, policies } = read('执法人员深入湖北鑫源建设工程有限公司、荆门市宏达化工股份有限公司开展突击夜查。');
    expect(bodies).toEqual(expect.arrayContaining(['湖北鑫源建设工程有限公司', '荆门市宏达化工股份有限公司']));
    // The division is the name's own, and 工程 inside the name starts no policy.
    expect(places).not.toContain('荆门市');
    expect(policies.filter((name) => name.includes('工程'))).toEqual([]);
  });

  it('reads an enterprise named without a division up to the word before it, and a group’s subsidiary', () => {
    const { bodies } = read('研究所与中能绿色产业投资有限公司签署协议。华钢集团矿业公司汇报了整改情况。');
    expect(bodies).toEqual(expect.arrayContaining(['中能绿色产业投资有限公司', '华钢集团矿业公司']));
  });

  it('reads an institution whose name starts with its division and ends in its kind, and its expert', () => {
    const { bodies, speaksFor } = read('会议邀请了湖南省地质调查院遥感信息中心高级工程师周立新到会指导。');
    expect(bodies).toContain('湖南省地质调查院遥感信息中心');
    expect(speaksFor).toContainEqual(['周立新', '湖南省地质调查院遥感信息中心']);
  });

  it('reads a city bureau’s branch in a zone, and no place inside the branch’s name', () => {
    const { bodies, places, impliedPlaces } = read('临安市生态环境局青山湖国家级旅游度假区分局开展执法检查。');
    expect(bodies).toContain('临安市生态环境局青山湖国家级旅游度假区分局');
    expect(places).toEqual([]);
    expect(impliedPlaces).toEqual(['临安市']);
  });

  it('reads a zone’s management committee before a post', () => {
    const { bodies, people } = read('高新区管委会副主任张立平陪同检查。');
    expect(bodies).toContain('高新区管委会');
    expect(people).toContain('张立平');
  });

  it('reads the items of a list closed by their kind as enterprises, whatever their endings', () => {
    const { bodies } = read('督导组先后到宏远纸业、华立电缆、东方化工等企业察看整改情况。');
    expect(bodies).toEqual(expect.arrayContaining(['宏远纸业', '华立电缆', '东方化工']));
    expect(bodies.some((name) => name.includes('督导组'))).toBe(false);
  });
});

describe('sites, villages and parks (round eight)', () => {
  it('reads mines and works after the division they lie in, and named alone', () => {
    const { places } = read('调研组在巴州区江北街道黄家湾煤矿、恩阳区石桥机砖厂查看修复现场。公司下属金山铁矿、白云铁矿完成整改。');
    expect(places).toEqual(expect.arrayContaining(['巴州区', '江北街道', '黄家湾煤矿', '恩阳区', '石桥机砖厂', '金山铁矿', '白云铁矿']));
  });

  it('reads a village right after its town whatever its name is tagged, and a site after the village', () => {
    const { places } = read('南江县赤溪镇柳湾村西河采石场完成复绿。');
    expect(places).toEqual(expect.arrayContaining(['赤溪镇', '柳湾村', '西河采石场']));
    expect(places).not.toContain('柳湾村西河采石场');
  });

  it('reads a park with a proper name, and not the slogan’s hills as places', () => {
    const { places } = read('保护南江县绿水青山，县生态环境局在白鹭洲公园开展宣传活动。');
    expect(places).toContain('白鹭洲公园');
    expect(places).not.toContain('绿水青山');
  });
});

describe('zones and places listed by their kind (round eight)', () => {
  it('reads a zone named after its division as one place, the division inside it', () => {
    const { places } = read('督察办到南阳高新区开展督导。');
    expect(places).toContain('南阳高新区');
    expect(places).not.toContain('南阳');
  });

  it('reads townships and villages named short in a list closed by their kind', () => {
    expect(read('会同区公安、城管等部门和燕矶、新庙等乡镇政府开展行动。').places).toEqual(expect.arrayContaining(['燕矶', '新庙']));
    expect(read('组织李家、张湾等村开展整治。').places).toEqual(expect.arrayContaining(['李家', '张湾']));
  });
});

describe('posts and speakers (round eight)', () => {
  it('reads a name after a post with a bracketed note on it', () => {
    expect(read('研究所副所长(主持工作)陈立华出席签约仪式。').people).toContain('陈立华');
  });

  it('gives what a supervision team says to the team', () => {
    const { statements } = readDraft('督导组到企业察看整改情况。督导组指出，部分企业整改进度缓慢。');
    expect(statements.some((text) => text.startsWith('部分企业整改进度缓慢'))).toBe(true);
  });
});

describe('bylines and roundup headings (round eight)', () => {
  it('reads the role in a bracketed byline as the role, not as a name', () => {
    const { people } = read('东岚新闻报道(通讯员 周晓明)5月22日，市生态环境局开展宣传活动。');
    expect(people).toContain('周晓明');
    expect(people).not.toContain('通讯员');
  });

  it('reads a county named alone on a heading line of a roundup as a place', () => {
    const { places } = read('各地开展了宣传活动。\n婺城\n区环保分局开展现场咨询活动。');
    expect(places.some((name) => name.startsWith('婺城'))).toBe(true);
  });
});

describe('a place left out of a run of posts (round eight)', () => {
  it('gives a body written without its place the place that heads the run, never a municipality for 省', () => {
    const { related: pairs } = readDraft('会议在合肥召开。上海市市长杨雄，江苏省省委副书记、省政府党组书记石泰峰，江苏省副省长许津荣出席会议。');
    expect(pairs('HAS_JURISDICTION')).toContainEqual(['省政府', '江苏省']);
    expect(pairs('SPEAKS_FOR')).not.toContainEqual(['杨雄', '省政府']);
  });
});

describe('outlets at the head of a repost or a byline (round eight)', () => {
  it('reads the outlet a page reposts from, and an outlet before its bracketed byline', () => {
    expect(read('据绿色东岚:\n5月2日，督导组到企业察看整改情况。').bodies).toContain('绿色东岚');
    expect(read('云上东岚报道(通讯员 周晓明)5月22日，市生态环境局开展宣传活动。').bodies).toContain('云上东岚');
  });

  it('reads no outlet from an outlet’s word for itself, nor a source after the head', () => {
    expect(read('本报讯(记者 李海)9月21日，市长主持召开周例会。').bodies).not.toContain('本报');
    expect(read('市生态环境局召开会议。\n据了解:全市空气质量持续改善。').bodies).not.toContain('了解');
  });

  it('reads a broadcaster’s all-media desk before its reporter as the outlet', () => {
    expect(read('巴中台全媒体记者 刘星明').bodies).toContain('巴中台全媒体');
  });
});

describe('a zone by its own name after its division (round eight)', () => {
  it('reads a zone named once with its city as that zone afterwards, and its brigade as a body', () => {
    const { bodies, places } = read('督察组交办鄂州市临空经济区信访件26件。临空经济区大队第一时间现场核实。');
    expect(bodies).toContain('临空经济区大队');
    expect(places).toEqual(['鄂州市临空经济区']);
  });
});

describe('short forms defined in brackets (round eight)', () => {
  it('reads later mentions of a short form as the body it was defined for, and its people as that body’s', () => {
    const { bodies, speaksFor } = read('研究所与东岚绿色产业投资有限公司(以下简称绿投公司)签署协议。绿投公司董事长王立军出席。');
    expect(bodies).toEqual(['东岚绿色产业投资有限公司']);
    expect(speaksFor).toContainEqual(['王立军', '东岚绿色产业投资有限公司']);
  });

  it('leaves a kind’s own word defined as a short form to the rules of that kind', () => {
    const { bodies } = read('中央第五生态环境保护督察组(以下简称“督察组”)进驻。督察组指出，问题依然突出。');
    expect(bodies.filter((name) => name.includes('督察组'))).toEqual(['中央第五生态环境保护督察组']);
  });
});
