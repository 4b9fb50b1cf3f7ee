import { describe, expect, it } from 'vitest';
import { findStatisticMentions } from '../../../src/extract/find-statistic-mentions.ts';
import { contextFor } from '../../support/extraction-context.ts';

const figures = (text: string, year = 2020) =>
  findStatisticMentions(contextFor(text, { year })).map((s) => ({
    value: s.value,
    unit: s.unit,
    qualifier: s.qualifier,
    change: s.change,
    changeUnit: s.changeUnit,
    period: s.period,
    periodText: s.periodText,
  }));

describe('findStatisticMentions', () => {
  it('reads a value with its unit, its period and the change after it', () => {
    expect(figures('2019年1月-11月，京津冀及周边地区“2+26”城市PM2.5浓度为54微克/立方米，同比下降1.8%。')).toEqual([
      { value: 54, unit: '微克/立方米', qualifier: 'exact', change: -1.8, changeUnit: '%', period: '2019-01/2019-11', periodText: '2019年1月-11月' },
    ]);
  });

  it('makes a change with no figure before it a figure of its own, signed by its verb', () => {
    expect(figures('2018年全国地表水好于Ⅲ类水体的比例提高3.1个百分点，劣Ⅴ类下降1.6个百分点。').map((f) => [f.value, f.unit, f.change])).toEqual([
      [3.1, '个百分点', 3.1],
      [1.6, '个百分点', -1.6],
    ]);
  });

  it('reads qualifiers before and after a figure, and scales 万 into the value', () => {
    expect(figures('徒步走遍了约2.8万公里的岸线，发出900多条预警，历时近一年。').map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [28000, '公里', 'about'],
      [900, '条', 'more-than'],
      [1, '年', 'nearly'],
    ]);
  });

  it('reads ranks and estimates, and 去年 as the year before the report', () => {
    expect(figures('去年空气质量排名第五，预计地区生产总值增长幅度达到8%。').map((f) => [f.value, f.unit, f.qualifier, f.period])).toEqual([
      [5, '名', 'rank', '2019'],
      [8, '%', 'estimate', '2019'],
    ]);
  });

  it('reads no figure in dates, ordinals, plan names, pollutant names or quoted slogans', () => {
    expect(figures('1月12日-13日，第二轮督察启动，“十四五”开局，PM2.5监测，可以说是‘三个真’，5G时代。')).toEqual([]);
  });

  it('keeps a change apart when something new is measured before it', () => {
    expect(figures('PM2.5平均浓度为30微克/立方米，采暖季PM2.5平均浓度同比下降15.6%。').map((f) => [f.value, f.unit, f.change])).toEqual([
      [30, '微克/立方米', undefined],
      [15.6, '%', -15.6],
    ]);
  });
});
