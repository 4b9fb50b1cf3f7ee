import { ATTEND_VERBS } from '../rules/event-shapes.ts';
import type { RelationSink } from './relation-sink.ts';

/** People the text puts at the event (出席, 主持, 参加), one by one or as a list (甲、乙等参加会议): ATTENDED. */
export function addAttendanceRelations(sink: RelationSink): void {
  const { context, found, of, add } = sink;
  const mainEvent = found.events.length > 0 ? of(found.events[0]!) : undefined;
  if (mainEvent) {
    const text = context.index.readable;
    for (const person of found.people) {
      const entity = of(person);
      if (!entity) continue;
      const after = text.slice(context.index.toUnit(person.end), context.index.toUnit(person.end) + 8);
      const verb = ATTEND_VERBS.find((word) => after.startsWith(word) || after.startsWith(`等${word}`));
      if (verb) {
        const end = person.end + after.indexOf(verb) + verb.length;
        add({
          type: 'ATTENDED',
          from: entity.id,
          to: mainEvent.id,
          evidence: { start: person.introduction.start, end },
          rule: 'event/attend-verb',
          confidence: 0.85,
        });
        continue;
      }
      // In a list: only 、 and other people's introductions between this person and 等出席/等参加.
      const sentence = context.sentences[person.sentence]!;
      const rest = text.slice(context.index.toUnit(person.end), sentence.unitStart + sentence.text.length);
      const list = /^((?:、[^，。；、]{2,40}?)+)等(出席|参加|列席)/u.exec(rest);
      if (list)
        add({ type: 'ATTENDED', from: entity.id, to: mainEvent.id, evidence: person.introduction, rule: 'event/attend-list', confidence: 0.75 });
    }
  }
}

/** Where an event was held (HELD_IN). */
export function addEventPlaceRelations(sink: RelationSink): void {
  const { found, of, add } = sink;
  for (const event of found.events) {
    const entity = of(event);
    const place = event.heldIn ? of(event.heldIn) : undefined;
    if (entity && place && event.heldInEvidence)
      add({ type: 'HELD_IN', from: entity.id, to: place.id, evidence: event.heldInEvidence, rule: 'event/held-in', confidence: 0.9 });
  }
}
