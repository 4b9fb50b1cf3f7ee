import { collectFields } from '@graphql-tools/utils';
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  type OperationDefinitionNode,
} from 'graphql';
import { type CypherFragment, type FragmentCatalog, renderFragment, renderReturnedItem } from '../../db/cypher-fragments.ts';
import { EcokgError, ErrorCode } from '../../errors/error-codes.ts';
import { FIELD_PLANS, type FieldArgs, type FieldPlan, type FragmentParams } from './field-plans.ts';
import { planListPage } from './list-definitions.ts';

/** What the compiler needs of a request: the schema, the operation to run, its fragments and variables. */
export interface CompileInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
  catalog: FragmentCatalog;
}

/** How a root field of the request is answered: a column of the statement's one row, or the error its arguments raised. */
export type CompiledRoot =
  | { column: string /** Adds what the compiler knows and Cypher does not (a page's size and order). */; finish?: (value: unknown) => unknown }
  | { error: Error };

/**
 * One GraphQL request as one Cypher statement: the statement, its parameters, where each root field's value stands
 * in its one row, and the errors of nested fields whose arguments were refused (the answer holds `{__error: n}` where
 * such a field's value would be).
 */
export interface CompiledRequest {
  /** Empty when no root field needs the database (only __typename, or only refused arguments). */
  cypher: string;
  params: Record<string, unknown>;
  roots: Map<string, CompiledRoot>;
  errors: Error[];
}

interface Projection {
  /** CALL subqueries that must run, in the scope where the value is read, before `value` can be evaluated. */
  calls: string[];
  value: string;
}

/**
 * Compiles the selection of an operation into one Cypher statement that returns, per root field, nested maps shaped
 * like the answer: every field of the selection (fragments expanded, @skip and @include honoured, by response key so
 * aliases stay apart) maps to its plan (field-plans.ts): a property, an expression fragment, or a rows fragment run as
 * a CALL subquery whose rows are collected into a list. docs/cypher-compilation.md draws it.
 */
export function compileRequest(input: CompileInput): CompiledRequest {
  return new RequestCompiler(input).compile();
}

class RequestCompiler {
  readonly #input: CompileInput;
  readonly #params: Record<string, unknown> = {};
  readonly #errors: Error[] = [];
  readonly #planIds = new Map<FieldPlan, number>();
  #vars = 0;

  constructor(input: CompileInput) {
    this.#input = input;
  }

