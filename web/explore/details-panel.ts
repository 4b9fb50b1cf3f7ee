import { createElement } from '../shared/create-element.ts';
import { createLabelChip } from '../shared/create-label-chip.ts';
import { type Evidence, type GraphEdge, type GraphNode, MENTIONS_LISTED, type Position, type ReportScope } from './explorer-api.ts';
import { isScoped, keepsEvidence, keepsReport } from './report-scope.ts';

/** What the panel asks of the page when someone picks a node or an edge in it, and what it reads from it. */
export interface DetailsPanelEvents {
  onSelectNode(id: string): void;
  onSelectEdge(id: string): void;
  /** A link to an entity that is not drawn was followed (the page decides whether the browser does it). */
  onOpenEntity(event: MouseEvent, id: string): void;
  /** The explorer's address of an entity, with the filter. */
  entityHref(id: string): string;
  /** The reports the page draws now: mentions from other reports are left out. */
  scope(): ReportScope;
}

/** What the panel needs to name the other end of an edge. */
export type FindNode = (id: string) => GraphNode | undefined;

/** The side panel: the selected node or edge, both its names, and the report's words behind it. */
export interface DetailsPanel {
  /**
   * Shows a node, the drawn edges that touch it, and where the chosen reports mention it once that arrives; for a
   * person, the posts held over time (`positions`) too.
   */
  showNode(node: GraphNode, edges: GraphEdge[], mentions: Promise<Evidence[]>, positions?: Promise<Position[]> | null): void;
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
  const replace = (...content: Array<Node | string | null>) => {
    const focused = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement : null;
    const key = focused?.dataset.focusKey;
    container.replaceChildren(...content.filter((child) => child !== null));
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

  // An organization of a post: its node when drawn, else a link that centres the explorer on it.
  const entityLink = (organization: Position['organization']) =>
    findNode(organization.id)
      ? nodeButton(organization.id)
      : createElement(
          'a',
          { href: events.entityHref(organization.id), lang: 'zh-Hans', onclick: (event: MouseEvent) => events.onOpenEntity(event, organization.id) },
          organization.name,
        );

  return {
    showNode(node, edges, mentions, positions) {
      const scope = events.scope();
      const timeline = positions
        ? createElement('div', { className: 'timeline' }, createElement('p', { className: 'muted' }, 'Loading the posts held…'))
        : null;
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
        timeline ? createElement('h3', {}, 'Positions over time') : null,
        timeline,
        createElement('h3', {}, isScoped(scope) ? 'Mentions in the chosen reports' : 'Mentions in the reports'),
        evidence,
        createElement('h3', {}, `Relations drawn (${edges.length})`),
        createElement('ul', { className: 'relations' }, ...relations),
      );
      if (timeline && positions) {
        positions.then(
          (found) => timeline.replaceChildren(renderTimeline(found, scope, (organization) => entityLink(organization))),
          (error: unknown) =>
            timeline.replaceChildren(createElement('p', { className: 'error', role: 'alert' }, `Could not load the posts: ${String(error)}`)),
        );
      }
      mentions.then(
        (found) => {
          const kept = found.filter((mention) => keepsEvidence(scope, mention));
          const left = found.length - kept.length;
          // The API gives the oldest MENTIONS_LISTED reports' mentions only; past that, a chosen report may be missing.
          const capped = found.length >= MENTIONS_LISTED;
          const notes = [
            kept.length === 0 && left === 0 ? 'No excerpt recorded.' : null,
            left > 0
              ? `${kept.length === 0 ? `No chosen report ${capped ? `among the ${MENTIONS_LISTED} oldest that mention it` : 'mentions it'}; ` : ''}${left} other ${left === 1 ? 'report mentions' : 'reports mention'} it${capped ? ' (at least)' : ''}.`
              : null,
          ];
          evidence.replaceChildren(
            ...kept.map((mention) => renderEvidence(mention)),
            ...notes.filter((note) => note !== null).map((note) => createElement('p', { className: 'muted' }, note)),
          );
        },
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

// A post's evidence has a class of its own: `.evidence` is what the panel quotes for the node or edge shown.
function renderEvidence(evidence: Evidence, className = 'evidence'): HTMLElement {
  return createElement(
    'figure',
    { className },
    createElement('blockquote', { lang: 'zh-Hans' }, evidence.excerpt),
    createElement(
      'figcaption',
      {},
      createElement('span', { lang: 'zh-Hans' }, evidence.document.name),
      ', ',
      createElement('time', { dateTime: evidence.document.publishedAt }, evidence.document.publishedAt),
      `, characters ${evidence.start}–${evidence.end}`,
    ),
  );
}

function date(iso: string): HTMLTimeElement {
  return createElement('time', { dateTime: iso }, iso);
}

/**
 * A person's posts, oldest first as the API gives them: each organization and title with the first and last report
 * date that names it, former posts marked, and each report's words in a disclosure. Posts no chosen report names
 * stay (a timeline is read across reports) but are marked so.
 */
function renderTimeline(
  positions: Position[],
  scope: ReportScope,
  organizationOf: (organization: Position['organization']) => HTMLElement,
): HTMLElement {
  if (positions.length === 0) return createElement('p', { className: 'muted' }, 'No report names a post of this person.');
  return createElement(
    'ol',
    { className: 'positions' },
    ...positions.map((position) => {
      const inScope = position.sources.some((source) => keepsReport(scope, { id: source.evidence.document.id, publishedAt: source.publishedAt }));
      return createElement(
        'li',
        { className: `position${position.former ? ' former' : ''}${inScope ? '' : ' out-of-scope'}` },
        createElement(
          'p',
          { className: 'position-when' },
          date(position.firstSeen),
          position.lastSeen !== position.firstSeen ? ' – ' : null,
          position.lastSeen !== position.firstSeen ? date(position.lastSeen) : null,
        ),
        createElement(
          'p',
          { className: 'position-post' },
          createElement('span', { className: 'position-title', lang: 'zh-Hans' }, position.title),
          position.titleEn ? createElement('span', { className: 'muted' }, ` (${position.titleEn})`) : null,
          ', ',
          organizationOf(position.organization),
          position.former ? createElement('span', { className: 'former-mark' }, 'former post') : null,
        ),
        inScope ? null : createElement('p', { className: 'muted' }, 'Not named by the chosen reports.'),
        createElement(
          'ul',
          { className: 'position-sources' },
          ...position.sources.map((source) =>
            createElement(
              'li',
              {},
              createElement(
                'details',
                {},
                createElement(
                  'summary',
                  { className: 'source-summary' },
                  date(source.publishedAt),
                  ' ',
                  createElement('span', { lang: 'zh-Hans' }, source.evidence.document.name),
                ),
                renderEvidence(source.evidence, 'post-evidence'),
              ),
            ),
          ),
        ),
      );
    }),
  );
}
