import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

describe('monitoring sections listed by river and site (round 25)', () => {
  it('reads each item of a list closed by a count of sections as its river and its site', () => {
    const { places } = readDraft('监测数据显示，鹤阳市青苇河石板桥、柳河东坪渡、白鹭溪王家口3个断面水质由三类下降为五类。');
    expect(places).toEqual(expect.arrayContaining(['青苇河', '石板桥', '柳河', '东坪渡', '白鹭溪', '王家口']));
  });

  it('reads a list of sections each printed with 断面 after the city they lie in', () => {
    const { places } = readDraft('鹤阳市青苇河石板桥断面、临溪市柳河东坪渡断面水质均明显恶化。');
    expect(places).toEqual(expect.arrayContaining(['青苇河', '石板桥', '柳河', '东坪渡']));
    expect(places).not.toContain('鹤阳市青苇河石板桥');
  });

  it('leaves a section named alone, or a list item that is no section, to the other finders', () => {
    const { places } = readDraft('检查组先后察看了县污水处理厂、杨柳坪断面、县垃圾处理中心。');
    expect(places).not.toContain('杨柳坪');
    expect(readDraft('全省12个国考断面水质优良，河流断面达标率提升。').places).not.toContain('河流');
  });
});

describe('rivers named by their course (round 25)', () => {
  it('reads the river before 源于 or 发源于 and after a tributary grade', () => {
    expect(readDraft('境内青苇河源于三县交界的山中，流长40公里。').places).toContain('青苇河');
    expect(readDraft('在长江一级支流柳溪河两岸，草木葱翠。').places).toContain('柳溪河');
  });

  it('does not take the verb before a basin into the river (深入某河流域)', () => {
    const { places } = readDraft('县委书记深入青苇河流域调研河长制落实情况。');
    expect(places.some((place) => place.startsWith('深入'))).toBe(false);
  });

  it('takes no river after the tributaries of rivers at large (主要支流入河排污口)', () => {
    expect(readDraft('排查长江干流及主要支流入河排污口1268个。').places).not.toContain('入河');
  });

  it('takes nothing before 源于 that does not end as a river does', () => {
    expect(readDraft('这一做法源于群众的首创。').places).toEqual([]);
  });
});

describe('ethnic townships (round 25)', () => {
  it('reads the place, the peoples and 乡 as one township, without the county word before it', () => {
    const { places } = readDraft('县长带队对我县石门瑶族乡青苇河开展巡河调研。石门瑶族乡是我县最偏远的乡镇。');
    expect(places).toContain('石门瑶族乡');
    expect(places).not.toContain('县石门瑶族乡');
  });

  it('reads a township of two peoples', () => {
    expect(readDraft('调研组来到柳坪苗族侗族乡察看污水处理设施。').places).toContain('柳坪苗族侗族乡');
  });

  it('takes no township from the peoples alone (各民族乡亲)', () => {
    expect(readDraft('全县各民族乡亲共同保护母亲河。').places).toEqual([]);
  });
});

describe('protected areas whose name the segmenter would read across the kind (round 25)', () => {
  it('finds a national park whose name ends in a character that makes a word with 国 (某祖国家公园)', () => {
    expect(readDraft('调研组到县里调研青峰祖国家公园创建工作。').places).toContain('青峰祖国家公园');
  });

  it('still reads 祖国 as the motherland where no park follows', () => {
    expect(readDraft('我们要把祖国的山河建设得更加美丽。').places).toEqual([]);
  });
});

describe('the other items of a list one of whose items is a place (round 25)', () => {
  it('reads the townships and villages listed after a village another rule found', () => {
    const { places } = readDraft('调研组先后来到石门镇柳林村、青坪镇杏花村、桃园村、梨树村、大坝吊桥等地，实地查看河长制落实情况。');
    expect(places).toEqual(expect.arrayContaining(['青坪镇', '杏花村', '桃园村', '梨树村']));
  });

  it('reads the stems of counties of the same prefecture listed beside a county the report named', () => {
    const { places } = readDraft('蓝山县县长带队巡河。凌江河源于宁远、蓝山、江华交界的山中。');
    expect(places).toEqual(expect.arrayContaining(['宁远', '江华']));
  });

  it('takes no item of a list with no place in it (座谈、调研、走访村)', () => {
    expect(readDraft('通过座谈、调研、走访村等方式了解情况。').places).toEqual([]);
  });
});

describe('a lake’s shore is no lake (round 25)', () => {
  it('takes no lake from 湿地湖岸修复', () => {
    expect(readDraft('通过动植物栖息保护围蔽、湿地湖岸修复等措施加强保护。').places).not.toContain('湿地湖');
  });

  it('still reads a lake at the start of a list item', () => {
    expect(readDraft('先后察看了青苇湖、白鹭湖等湖泊。').places).toContain('青苇湖');
  });
});