  compile(): CompiledRequest {
    const { schema, operation } = this.#input;
    const queryType = schema.getQueryType()!;
    const roots = new Map<string, CompiledRoot>();
    const calls: string[] = [];
    const columns: string[] = [];
    for (const [key, nodes] of this.#subfields(queryType, [{ selectionSet: operation.selectionSet } as FieldNode])) {
      const name = nodes[0]!.name.value;
      if (name.startsWith('__')) continue;
      const field = queryType.getFields()[name]!;
      try {
        const args = getArgumentValues(field, nodes[0]!, this.#input.variableValues) as FieldArgs;
        const plan = this.#planOf(queryType, name);
        const { call, column, finish } = this.#rootField(field, plan, args, nodes);
        calls.push(call);
        columns.push(column);
        roots.set(key, { column, finish });
      } catch (error) {
        roots.set(key, { error: error instanceof Error ? error : new Error(String(error)) });
      }
    }
    const cypher = columns.length === 0 ? '' : `${calls.join('\n')}\nRETURN ${columns.join(', ')}`;
    return { cypher, params: this.#params, roots, errors: this.#errors };
  }

  #rootField(field: GraphQLField<unknown, unknown>, plan: FieldPlan, args: FieldArgs, nodes: FieldNode[]) {
    if (plan.kind === 'list') return this.#listField(field, plan, args, nodes);
    if (plan.kind !== 'rows') throw new Error(`Query.${field.name} must read rows`);
    const { calls, value } = this.#rowsField(null, field.type, plan, args, nodes);
    return { call: calls[0]!, column: value, finish: undefined };
  }

  // A root list: its candidates, its filter and the keyset page, then the page's nodes projected for edges.node.
  #listField(field: GraphQLField<unknown, unknown>, plan: Extract<FieldPlan, { kind: 'list' }>, args: FieldArgs, nodes: FieldNode[]) {
    const connection = getNamedType(field.type) as GraphQLObjectType;
    const selected = this.#subfields(connection, nodes);
    const withCount = [...selected.values()].some((fieldNodes) => fieldNodes[0]!.name.value === 'totalCount');
    const page = planListPage(plan.list, args as Parameters<typeof planListPage>[1], withCount);
    const page$ = this.#fresh();
    const filter$ = this.#fresh();
    const out = this.#fresh();
    const candidates = this.#use(this.#fragment(page.candidates), page.params, page$);
    // A filter with nothing to check (no filter given, or only the one the candidates were read by) is left out.
    const filtering = Object.values(page.filterParams).some((value) => value !== null);
    const filter = filtering ? this.#use(this.#fragment(`lists/${plan.list.folder}/filter`), page.filterParams, filter$) : undefined;
    const tail = this.#fragment(page.page);
    const tailUse = this.#use(tail, page.params, page$);
    // The nodes each `node` of `edges` asks for, by its response key, with the key and id every cursor encodes.
    const edge = connection.getFields().edges!;
    const edgeType = getNamedType(edge.type) as GraphQLObjectType;
    const nodeType = edgeType.getFields().node!.type;
    const nodeSelections = new Map<string, FieldNode[]>();
    for (const edgeNodes of selected.values()) {
      if (edgeNodes[0]!.name.value !== 'edges') continue;
      for (const [key, fieldNodes] of this.#subfields(edgeType, edgeNodes)) {
        if (fieldNodes[0]!.name.value === 'node') nodeSelections.set(key, [...(nodeSelections.get(key) ?? []), ...fieldNodes]);
      }
    }
    const item = this.#fresh();
    const calls: string[] = [];
    const entries = [`__key: ${item}.${page.sortKey}`, `__id: ${item}.id`];
    for (const [key, fieldNodes] of nodeSelections) {
      const projection = this.#project(item, nodeType, fieldNodes);
      calls.push(...projection.calls);
      entries.push(`${mapKey(key)}: ${projection.value}`);
    }
    const pageNodes = this.#listOf(`${page$}.nodes`, item, { calls, value: `{${entries.join(', ')}}` });
    const lines = [
      'CALL () {',
      indent(renderFragment(candidates.fragment, candidates.use)),
      '}',
      ...(filter ? [renderFragment(filter.fragment, filter.use)] : []),
      renderFragment(tail, tailUse.use, tail.returnAt),
      `WITH ${renderReturnedItem(tail, tailUse.use)} AS ${page$}`,
      ...pageNodes.calls,
      `RETURN {totalCount: ${page$}.totalCount, nodes: ${pageNodes.value}} AS ${out}`,
    ];
    const finish = (value: unknown) => ({ ...(value as object), first: page.first, orderKey: page.orderKey, afterCursor: page.afterCursor });
    return { call: callBlock(null, lines), column: out, finish };
  }

