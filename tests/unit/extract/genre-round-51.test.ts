import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for the shapes of interviews with ecology officials: a printed
// interview whose page keeps a single exchange (记者：… then the name and a colon), and a broadcast interview whose
// transcript labels the guest's turns 嘉宾 after a lead that says who is the guest (做客).
describe('a printed interview that keeps a single exchange', () => {
  const text = [
    '省生态环境厅厅长接受本报专访',
    '记者：今年全省的空气质量有哪些变化？',
    '欧阳振华：今年以来，全省优良天数比例持续提升，重污染天气明显减少。',
  ].join('\n');

  it('reads the name that answers the journalist’s line as a person, and gives him the answer', () => {
    const draft = readDraft(text);
    expect(draft.people).toContain('欧阳振华');
    expect(draft.saidBy('今年以来，全省优良')).toEqual(['欧阳振华']);
  });

  it('takes no page field line for a person, though a journalist’s line is in the report', () => {
    const withFields = ['时间：2021-05-06', '来源：省生态环境厅', ...text.split('\n')].join('\n');
    const people = readDraft(withFields).people;
    expect(people).not.toContain('时间');
    expect(people).not.toContain('来源');
  });

  it('takes no single name-and-colon line for a person when no journalist asks before it', () => {
    expect(readDraft('会议纪要\n范文涛：同意该方案。').people).not.toContain('范文涛');
  });
});

describe('a broadcast interview whose transcript labels the guest', () => {
  const text = [
    '市生态环境局副局长邹明远做客交通广播《政风热线》直播节目。',
    '【主持人】：欢迎邹明远副局长来到直播间。今年我市治水有哪些新举措？',
    '【嘉宾】：今年我们将重点推进城镇污水管网建设，全面消除黑臭水体。',
  ].join('\n');

  it('gives the guest’s turn to the person the lead says is the guest', () => {
    expect(readDraft(text).saidBy('今年我们将重点推进')).toEqual(['邹明远']);
  });

  it('gives the guest’s turn printed without brackets to the guest too', () => {
    expect(readDraft(text.replace('【嘉宾】：', '嘉宾：')).saidBy('今年我们将重点推进')).toEqual(['邹明远']);
  });

  it('gives no host’s turn to the guest', () => {
    expect(readDraft(text).saidBy('欢迎邹明远副局长')).not.toEqual(['邹明远']);
  });
});
