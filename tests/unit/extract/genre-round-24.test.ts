import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for shapes of county and municipal conferences and event releases:
// a party committee's department heads clipped in a run of posts, the people of enterprises and associations, and
// given names that end in a character that also ends bodies' names.
describe('a party committee department head clipped in a run of posts (宣传部长, 组织部长, 统战部长)', () => {
  it('reads the name after the clipped post and keeps the committee as the body', () => {
    const draft = readDraft('县委常委、宣传部长柳成岩，县委常委、组织部长贺明川出席会议。');
    expect(draft.people).toEqual(['柳成岩', '贺明川']);
    expect(draft.speaksForPairs).toContainEqual(['柳成岩', '县委']);
    expect(draft.speaksForPairs).toContainEqual(['贺明川', '县委']);
  });

  it('takes no part of the post for a name (宣 is a surname, 宣传 is not a person)', () => {
    expect(readDraft('市委常委、统战部长温立山，市委常委、宣传部长钱慧敏参加。').people).toEqual(['温立山', '钱慧敏']);
  });

  it('leaves 宣传部 followed by 长期 alone', () => {
    expect(readDraft('他曾在县委宣传部长期从事新闻工作。').people).toEqual([]);
  });
});

describe('the people of enterprises and associations', () => {
  it('reads a group company president (总裁) and a vice president', () => {
    expect(readDraft('集团总裁邵明远、副总裁岳新华出席签约仪式。').people).toEqual(['邵明远', '岳新华']);
  });

  it('reads an association head whose given name ends in 站, and gives him the association', () => {
    const draft = readDraft('市环境保护产业协会党委书记、会长顾承站出席并讲话。');
    expect(draft.people).toEqual(['顾承站']);
    expect(draft.speaksForPairs).toContainEqual(['顾承站', '市环境保护产业协会']);
  });

  it('reads a deputy director whose given name ends in 科', () => {
    expect(readDraft('市生态环境局副局长韩宏科主持会议。').people).toEqual(['韩宏科']);
  });

  it('does not read 站 as a name’s end when no mark or follower closes it (李红站岗)', () => {
    expect(readDraft('副县长李红站岗执勤。').people).toEqual(['李红']);
  });
});
