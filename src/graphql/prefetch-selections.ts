import { type GraphQLResolveInfo, getArgumentValues, isObjectType } from 'graphql';
import type { RequestContext } from './context.ts';
import { type LoadPlan, loadPlanOf, type PlannedLoad } from './resolvers/relation-field.ts';
import { selectedFields } from './selected-fields.ts';

/** The load plan of each field that has one, by `Type.field`. */
export type LoadPlanTable = ReadonlyMap<string, LoadPlan>;

/**
 * Finds the fields of a resolver map whose loads can be planned. The map's own functions are read here because
 * the executable schema wraps them, so the schema's `resolve` functions do not carry the mark.
 */
export function collectLoadPlans(resolvers: Record<string, unknown>): LoadPlanTable {
  const table = new Map<string, LoadPlan>();
  for (const [typeName, fields] of Object.entries(resolvers)) {
    for (const [fieldName, resolver] of Object.entries(fields as Record<string, unknown>)) {
      const plan = loadPlanOf(resolver);
      if (plan) table.set(`${typeName}.${fieldName}`, plan);
    }
  }
  return table;
}

/**
 * The loads the fields a query asks of an entity will make, known when the entity is looked up by id, so the lookup
 * can make them in the same query (its label's bundle) instead of the entity first and its lists after it. Fields
 * whose arguments are refused are left to their resolvers, which say why.
 */
export function plannedLoads(table: LoadPlanTable, ctx: RequestContext, info: GraphQLResolveInfo, typeName: string, id: string): PlannedLoad[] {
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) return [];
  const fields = type.getFields();
  const loads: PlannedLoad[] = [];
  for (const nodes of selectedFields(info, type).values()) {
    for (const node of nodes) {
      const field = fields[node.name.value];
      const plan = table.get(`${typeName}.${node.name.value}`);
      if (!field || !plan) continue;
      try {
        loads.push(plan(ctx, id, getArgumentValues(field, node, info.variableValues)));
      } catch {
        // Arguments the field's resolver will refuse, with its message, when it runs.
      }
    }
  }
  return loads;
}
