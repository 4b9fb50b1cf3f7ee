import { createElement } from '../shared/create-element.ts';
import { createLabelChip } from '../shared/create-label-chip.ts';
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

/**
 * Renders details into `container`; `findNode` names the ends of edges. When the focus is in the panel
 * as its content changes (someone pressed one of its buttons), it stays on the same control if that is
 * still there, else it goes to the new heading, so keyboard and screen-reader users are never dropped
 * back to the top of the page.
 */
export function createDetailsPanel(container: HTMLElement, findNode: FindNode, events: DetailsPanelEvents): DetailsPanel {
  const replace = (...content: Array<Node | string>) => {
    const focused = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement : null;
    const key = focused?.dataset.focusKey;
    container.replaceChildren(...content);
    if (!focused) return;
    const same = key === undefined ? null : container.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    (same ?? container.querySelector<HTMLElement>('h2'))?.focus();
  };
  const nodeButton = (id: string) => {
    const node = findNode(id);
    return withFocusKey(
      createElement(
        'button',
        { type: 'button', className: 'link', onclick: () => events.onSelectNode(id) },
        createLabelChip(node?.label ?? 'Entity'),
        ' ',
        createElement('span', { lang: 'zh-Hans' }, node?.name ?? id),
      ),
      `node:${id}`,
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
          withFocusKey(
            createElement(
              'button',
              { type: 'button', className: 'link', onclick: () => events.onSelectEdge(edge.id) },
              // One inline span: the button is a flex box, whose items would read as separate words.
              createElement(
                'span',
                {},
                `${outgoing ? '→' : '←'} ${edge.type}`,
                qualifier ? ' (' : null,
                qualifier ? createElement('span', { lang: 'zh-Hans' }, qualifier) : null,
                qualifier ? ')' : null,
              ),
            ),
            `edge:${edge.id}`,
          ),
          ' ',
          createElement('span', { lang: 'zh-Hans' }, findNode(outgoing ? edge.to : edge.from)?.name ?? ''),
        );
      });
      replace(
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
      replace(
        createElement(
          'header',
          {},
          createElement('p', { className: 'kind' }, 'Relation'),
          focusableHeading(edge.type),
          qualifier ? createElement('p', { className: 'name-en', lang: 'zh-Hans' }, qualifier) : null,
          createElement('p', { className: 'ends' }, nodeButton(edge.from), ' → ', nodeButton(edge.to)),
        ),
        createElement('h3', {}, 'Evidence'),
        renderEvidence(edge.evidence),
      );
    },
    showMessage(...content) {
      replace(...content);
    },
  };
}

function withFocusKey<T extends HTMLElement>(element: T, key: string): T {
  element.dataset.focusKey = key;
  return element;
}

// The panel moves the focus to its heading when its content changes under the focus; -1 keeps it out of the tab order.
function focusableHeading(text: string, lang?: string): HTMLHeadingElement {
  return createElement('h2', { tabIndex: -1, ...(lang && { lang }) }, text);
}

function heading(node: GraphNode): HTMLElement {
  return createElement(
    'header',
    {},
    createElement('p', { className: 'kind' }, createLabelChip(node.label)),
    focusableHeading(node.name, 'zh-Hans'),
    node.nameEn ? createElement('p', { className: 'name-en' }, node.nameEn) : null,
    createElement('p', { className: 'muted' }, createElement('code', {}, node.id)),
  );
}

function renderEvidence(evidence: Evidence): HTMLElement {
  return createElement(
    'figure',
    { className: 'evidence' },
    createElement('blockquote', { lang: 'zh-Hans' }, evidence.excerpt),
    createElement(
      'figcaption',
      {},
      createElement('span', { lang: 'zh-Hans' }, evidence.document.name),
      `, characters ${evidence.start}–${evidence.end}`,
    ),
  );
}
