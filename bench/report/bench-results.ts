import type { LoadRun } from '../load/measure-load.ts';
import type { OperationResult } from '../queries/run-query-mix.ts';
import type { SoakResult } from '../queries/run-soak.ts';

/** The figures of one scale of the graph. */
export interface ScaleResult {
  /** 1, 100 or 1000: the real report plus scale−1 synthetic ones. */
  scale: number;
  documents: number;
  /** Distinct nodes and relationships in the graph, as Neo4j counts them. */
  nodes: number;
  relationships: number;
  /** Load average of the machine (1 minute) when the scale's query mix started: other work shares the cores. */
  loadAverage: number;
  load?: LoadRun[];
  operations: OperationResult[];
  soak?: SoakResult;
}

/** Everything one `npm run bench` measured, with the machine and versions it ran on. */
export interface BenchResults {
  mode: 'full' | 'quick' | 'large';
  date: string;
  durationSeconds: number;
  /**
   * `availableParallelism` is os.availableParallelism(): ecokg's default WORKERS on this machine. The bench runs one
   * ecokg process against the peer's one all the same, so its figures are per core.
   */
  machine: { cpu: string; cores: number; availableParallelism: number; memoryGiB: number; os: string };
  versions: Record<string, string>;
  settings: Record<string, unknown>;
  scales: ScaleResult[];
}
