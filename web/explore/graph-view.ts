import cytoscape from 'cytoscape';
import { ENTITY_LABELS, LABEL_STYLES } from '../shared/label-styles.ts';
import type { GraphEdge, GraphNode, Subgraph } from './explorer-api.ts';

/** What the graph reports when someone taps a node or an edge. */
export interface GraphViewEvents {
  onNodeTap(node: GraphNode): void;
  onEdgeTap(edge: GraphEdge): void;
}

/** The drawn graph: what it holds, and the few ways the page changes it. */
export interface GraphView {
  /** Replaces the drawing with this subgraph, laid out afresh. */
  show(subgraph: Subgraph): void;
  /** Removes everything drawn. */
  clear(): void;
  /** Adds what the subgraph has that is not drawn yet, new nodes starting beside `aroundId`. */
  merge(subgraph: Subgraph, aroundId: string): void;
  /** Highlights one node or edge, or nothing with null. */
  select(id: string | null): void;
  /** Rings the node the keyboard is on in the list (null: none), names it, and pans it into view if needed. */
  showFocus(id: string | null): void;
  markExpanded(id: string): void;
  isExpanded(id: string): boolean;
  node(id: string): GraphNode | undefined;
  edge(id: string): GraphEdge | undefined;
  /** The drawn edges that touch a node. */
  edgesOf(nodeId: string): GraphEdge[];
  /** Every drawn node. */
  nodes(): GraphNode[];
  counts(): { nodes: number; edges: number };
}

const CAPTION_LENGTH = 10;
// What captions and edge labels measure on screen at most zooms: a drawing fitted into a phone's width zooms out to
// about 0.6, which would shrink 11 px captions to 7.
const CAPTION_PX = 12;
const EDGE_LABEL_PX = 9;
// Browser-size diameters (50 to 80 px) would crowd a page-sized canvas.
const SCALE = 0.6;

// Captions are Chinese names: the font family is the CJK stack that explore.css gives the drawing's container.
const createStyle = (fontFamily: string): cytoscape.StylesheetJson => [
  {
    selector: 'node',
    style: {
      label: 'data(caption)',
      'font-family': fontFamily,
      // Functions of the zoom (see keepLabelsReadable): recomputed when the zoom changes.
      'font-size': (node: cytoscape.NodeSingular) => CAPTION_PX / Math.min(1, node.cy().zoom()),
      color: '#1F2430',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-outline-color': '#FFFFFF',
      'text-outline-width': 2,
      'border-width': 2,
    },
  },
  ...ENTITY_LABELS.map((label) => {
    const { color, borderColor, diameter } = LABEL_STYLES[label];
    return {
      selector: `node[label = "${label}"]`,
      style: { 'background-color': color, 'border-color': borderColor, width: diameter * SCALE, height: diameter * SCALE },
    };
  }),
  { selector: 'node.expanded', style: { 'border-width': 4 } },
  { selector: 'node:selected', style: { 'overlay-color': '#1D4ED8', 'overlay-opacity': 0.25, 'overlay-padding': 6, 'overlay-shape': 'ellipse' } },
  // The list's focus shows in the drawing as a ring like the page's focus outline, under any selection.
  {
    selector: 'node.keyboard-focus',
    style: { 'underlay-color': '#1D4ED8', 'underlay-opacity': 0.9, 'underlay-padding': 5, 'underlay-shape': 'ellipse' },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'bezier',
      'line-color': '#A5ABB6',
      'target-arrow-color': '#A5ABB6',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      label: 'data(type)',
      'font-size': (edge: cytoscape.EdgeSingular) => EDGE_LABEL_PX / Math.min(1, edge.cy().zoom()),
      color: '#4B5563',
      'text-rotation': 'autorotate',
      'text-background-color': '#FFFFFF',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
    },
  },
  // Every entity has a SOURCE edge to its document; drawn faintly, they do not hide the report's relations.
  { selector: 'edge[type = "SOURCE"]', style: { 'line-style': 'dashed', opacity: 0.45 } },
  { selector: 'edge:selected', style: { width: 3.5, 'line-color': '#1D4ED8', 'target-arrow-color': '#1D4ED8', opacity: 1 } },
];

