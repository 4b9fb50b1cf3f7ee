/**
 * The plain values the three answers of an operation are reduced to before they are compared: ids and the fields
 * asked for, lists whose order the question leaves to ties sorted, so only a real difference makes them unequal.
 */

/** Sorts by id, then by the rest of the item, so equal sets compare equal whatever order ties came in. */
export function sortById<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.id.localeCompare(b.id) || JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** A statement as the questions ask for it. */
export function idText(statement: { id: string; text: string }) {
  return { id: statement.id, text: statement.text };
}

/** A person with their organizations, themes (with statements) and statements. */
export function personShape(id: string, name: string, organizations: any[], themes: any[], statements: any[]) {
  return {
    id,
    name,
    organizations: sortById(organizations.map((o) => ({ id: o.id, name: o.name, title: o.title }))),
    themes: sortById(themes.map((t) => ({ id: t.id, name: t.name, statements: sortById(t.statements.map(idText)) }))),
    statements: sortById(statements.map(idText)),
  };
}

/** A theme with the people who discussed it and their statements on it. */
export function themeShape(id: string, name: string, discussants: any[]) {
  return { id, name, discussants: sortById(discussants.map((p) => ({ id: p.id, name: p.name, statements: sortById(p.statements.map(idText)) }))) };
}

/** A region with its sub-regions, policies and statistics. */
export function regionShape(id: string, name: string, subRegions: any[], policies: any[], statistics: any[]) {
  return {
    id,
    name,
    subRegions: sortById(subRegions.map((r) => ({ id: r.id, name: r.name }))),
    policies: sortById(policies.map((p) => ({ id: p.id, name: p.name }))),
    statistics: sortById(statistics.map((s) => ({ id: s.id, name: s.name, value: s.value, unit: s.unit }))),
  };
}

/** A drawn neighborhood: its nodes and edges as sets. */
export function subgraphShape(subgraph: { truncated: boolean; nodes: any[]; edges: any[] }) {
  return {
    truncated: subgraph.truncated,
    nodes: sortById(subgraph.nodes.map((n) => ({ id: n.id, label: n.label, distance: n.distance }))),
    edges: sortById(subgraph.edges.map((e) => ({ id: e.id, type: e.type, from: e.from, to: e.to }))),
  };
}

/**
 * A shortest path as what any right answer shares: its length, its ends, and whether it is a path at all (each edge
 * joins the nodes beside it, in either direction, and no node inside it is a Document). Several shortest paths may
 * exist, and each of the three may find another one.
 */
export function pathShape(path: { nodes: Array<{ id: string; label: string }>; edges: Array<{ from: string; to: string }> } | null) {
  if (path === null) return null;
  const { nodes, edges } = path;
  const joined = edges.every((edge, index) => {
    const [a, b] = [nodes[index]?.id, nodes[index + 1]?.id];
    return (edge.from === a && edge.to === b) || (edge.from === b && edge.to === a);
  });
  const inner = nodes.slice(1, -1);
  return {
    length: edges.length,
    from: nodes[0]?.id ?? null,
    to: nodes.at(-1)?.id ?? null,
    isPath: nodes.length === edges.length + 1 && joined && inner.every((node) => node.label !== 'Document'),
  };
}

/** A page of a list: its items in order, and whether more follow (cursors differ between servers and are not compared). */
export function pageShape(items: any[], hasNextPage: boolean, fields: readonly string[]) {
  return { items: items.map((item) => Object.fromEntries(fields.map((field) => [field, item[field] ?? null]))), hasNextPage };
}
