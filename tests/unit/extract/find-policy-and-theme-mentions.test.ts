import { describe, expect, it } from 'vitest';
import { findEventMentions } from '../../../src/extract/find-event-mentions.ts';
import { findPolicyMentions } from '../../../src/extract/find-policy-mentions.ts';
import { findRegionMentions } from '../../../src/extract/find-region-mentions.ts';
import { findThemeMentions } from '../../../src/extract/find-theme-mentions.ts';
import { contextFor } from '../../support/extraction-context.ts';

const policies = (text: string) => findPolicyMentions(contextFor(text)).map((p) => [p.name, p.kind, p.rule]);

describe('findPolicyMentions', () => {
  it('finds titles in 《》 with the kind their ending gives', () => {
    expect(policies('分享了刚刚通过的《河北省机动车和非道路移动机械排放污染防治条例》。')).toEqual([
      ['河北省机动车和非道路移动机械排放污染防治条例', 'regulation', 'policy/titled-document'],
    ]);
  });

  it('finds national campaigns by name and others by their head word, leaving out the verb before them', () => {
    expect(policies('决胜污染防治攻坚战，深入推进河长制，实施入河排污口排查整治，持续深化“放管服”改革。')).toEqual([
      ['污染防治攻坚战', 'campaign', 'policy/national-policy'],
      ['河长制', 'system', 'policy/national-policy'],
      ['入河排污口排查整治', 'campaign', 'policy/head-word'],
      ['“放管服”改革', 'reform', 'policy/national-policy'],
    ]);
  });

  it('keeps the list of a 三大 campaign, and leaves out a count before a name', () => {
    expect(policies('深入打好蓝天、碧水、净土三大保卫战，今年将在全市开展10个近零碳排放社区试点建设。').map(([name]) => name)).toEqual([
      '蓝天、碧水、净土三大保卫战',
      '近零碳排放社区试点',
    ]);
  });

  it('reads a quoted practice with its word of management, and no policy inside a slogan that goes on', () => {
    expect(policies('今年我们推行“双随机、一公开”监管，实行“一项问题、一名领导、一套方案、一抓到底”的整改机制。')).toEqual([
      ['“双随机、一公开”监管', 'mechanism', 'policy/quoted-practice'],
      ['整改机制', 'mechanism', 'policy/head-word'],
    ]);
  });

  it('reads no policy in a meeting named after its work', () => {
    expect(policies('组长在河北省督察工作动员会上表示。')).toEqual([]);
  });

  it('reads no policy in a bureau, a title or a generic phrase', () => {
    expect(policies('华南督察局督察专员白保柱说，总工程师出席，上升为重大国家战略。')).toEqual([]);
  });
});

describe('findThemeMentions', () => {
  it('finds the words of the themes table', () => {
    const themes = findThemeMentions(contextFor('突出精准治污、科学治污、依法治污。'));
    expect(themes.map((t) => [t.surface, t.themeId])).toEqual([
      ['精准治污', 'theme:precise-pollution-control'],
      ['科学治污', 'theme:scientific-pollution-control'],
      ['依法治污', 'theme:law-based-pollution-control'],
    ]);
  });
});

describe('findEventMentions', () => {
  it('finds the event in the lead with its dates and the place it was held in', () => {
    const context = contextFor('2020年全国生态环境保护工作会议在北京召开\n\n1月12日-13日，2020年全国生态环境保护工作会议在北京召开。');
    const [event] = findEventMentions(context, findRegionMentions(context));
    expect(event).toMatchObject({ name: '2020年全国生态环境保护工作会议', startDate: '2020-01-12', endDate: '2020-01-13' });
    expect(event!.heldIn?.name).toBe('北京市');
  });
});
