/**
 * The graph explorer: search an entity, draw its neighborhood, tap a node to expand it, and read the
 * report's words behind any node or edge. The list of drawn nodes beside the drawing does from the
 * keyboard what tapping does, and is the drawing's text alternative. The report filter draws only what chosen
 * reports, or reports of a period, state, and quotes only their words. The address names the entity at the
 * centre and the filter (?id=…&from=…&to=…&doc=…), so a view can be shared and reloaded.
 */

import { createElement } from '../shared/create-element.ts';
import { createLabelChip } from '../shared/create-label-chip.ts';
import { ENTITY_LABELS } from '../shared/label-styles.ts';
import { createDetailsPanel } from './details-panel.ts';
import { fetchMentions, fetchNeighborhood, fetchPositions, fetchReports, NEIGHBORHOOD, type ReportScope } from './explorer-api.ts';
import { createGraphView } from './graph-view.ts';
import { createNodeList } from './node-list.ts';
import { describeScope, isScoped, readScope, scopeParams } from './report-scope.ts';
import { createScopeForm } from './scope-form.ts';
import { createSearchBox } from './search-box.ts';
import '../shared/cjk-fonts.css';
import '../shared/page-base.css';
import './explore.css';

const STARTING_POINTS = [
  { id: 'person:li-ganjie', name: '李干杰', nameEn: 'Li Ganjie' },
  { id: 'theme:precise-pollution-control', name: '精准治污', nameEn: 'Precise pollution control' },
  {
    id: 'organization:xiamen-bureau-of-ecology-and-environment',
    name: '厦门市生态环境局',
    nameEn: 'Xiamen Municipal Bureau of Ecology and Environment',
  },
  { id: 'region:2plus26-cities', name: '“2+26”城市', nameEn: 'The “2+26” cities' },
];

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = byId<HTMLParagraphElement>('graph-status');
const drawing = byId('graph');
// What the page shows now; an answer that arrives after the reader moved on must not override it.
let shownEntity: string | null = null;
let selected: string | null = null;
let scope: ReportScope = readScope(new URLSearchParams(window.location.search));

const view = createGraphView(drawing, {
  onNodeTap: (node) => void selectNode(node.id),
  onEdgeTap: (edge) => selectEdge(edge.id),
});
const list = createNodeList(
  { list: byId('node-list'), count: byId('node-count'), empty: byId('node-list-empty') },
  { onActivate: (id) => void selectNode(id), onFocusNode: (id) => view.showFocus(id) },
);
const panel = createDetailsPanel(byId('details'), (id) => view.node(id), {
  onSelectNode: (id) => void selectNode(id),
  onSelectEdge: selectEdge,
  onOpenEntity: (event, id) => followLink(event, id),
  entityHref: (id) => explorerPath(id),
  scope: () => scope,
});
const scopeForm = createScopeForm(
  {
    disclosure: byId('scope'),
    summary: byId('scope-summary'),
    form: byId('scope-form'),
    from: byId('scope-from'),
    to: byId('scope-to'),
    reports: byId('scope-reports'),
    clear: byId('scope-clear'),
    error: byId('scope-error'),
  },
  (chosen) => void applyScope(chosen),
);
createSearchBox({
  form: byId('search-form'),
  input: byId('search-input'),
  results: byId('search-results'),
  onPick: (hit) => void navigate(hit.id),
  onError: showError,
});
byId('legend').replaceChildren(...ENTITY_LABELS.map((label) => createElement('li', {}, createLabelChip(label))));
window.addEventListener('popstate', () => void showFromAddress());
// The reports are listed once, beside the first drawing; the status line waits for them to name a chosen one.
const reportsListed = fetchReports().then(
  ({ reports, total }) => scopeForm.setReports(reports, total),
  (error: unknown) => showError(error),
);
void showFromAddress();

/** Shows the entity the address names, or a few places to start. */
async function showFromAddress(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  scope = readScope(params);
  scopeForm.show(scope);
  const id = params.get('id');
  if (id) return showEntity(id);
  shownEntity = null;
  selected = null;
  view.clear();
  syncList();
  document.title = 'ecokg · graph explorer';
  setStatus('Search for a person, organization, region, policy or theme, or start from one below.');
  panel.showMessage(
    createElement('h2', {}, 'Where to start'),
    createElement(
      'ul',
      { className: 'starting-points' },
      ...STARTING_POINTS.map((point) =>
        createElement(
          'li',
          {},
          createElement(
            'a',
            { href: explorerPath(point.id), lang: 'zh-Hans', onclick: (event: MouseEvent) => followLink(event, point.id) },
            point.name,
          ),
          ` ${point.nameEn}`,
        ),
      ),
    ),
  );
}

// A pick (from the search or a link) takes the keyboard to the list, on the entity picked: the control
// that was pressed has gone, and the list is where one moves on from there.
async function navigate(id: string): Promise<void> {
  window.history.pushState(null, '', explorerPath(id));
  await showEntity(id);
  if (shownEntity === id && view.node(id)) list.focus(id);
}

