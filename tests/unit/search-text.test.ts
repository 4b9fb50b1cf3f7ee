import { describe, expect, it } from 'vitest';
import { EcokgError } from '../../src/errors/error-codes.ts';
import { buildSearchQuery } from '../../src/search/build-search-query.ts';
import { stripTones, toPinyinKeys } from '../../src/search/pinyin-keys.ts';

describe('pinyin keys', () => {
  it('stores names without tones, spaced and run together', () => {
    expect(toPinyinKeys('Lǐ Gānjié')).toEqual(['li ganjie', 'liganjie']);
    expect(toPinyinKeys('Xiàmén')).toEqual(['xiamen']);
  });

  it('also spells ü as v, the way keyboards type it', () => {
    expect(toPinyinKeys('Lǚ Wényàn')).toEqual(['lu wenyan', 'luwenyan', 'lv wenyan', 'lvwenyan']);
  });

  it('strips tone marks and case but keeps Chinese and digits', () => {
    expect(stripTones('  LǏ  Gānjié ')).toBe('li ganjie');
    expect(stripTones('PM2.5 黑臭水体')).toBe('pm2.5 黑臭水体');
  });
});

describe('buildSearchQuery', () => {
  it('adds the words run together and a boosted phrase for pinyin typed with spaces', () => {
    expect(buildSearchQuery('li ganjie')).toBe('li ganjie "li ganjie"^2 liganjie');
  });

  it('removes tone numbers from pinyin but not digits from other words', () => {
    expect(buildSearchQuery('li3 gan1jie2')).toBe('li ganjie "li ganjie"^2 liganjie');
    expect(buildSearchQuery('PM2.5')).toBe('pm2.5');
  });

  it('escapes every Lucene operator, so user text is only ever words', () => {
    expect(buildSearchQuery('}) MATCH (n) DETACH DELETE n //')).toBe(
      '\\}\\) match \\(n\\) detach delete n \\/\\/ "\\}\\) match \\(n\\) detach delete n \\/\\/"^2',
    );
    expect(buildSearchQuery('"2+26"城市')).toBe('\\"2\\+26\\"城市');
    expect(buildSearchQuery('a:b* OR c~')).toBe('a\\:b\\* or c\\~ "a\\:b\\* or c\\~"^2');
  });

  it.each(['', '   ', '？！…', 'x'.repeat(201)])('refuses %j with BAD_USER_INPUT', (text) => {
    expect(() => buildSearchQuery(text)).toThrow(EcokgError);
  });
});
