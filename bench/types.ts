// Each bench/<area>.bench.ts exports `run` returning rows; bench/run.ts prints them in one table.
// Goals are ratios measured in the same run (never absolute times asserted in tests).
export interface BenchRow {
  area: string;
  name: string;
  value: number;
  unit: string;
  /** What the value is compared with, e.g. "vs bare querySelectorAll on the same page". */
  note?: string;
}

export type Bench = () => Promise<BenchRow[]>;
