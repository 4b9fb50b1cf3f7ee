import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences written by the team. A meeting's host delivers its addresses (致欢迎辞, 致开幕词, 致答谢辞), and the
// standard language writes each noun with 辞 or 词: after either, the name before them is the speaker's.
describe('the addresses a host delivers, in either form of the noun', () => {
  it.each(['致欢迎词', '致欢迎辞', '致开幕词', '致闭幕词', '致答谢词'])('reads the person before %s and what he says next', (address) => {
    const draft = readDraft(`市环境科学研究所所长高吉平${address}，他说，第七届论坛在我市举行意义重大。`);
    expect(draft.people).toEqual(['高吉平']);
    expect(draft.saidBy('第七届论坛在我市')).toEqual(['高吉平']);
  });
});

// 讲到 ("spoke of") before its comma reports speech as 谈到 and 提到 do.
describe('讲到 before its comma', () => {
  it('attributes what follows to the speaker', () => {
    const draft = readDraft('省生态环境厅副厅长杨永平对调研组表示欢迎，他讲到，青海生态地位十分重要。');
    expect(draft.saidBy('青海生态地位')).toEqual(['杨永平']);
  });
});