// A new scope redraws the entity at the centre (or the starting points) from what the chosen reports state, and the
// nodes the reader had expanded with it, each from what those reports state of it: the drawing they built stays,
// filtered. The focus stays in the filter, and the status line says what is drawn now.
async function applyScope(chosen: ReportScope): Promise<void> {
  const expanded = view
    .nodes()
    .map((node) => node.id)
    .filter((id) => id !== shownEntity && view.isExpanded(id));
  scope = chosen;
  window.history.pushState(null, '', explorerPath(shownEntity));
  await showFromAddress();
  await expandAgain(expanded);
}

/** Expands these nodes again, in order, from the reports of the scope; one those reports do not name stays out. */
async function expandAgain(ids: readonly string[]): Promise<void> {
  const entity = shownEntity;
  if (entity === null || ids.length === 0) return;
  let truncated = false;
  try {
    for (const id of ids) {
      const subgraph = await fetchNeighborhood(id, scope);
      if (shownEntity !== entity) return;
      if (!subgraph.nodes.some((node) => node.id === id)) continue;
      view.merge(subgraph, id);
      view.markExpanded(id);
      truncated ||= subgraph.truncated;
    }
    syncList();
    showCounts(truncated);
    if (selected !== null && view.node(selected)) view.select(selected);
  } catch (error) {
    showError(error);
  }
}

// A plain click stays on the page; with a modifier key the browser opens the link as it would any other.
function followLink(event: MouseEvent, id: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  void navigate(id);
}

// The ids' colons read better unescaped, and a query string allows them. The filter travels with every link.
function explorerPath(id: string | null): string {
  const params = [...(id === null ? [] : [['id', id] as [string, string]]), ...scopeParams(scope)];
  const query = params.map(([name, value]) => `${name}=${encodeURIComponent(value).replaceAll('%3A', ':')}`).join('&');
  return query ? `/explore?${query}` : '/explore';
}

async function showEntity(id: string): Promise<void> {
  shownEntity = id;
  setStatus(`Loading ${id}…`);
  try {
    const subgraph = await fetchNeighborhood(id, scope);
    if (shownEntity !== id) return;
    if (subgraph.nodes.length === 0) {
      setStatus(`No entity has the id “${id}”.`);
      view.clear();
      syncList();
      panel.showMessage(createElement('p', { className: 'error', role: 'alert' }, `No entity has the id “${id}”. Search for it by name instead.`));
      return;
    }
    view.show(subgraph);
    view.markExpanded(id);
    syncList();
    document.title = `${subgraph.nodes[0]?.name ?? id} · ecokg explorer`;
    await reportsListed;
    if (shownEntity !== id) return;
    showCounts(subgraph.truncated);
    await selectNode(id);
  } catch (error) {
    showError(error);
  }
}

/**
 * Selects a node and shows its details; a node not expanded yet gets its neighborhood merged in. A
 * Document is not expanded: every entity links to its document, so that would draw the whole report.
 */
async function selectNode(id: string): Promise<void> {
  const node = view.node(id);
  if (!node) return;
  selected = id;
  view.select(id);
  list.select(id);
  const mentions = fetchMentions(id);
  const positions = node.label === 'Person' ? fetchPositions(id) : null;
  panel.showNode(node, view.edgesOf(id), mentions, positions);
  if (view.isExpanded(id) || node.label === 'Document') return;
  const entity = shownEntity;
  try {
    const subgraph = await fetchNeighborhood(id, scope);
    if (shownEntity !== entity || view.isExpanded(id)) return;
    view.merge(subgraph, id);
    view.markExpanded(id);
    syncList();
    showCounts(subgraph.truncated);
    if (selected !== id) return;
    view.select(id);
    panel.showNode(node, view.edgesOf(id), mentions, positions);
  } catch (error) {
    showError(error);
  }
}

function selectEdge(id: string): void {
  const edge = view.edge(id);
  if (!edge) return;
  selected = id;
  view.select(id);
  list.select(null);
  panel.showEdge(edge);
}

/** Brings the list, and the drawing's label, in step with what is drawn. */
function syncList(): void {
  list.update({ nodes: view.nodes(), centerId: shownEntity, isExpanded: (id) => view.isExpanded(id) });
  const { nodes, edges } = view.counts();
  const center = shownEntity === null ? undefined : view.node(shownEntity);
  drawing.ariaLabel =
    nodes === 0
      ? 'The graph drawing is empty'
      : `A drawing of ${nodes} nodes and ${edges} relations around ${center?.name ?? 'the entity'}; the list of drawn nodes beside it holds the same nodes as text, and each node’s details list its relations.`;
}

function showCounts(truncated: boolean): void {
  const { nodes, edges } = view.counts();
  status.dataset.nodes = String(nodes);
  status.dataset.edges = String(edges);
  const cut = truncated ? ` (an expansion stopped at ${NEIGHBORHOOD.limit} nodes)` : '';
  const from = isScoped(scope) ? ` from ${describeScope(scope, scopeForm.reports())}` : '';
  setStatus(
    `${count(nodes, 'node')}, ${count(edges, 'relation')}${from}${cut}. Tap a node, or press Enter on it in the list, to expand it and read the report’s words.`,
  );
}

// 1 node, 2 nodes.
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function setStatus(text: string): void {
  status.textContent = text;
}

function showError(error: unknown): void {
  setStatus(`Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
}
