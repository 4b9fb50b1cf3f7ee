import { readdir, readFile } from 'node:fs/promises';
import { isNode, isPath, isRelationship } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ENTITY_LABELS, LABEL_STYLES } from '../../web/shared/label-styles.ts';
import { withDriver } from '../support/test-service.ts';

const folder = new URL('../../cypher/browser/', import.meta.url);
const grass = await readFile(new URL('style.grass', folder), 'utf8');
const savedQueries = (await readdir(folder)).filter((file) => file.endsWith('.cypher')).sort();

/**
 * Reads GraSS as Neo4j Browser does: `selector { key: value; … }`, where a quote (') opens or closes a
 * string in which braces are text. That is why captions such as '{name}' must be in single quotes.
 */
function parseGrass(text: string): Array<{ selector: string; props: Record<string, string> }> {
  const rules: Array<{ selector: string; props: Record<string, string> }> = [];
  let selector = '';
  let body = '';
  let inBody = false;
  let inString = false;
  for (const char of text) {
    if (char === "'") inString = !inString;
    if (!inString && char === '{') inBody = true;
    else if (!inString && char === '}') {
      const props = Object.fromEntries(
        body
          .split(';')
          .map((prop) => prop.split(':').map((part) => part.trim()))
          .filter(([key, value]) => key && value),
      );
      rules.push({ selector: selector.trim(), props });
      [selector, body, inBody] = ['', '', false];
    } else if (inBody) body += char;
    else selector += char;
  }
  return rules;
}

describe('cypher/browser/style.grass', () => {
  const rules = parseGrass(grass);
  const rule = (selector: string) => rules.find((r) => r.selector === selector);

  it('is plain rules, which Browser reads: no comments (its parser would take them as part of a selector)', () => {
    expect(grass).not.toMatch(/\/\*|\/\//);
    for (const { selector } of rules) expect(selector).toMatch(/^(node|relationship)(\.\w+)?$/);
  });

  it.each(ENTITY_LABELS)('gives %s a colour, a size and its name as caption, as the explorer draws it', (label) => {
    expect(rule(`node.${label}`)?.props).toMatchObject({
      caption: "'{name}'",
      color: LABEL_STYLES[label].color,
      'border-color': LABEL_STYLES[label].borderColor,
      'text-color-internal': LABEL_STYLES[label].textColor,
      diameter: `${LABEL_STYLES[label].diameter}px`,
    });
  });

  it('styles Entity, which every node carries, before any specific label, so the specific label always decides', () => {
    // Browser applies every rule whose labels a node has, in file order, the later winning; and when no rule with a
    // colour matches a label it meets alone (the Entity badge of a result's overview), it appends one of its own,
    // which then came last and drew every Person, Region … in that colour. A grey Entity rule first prevents both.
    const entity = rules.findIndex((r) => r.selector === 'node.Entity');
    expect(rules[0]?.selector).toBe('node');
    expect(rules[entity]?.props).toMatchObject({ color: '#A5ABB6', caption: "'{name}'" });
    for (const label of ENTITY_LABELS) expect(rules.findIndex((r) => r.selector === `node.${label}`)).toBeGreaterThan(entity);
  });
});

describe('the saved queries of cypher/browser (Browser favourites)', () => {
  /** Runs a saved query and gathers the names of the nodes and the types of the relationships it returns. */
  async function run(file: string) {
    const cypher = await readFile(new URL(file, folder), 'utf8');
    const rows = await withDriver((query) => query(cypher));
    const names = new Set<string>();
    const types: string[] = [];
    const visit = (value: unknown): void => {
      if (isPath(value as never)) {
        const path = value as { start: unknown; segments: Array<{ relationship: unknown; end: unknown }> };
        visit(path.start);
        for (const segment of path.segments) [segment.relationship, segment.end].forEach(visit);
      } else if (isNode(value as never)) names.add((value as { properties: { name: string } }).properties.name);
      else if (isRelationship(value as never)) types.push((value as { type: string }).type);
    };
    for (const row of rows) Object.values(row).forEach(visit);
    return { rows, names, types };
  }

  it('are the four favourites, each named by its first line', async () => {
    expect(savedQueries).toEqual([
      'officials-and-themes.cypher',
      'provinces-and-policies.cypher',
      'statistics-by-region.cypher',
      'whole-report-graph.cypher',
    ]);
    for (const file of savedQueries) expect((await readFile(new URL(file, folder), 'utf8')).split('\n')[0], file).toMatch(/^\/\/ [A-Z]\S*( \S+)+$/);
  });

  it('officials and themes: 钱锋 speaks for 南京市生态环境局 and discussed 精准治污', async () => {
    const { names, types } = await run('officials-and-themes.cypher');
    expect([...names]).toEqual(expect.arrayContaining(['钱锋', '南京市生态环境局', '精准治污', '李干杰', '生态环保铁军']));
    expect(new Set(types)).toEqual(new Set(['SPEAKS_FOR', 'SAID', 'ABOUT']));
  });

  it('provinces and policies: 天津市 implements 一河一策, 浙江省 counts 杭州市’s 城市大脑', async () => {
    const { rows, names } = await run('provinces-and-policies.cypher');
    expect(rows).toHaveLength(13);
    expect([...names]).toEqual(expect.arrayContaining(['天津市', '一河一策', '浙江省', '杭州市', '城市大脑', '山东省生态环境厅']));
  });

  it('statistics by region: the “2+26” cities’ PM2.5 of 54 微克/立方米', async () => {
    const { rows } = await run('statistics-by-region.cypher');
    const twoPlus26 = rows.find((row) => (row.region as { properties: { name: string } }).properties.name === '“2+26”城市');
    expect(twoPlus26).toBeDefined();
    expect((twoPlus26!.statistic as { properties: Record<string, unknown> }).properties).toMatchObject({ value: 54, unit: '微克/立方米' });
  });

  it('the whole report: every relation but SOURCE and those to the Document, 280 of the 454', async () => {
    const { rows, types } = await run('whole-report-graph.cypher');
    expect(rows).toHaveLength(280);
    expect(types).not.toContain('SOURCE');
    expect(types).toEqual(expect.arrayContaining(['SPEAKS_FOR', 'IMPLEMENTS', 'MEASURES', 'ABOUT', 'PART_OF']));
  });
});
