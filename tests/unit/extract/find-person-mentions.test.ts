import { describe, expect, it } from 'vitest';
import { findOrganizationMentions } from '../../../src/extract/find-organization-mentions.ts';
import { findPersonMentions } from '../../../src/extract/find-person-mentions.ts';
import { findRegionMentions } from '../../../src/extract/find-region-mentions.ts';
import { readPersonName } from '../../../src/extract/read-person-name.ts';
import { contextFor } from '../../support/extraction-context.ts';

function peopleOf(text: string) {
  const context = contextFor(text);
  const regions = findRegionMentions(context);
  const { organizations } = findOrganizationMentions(context, regions);
  const { people, organizations: found } = findPersonMentions(context, organizations, regions);
  return { context, people, found };
}

const posts = (text: string) =>
  peopleOf(text).people.flatMap((person) => person.posts.map((post) => [person.name, post.organization.name, post.title, post.former]));

describe('readPersonName', () => {
  const options = { knownNames: new Set<string>(), cutKnownWords: (text: string) => Array.from(text) };

  it('settles a name of two or three characters by what follows it', () => {
    expect(readPersonName('钱锋说。', 0, options)).toBe(2);
    expect(readPersonName('曹立平说，', 0, options)).toBe(3);
    expect(readPersonName('王安德当场表态', 0, options)).toBe(3);
    expect(readPersonName('李欣、李茹玉', 0, options)).toBe(2);
  });

  it('reads no name where no surname starts', () => {
    expect(readPersonName('的工作报告', 0, options)).toBeUndefined();
  });

  it('takes a known name whole', () => {
    expect(readPersonName('欧阳明达表示', 0, { ...options, knownNames: new Set(['欧阳明达']) })).toBe(4);
  });
});

describe('findPersonMentions', () => {
  it('reads <organization><title><name>, with a party title making the body’s 党组', () => {
    expect(posts('生态环境部党组书记、部长李干杰出席会议。')).toEqual([
      ['李干杰', '生态环境部党组', '党组书记', false],
      ['李干杰', '生态环境部', '部长', false],
    ]);
  });

  it('gives the post to the innermost body while the introduction reaches back over the places before it', () => {
    const { context, people } = peopleOf('辽宁省大连市生态环境局局长张海冰难掩兴奋。');
    expect(people[0]!.posts[0]!.organization.name).toBe('大连市生态环境局');
    expect(context.index.slice(people[0]!.introduction)).toBe('辽宁省大连市生态环境局局长张海冰');
    expect(context.index.slice(people[0]!.posts[0]!.evidence)).toBe('大连市生态环境局局长张海冰');
  });

  it('marks a past post (原…)', () => {
    expect(posts('原环境保护部总工程师万本太涉嫌严重违纪违法。')).toEqual([['万本太', '环境保护部', '总工程师', true]]);
  });

  it('continues the body of the person before after 、 and a title', () => {
    expect(posts('东岚省生态环境厅副厅长罗静怡、总工程师贺文涛出席。')).toEqual([
      ['罗静怡', '东岚省生态环境厅', '副厅长', false],
      ['贺文涛', '东岚省生态环境厅', '总工程师', false],
    ]);
  });

  it('finds a body no table knows by its ending before a title, as part of the body before it', () => {
    const { people, found } = peopleOf('东岚省生态环境厅大气环境处处长俞晨出席。');
    expect(people[0]!.posts[0]!.organization).toMatchObject({ name: '大气环境处', rule: 'organization/generic-body' });
    expect(found[0]!.parents[0]!.mention?.name).toBe('东岚省生态环境厅');
  });

  it('reads a byline: the media, its reporters and their roles, and the writer', () => {
    const { people } = peopleOf('中国环境报记者郭薇、张春燕集体采访，张春燕执笔');
    expect(
      people.map((p) => [p.name, p.posts.map((post) => `${post.organization.name}${post.title}`).join(), p.roles.map((r) => r.role).join()]),
    ).toEqual([
      ['郭薇', '中国环境报记者', '集体采访'],
      ['张春燕', '中国环境报记者', '集体采访'],
      ['张春燕', '', '执笔'],
    ]);
  });

  it('finds a name found once wherever it stands again', () => {
    const { people } = peopleOf('湖北省生态环境厅厅长吕文艳出席。吕文艳指出，要继续努力。');
    expect(people.map((p) => [p.name, p.rule])).toEqual([
      ['吕文艳', 'person/org-title-name'],
      ['吕文艳', 'person/name-again'],
    ]);
  });
});
