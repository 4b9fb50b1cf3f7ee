import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for shapes of provincial and municipal press conferences: a transcript
// that prints the host's role alone on its line and greets the hour on a line of its own, a speaker who 说到, and a
// plan's title whose period stands in half-width brackets.
describe('a transcript turn headed by the role alone on its line', () => {
  it('reads the lines after 主持人： as the host’s turn, past the form of address and the greeting of the hour', () => {
    const draft = readDraft(
      '市林草局召开新闻发布会。\n\n主持人:\n\n媒体朋友们:\n\n大家上午好!\n\n欢迎参加市林草局例行新闻发布会,今天主要介绍森林防火工作。',
    );
    expect(draft.statements).toEqual(['欢迎参加市林草局例行新闻发布会,今天主要介绍森林防火工作。']);
    expect(draft.said).toEqual([[undefined, '欢迎参加市林']]);
  });

  it('skips the greeting of the hour after a named heading too', () => {
    const draft = readDraft('市林草局局长周立平:\n各位记者朋友:\n下午好!\n今年以来,全市完成造林面积稳步增加,森林防火形势总体平稳。');
    expect(draft.saidBy('今年以来,全市')).toEqual(['周立平']);
  });

  it('keeps a line that goes on after the greeting as the turn', () => {
    const draft = readDraft('市林草局召开新闻发布会。\n主持人:\n大家上午好!欢迎参加市林草局例行新闻发布会。');
    expect(draft.statements).toEqual(['大家上午好!欢迎参加市林草局例行新闻发布会。']);
  });

  it('takes no line of the lead for a turn when the role heads no line of its own', () => {
    const draft = readDraft('发布会由市委宣传部副部长孙海燕主持。市林草局局长周立平介绍了森林防火工作。');
    expect(draft.statements).toEqual([]);
  });
});

describe('说到 as a speech verb', () => {
  it('gives the clause after 说到 and its comma to the speaker', () => {
    expect(readDraft('会上,市生态环境局局长韩志远说到,今年全市空气质量优良天数持续增加。').saidBy('今年全市空气')).toEqual(['韩志远']);
  });

  it('reads no speech in 说到做到', () => {
    expect(readDraft('市生态环境局局长韩志远表态要说到做到。').saidBy('做到')).toBeUndefined();
  });
});

describe('a title whose brackets the page printed in half width', () => {
  it('names the plan with its period as printed', () => {
    expect(readDraft('省政府印发《青川省生态环境保护规划(2021—2025年)》。').policies).toEqual(['青川省生态环境保护规划(2021—2025年)']);
  });

  it('keeps the full-width form as printed too', () => {
    expect(readDraft('省政府印发《青川省生态环境保护规划（2021—2025年）》。').policies).toEqual(['青川省生态环境保护规划（2021—2025年）']);
  });

  it('takes no report for a plan, though its edition stands in brackets after the ending', () => {
    expect(readDraft('会上发布了《青川省生态状况调查评估蓝皮书(2025)》。').policies).toEqual([]);
  });
});
