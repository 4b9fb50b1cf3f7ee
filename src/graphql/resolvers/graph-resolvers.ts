import type { GraphNodeResolvers, PathResolvers } from '../generated/resolvers-types.ts';

/** Resolvers of Path. */
export const pathResolvers: PathResolvers = {
  length: (path) => path.edges.length,
};

/** Resolvers of GraphNode: the drawing's fields come from the entity. */
export const graphNodeResolvers: GraphNodeResolvers = {
  id: (node) => node.entity.id,
  label: (node) => node.entity.label,
  name: (node) => node.entity.name,
  nameEn: (node) => node.entity.nameEn ?? null,
};
