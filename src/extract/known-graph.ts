import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GraphGateway } from '../db/graph-gateway.ts';
import { SHARED_LABELS } from '../graph-model/entity-ids.ts';
import { nodesOf, type SeedGraph } from '../seed/seed-graph.ts';
import { GRAPH_FILE, listSeedFolders } from '../seed/validate-seed.ts';

/** An entity the graph already has, as much of it as identity needs. */
export interface KnownEntity {
  id: string;
  label: string;
  name: string;
  aliases: string[];
  nameEn?: string;
  pinyin?: string;
  level?: string;
  kind?: string;
  /** For a person: the organizations they speak for. */
  organizations: string[];
  /** The entities it is part of (PART_OF). */
  parents: string[];
}

/** The entities new reports resolve against: by id, and by label and name or alias. */
export interface KnownGraph {
  /** Where it came from, for messages: `seed/` or the Neo4j URI. */
  source: string;
  byId: ReadonlyMap<string, KnownEntity>;
  /** Entities by `label|name`, names and aliases both. */
  byName: ReadonlyMap<string, readonly KnownEntity[]>;
}

/** Builds the lookup tables from a list of entities. */
export function createKnownGraph(source: string, entities: readonly KnownEntity[]): KnownGraph {
  const byId = new Map<string, KnownEntity>();
  for (const entity of entities) {
    const earlier = byId.get(entity.id);
    if (!earlier)
      byId.set(entity.id, { ...entity, aliases: [...entity.aliases], organizations: [...entity.organizations], parents: [...entity.parents] });
    else {
      // The same id in two documents: one entity with the aliases and links of both.
      earlier.aliases = [...new Set([...earlier.aliases, ...entity.aliases])];
      earlier.organizations = [...new Set([...earlier.organizations, ...entity.organizations])];
      earlier.parents = [...new Set([...earlier.parents, ...entity.parents])];
    }
  }
  const byName = new Map<string, KnownEntity[]>();
  for (const entity of byId.values()) {
    for (const name of new Set([entity.name, ...entity.aliases])) {
      const key = `${entity.label}|${name}`;
      const list = byName.get(key) ?? [];
      list.push(entity);
      byName.set(key, list);
    }
  }
  return { source, byId, byName };
}

/** An empty known graph: every entity is new. */
export function emptyKnownGraph(): KnownGraph {
  return createKnownGraph('(nothing)', []);
}

/** Reads the entities of every document under a seed root (seed/ by default): the graph `npm run seed` loads. */
export async function loadKnownGraphFromSeed(root: string): Promise<KnownGraph> {
  const folders = await listSeedFolders(root);
  const entities: KnownEntity[] = [];
  for (const folder of folders) {
    const graph = JSON.parse(await readFile(path.join(folder, GRAPH_FILE), 'utf8')) as SeedGraph;
    const links = new Map<string, { organizations: string[]; parents: string[] }>();
    for (const rel of graph.relationships) {
      const entry = links.get(rel.from) ?? { organizations: [], parents: [] };
      if (rel.type === 'SPEAKS_FOR') entry.organizations.push(rel.to);
      if (rel.type === 'PART_OF') entry.parents.push(rel.to);
      links.set(rel.from, entry);
    }
    // Facts that belong to one document are never the same entity in another: a figure or a quote is new each time.
    for (const node of nodesOf(graph)) {
      if (!SHARED_LABELS.has(node.label as never) || typeof node.name !== 'string') continue;
      const optional = (field: string) => (typeof node[field] === 'string' ? (node[field] as string) : undefined);
      entities.push({
        id: node.id,
        label: node.label,
        name: node.name,
        aliases: Array.isArray(node.aliases) ? (node.aliases as string[]) : [],
        nameEn: optional('nameEn'),
        pinyin: optional('pinyin'),
        level: optional('level'),
        kind: optional('kind'),
        organizations: links.get(node.id)?.organizations ?? [],
        parents: links.get(node.id)?.parents ?? [],
      });
    }
  }
  return createKnownGraph(path.relative(process.cwd(), root) || root, entities);
}

/** Reads the entities of the running graph through the gateway (the named query extract-known-entities). */
export async function loadKnownGraphFromNeo4j(gateway: GraphGateway, source: string): Promise<KnownGraph> {
  const rows = await gateway.read('extract-known-entities', {});
  const entities = rows.map((row) => ({
    id: row.id as string,
    label: row.label as string,
    name: row.name as string,
    aliases: (row.aliases as string[] | null) ?? [],
    nameEn: (row.nameEn as string | null) ?? undefined,
    pinyin: (row.pinyin as string | null) ?? undefined,
    level: (row.level as string | null) ?? undefined,
    kind: (row.kind as string | null) ?? undefined,
    organizations: (row.organizations as string[] | null) ?? [],
    parents: (row.parents as string[] | null) ?? [],
  }));
  return createKnownGraph(source, entities);
}
