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
  events.push(...findHeldEvents(context, regions, events));
  return events;
}

// Names that are only a head word or start with a pointing word are no event's name (新闻发布会, 此次会议).
const GENERIC_EVENT_NAME = /^(此次|本次|这次|该|会议|上述|有关|相关|各类|[一二三四五六七八九十两\d]+[次场个])/u;

// Events anywhere in the text named after a verb of holding: 生态环境部召开部常务会议, 举行6月例行新闻发布会.
function findHeldEvents(context: ExtractionContext, regions: readonly RegionMention[], earlier: readonly EventMention[]): EventMention[] {
  const found: EventMention[] = [];
  const heads = HEADS.map((h) => h.head).join('|');
  const pattern = new RegExp(`(召开|举行|举办)了?((?:[^，。；：、“”（）\\s]|“[^”]{1,12}”){1,30}?(?:${heads}))(?![\\p{Script=Han}])`, 'gu');
  for (const sentence of context.sentences) {
    for (const m of sentence.text.matchAll(pattern)) {
      const name = m[2]!;
      if (GENERIC_EVENT_NAME.test(name) || HEADS.some((h) => h.head === name)) continue;
      if ([...earlier, ...found].some((event) => event.name === name || event.name.endsWith(name))) continue;
      const from = m.index + m[0].length - name.length;
      const dates = dateOfSentence(sentence.text, context.year);
      // The place it was held in: 在郑州召开, 在鹤阳举行.
      const before = sentence.text.slice(0, m.index);
      const at = /在([^，。；在]{1,10})$/u.exec(before);
      const placeFrom = at ? m.index - at[1]!.length : -1;
      const place = regions.find((r) => r.sentence === sentence.index && context.index.toUnit(r.start) - sentence.unitStart === placeFrom);
      found.push({
        ...sentenceSpan(context, sentence, from, name.length),
        label: 'Event',
        surface: name,
        sentence: sentence.index,
        name,
        startDate: dates?.start,
        endDate: dates?.end,
        heldIn: place,
        heldInEvidence: place ? sentenceSpan(context, sentence, placeFrom - 1, from + name.length - placeFrom + 1) : undefined,
        rule: 'event/held-verb-name',
        confidence: dates ? 0.8 : 0.55,
        review: dates ? undefined : 'no date found for the event',
      });
    }
  }
  return found;
}

// A date at the start of a sentence or in it (6月8日，…; 2021年7月20日上午), with the report's year when it has none.
function dateOfSentence(text: string, year: number | undefined): { start: string; end: string } | undefined {
  const m = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:\s*[-—–至到~～]\s*(?:(\d{1,2})月)?(\d{1,2})日)?/u.exec(text);
  if (!m) return undefined;
  const y = m[1] ?? (year !== undefined ? String(year) : undefined);
  if (!y) return undefined;
  return { start: `${y}-${pad(m[2]!)}-${pad(m[3]!)}`, end: m[5] ? `${y}-${pad(m[4] ?? m[2]!)}-${pad(m[5])}` : `${y}-${pad(m[2]!)}-${pad(m[3]!)}` };
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
