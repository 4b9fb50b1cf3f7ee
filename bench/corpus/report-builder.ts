/**
 * Collects the text of one synthetic report together with its curated graph, so every excerpt the graph
 * cites is a piece of text the builder itself wrote.
 */

/** A node as graph.json holds it (seed/README.md). */
export type SeedNodeJson = { id: string; label: string; evidence: string } & Record<string, unknown>;

/** A relationship as graph.json holds it. */
export interface SeedRelationshipJson {
  type: string;
  from: string;
  to: string;
  properties?: Record<string, string | boolean>;
  evidence: string;
}

/** The `document` block of graph.json. */
export interface SeedDocumentJson {
  id: string;
  name: string;
  nameEn: string;
  textFile: string;
  language: string;
  publishedAt: string;
  eventDate?: string;
  kind?: string;
  publisher?: string;
  evidence: string;
}

/** A whole graph.json. */
export interface SeedGraphJson {
  document: SeedDocumentJson;
  nodes: SeedNodeJson[];
  relationships: SeedRelationshipJson[];
}

/** Builds one report: paragraphs of text, the nodes it names, and the relations it states. */
export class ReportBuilder {
  readonly #paragraphs: string[][] = [];
  readonly #nodes = new Map<string, SeedNodeJson>();
  readonly #relationships = new Map<string, SeedRelationshipJson>();

  /** Starts a new paragraph. */
  paragraph(): this {
    this.#paragraphs.push([]);
    return this;
  }

  /** Appends a sentence (or a clause with its punctuation) to the current paragraph. */
  write(text: string): this {
    if (this.#paragraphs.length === 0) this.paragraph();
    this.#paragraphs.at(-1)!.push(text);
    return this;
  }

  /** Adds a node unless one with its id is already in this report; returns the id. */
  node(node: SeedNodeJson): string {
    if (!this.#nodes.has(node.id)) this.#nodes.set(node.id, node);
    return node.id;
  }

  /** States a relation; the seed format allows one per (from, type, to), so a repeat keeps the first. */
  relate(type: string, from: string, to: string, evidence: string, properties?: Record<string, string | boolean>): void {
    const key = `${from}|${type}|${to}`;
    if (!this.#relationships.has(key)) this.#relationships.set(key, { type, from, to, evidence, ...(properties ? { properties } : {}) });
  }

  /**
   * The text (title, blank line, paragraphs) and graph.json. Throws when an excerpt or a name the graph
   * cites is not in the text, so a template mistake fails here rather than in the seed validator.
   */
  build(document: Omit<SeedDocumentJson, 'textFile' | 'language' | 'evidence'>): { text: string; graph: SeedGraphJson } {
    const text = `${document.name}\n\n${this.#paragraphs.map((sentences) => sentences.join('')).join('\n\n')}\n`;
    const nodes = [...this.#nodes.values()];
    const relationships = [...this.#relationships.values()];
    const cited = [
      ...nodes.flatMap((node) => [node.evidence, ...(node.label === 'Statement' ? [node.text as string] : [])]),
      ...nodes.filter((node) => !['Statement', 'Statistic'].includes(node.label)).map((node) => node.name as string),
      ...relationships.map((rel) => rel.evidence),
    ];
    const missing = cited.find((excerpt) => !text.includes(excerpt));
    if (missing !== undefined) throw new Error(`${document.id}: "${missing}" is cited but not in the text`);
    return {
      text,
      graph: { document: { ...document, textFile: 'report.txt', language: 'zh', evidence: document.name }, nodes, relationships },
    };
  }
}
