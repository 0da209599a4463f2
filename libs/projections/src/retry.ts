import { setTimeout as delay } from 'node:timers/promises';

/**
 * Errors that say "try again later" rather than "this event cannot be projected": lost or
 * refused connections, a server shutting down or out of resources, serialization failures and
 * deadlocks, and the KurrentDB client's unavailability errors.
 */
export function isTransientError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown };
  if (typeof code === 'string') {
    // SQLSTATE classes 08 (connection), 53 (resources), 57P (operator intervention), 58 (system);
    // 40001 serialization failure, 40P01 deadlock.
    if (/^(08|53|57P|58)/.test(code) || code === '40001' || code === '40P01') return true;
    if (NETWORK_CODES.has(code)) return true;
  }
  if (typeof name === 'string' && KURRENT_TRANSIENT.has(name)) return true;
  return typeof message === 'string' && TRANSIENT_MESSAGE.test(message);
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

const KURRENT_TRANSIENT = new Set(['UnavailableError', 'DeadlineExceededError', 'NotLeaderError']);

const TRANSIENT_MESSAGE =
  /Connection terminated|connection (is )?(closed|ended|lost)|Client has encountered a connection error|terminating connection|PGlite is closed/i;

/** Exponential back-off with jitter, so that processes that failed together do not retry together. */
export function backoffMs(failures: number, initialMs: number, maxMs: number): number {
  const base = Math.min(maxMs, initialMs * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/** Sleeps, or returns early (without throwing) when the signal aborts. */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return;
  await delay(ms, undefined, { signal }).catch(() => undefined);
}

export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}
