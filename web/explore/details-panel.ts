import { createElement } from './create-element.ts';
import { createLabelChip } from './create-label-chip.ts';
import type { Evidence, GraphEdge, GraphNode } from './explorer-api.ts';

/** What the panel asks of the page when someone picks a node or an edge in it. */
export interface DetailsPanelEvents {
  onSelectNode(id: string): void;
  onSelectEdge(id: string): void;
}

/** What the panel needs to name the other end of an edge. */
export type FindNode = (id: string) => GraphNode | undefined;

/** The side panel: the selected node or edge, both its names, and the report's words behind it. */
export interface DetailsPanel {
  /** Shows a node, the drawn edges that touch it, and where the report mentions it once that arrives. */
  showNode(node: GraphNode, edges: GraphEdge[], mentions: Promise<Evidence[]>): void;
  /** Shows an edge and its evidence. */
  showEdge(edge: GraphEdge): void;
  /** Replaces the panel's content with a message. */
  showMessage(...content: Array<Node | string>): void;
}

/** Renders details into `container`; `findNode` names the ends of edges. */
export function createDetailsPanel(container: HTMLElement, findNode: FindNode, events: DetailsPanelEvents): DetailsPanel {
  const nodeButton = (id: string) => {
    const node = findNode(id);
    return createElement(
      'button',
      { type: 'button', className: 'link', onclick: () => events.onSelectNode(id) },
      createLabelChip(node?.label ?? 'Entity'),
      createElement('span', { lang: 'zh' }, node?.name ?? id),
    );
  };

  return {
    showNode(node, edges, mentions) {
      const evidence = createElement(
        'div',
        { className: 'evidence-list' },
        createElement('p', { className: 'muted' }, 'Loading the report’s words…'),
      );
      const relations = edges.map((edge) => {
        const outgoing = edge.from === node.id;
        const qualifier = edge.title ?? edge.role;
        return createElement(
          'li',
          {},
          createElement(
            'button',
            { type: 'button', className: 'link', onclick: () => events.onSelectEdge(edge.id) },
            `${outgoing ? '→' : '←'} ${edge.type}${qualifier ? ` (${qualifier})` : ''}`,
          ),
          ' ',
          createElement('span', { lang: 'zh' }, findNode(outgoing ? edge.to : edge.from)?.name ?? ''),
        );
      });
      container.replaceChildren(
        heading(node),
        createElement('h3', {}, 'Mentions in the report'),
        evidence,
        createElement('h3', {}, `Relations drawn (${edges.length})`),
        createElement('ul', { className: 'relations' }, ...relations),
      );
      mentions.then(
        (found) =>
          evidence.replaceChildren(
            ...(found.length ? found.map(renderEvidence) : [createElement('p', { className: 'muted' }, 'No excerpt recorded.')]),
          ),
        (error: unknown) =>
          evidence.replaceChildren(createElement('p', { className: 'error', role: 'alert' }, `Could not load the mentions: ${String(error)}`)),
      );
    },
    showEdge(edge) {
      const qualifier = edge.title ?? edge.role;
      container.replaceChildren(
        createElement(
          'header',
          {},
          createElement('p', { className: 'kind' }, 'Relation'),
          createElement('h2', {}, edge.type),
          qualifier ? createElement('p', { className: 'name-en', lang: 'zh' }, qualifier) : null,
          createElement('p', { className: 'ends' }, nodeButton(edge.from), ' → ', nodeButton(edge.to)),
        ),
        createElement('h3', {}, 'Evidence'),
        renderEvidence(edge.evidence),
      );
    },
    showMessage(...content) {
      container.replaceChildren(...content);
    },
  };
}

function heading(node: GraphNode): HTMLElement {
  return createElement(
    'header',
    {},
    createElement('p', { className: 'kind' }, createLabelChip(node.label)),
    createElement('h2', { lang: 'zh' }, node.name),
    node.nameEn ? createElement('p', { className: 'name-en', lang: 'en' }, node.nameEn) : null,
    createElement('p', { className: 'muted' }, createElement('code', {}, node.id)),
  );
}

function renderEvidence(evidence: Evidence): HTMLElement {
  return createElement(
    'figure',
    { className: 'evidence' },
    createElement('blockquote', { lang: 'zh' }, evidence.excerpt),
    createElement('figcaption', {}, createElement('span', { lang: 'zh' }, evidence.document.name), `, characters ${evidence.start}–${evidence.end}`),
  );
}
