import type { EntityLabel } from '../../src/graph-model/entity-ids.ts';

export { ENTITY_LABELS, type EntityLabel } from '../../src/graph-model/entity-ids.ts';

/** How a label is drawn: fill, border and caption colours, and the node's diameter in pixels. */
export interface LabelStyle {
  color: string;
  borderColor: string;
  textColor: string;
  diameter: number;
}

/**
 * The explorer's colours and sizes per label. cypher/browser/style.grass gives Neo4j Browser the same ones
 * (a test keeps them in step), so a graph looks alike in both. The fills are Browser's own palette; the
 * text on them is dark, because Browser's white text falls below the 4.5:1 contrast WCAG AA asks of it
 * on every fill (2.2:1 on Policy's orange), and Browser's #2A2C34 still misses it on Person (4.1:1) and Event.
 */
export const LABEL_STYLES: Readonly<Record<EntityLabel, LabelStyle>> = {
  Person: { color: '#4C8EDA', borderColor: '#2870C2', textColor: '#111827', diameter: 50 },
  Organization: { color: '#F16667', borderColor: '#EB2728', textColor: '#111827', diameter: 65 },
  Region: { color: '#57C7E3', borderColor: '#23B3D7', textColor: '#2A2C34', diameter: 65 },
  Policy: { color: '#F79767', borderColor: '#F36924', textColor: '#111827', diameter: 50 },
  Statistic: { color: '#8DCC93', borderColor: '#5DB665', textColor: '#2A2C34', diameter: 50 },
  Theme: { color: '#C990C0', borderColor: '#B261A5', textColor: '#111827', diameter: 65 },
  Statement: { color: '#FFC454', borderColor: '#D7A013', textColor: '#2A2C34', diameter: 50 },
  Event: { color: '#DA7194', borderColor: '#CC3C6C', textColor: '#111827', diameter: 80 },
  Document: { color: '#A5ABB6', borderColor: '#9AA1AC', textColor: '#2A2C34', diameter: 80 },
};

/** The style of a label, with a neutral grey for any label the explorer does not know yet. */
export function styleOfLabel(label: string): LabelStyle {
  return (LABEL_STYLES as Record<string, LabelStyle | undefined>)[label] ?? LABEL_STYLES.Document;
}
