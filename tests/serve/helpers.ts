/** A real service on a free loopback port, and small helpers to call it. */
import { createService, type Service, type ServiceOptions } from '../../src/serve/index.js';

/** A started service and its address. */
export interface Running {
  readonly service: Service;
  readonly url: string;
  /** fetch against the service, with the test's token when it has one. */
  call(path: string, init?: RequestInit): Promise<Response>;
  /** POST a report (JSON) to a path. */
  post(path: string, report: unknown, headers?: Record<string, string>): Promise<Response>;
}

/**
 * Starts a service on 127.0.0.1, port 0.
 * @param options the service's options (token, limits)
 */
export async function startService(options: ServiceOptions = {}): Promise<Running> {
  const service = await createService({ port: 0, ...options });
  const url = await service.listen();
  const auth: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
  const call = (path: string, init: RequestInit = {}) =>
    fetch(url + path, { ...init, headers: { ...auth, ...(init.headers as Record<string, string> | undefined) } });
  return {
    service,
    url,
    call,
    post: (path, report, headers = {}) =>
      call(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof report === 'string' ? report : JSON.stringify(report),
      }),
  };
}

/** Whether a string holds Chinese characters. */
export const hasChinese = (text: string): boolean => /[\u4e00-\u9fff]/.test(text);

/** Reads one counter's value from Prometheus text (the sum over label sets that match `labels`). */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) total += Number(line.split(' ').pop());
  }
  return total;
}
