/** The parts of autocannon (v9, no bundled types) that the benches use. See node_modules/autocannon/README.md. */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  export interface Histogram {
    min: number;
    max: number;
    /** the mean */
    average: number;
    mean: number;
    stddev: number;
    total: number;
    p0_001: number;
    p0_01: number;
    p0_1: number;
    p1: number;
    p2_5: number;
    p10: number;
    p25: number;
    p50: number;
    p75: number;
    p90: number;
    p97_5: number;
    p99: number;
    p99_9: number;
    p99_99: number;
    p99_999: number;
  }

  export interface Result {
    title?: string;
    url: string;
    /** requests completed per second, sampled once a second */
    requests: Histogram;
    /** response latency in ms (2xx responses only, unless excludeErrorStats is false... see README) */
    latency: Histogram & { totalCount: number };
    /** bytes per second */
    throughput: Histogram;
    /** seconds */
    duration: number;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    resets: number;
    '1xx': number;
    '2xx': number;
    '3xx': number;
    '4xx': number;
    '5xx': number;
    statusCodeStats: Record<string, { count: number }>;
    connections: number;
    pipelining: number;
    start: Date;
    finish: Date;
  }

  export interface Options {
    url: string | string[];
    connections?: number;
    /** seconds, or a timestring */
    duration?: number | string;
    amount?: number;
    timeout?: number;
    pipelining?: number;
    bailout?: number;
    method?: string;
    title?: string;
    headers?: Record<string, string>;
    workers?: number;
    excludeErrorStats?: boolean;
    expectBody?: string;
    /** requests sent in turn on each connection, each with a path or a setupRequest(request) => request */
    requests?: { method?: string; path?: string; headers?: Record<string, string>; body?: string; setupRequest?: (request: Record<string, unknown>) => Record<string, unknown> }[];
  }

  export interface Instance extends EventEmitter, PromiseLike<Result> {
    stop(): void;
  }

  interface Autocannon {
    (opts: Options): Instance;
    (opts: Options, cb: (err: Error | null, result: Result) => void): Instance;
    printResult(result: Result, opts?: { renderResultsTable?: boolean; renderLatencyTable?: boolean }): string;
  }

  const autocannon: Autocannon;
  export default autocannon;
}
