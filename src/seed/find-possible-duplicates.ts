import path from 'node:path';
import type { PreparedDocument } from './validate-seed.ts';

/** Two records that may name the same thing, or one record that may name two: for a person to look at. */
export interface PossibleDuplicate {
  kind: 'same-name-different-ids' | 'one-person-unrelated-organizations';
  message: string;
}

/**
 * Finds what `npm run seed -- --check` reports without failing: one name (or alias) under several ids of one
 * label across the documents, and one person id speaking for organizations that are not related (neither is
 * part of the other, nor do they share a parent) in different documents, which may be two people merged.
 */
export function findPossibleDuplicates(documents: readonly PreparedDocument[]): PossibleDuplicate[] {
  return [...findSharedNames(documents), ...findPeopleUnderUnrelatedOrganizations(documents)];
}

function findSharedNames(documents: readonly PreparedDocument[]): PossibleDuplicate[] {
  // label|name → id → the files that use the name for that id
  const byName = new Map<string, Map<string, Set<string>>>();
  for (const doc of documents) {
    for (const node of doc.nodes) {
      if (node.label === 'Statement' || node.label === 'Statistic') continue; // their names are texts and labels, not identities
      const names = [node.properties.name as string, ...node.aliases];
      for (const name of new Set(names)) {
        const key = `${node.label}|${name}`;
        const ids = byName.get(key) ?? new Map<string, Set<string>>();
        ids.set(node.id, (ids.get(node.id) ?? new Set()).add(fileOf(doc)));
        byName.set(key, ids);
      }
    }
  }
  const found: PossibleDuplicate[] = [];
  for (const [key, ids] of byName) {
    if (ids.size < 2) continue;
    const [label, name] = key.split('|') as [string, string];
    const where = [...ids].map(([id, files]) => `${id} (${[...files].join(', ')})`).join(' and ');
    found.push({ kind: 'same-name-different-ids', message: `${label} "${name}" is ${where}` });
  }
  return found;
}

function findPeopleUnderUnrelatedOrganizations(documents: readonly PreparedDocument[]): PossibleDuplicate[] {
  const parents = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  // person id → organization id → the files that say so
  const memberships = new Map<string, Map<string, Set<string>>>();
  for (const doc of documents) {
    for (const node of doc.nodes) names.set(node.id, node.properties.name as string);
    for (const rel of doc.relationships) {
      if (rel.type === 'PART_OF') parents.set(rel.from, (parents.get(rel.from) ?? new Set()).add(rel.to));
      if (rel.type === 'SPEAKS_FOR') {
        const organizations = memberships.get(rel.from) ?? new Map<string, Set<string>>();
        organizations.set(rel.to, (organizations.get(rel.to) ?? new Set()).add(fileOf(doc)));
        memberships.set(rel.from, organizations);
      }
    }
  }
  const family = (id: string) => new Set([id, ...(parents.get(id) ?? [])]);
  const related = (a: string, b: string) => {
    const ofA = family(a);
    return [...family(b)].some((member) => ofA.has(member));
  };
  const found: PossibleDuplicate[] = [];
  for (const [person, organizations] of memberships) {
    const entries = [...organizations];
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const [a, filesA] = entries[i]!;
        const [b, filesB] = entries[j]!;
        // Within one document a person may hold two unrelated posts; across documents it may be two people.
        const sameDocumentOnly = [...filesA].every((file) => filesB.has(file)) && filesA.size === filesB.size;
        if (sameDocumentOnly || related(a, b)) continue;
        found.push({
          kind: 'one-person-unrelated-organizations',
          message: `${names.get(person) ?? person} (${person}) speaks for ${names.get(a) ?? a} in ${[...filesA].join(', ')} and for ${names.get(b) ?? b} in ${[...filesB].join(', ')}: one person, or two with one name?`,
        });
      }
    }
  }
  return found;
}

function fileOf(doc: PreparedDocument): string {
  return path.relative(process.cwd(), doc.file) || doc.file;
}
