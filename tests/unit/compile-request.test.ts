import { describe, expect, it } from 'vitest';
import { loadFragmentCatalog, parseFragment, renderFragment, tokenizeCypher } from '../../src/db/cypher-fragments.ts';
import { compileDocument } from '../../src/graphql/compile/compile-document.ts';
import { encodeCursor } from '../../src/graphql/connection-cursor.ts';

const catalog = await loadFragmentCatalog();
const compile = (source: string, variables?: Record<string, unknown>) => compileDocument({ source, catalog, variables });
// The fragment files a statement ran, recognised by a line each holds: the compiler adds no Cypher of its own beyond CALL,
// WITH and the collecting RETURN.
const SPEAKS_FOR = 'MATCH (this)-[r:SPEAKS_FOR]->(o:Organization)';
const SAID = 'MATCH (this)-[:SAID]->(s:Statement)\n';

describe('compiling a request into one statement', () => {
  it('makes one statement of several root fields, each a subquery returning one column', () => {
    const compiled = compile('{ person(id: "person:li-ganjie") { name } theme(id: "theme:precise-pollution-control") { name } }');
    expect(compiled.cypher.match(/^CALL \(\) \{$/gm)).toHaveLength(2);
    expect(compiled.cypher).toMatch(/^RETURN v\d+, v\d+$/m);
    expect(Object.values(compiled.params)).toEqual(
      expect.arrayContaining(['person:li-ganjie', 'Person', 'theme:precise-pollution-control', 'Theme']),
    );
  });

  it('keeps values out of the text: ids and arguments are parameters', () => {
    const compiled = compile('{ person(id: "person:li-ganjie") { statements(first: 7, from: "2020-01-01") { text } } }');
    expect(compiled.cypher).not.toContain('li-ganjie');
    expect(compiled.cypher).not.toContain('2020-01-01');
    expect(Object.entries(compiled.params)).toEqual(
      expect.arrayContaining([
        [expect.stringMatching(/_first$/), 7],
        [expect.stringMatching(/_from$/), '2020-01-01'],
      ]),
    );
  });

  it('gives each alias of a field its own subquery, parameters and key, so different arguments stay apart', () => {
    const compiled = compile('{ person(id: "person:li-ganjie") { one: statements(first: 1) { text } five: statements(first: 5) { text } } }');
    expect(compiled.cypher.split(SAID)).toHaveLength(3);
    expect(
      Object.entries(compiled.params)
        .filter(([name]) => name.endsWith('_first'))
        .map(([, value]) => value),
    ).toEqual([1, 5]);
    expect(compiled.cypher).toMatch(/`one`: v\d+, `five`: v\d+/);
  });

  it('honours @skip and @include: a field left out runs no subquery', () => {
    const query =
      'query Q($brief: Boolean!) { person(id: "person:li-ganjie") { name organizations @skip(if: $brief) { title } statements @include(if: $brief) { text } } }';
    const brief = compile(query, { brief: true });
    expect(brief.cypher).not.toContain(SPEAKS_FOR);
    expect(brief.cypher).toContain(SAID);
    const full = compile(query, { brief: false });
    expect(full.cypher).toContain(SPEAKS_FOR);
    expect(full.cypher).not.toContain(SAID);
  });

  it('expands named and inline fragments, also on the Entity interface, projecting each kind as its fragments ask', () => {
    const compiled = compile(`
      query { entity(id: "person:li-ganjie") { id ...Names ... on Person { pinyin organizations { title } } ... on Region { level } } }
      fragment Names on Entity { name nameEn }
    `);
    expect(compiled.cypher).toContain(
      "WHEN v1:Person THEN {__typename: 'Person', `id`: v1.id, `name`: v1.name, `nameEn`: v1.nameEn, `pinyin`: v1.pinyin",
    );
    expect(compiled.cypher).toMatch(
      /WHEN v1:Region THEN \{__typename: 'Region', `id`: v1\.id, `name`: v1\.name, `nameEn`: v1\.nameEn, `level`: v1\.level\}/,
    );
    // The Person's organizations run for Persons only.
    expect(compiled.cypher).toMatch(/WITH v1 AS this WHERE this:Person\n\s+MATCH \(this\)-\[r:SPEAKS_FOR\]/);
  });

  it('refuses a root field with bad arguments alone, and marks a nested one where its value would be', () => {
    const compiled = compile(
      '{ person(id: "Not An Id") { name } theme(id: "theme:precise-pollution-control") { name statements(first: 500) { text } } }',
    );
    const person = compiled.roots.get('person');
    expect(person && 'error' in person && person.error.message).toContain('id must be an id of the form kind:slug');
    expect(compiled.errors.map((error) => error.message)).toEqual(['first must be between 1 and 100, got 500']);
    expect(compiled.cypher).toContain('`statements`: {__error: 0}');
    expect(compiled.cypher).not.toContain('Not An Id');
  });

  it('reads a page of a list from the candidates of its filter, its filter and the page of its order, and counts only when asked', () => {
    const compiled = compile('{ people(filter: { theme: "theme:precise-pollution-control" }, first: 5) { totalCount edges { node { name } } } }');
    expect(compiled.cypher).toContain('MATCH (:Theme {id: $v1_theme})<-[:ABOUT]-(:Statement)<-[:SAID]-(n:Person)');
    // The theme the candidates were read by is not checked again by the filter.
    expect(compiled.params).toMatchObject({ v1_theme: 'theme:precise-pollution-control', v1_withCount: true, v1_first: 5 });
    // With nothing else to check, the filter is left out.
    expect(compiled.cypher).not.toContain('WITH n AS p');
    const both = compile('{ people(filter: { theme: "theme:precise-pollution-control", nameContains: "li" }) { edges { node { name } } } }');
    expect(both.params).toMatchObject({ v1_theme: 'theme:precise-pollution-control', v2_theme: null, v2_nameContains: 'li' });
    expect(both.cypher).toContain('WITH n AS p');
    // Counting reads every match: the keyset page of every order, by $sortKey.
    expect(compiled.cypher).toContain('n[$v1_sortKey] AS key');
    const walk = compile('{ people(first: 5) { edges { node { name } } } }');
    expect(walk.cypher).toContain('MATCH (n:Person) WHERE n.name >= $v1_walkFrom');
    // Without a count, the page of the order sorts by the property itself (lists/pages/name-asc.cypher).
    expect(walk.cypher).toContain('WITH n ORDER BY n.name, n.id LIMIT $v1_limit');
    expect(walk.cypher).not.toContain('$v1_sortKey');
    // The first page compares no candidate to a cursor (lists/pages/first/name-asc.cypher); the page after one does.
    expect(walk.params).toMatchObject({ v1_limit: 6 });
    expect(walk.cypher).not.toContain('$v1_afterKey');
    const after = encodeCursor('NAME_ASC', { key: '李干杰', id: 'person:li-ganjie' });
    const next = compile(`{ people(first: 5, after: "${after}") { edges { node { name } } } }`);
    expect(next.cypher).toContain('WHERE n.name > $v1_afterKey OR (n.name = $v1_afterKey AND n.id > $v1_afterId)');
    expect(next.cypher).toContain('WITH n ORDER BY n.name, n.id LIMIT $v1_limit');
    expect(next.params).toMatchObject({ v1_limit: 6, v1_afterKey: '李干杰', v1_afterId: 'person:li-ganjie', v1_walkFrom: '李干杰' });
    const descending = compile(
      '{ documents(orderBy: { field: PUBLISHED_AT, direction: DESC }, filter: { kind: NEWS_REPORT }) { edges { node { name } } } }',
    );
    expect(descending.cypher).toContain('WITH n ORDER BY n.publishedAt DESC, n.id LIMIT $v1_limit');
    // An order no index walks (a property some nodes lack) keeps the keyset page.
    const unwalked = compile('{ people(orderBy: { field: NAME_EN, direction: ASC }) { edges { node { name } } } }');
    expect(unwalked.cypher).toContain('n[$v1_sortKey] AS key');
    expect(unwalked.params).toMatchObject({ v1_sortKey: 'nameEn' });
  });
});

describe('Cypher fragments', () => {
  it('rename parameters and `this` as tokens, never inside strings or comments or after a dot', () => {
    const fragment = parseFragment('test', "// $first stays\ncoalesce(this.former, '$first this', this.this) + $first");
    expect(renderFragment(fragment, { rename: (name) => `v9_${name}`, self: 'v3' })).toBe("coalesce(v3.former, '$first this', v3.this) + $v9_first");
    expect(
      tokenizeCypher('`odd $name` $name')
        .filter((token) => token.type === 'param')
        .map((token) => token.text),
    ).toEqual(['$name']);
  });

  it('must end a rows fragment in RETURN <item> AS <name>, so its rows can be collected', () => {
    expect(() => parseFragment('bad', 'MATCH (this)-->(n) RETURN n')).toThrow('must end in RETURN <item> AS <name>');
    expect(parseFragment('good', 'MATCH (this)-->(n) RETURN n AS node').kind).toBe('rows');
  });
});
