import { spanContains } from '../text-index.ts';
import type { RelationSink } from './relation-sink.ts';

/** Statements: who said them (SAID), what they mention and are about (MENTIONS, ABOUT), the event they were made at (MADE_AT) and that their speaker attended. */
export function addStatementRelations(sink: RelationSink): void {
  const { context, found, of, add, options } = sink;
  const mainEvent = found.events.length > 0 ? of(found.events[0]!) : undefined;
  const mentionable = [...found.people, ...found.organizations, ...found.regions, ...found.policies, ...found.statistics];
  for (const statement of found.statements) {
    const entity = of(statement);
    const speaker = statement.speaker ? of(statement.speaker) : undefined;
    if (!entity) continue;
    if (speaker) {
      add({
        type: 'SAID',
        from: speaker.id,
        to: entity.id,
        evidence: statement.evidence,
        rule: statement.rule,
        confidence: statement.confidence,
        review: statement.review,
      });
    }
    for (const mention of mentionable) {
      if (!spanContains(statement.textSpan, mention) || mention === statement.speaker) continue;
      const target = of(mention);
      if (target && target.id !== speaker?.id)
        add({ type: 'MENTIONS', from: entity.id, to: target.id, evidence: mention, rule: 'statement/mentions', confidence: 0.8 });
    }
    for (const theme of found.themes) {
      if (!spanContains(statement.textSpan, theme)) continue;
      const target = of(theme);
      if (target) add({ type: 'ABOUT', from: entity.id, to: target.id, evidence: theme, rule: 'statement/theme-word', confidence: theme.confidence });
    }
    // The event it was made at: the one the text ties it to (a meeting's words), an event named before it in its
    // paragraph, else the event the report covers.
    const paragraph = context.sentences[statement.sentence]!.paragraph;
    const nearby = found.events
      .filter((event) => event.start <= statement.start && context.sentences[event.sentence]!.paragraph === paragraph)
      .sort((a, b) => b.start - a.start)[0];
    const tied = statement.madeAt ?? nearby;
    const madeAt = tied ? of(tied) : options.eventReport ? mainEvent : undefined;
    if (madeAt) {
      add({
        type: 'MADE_AT',
        from: entity.id,
        to: madeAt.id,
        evidence: statement.attribution,
        rule: tied ? 'statement/event-of-paragraph' : 'statement/event-of-report',
        confidence: tied ? 0.75 : 0.6,
      });
      if (speaker)
        add({ type: 'ATTENDED', from: speaker.id, to: madeAt.id, evidence: statement.attribution, rule: 'event/speaker-at-event', confidence: 0.6 });
    }
  }
}
