import { describe, expect, it } from 'vitest';
import { placeEnglish, translateWithGlossary } from '../../../src/extract/name-in-english.ts';
import { personPinyin, phraseSlug, pinyinSlug, pinyinToEnglish, placePinyin } from '../../../src/extract/name-in-pinyin.ts';

describe('pinyin and English names', () => {
  it('writes people with surname readings and the given name as one word', () => {
    expect(personPinyin('李干杰')).toBe('Lǐ Gānjié');
    expect(personPinyin('曾国强')).toBe('Zēng Guóqiáng');
    expect(personPinyin('欧阳明达')).toBe('Ōuyáng Míngdá');
    expect(pinyinToEnglish('Lǚ Wényàn')).toBe('Lyu Wenyan');
    expect(pinyinSlug('Lǚ Wényàn')).toBe('lyu-wenyan');
  });

  it('writes places as a name and a level word, with an apostrophe between syllables that need one', () => {
    expect(placePinyin('厦门市', '市')).toBe('Xiàmén Shì');
    expect(placePinyin('天安门', undefined)).toBe("Tiān'ānmén");
    expect(placeEnglish('陕西省', 'province', false)).toBe('Shaanxi Province');
    expect(placeEnglish('天津市', 'province', true)).toBe('Tianjin Municipality');
    expect(placeEnglish('广西壮族自治区', 'province', false)).toBe('Guangxi Zhuang Autonomous Region');
  });

  it('translates with a glossary and says when it could not cover everything', () => {
    expect(translateWithGlossary('PM2.5平均浓度', [['PM2.5平均浓度', 'Average PM2.5 concentration']])).toEqual({
      english: 'Average PM2.5 concentration',
      complete: true,
    });
    expect(translateWithGlossary('臭氧浓度', [['浓度', 'Concentration']]).complete).toBe(false);
  });

  it('makes slugs of phrases', () => {
    expect(phraseSlug('2020年全国会议')).toBe('2020-nian-quan-guo-hui-yi');
  });
});
