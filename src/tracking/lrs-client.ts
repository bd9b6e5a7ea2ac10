import XAPI from '@xapi/xapi';
import type { Agent, Statement, StatementsResponse } from '@xapi/xapi';
import type { XapiAgent, XapiStatement } from '../domain/lms/xapi-statements';

/** The library's adapter function type (not exported by name from its entry point). */
type AdapterFunction = Extract<
  NonNullable<ConstructorParameters<typeof XAPI>[0]['adapter']>,
  (...args: never[]) => unknown
>;

/**
 * Talks to a Learning Record Store through @xapi/xapi (URLs, query strings, the xAPI version header, paging).
 * Requests go through our own fetch adapter rather than the library's, because we need what its adapters
 * drop: the HTTP status of a failure (the queue retries a 503 but not a 401), a timeout, and `keepalive` for
 * the last statements sent while the page closes. See docs/decisions/0003-xapi-client.md.
 */

/** A failed request. `status` is null when no answer came back at all (offline, timeout, CORS refusal). */
class LrsError extends Error {
  readonly status: number | null;
  constructor(message: string, status: number | null) {
    super(message);
    this.name = 'LrsError';
    this.status = status;
  }
}

export interface LrsConnection {
  /** The LRS's xAPI endpoint, e.g. https://lrs.example.org/data/xAPI/ */
  endpoint: string;
  /** The whole Authorization header, e.g. "Basic dXNlcjpwYXNz". */
  auth: string;
}

export interface LrsClientOptions {
  fetch?: typeof fetch;
  /** Give up on a request after this long (it is then retried like any network failure). */
  timeoutMs?: number;
}

interface StatementQuery {
  activity?: string;
  /** Match the activity anywhere in the statement (parents, grouping), not only as its object. */
  relatedActivities?: boolean;
  agent?: XapiAgent;
  verb?: string;
  registration?: string;
  since?: string;
  limit?: number;
  ascending?: boolean;
}

export interface LrsClient {
  /** Stores statements in the order given. Throws LrsError when they were not stored. */
  sendStatements(statements: XapiStatement[], options?: { keepalive?: boolean }): Promise<void>;
  /**
   * Reads statements, following the LRS's "more" links to the last page (or `maxPages`, when given).
   * `onPage` hears the running count after each page. A "more" link seen before ends the reading.
   */
  getStatements(
    query: StatementQuery,
    options?: { maxPages?: number; onPage?: (read: number) => void },
  ): Promise<unknown[]>;
}

/** An HTTP(S) endpoint with a trailing slash, or null when the text is not one. */
export function normaliseEndpoint(endpoint: string): string | null {
  let url: URL;
  try {
    url = new URL(endpoint.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.search = '';
  url.hash = '';
  const text = url.toString();
  return text.endsWith('/') ? text : `${text}/`;
}

/** The Authorization header for an LRS key and secret (UTF-8 safe, unlike a bare btoa). */
export function basicAuth(key: string, secret: string): string {
  const bytes = new TextEncoder().encode(`${key}:${secret}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

function describeFailure(status: number, body: string): string {
  const detail = body.trim().slice(0, 300);
  const what =
    status === 401 || status === 403
      ? 'The LRS did not accept the credentials'
      : status >= 500
        ? 'The LRS had a problem'
        : `The LRS refused the request`;
  return `${what} (HTTP ${status})${detail ? `: ${detail}` : ''}`;
}

function timeoutSignal(ms: number): AbortSignal | undefined {
  if (typeof AbortSignal !== 'undefined' && typeof AbortSignal.timeout === 'function')
    return AbortSignal.timeout(ms);
  return undefined;
}

function fetchAdapter(fetchImpl: typeof fetch, timeoutMs: number, keepalive: boolean): AdapterFunction {
  return async <T>({
    url,
    method,
    headers = {},
    data,
  }: {
    url: string;
    method: string;
    headers?: Record<string, unknown>;
    data?: unknown;
  }) => {
    const init: RequestInit = { method, headers: headers as Record<string, string> };
    if (data !== undefined) init.body = typeof data === 'string' ? data : JSON.stringify(data);
    if (keepalive) init.keepalive = true;
    const signal = timeoutSignal(timeoutMs);
    if (signal) init.signal = signal;
    let response: Response;
    try {
      response = await fetchImpl(url, init);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new LrsError(`No answer from the LRS (${reason})`, null);
    }
    const body = await response.text().catch(() => '');
    if (!response.ok) throw new LrsError(describeFailure(response.status, body), response.status);
    let parsed: unknown = body;
    try {
      parsed = body === '' ? body : JSON.parse(body);
    } catch {
      // Not JSON: keep the text.
    }
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      responseHeaders[key] = value;
    });
    return { data: parsed as T, headers: responseHeaders, status: response.status };
  };
}

export function createLrsClient(connection: LrsConnection, options: LrsClientOptions = {}): LrsClient {
  const endpoint = normaliseEndpoint(connection.endpoint);
  if (!endpoint) throw new Error('The LRS endpoint must be a web address starting with https:// or http://');
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 20_000;
  const xapi = (keepalive: boolean) =>
    new XAPI({ endpoint, auth: connection.auth, adapter: fetchAdapter(fetchImpl, timeoutMs, keepalive) });
  const normal = xapi(false);

  return {
    async sendStatements(statements, sendOptions = {}) {
      if (statements.length === 0) return;
      const client = sendOptions.keepalive ? xapi(true) : normal;
      // Our statements are a strict subset of the library's Statement type (an Agent actor, Activity objects).
      await client.sendStatements({ statements: statements as unknown as Statement[] });
    },
    async getStatements(query, readOptions = {}) {
      const maxPages = readOptions.maxPages ?? Number.POSITIVE_INFINITY;
      const params: Parameters<XAPI['getStatements']>[0] = {};
      if (query.activity) params.activity = query.activity;
      if (query.relatedActivities) params.related_activities = true;
      if (query.agent) params.agent = query.agent as unknown as Agent;
      if (query.verb) params.verb = query.verb;
      if (query.registration) params.registration = query.registration;
      if (query.since) params.since = query.since;
      if (query.limit) params.limit = query.limit;
      if (query.ascending) params.ascending = true;
      const first = await normal.getStatements(params);
      const page = first.data as StatementsResponse;
      const statements: unknown[] = [...(page.statements ?? [])];
      readOptions.onPage?.(statements.length);
      const seen = new Set<string>();
      let more = page.more;
      for (let pages = 1; more && !seen.has(more) && pages < maxPages; pages += 1) {
        seen.add(more);
        const next = (await normal.getMoreStatements({ more })).data as StatementsResponse;
        for (const statement of next.statements ?? []) statements.push(statement);
        readOptions.onPage?.(statements.length);
        more = next.more;
      }
      return statements;
    },
  };
}
