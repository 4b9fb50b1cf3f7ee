import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for the digests and meeting releases of a ministry and of provincial
// and city departments: the stationed discipline group, the host's own posts and party group written by its kind, the
// attendee paragraph after the speech, bodies convened by name, the line's provincial department (省厅), the Youth
// League's full name and a name after a conjunction before 同志.
describe('the stationed discipline groups', () => {
  it('reads the group written by its host’s kind in the host’s release, with its leader', () => {
    const draft = readDraft('驻厅纪检监察组组长邵明川出席会议。');
    expect(draft.organizations).toEqual(['驻厅纪检监察组']);
    expect(draft.speaksFor).toContainEqual(['邵明川', '驻厅纪检监察组', '组长']);
  });

  it('reads a local commission’s group with its host’s name inside', () => {
    const draft = readDraft('省纪委监委驻省水利厅纪检监察组组长邵明川列席会议。');
    expect(draft.organizations).toEqual(['省纪委监委驻省水利厅纪检监察组']);
    expect(draft.speaksForPairs).toContainEqual(['邵明川', '省纪委监委驻省水利厅纪检监察组']);
  });

  it('takes the short form after the full name as the same group', () => {
    const draft = readDraft('中央纪委国家监委驻生态环境部纪检监察组组长、部党组成员邵明川出席会议。驻部纪检监察组负责同志列席会议。');
    expect(draft.organizations.filter((name) => name.endsWith('纪检监察组'))).toEqual(['中央纪委国家监委驻生态环境部纪检监察组']);
  });

  it('reads no group in 驻 and a word that is no body’s kind', () => {
    expect(readDraft('派出工作组驻村纪检监察组织开展工作。').organizations).not.toContain('驻村纪检监察组');
  });
});

describe('the host’s own posts in a department’s meeting release', () => {
  it('gives the party secretary written 厅党组书记 the department named before', () => {
    const draft = readDraft('8月3日，省交通运输厅召开厅务会议。厅长严立平主持会议，厅党组书记闻启东出席会议。');
    expect(draft.speaksFor).toContainEqual(['闻启东', '省交通运输厅', '党组书记']);
  });

  it('gives the deputy heads of the attendee paragraph the department of the lead, not the discipline group before them', () => {
    const draft = readDraft(
      '省交通运输厅召开厅务会议。厅长严立平主持会议。\n\n会议强调，要抓好落实。\n\n会议还研究了其他事项。\n\n驻厅纪检监察组组长邵明川，副厅长卜青云、葛海岚出席会议。',
    );
    expect(draft.speaksFor).toContainEqual(['卜青云', '省交通运输厅', '副厅长']);
    expect(draft.speaksFor).toContainEqual(['葛海岚', '省交通运输厅', '副厅长']);
    expect(draft.speaksForPairs).not.toContainEqual(['卜青云', '驻厅纪检监察组']);
  });

  it('leaves a bureau’s bare deputy head in a later paragraph without a bureau named earlier', () => {
    const draft = readDraft('市林业局召开会议。\n\n市水务局、市城管局参加。\n\n副局长甘启明出席会议。');
    expect(draft.speaksForPairs.filter(([person]) => person === '甘启明')).toEqual([]);
  });
});

describe('bodies convened by their name', () => {
  it('reads a leading group named by its task from 召开 to 领导小组 before the sitting', () => {
    const draft = readDraft('5月9日，部长闻启东主持召开固体废物进口管理制度改革工作领导小组第三次会议。');
    expect(draft.organizations).toContain('固体废物进口管理制度改革工作领导小组');
  });

  it('reads no body from a determiner of all', () => {
    expect(readDraft('会议要求召开各专项工作领导小组会议。').organizations).toEqual([]);
  });
});

describe('the line’s provincial department and the Youth League', () => {
  it('reads 省厅 beside the city’s party committee and government', () => {
    expect(readDraft('要认真贯彻落实市委、市政府和省厅决策部署。').organizations).toEqual(['市委', '市政府', '省厅']);
  });

  it('takes 省厅 as the department a report names in full', () => {
    const draft = readDraft('安徽省水利厅召开新闻发布会。下一步，省厅将坚持系统治理。');
    expect(draft.organizations).toEqual(['安徽省水利厅']);
  });

  it('reads no body in a rank or a head’s post (厅级, 厅长)', () => {
    expect(readDraft('他被任命为省厅级领导。').organizations).toEqual([]);
    expect(readDraft('湖南省厅长会议召开。').organizations).toEqual([]);
  });

  it('reads the Youth League by its full name', () => {
    expect(readDraft('部机关举行庆祝中国共产主义青年团成立100周年主题活动。').organizations).toContain('中国共产主义青年团');
  });
});

describe('a name after a conjunction before 同志', () => {
  it('reads the two characters after 和 as the name', () => {
    const draft = readDraft('会议传达学习了重要指示和蔡明同志在全省会议上的讲话精神。');
    expect(draft.people).toEqual(['蔡明']);
  });
});
