import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences written by the team. The State Council's national-level new areas (两江新区, 西咸新区, 天府新区 …) are no
// divisions of the dataset; reports of their provinces name them as places, after the province's name or alone.
describe('the national-level new areas', () => {
  it('reads each by its name, after its province too, even where the province ends in a direction (陕西 + 西咸新区)', () => {
    expect(readDraft('陕西西咸新区空气质量持续改善。').places).toEqual(['陕西', '西咸新区']);
    expect(readDraft('四川天府新区加快建设公园城市。').places).toEqual(['四川', '天府新区']);
    expect(readDraft('贵安新区、兰州新区和滇中新区均开展了专项行动。').places).toEqual(['贵安新区', '兰州新区', '滇中新区']);
  });

  it('reads 西咸 in a ranking of Shaanxi’s cities as the new area', () => {
    const draft = readDraft('5月，陕西省空气质量由好到差依次是安康、商洛、西咸、宝鸡。');
    expect(draft.places).toContain('西咸');
    expect(draft.graph.nodes.find((node) => node.name === '西咸')?.id).toBe('region:xixian-new-area');
  });

  it('keeps a macro-region after a direction part of a joined name (西北 of 川西北)', () => {
    expect(readDraft('川西北地区生态保护成效明显。').places).not.toContain('西北');
  });
});
