import { EcokgError, ErrorCode } from '../../errors/error-codes.ts';
import type { GraphNodeResolvers, PathResolvers } from '../generated/resolvers-types.ts';

/** Resolvers of Path. */
export const pathResolvers: PathResolvers = {
  length: (path) => path.edges.length,
};

/** Resolvers of GraphNode: the drawing's fields come with the ring; the whole entity through the batched loader. */
export const graphNodeResolvers: GraphNodeResolvers = {
  id: (node) => node.entity.id,
  label: (node) => node.entity.label,
  name: (node) => node.entity.name,
  nameEn: (node) => node.entity.nameEn ?? null,
  entity: async (node, _args, ctx) => {
    const entity = await ctx.loaders.entity.load(node.entity.id);
    if (entity === null) throw new EcokgError(ErrorCode.INTERNAL_SERVER_ERROR, `Entity ${node.entity.id} of a neighborhood is gone`);
    return entity;
  },
};