/** Draws subgraphs in `container` with Cytoscape.js, styled by label, with a tooltip giving both names. */
export function createGraphView(container: HTMLElement, events: GraphViewEvents): GraphView {
  const style = createStyle(getComputedStyle(container).fontFamily);
  const cy = cytoscape({ container, style, minZoom: 0.2, maxZoom: 3, selectionType: 'single', boxSelectionEnabled: false });
  const tooltip = createTooltip(container);
  const nameNode = (node: cytoscape.NodeSingular) => {
    const record = node.data('record') as GraphNode;
    tooltip.show(node.renderedPosition(), record.name, [record.label, record.nameEn].filter(Boolean).join(' · '));
  };

  cy.on('tap', 'node', (event) => events.onNodeTap(event.target.data('record') as GraphNode));
  cy.on('tap', 'edge', (event) => events.onEdgeTap(event.target.data('record') as GraphEdge));
  cy.on('mouseover', 'node', (event) => nameNode(event.target));
  cy.on('mouseover', 'edge', (event) => {
    const edge = event.target.data('record') as GraphEdge;
    tooltip.show(event.target.renderedMidpoint(), edge.type, edge.title ?? edge.role ?? '');
  });
  cy.on('mouseout pan zoom', () => tooltip.hide());
  // Zoomed out (a fitted drawing, a narrow screen), the labels keep their size on screen; zoomed in, they grow with it.
  let frame = 0;
  const keepLabelsReadable = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      cy.style().update();
      // What a caption measures on screen, for whoever checks it (a test at a phone's width).
      container.dataset.captionPx = String(Math.round((CAPTION_PX / Math.min(1, cy.zoom())) * cy.zoom() * 10) / 10);
    });
  };
  cy.on('zoom', keepLabelsReadable);

  const add = (subgraph: Subgraph, start?: cytoscape.Position) => {
    const nodes = subgraph.nodes.filter((node) => cy.getElementById(node.id).empty());
    cy.add(nodes.map((node) => toNodeDefinition(node, start)));
    const edges = subgraph.edges.filter((edge) => cy.getElementById(edge.id).empty());
    cy.add(edges.map(toEdgeDefinition));
  };
  const lay = (randomize: boolean) => {
    // Counting captions in the node sizes keeps the long Chinese names from running over each other.
    cy.layout({
      name: 'cose',
      animate: false,
      randomize,
      fit: true,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 12000,
      idealEdgeLength: () => 100,
    }).run();
  };

  return {
    show(subgraph) {
      cy.elements().remove();
      add(subgraph);
      lay(true);
      keepLabelsReadable();
    },
    clear: () => void cy.elements().remove(),
    merge(subgraph, aroundId) {
      const around = cy.getElementById(aroundId);
      add(subgraph, around.empty() ? undefined : around.position());
      lay(false);
      keepLabelsReadable();
    },
    select(id) {
      cy.elements().unselect();
      if (id !== null) cy.getElementById(id).select();
    },
    showFocus(id) {
      cy.nodes('.keyboard-focus').removeClass('keyboard-focus');
      tooltip.hide();
      const node = id === null ? undefined : cy.nodes().getElementById(id);
      if (!node || node.empty()) return;
      node.addClass('keyboard-focus');
      const { x, y } = node.position();
      const seen = cy.extent();
      if (x < seen.x1 || x > seen.x2 || y < seen.y1 || y > seen.y2) cy.center(node);
      nameNode(node);
    },
    markExpanded: (id) => void cy.getElementById(id).addClass('expanded'),
    isExpanded: (id) => cy.getElementById(id).hasClass('expanded'),
    node: (id) => cy.nodes().getElementById(id).data('record') as GraphNode | undefined,
    edge: (id) => cy.edges().getElementById(id).data('record') as GraphEdge | undefined,
    edgesOf: (nodeId) =>
      cy
        .getElementById(nodeId)
        .connectedEdges()
        .map((edge) => edge.data('record') as GraphEdge),
    nodes: () => cy.nodes().map((node) => node.data('record') as GraphNode),
    counts: () => ({ nodes: cy.nodes().length, edges: cy.edges().length }),
  };
}

function toNodeDefinition(node: GraphNode, start?: cytoscape.Position): cytoscape.ElementDefinition {
  const caption = node.name.length > CAPTION_LENGTH ? `${node.name.slice(0, CAPTION_LENGTH)}…` : node.name;
  // New nodes start around the node they came from, so merging moves the rest of the drawing little.
  const position = start && { x: start.x + (Math.random() - 0.5) * 80, y: start.y + (Math.random() - 0.5) * 80 };
  return { group: 'nodes', data: { id: node.id, label: node.label, caption, record: node }, ...(position && { position }) };
}

function toEdgeDefinition(edge: GraphEdge): cytoscape.ElementDefinition {
  return { group: 'edges', data: { id: edge.id, source: edge.from, target: edge.to, type: edge.type, record: edge } };
}

function createTooltip(container: HTMLElement) {
  const tip = document.createElement('div');
  tip.className = 'graph-tooltip';
  tip.hidden = true;
  const title = tip.appendChild(document.createElement('strong'));
  title.lang = 'zh-Hans';
  const detail = tip.appendChild(document.createElement('span'));
  container.append(tip);
  return {
    show(at: cytoscape.Position, heading: string, text: string) {
      title.textContent = heading;
      detail.textContent = text;
      tip.style.left = `${at.x + 14}px`;
      tip.style.top = `${at.y + 14}px`;
      tip.hidden = false;
    },
    hide() {
      tip.hidden = true;
    },
  };
}
