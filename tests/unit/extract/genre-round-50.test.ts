import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for shapes of city work-conference and inspection news: the leaders of
// a place's four leading bodies named with the level of the place, and the townships of a list of sites visited.
describe('a list of names closed by the four leading bodies’ leaders with their level', () => {
  it('reads each name of a list closed by 等在家的市四套班子领导', () => {
    const draft = readDraft('市委副书记、市长高文远主持，钱立山、孙海涛、周晓梅等在家的市四套班子领导出席。');
    expect(draft.people).toEqual(expect.arrayContaining(['高文远', '钱立山', '孙海涛', '周晓梅']));
  });

  it('reads the names before 等县四套班子领导 and 等区四家班子领导', () => {
    expect(readDraft('赵一鸣、钱二宝、孙三多等县四套班子领导参加会议。').people).toEqual(['赵一鸣', '钱二宝', '孙三多']);
    expect(readDraft('王小明、李大壮等在家的区四家班子领导参加会议。').people).toEqual(['王小明', '李大壮']);
  });

  it('takes no list of bodies before the collective for people', () => {
    expect(readDraft('组织部、宣传部等部门负责同志参加。').people).toEqual([]);
  });
});

describe('the townships of a list of sites visited, closed by 等地', () => {
  it('reads a township that is not the first site of the list', () => {
    expect(readDraft('调研组先后走访了宏达化工公司、青石镇东湖小区等地。').places).toContain('青石镇');
  });

  it('reads the township in a report printed in traditional characters, and after a word of going', () => {
    expect(readDraft('調研組先后走訪了宏達化工公司、青石鎮東湖小區等地。').places).toContain('青石鎮');
    expect(readDraft('副縣長周明來到白沙鄉檢查秸稈禁燒工作。').places).toContain('白沙鄉');
  });

  it('takes no level word of a list item for a township (乡镇污水处理厂)', () => {
    expect(readDraft('检查组先后察看了宏达公司、乡镇污水处理厂等地。').places).toEqual([]);
  });
});
