import { ENTITY_OPERATIONS } from './entity-operations.ts';
import { LIST_OPERATIONS } from './list-operations.ts';
import type { Operation } from './operation.ts';
import { PATH_OPERATIONS } from './path-operations.ts';
import { TIME_OPERATIONS } from './time-operations.ts';

/** Every operation of the query mix, in the order the results list them. */
export const OPERATIONS: readonly Operation[] = [...ENTITY_OPERATIONS, ...PATH_OPERATIONS, ...LIST_OPERATIONS, ...TIME_OPERATIONS];
