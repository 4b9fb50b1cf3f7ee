import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

describe('a place inside a quoted project or slogan (round 27)', () => {
  it('reads no place that stands only inside a quoted name (大力推进“一渠清水入某河”)', () => {
    const { places } = readDraft('会议要求，大力推进“一渠清水进汾河”，深化土壤污染防治。');
    expect(places).not.toContain('汾河');
  });

  it('keeps the place where the report names it outside the quote too', () => {
    const { places } = readDraft('大力推进“一渠清水进汾河”。汾河沿线各县要压实责任。');
    expect(places).toContain('汾河');
  });

  it('keeps the places of a quoted list or of quoted speech', () => {
    expect(readDraft('专家组察看了“汾河、沁河”两条河流的治理情况。').places).toEqual(expect.arrayContaining(['汾河', '沁河']));
    expect(readDraft('他说：“汾河治理，关键在于截污。”').places).toContain('汾河');
  });
});

describe('ports named after their city (round 27)', () => {
  it('reads a city with 港 after it as the port, a place', () => {
    const { places } = readDraft('日照港集装箱码头和烟台港、大连港的岸电设施全部建成。');
    expect(places).toEqual(expect.arrayContaining(['日照港', '烟台港', '大连港']));
  });

  it('reads no port in the common words that start with 港 (港口, 港澳) nor in a port company', () => {
    const ports = readDraft('日照港口岸线整治持续推进，日照港集团董事长王立河出席，沪港澳三地交流。').places;
    expect(ports).not.toContain('日照港');
    expect(ports).not.toContain('日照港集团');
  });
});

describe('the catalogue zones of the form 某某工业区 (round 27)', () => {
  it('reads a zone with a proper name, with the municipality that begins its official name', () => {
    expect(readDraft('天津南港工业区新污染物治理项目入选第一批试点。').places).toContain('天津南港工业区');
  });

  it('reads no zone in a common noun before 工业区 (重点工业区, 老工业区)', () => {
    const { places } = readDraft('要聚焦鹤岗市、绥化市等重点工业区和老工业区推进治理。');
    expect(places.some((place) => place.endsWith('工业区'))).toBe(false);
  });
});

describe('basins of no one river, and the level of the hierarchy (round 27)', () => {
  it('reads no basin in waters in general or a class of rivers before 流域', () => {
    const { places } = readDraft('为加强江河流域河湖管护合作，各方签署协议。黄河、长江、内陆河流域水生态环境保护要统筹推进。');
    expect(places).toEqual(expect.arrayContaining(['黄河', '长江']));
    expect(places.some((place) => place.includes('江河') || place.includes('内陆河'))).toBe(false);
  });

  it('still reads a named river before 流域', () => {
    expect(readDraft('县委书记主持会议，研究青苇河流域综合治理。').places).toContain('青苇河流域');
  });

  it('reads no place in a level word before 一级 (会议开至市一级)', () => {
    const { places } = readDraft('会议以视频方式开至市一级，临溪市设分会场。');
    expect(places).not.toContain('开至市');
    expect(places).toContain('临溪市');
  });
});
