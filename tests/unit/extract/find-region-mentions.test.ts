import { describe, expect, it } from 'vitest';
import { findRegionMentions } from '../../../src/extract/find-region-mentions.ts';
import { contextFor } from '../../support/extraction-context.ts';

const regionsOf = (text: string) =>
  findRegionMentions(contextFor(text)).map((m) => ({ surface: m.surface, name: m.name, level: m.level, rule: m.rule }));

describe('findRegionMentions', () => {
  it('finds provinces and cities of the division dataset by full name, with their GB/T 2260 codes', () => {
    const mentions = findRegionMentions(contextFor('去年6月，安徽省亳州市积极探索建立乡镇生态环境保护工作站。'));
    expect(mentions.map((m) => [m.name, m.level, m.code])).toEqual([
      ['安徽省', 'province', '340000'],
      ['亳州市', 'city', '341600'],
    ]);
  });

  it('reads a province by its short name where it is a word of its own', () => {
    expect(regionsOf('去年安徽遇到了50年一遇的重大干旱。')).toEqual([
      { surface: '安徽', name: '安徽省', level: 'province', rule: 'region/division-short-name' },
    ]);
  });

  it('finds the areas and basins of the genre table and the words for the whole country where it scopes a figure', () => {
    const found = regionsOf('2019年，京津冀及周边地区“2+26”城市PM2.5浓度下降，全国优良天数比例为82%，黄河流域治理加快。');
    expect(found.map((m) => [m.surface, m.level])).toEqual([
      ['京津冀及周边地区', 'area'],
      ['“2+26”城市', 'area'],
      ['全国', 'country'],
      ['黄河流域', 'river-basin'],
    ]);
  });

  it('takes a place the dataset does not know by its level word, flags it, and knows it again by its short name', () => {
    const mentions = findRegionMentions(contextFor('省会临溪市PM2.5平均浓度为41微克/立方米。临溪将推广网格化管理。'));
    expect(mentions.map((m) => [m.surface, m.name, m.rule, m.review])).toEqual([
      ['临溪市', '临溪市', 'region/unknown-place', 'place not in the division dataset'],
      ['临溪', '临溪市', 'region/unknown-place-short-name', 'place not in the division dataset'],
    ]);
  });

  it('reads no place into words that only look like one', () => {
    expect(regionsOf('城区和超市都在全市范围内，企业上市由北屿市负责。').map((m) => m.surface)).toEqual(['北屿市']);
  });
});
