// Login attempts are limited per username and per client address, so passwords cannot be
// guessed at speed (issue 3, "login attempts rate-limited").
//
// In memory, so per process: right for the single-process server Planvis is (the
// embedded database allows one process anyway). Several server processes behind a load
// balancer would each count on their own and need a shared store instead.
//
// A per-username limit lets someone lock a user out for the window by failing on purpose;
// the window is short and the user can ask an admin, which we accept for stopping guessing.
import type { AppDeps } from '../context.ts';

export type RateLimitRule = { maxFailures: number; windowMs: number };

export type LoginRateLimitOptions = {
  perUsername?: RateLimitRule;
  perIp?: RateLimitRule;
  /** Milliseconds since the epoch; tests inject a clock they move by hand. */
  now?: () => number;
};

export const DEFAULT_PER_USERNAME: RateLimitRule = { maxFailures: 5, windowMs: 15 * 60 * 1000 };
export const DEFAULT_PER_IP: RateLimitRule = { maxFailures: 20, windowMs: 15 * 60 * 1000 };

/** Keys kept before a sweep of expired ones, so a flood of usernames cannot grow memory without bound. */
const SWEEP_AT = 10_000;

/** A sliding window of failure times per key. */
class FailureWindow {
  readonly #failures = new Map<string, number[]>();

  constructor(readonly rule: RateLimitRule) {}

  #recent(key: string, now: number): number[] {
    const kept = (this.#failures.get(key) ?? []).filter((t) => t > now - this.rule.windowMs);
    if (kept.length === 0) this.#failures.delete(key);
    else this.#failures.set(key, kept);
    return kept;
  }

  /** Milliseconds until another attempt is allowed, or 0 when one is allowed now. */
  retryAfterMs(key: string, now: number): number {
    const recent = this.#recent(key, now);
    if (recent.length < this.rule.maxFailures) return 0;
    // Allowed again once enough of the oldest failures have left the window.
    const oldestThatMustExpire = recent[recent.length - this.rule.maxFailures] ?? now;
    return oldestThatMustExpire + this.rule.windowMs - now;
  }

  fail(key: string, now: number): void {
    if (this.#failures.size >= SWEEP_AT) for (const k of [...this.#failures.keys()]) this.#recent(k, now);
    this.#failures.set(key, [...this.#recent(key, now), now]);
  }

  clear(key: string): void {
    this.#failures.delete(key);
  }
}

export class LoginRateLimiter {
  readonly #byUsername: FailureWindow;
  readonly #byIp: FailureWindow;
  readonly #now: () => number;

  constructor(options: LoginRateLimitOptions = {}) {
    this.#byUsername = new FailureWindow(options.perUsername ?? DEFAULT_PER_USERNAME);
    this.#byIp = new FailureWindow(options.perIp ?? DEFAULT_PER_IP);
    this.#now = options.now ?? Date.now;
  }

  /** Whole seconds to wait (for Retry-After) before trying again, or 0 when allowed. */
  retryAfterSeconds(username: string, ip: string): number {
    const now = this.#now();
    const ms = Math.max(this.#byUsername.retryAfterMs(username, now), this.#byIp.retryAfterMs(ip, now));
    return ms > 0 ? Math.ceil(ms / 1000) : 0;
  }

  recordFailure(username: string, ip: string): void {
    const now = this.#now();
    this.#byUsername.fail(username, now);
    this.#byIp.fail(ip, now);
  }

  /**
   * A successful login clears the username's failures. The address keeps its count:
   * otherwise one valid account would let an address reset its limit while guessing others.
   */
  recordSuccess(username: string): void {
    this.#byUsername.clear(username);
  }
}

// One limiter per application (per AppDeps), so each test app starts with a clean slate.
const limiters = new WeakMap<AppDeps, LoginRateLimiter>();

export function loginRateLimiter(deps: AppDeps): LoginRateLimiter {
  let limiter = limiters.get(deps);
  if (!limiter) {
    limiter = new LoginRateLimiter();
    limiters.set(deps, limiter);
  }
  return limiter;
}

/** Replaces the application's limiter, e.g. with one on a test clock or other limits. */
export function setLoginRateLimiter(deps: AppDeps, limiter: LoginRateLimiter): void {
  limiters.set(deps, limiter);
}