  // The value of `expr` as the selection asks for it.
  #project(expr: string, type: GraphQLOutputType, nodes: FieldNode[]): Projection {
    const nullable = !isNonNullType(type);
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      if (isLeafType(getNamedType(inner))) return { calls: [], value: expr };
      const element = this.#fresh();
      return this.#listOf(expr, element, this.#project(element, inner.ofType, nodes));
    }
    if (isLeafType(inner)) return { calls: [], value: expr };
    const object = isAbstractType(inner)
      ? this.#projectAbstract(expr, inner as GraphQLInterfaceType, nodes)
      : this.#projectFields(expr, inner, nodes);
    return nullable ? { calls: object.calls, value: `CASE WHEN ${expr} IS NULL THEN null ELSE ${object.value} END` } : object;
  }

  // A list whose elements are projected as `element`: a list comprehension, or, when an element needs subqueries, an
  // UNWIND in a subquery of its own that collects the elements again, in order.
  #listOf(expr: string, element: string, projection: Projection): Projection {
    if (projection.calls.length === 0) return { calls: [], value: `[${element} IN ${expr} | ${projection.value}]` };
    const out = this.#fresh();
    return {
      calls: [callBlock('*', [`UNWIND ${expr} AS ${element}`, ...projection.calls, `RETURN collect(${projection.value}) AS ${out}`])],
      value: out,
    };
  }

  // An Entity: one projection when every kind it may be is projected alike, else one per kind, chosen by label.
  #projectAbstract(expr: string, type: GraphQLInterfaceType, nodes: FieldNode[]): Projection {
    const groups = new Map<string, GraphQLObjectType[]>();
    for (const possible of this.#input.schema.getPossibleTypes(type)) {
      const signature = [...this.#subfields(possible, nodes)]
        .map(([key, fieldNodes]) => `${key}=${fieldNodes[0]!.name.value}#${this.#planId(possible, fieldNodes[0]!.name.value)}`)
        .join(',');
      groups.set(signature, [...(groups.get(signature) ?? []), possible]);
    }
    const label = `[l IN labels(${expr}) WHERE l <> 'Entity'][0]`;
    if (groups.size === 1) {
      const [types] = [...groups.values()];
      const projection = this.#projectFields(expr, types![0]!, nodes, undefined, label);
      return projection;
    }
    const calls: string[] = [];
    const branches: string[] = [];
    for (const types of groups.values()) {
      const guard = types.map((possible) => `this:${possible.name}`).join(' OR ');
      const projection = this.#projectFields(expr, types[0]!, nodes, guard, types.length === 1 ? `'${types[0]!.name}'` : label);
      calls.push(...projection.calls);
      branches.push(`WHEN ${guard.replaceAll('this:', `${expr}:`)} THEN ${projection.value}`);
    }
    return { calls, value: `CASE ${branches.join(' ')} END` };
  }

  // An object: a map of the selected fields by response key. `guard` limits its subqueries to the labels it is for.
  #projectFields(expr: string, type: GraphQLObjectType, nodes: FieldNode[], guard?: string, typename?: string): Projection {
    const calls: string[] = [];
    const entries: string[] = typename ? [`__typename: ${typename}`] : [];
    for (const [key, fieldNodes] of this.#subfields(type, nodes)) {
      const name = fieldNodes[0]!.name.value;
      if (name.startsWith('__')) continue;
      const field = type.getFields()[name]!;
      let projection: Projection;
      try {
        const args = getArgumentValues(field, fieldNodes[0]!, this.#input.variableValues) as FieldArgs;
        projection = this.#field(expr, field, this.#planOf(type, name), args, fieldNodes, guard);
      } catch (error) {
        if (!(error instanceof EcokgError) && !(error instanceof Error && error.name === 'GraphQLError')) throw error;
        this.#errors.push(error);
        projection = { calls: [], value: `{__error: ${this.#errors.length - 1}}` };
      }
      calls.push(...projection.calls);
      entries.push(`${mapKey(key)}: ${projection.value}`);
    }
    return { calls, value: `{${entries.join(', ')}}` };
  }

  #field(expr: string, field: GraphQLField<unknown, unknown>, plan: FieldPlan, args: FieldArgs, nodes: FieldNode[], guard?: string): Projection {
    switch (plan.kind) {
      case 'property':
        return this.#project(`${expr}.${plan.property}`, field.type, nodes);
      case 'self':
        return this.#project(expr, field.type, nodes);
      case 'expression': {
        const name = this.#fresh();
        const { fragment, use } = this.#use(this.#fragment(plan.fragment), plan.params?.(args) ?? {}, name, expr);
        return this.#project(`(${renderFragment(fragment, use)})`, field.type, nodes);
      }
      case 'rows':
        return this.#rowsField(expr, field.type, plan, args, nodes, guard);
      case 'list':
        throw new Error(`${field.name}: a root list cannot be nested`);
    }
  }

  // A rows fragment as a subquery: `this` is the parent's value, each row an item, collected into the field's list
  // (or its one value) after the items' own subqueries.
  #rowsField(
    expr: string | null,
    type: GraphQLOutputType,
    plan: Extract<FieldPlan, { kind: 'rows' }>,
    args: FieldArgs,
    nodes: FieldNode[],
    guard?: string,
  ): Projection {
    const fragmentName = typeof plan.fragment === 'function' ? plan.fragment(args) : plan.fragment;
    const item = this.#fresh();
    const { fragment, use } = this.#use(this.#fragment(fragmentName), plan.params?.(args) ?? {}, item);
    const inner = isNonNullType(type) ? type.ofType : type;
    const isList = isListType(inner);
    const element = this.#project(item, isList ? inner.ofType : inner, nodes);
    const out = this.#fresh();
    // Only names the compiler makes go into the text: `expr` is a variable from #fresh() and `guard` is built from
    // the schema's type names (label checks); the request's values reach the statement as parameters, through #use.
    const lines = [
      ...(expr === null ? [] : [`WITH ${expr} AS this${guard ? ` WHERE ${guard}` : ''}`]),
      renderFragment(fragment, use, fragment.returnAt).trim(),
      `WITH ${renderReturnedItem(fragment, use)} AS ${item}`,
      ...element.calls,
      `RETURN collect(${element.value})${isList ? '' : '[0]'} AS ${out}`,
    ];
    return { calls: [callBlock(expr === null ? null : '*', lines)], value: out };
  }

  // The fields a selection asks of a value of `type`, by response key, as execution will run them.
  #subfields(type: GraphQLObjectType, nodes: readonly FieldNode[]): Map<string, FieldNode[]> {
    const merged = new Map<string, FieldNode[]>();
    for (const node of nodes) {
      if (!node.selectionSet) continue;
      // graphql-tools takes variables in graphql 17's shape; with graphql 16 it reads the coerced values only.
      const variables = { coerced: this.#input.variableValues, sources: {} };
      const { fields } = collectFields(this.#input.schema, this.#input.fragments, variables as never, type, node.selectionSet);
      for (const [key, fieldNodes] of fields) merged.set(key, [...(merged.get(key) ?? []), ...fieldNodes]);
    }
    return merged;
  }

  #planOf(type: GraphQLObjectType, field: string): FieldPlan {
    return FIELD_PLANS.get(`${type.name}.${field}`) ?? { kind: 'property', property: field };
  }

  #planId(type: GraphQLObjectType, field: string): string {
    const plan = FIELD_PLANS.get(`${type.name}.${field}`);
    if (!plan) return 'property';
    if (!this.#planIds.has(plan)) this.#planIds.set(plan, this.#planIds.size);
    return String(this.#planIds.get(plan));
  }

  #fragment(name: string): CypherFragment {
    const fragment = this.#input.catalog.get(name);
    if (!fragment) throw new Error(`No Cypher fragment cypher/fields/${name}.cypher`);
    return fragment;
  }

  // Gives a use of a fragment its own parameter names (`<var>_<name>`) and their values.
  #use(fragment: CypherFragment, params: FragmentParams, prefix: string, self?: string) {
    for (const name of fragment.params) {
      if (!(name in params)) throw new Error(`cypher/fields/${fragment.name}.cypher reads $${name}, which its field does not give`);
      this.#params[`${prefix}_${name}`] = params[name];
    }
    return { fragment, use: { rename: (name: string) => `${prefix}_${name}`, self } };
  }

  #fresh(): string {
    this.#vars += 1;
    return `v${this.#vars}`;
  }
}

// Response keys are GraphQL names; quoted, none can clash with a Cypher keyword (`end`).
function mapKey(key: string): string {
  return `\`${key}\``;
}

function callBlock(imports: '*' | null, lines: string[]): string {
  return `CALL (${imports ?? ''}) {\n${indent(lines.join('\n'))}\n}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.length > 0 ? `  ${line}` : line))
    .join('\n');
}

/** Whether a value of the answer stands for a nested field's refused arguments, and which error. */
export function answerError(value: unknown, errors: readonly Error[]): Error | undefined {
  if (value === null || typeof value !== 'object' || !('__error' in value)) return undefined;
  return errors[(value as { __error: number }).__error] ?? new EcokgError(ErrorCode.INTERNAL_SERVER_ERROR, 'A field failed to compile');
}
