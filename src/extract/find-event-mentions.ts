import { type ExtractionContext, sentenceSpan } from './extraction-context.ts';
import type { EventMention, RegionMention } from './mention-types.ts';
import { EVENT_HEADS, EVENT_HOLD_VERBS } from './rules/event-shapes.ts';

const HEADS = [...EVENT_HEADS].sort((a, b) => b.head.length - a.head.length);
// What may start an event's name: a year, a scope word or a place, or the body that holds it.
const NAME_START = /(\d{4}年|全国|全省|全市)/gu;

/**
 * Finds the event a report is about, in its first paragraphs: a name that starts with a year or scope word
 * (2020年全国生态环境保护工作会议) and ends in a meeting word, with the place it was held in (在北京召开) and
 * its dates (1月12日-13日, with the year of the name or the report).
 */
export function findEventMentions(context: ExtractionContext, regions: readonly RegionMention[]): EventMention[] {
  const events: EventMention[] = [];
  const lead = context.sentences.filter((sentence) => sentence.paragraph <= 3);
  for (const sentence of lead) {
    const text = sentence.text;
    const covered: Array<[number, number]> = [];
    for (const start of text.matchAll(NAME_START)) {
      const from = start.index;
      if (covered.some(([a, b]) => from >= a && from < b)) continue;
      let best: { end: number; head: string } | undefined;
      for (const head of HEADS) {
        const at = text.indexOf(head.head, from);
        if (at < 0 || at - from > 30 || /[，。；“”]/u.test(text.slice(from, at))) continue;
        const end = at + head.head.length;
        if (!best || end < best.end || (end === best.end && head.head.length > best.head.length)) best = { end, head: head.head };
      }
      if (!best) continue;
      const name = text.slice(from, best.end);
      covered.push([from, best.end]);
      // A clause about holding a meeting (系统召开此次会议) is no name.
      if (/召开|举行|举办|此次|本次|这次/u.test(name)) continue;
      if (events.some((event) => event.name === name)) continue;
      const year = /^(\d{4})年/.exec(name)?.[1] ?? (context.year !== undefined ? String(context.year) : undefined);
      const dates = datesIn(context, sentence.paragraph, year);
      const held = placeHeldIn(text, best.end, regions, sentence.index, context, sentence.unitStart);
      events.push({
        ...sentenceSpan(context, sentence, from, name.length),
        label: 'Event',
        surface: name,
        sentence: sentence.index,
        name,
        startDate: dates?.start,
        endDate: dates?.end,
        heldIn: held?.region,
        heldInEvidence: held ? sentenceSpan(context, sentence, 0, held.end) : undefined,
        rule: 'event/meeting-name',
        confidence: dates ? 0.85 : 0.6,
        review: dates ? undefined : 'no date found for the event',
      });
    }
  }
  return events;
}

// The dates in the event's paragraph or the lead: 1月12日-13日, 12月19日, 2021年3月18日.
function datesIn(context: ExtractionContext, paragraph: number, year: string | undefined): { start: string; end: string } | undefined {
  for (const sentence of context.sentences) {
    if (sentence.paragraph > Math.max(paragraph, 3)) break;
    const m = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:\s*[-—–至到~～]\s*(?:(\d{1,2})月)?(\d{1,2})日)?/u.exec(sentence.text);
    if (!m) continue;
    const y = m[1] ?? year;
    if (!y) return undefined;
    const start = `${y}-${pad(m[2]!)}-${pad(m[3]!)}`;
    const end = m[5] ? `${y}-${pad(m[4] ?? m[2]!)}-${pad(m[5])}` : start;
    return { start, end };
  }
  return undefined;
}

function placeHeldIn(
  text: string,
  after: number,
  regions: readonly RegionMention[],
  sentenceIndex: number,
  context: ExtractionContext,
  unitStart: number,
): { region: RegionMention; end: number } | undefined {
  const rest = text.slice(after);
  const m = /^(?:在|于)([^，。；]{1,12}?)(召开|举行|举办|开幕|启动)/u.exec(rest);
  if (!m || !EVENT_HOLD_VERBS.includes(m[2]!)) return undefined;
  const placeFrom = after + m[0].indexOf(m[1]!);
  const region = regions.find((r) => r.sentence === sentenceIndex && context.index.toUnit(r.start) - unitStart === placeFrom);
  return region ? { region, end: after + m[0].length } : undefined;
}

function pad(value: string): string {
  return value.padStart(2, '0');
}
