import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/extract-report.ts';
import { nodesOf } from '../../../src/seed/seed-graph.ts';
import { knownGraphOf } from '../../support/extraction-context.ts';

// A small known graph: the ministry, a province with its short form, and a person with their body.
const known = knownGraphOf([
  { id: 'organization:mee', label: 'Organization', name: '生态环境部', nameEn: 'Ministry of Ecology and Environment', kind: 'ministry' },
  { id: 'region:anhui', label: 'Region', name: '安徽省', aliases: ['安徽'], nameEn: 'Anhui Province', pinyin: 'Ānhuī Shěng', level: 'province' },
  {
    id: 'organization:anhui-department-of-ecology-and-environment',
    label: 'Organization',
    name: '安徽省生态环境厅',
    nameEn: 'Anhui Provincial Department of Ecology and Environment',
    kind: 'provincial-department',
  },
  {
    id: 'person:xu-hengqiu',
    label: 'Person',
    name: '徐恒秋',
    nameEn: 'Xu Hengqiu',
    pinyin: 'Xú Héngqiū',
    organizations: ['organization:anhui-department-of-ecology-and-environment'],
  },
  { id: 'person:wang-wei', label: 'Person', name: '王伟', nameEn: 'Wang Wei', pinyin: 'Wáng Wěi', organizations: ['organization:mee'] },
]);
const extractor = createExtractor({ known });
const extract = (text: string) => extractor.extract(text, { date: '2021-06-01' }).graph;
// Every node the draft loads, the places named only inside bodies' names too.
const node = (graph: ReturnType<typeof extract>, name: string) => nodesOf(graph).find((n) => n.name === name);

describe('resolving against the known graph', () => {
  it('keeps the ids the graph has: the ministry, the province by its short name, the province’s department', () => {
    const graph = extract('生态环境部副部长孟庆远在安徽调研。安徽省生态环境厅厅长徐恒秋陪同。');
    expect(node(graph, '生态环境部')?.id).toBe('organization:mee');
    expect(node(graph, '安徽省')?.id).toBe('region:anhui');
    expect(node(graph, '安徽省')?.aliases).toEqual(['安徽']);
    expect(node(graph, '安徽省生态环境厅')?.id).toBe('organization:anhui-department-of-ecology-and-environment');
  });

  it('makes a known person with the same name and a compatible body the same person', () => {
    const graph = extract('安徽省生态环境厅厅长徐恒秋说，要从源头科学治理。');
    expect(node(graph, '徐恒秋')).toMatchObject({ id: 'person:xu-hengqiu' });
    expect(node(graph, '徐恒秋')?.review).toBeUndefined();
  });

  it('keeps two people with one name and different bodies apart, and says why', () => {
    const graph = extract('安徽省生态环境厅副厅长王伟出席会议。');
    const person = node(graph, '王伟')!;
    expect(person.id).toBe('person:wang-wei-2');
    expect(person.review).toBe('same name as person:wang-wei (organization:mee); organizations differ, kept apart');
  });

  it('gives new entities readable ids, pinyin and English from their parts', () => {
    const graph = extract('河南省郑州市生态环境局局长吕建华出席会议。');
    expect(node(graph, '郑州市')).toMatchObject({ id: 'region:zhengzhou', pinyin: 'Zhèngzhōu Shì', nameEn: 'Zhengzhou', level: 'city' });
    expect(node(graph, '河南省')).toMatchObject({ id: 'region:henan', pinyin: 'Hénán Shěng', nameEn: 'Henan Province', level: 'province' });
    expect(node(graph, '郑州市生态环境局')).toMatchObject({
      id: 'organization:zhengzhou-bureau-of-ecology-and-environment',
      nameEn: 'Zhengzhou Municipal Bureau of Ecology and Environment',
      kind: 'municipal-bureau',
    });
    expect(node(graph, '吕建华')).toMatchObject({ id: 'person:lyu-jianhua', pinyin: 'Lǚ Jiànhuá', nameEn: 'Lyu Jianhua' });
  });
});
