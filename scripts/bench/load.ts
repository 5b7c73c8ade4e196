import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

/** 50 connections for 10 s (by default) against one loopback URL; bounded by time, nothing leaves the machine. */
export async function loadTest(url: string, { connections = 50, seconds = 10 } = {}): Promise<LoadResult> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url))
    throw new Error(`load tests stay on loopback, not ${url}`);
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
