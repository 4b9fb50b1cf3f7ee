import type { ExtractionContext } from '../extraction-context.ts';
import type { Mention, StatisticMention } from '../mention-types.ts';
import type { FoundMentions } from '../resolve-entities.ts';
import { LANDFORM_IDS } from '../rules/region-areas.ts';
import type { RelationSink } from './relation-sink.ts';

// Sites and landforms (a reserve, a wetland, a mountain range): named in passing more often than measured.
const SITE_RULES = new Set(['region/place-kind', 'region/place-after-division', 'region/subject-of-place-verb', 'region/feature-of-site']);

function isPassingPlace(mention: Mention): boolean {
  return mention.label === 'Region' && (SITE_RULES.has(mention.rule) || (mention.areaId !== undefined && LANDFORM_IDS.has(mention.areaId)));
}

/** What each figure measures (MEASURES). */
export function addFigureRelations(sink: RelationSink): void {
  const { context, found, of, add } = sink;
  for (const statistic of found.statistics) {
    const entity = of(statistic);
    const subject = subjectOf(context, statistic, found);
    const target = subject ? of(subject) : undefined;
    if (entity && target && subject) {
      add({
        type: 'MEASURES',
        from: entity.id,
        to: target.id,
        evidence: { start: Math.min(subject.start, statistic.start), end: Math.max(subject.end, statistic.end) },
        rule: 'statistic/subject',
        confidence: 0.7,
      });
    }
  }
}

function subjectOf(context: ExtractionContext, statistic: StatisticMention, found: FoundMentions): Mention | undefined {
  const text = context.index.readable;
  const sentence = context.sentences[statistic.sentence]!;
  const candidates: Mention[] = [...found.regions, ...found.policies].filter(
    (mention) => context.sentences[mention.sentence]!.paragraph === sentence.paragraph,
  );
  const scoped = (mention: Mention) => {
    const from = context.index.toUnit(mention.start);
    const before = text.slice(Math.max(0, from - 2), from);
    const after = text.slice(context.index.toUnit(mention.end), context.index.toUnit(mention.end) + 14);
    return /在/.test(before) && /^[^，。；]{0,12}[中内里]/u.test(after);
  };
  const valueInScope = candidates.find(
    (mention) => scoped(mention) && mention.end <= statistic.valueSpan.start && statistic.valueSpan.start - mention.end < 3,
  );
  if (valueInScope) return valueInScope;
  const before = candidates.filter((mention) => mention.end <= statistic.valueSpan.start && !scoped(mention)).sort((a, b) => b.end - a.end);
  const sameSentence = before.filter((mention) => mention.sentence === statistic.sentence);
  const sameClause = sameSentence.filter(
    (mention) => !/[，；：]/u.test(text.slice(context.index.toUnit(mention.end), context.index.toUnit(statistic.valueSpan.start))),
  );
  // Past its own clause a figure measures a division or a policy rather than a site or landform named in passing
  // (…作为大别山区生态县，PM2.5平均浓度…: the counties).
  const measured = (mentions: Mention[]) => mentions.filter((mention) => !isPassingPlace(mention))[0] ?? mentions[0];
  return (
    sameClause[0] ??
    measured(sameSentence) ??
    measured(before) ??
    candidates
      .filter((mention) => mention.sentence === statistic.sentence && mention.start >= statistic.valueSpan.end)
      .sort((a, b) => a.start - b.start)[0]
  );
}
