/**
 * The service's metrics in Prometheus format (prom-client), on a registry of its own so that two
 * services in one process (tests) do not share counters: requests by route and status, latency,
 * renders, failures, retries, queue depth and the browser's launches.
 */
import type { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { loadOptional } from '../node/optional.js';

/** What the routes record. */
export interface ServiceMetrics {
  readonly registry: Registry;
  readonly requests: Counter<'route' | 'method' | 'status'>;
  readonly latency: Histogram<'route'>;
  readonly renders: Counter<'format'>;
  readonly renderSeconds: Histogram<'format'>;
  readonly failures: Counter<'format' | 'code'>;
  readonly retries: Counter;
  readonly notModified: Counter<'format'>;
  readonly aborted: Counter<'route'>;
}

/** What the gauges read when scraped. */
export interface MetricsSources {
  readonly queueDepth: () => number;
  readonly inFlight: () => number;
  readonly browser: () => { launches: number; restarts: number; up: boolean };
}

/**
 * Makes the metrics.
 * @param sources the live values the gauges read at each scrape
 * @throws MissingPackageError when prom-client is not installed
 * @example const metrics = await createMetrics({ queueDepth: () => 0, inFlight: () => 0, browser: () => ({ launches: 0, restarts: 0, up: true }) });
 */
export async function createMetrics(sources: MetricsSources): Promise<ServiceMetrics> {
  const prom = await loadOptional('prom-client', () => import('prom-client'));
  const registry = new prom.Registry();
  const registers = [registry];
  const gauge = (name: string, help: string, read: () => number): Gauge =>
    new prom.Gauge({
      name,
      help,
      registers,
      collect() {
        this.set(read());
      },
    });
  gauge('zfxxgk_queue_depth', 'Requests waiting for a render slot', sources.queueDepth);
  gauge('zfxxgk_in_flight', 'Requests rendering or importing now', sources.inFlight);
  gauge('zfxxgk_browser_launches', 'Chromium launches, the first one included', () => sources.browser().launches);
  gauge('zfxxgk_browser_restarts', 'Chromium launches after it died', () => sources.browser().restarts);
  gauge('zfxxgk_browser_up', '1 unless the last PDF render found the browser dead', () =>
    sources.browser().up ? 1 : 0,
  );
  return {
    registry,
    requests: new prom.Counter({
      name: 'zfxxgk_http_requests_total',
      help: 'HTTP requests answered, by route and status',
      labelNames: ['route', 'method', 'status'],
      registers,
    }),
    latency: new prom.Histogram({
      name: 'zfxxgk_http_request_duration_seconds',
      help: 'Time to answer a request, by route',
      labelNames: ['route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    }),
    renders: new prom.Counter({
      name: 'zfxxgk_renders_total',
      help: 'Documents rendered, by format',
      labelNames: ['format'],
      registers,
    }),
    renderSeconds: new prom.Histogram({
      name: 'zfxxgk_render_duration_seconds',
      help: 'Time a render took once it had a slot, by format',
      labelNames: ['format'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60],
      registers,
    }),
    failures: new prom.Counter({
      name: 'zfxxgk_render_failures_total',
      help: 'Renders that failed, by format and error code',
      labelNames: ['format', 'code'],
      registers,
    }),
    retries: new prom.Counter({
      name: 'zfxxgk_render_retries_total',
      help: 'PDF renders retried after Chromium died under them',
      registers,
    }),
    notModified: new prom.Counter({
      name: 'zfxxgk_not_modified_total',
      help: 'Renders skipped because If-None-Match matched the content key',
      labelNames: ['format'],
      registers,
    }),
    aborted: new prom.Counter({
      name: 'zfxxgk_client_aborts_total',
      help: 'Requests whose client went away before the answer; their work was stopped',
      labelNames: ['route'],
      registers,
    }),
  };
}
