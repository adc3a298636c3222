import { describe, expect, it } from 'vitest';
import { LoginRateLimiter } from './rate-limit.ts';

const MINUTE = 60_000;

describe('LoginRateLimiter', () => {
  it('allows 5 failures per username in 15 minutes, then asks to wait until the oldest leaves the window', () => {
    let now = 1_000_000;
    const limiter = new LoginRateLimiter({ now: () => now });
    for (let i = 0; i < 5; i += 1) {
      expect(limiter.retryAfterSeconds('anna', '10.0.0.1')).toBe(0);
      limiter.recordFailure('anna', '10.0.0.1');
      now += MINUTE;
    }
    // Failures at 0, 1, 2, 3, 4 minutes; now is 5 minutes: the first leaves at 15.
    expect(limiter.retryAfterSeconds('anna', '10.0.0.1')).toBe(600);
    expect(limiter.retryAfterSeconds('anna', '10.0.0.2')).toBe(600);
    expect(limiter.retryAfterSeconds('bertil', '10.0.0.1')).toBe(0);
    now += 10 * MINUTE - 1;
    expect(limiter.retryAfterSeconds('anna', '10.0.0.1')).toBe(1);
    now += 1;
    expect(limiter.retryAfterSeconds('anna', '10.0.0.1')).toBe(0);
  });

  it('allows 20 failures per address whatever the usernames', () => {
    let now = 0;
    const limiter = new LoginRateLimiter({ now: () => now });
    for (let i = 0; i < 20; i += 1) limiter.recordFailure(`user${i}`, '10.0.0.1');
    expect(limiter.retryAfterSeconds('someone', '10.0.0.1')).toBe(900);
    expect(limiter.retryAfterSeconds('someone', '10.0.0.2')).toBe(0);
    now += 15 * MINUTE;
    expect(limiter.retryAfterSeconds('someone', '10.0.0.1')).toBe(0);
  });

  it("clears a username's failures on success but keeps the address's", () => {
    const limiter = new LoginRateLimiter({
      now: () => 0,
      perUsername: { maxFailures: 2, windowMs: MINUTE },
      perIp: { maxFailures: 3, windowMs: MINUTE },
    });
    limiter.recordFailure('anna', 'ip');
    limiter.recordFailure('anna', 'ip');
    expect(limiter.retryAfterSeconds('anna', 'other')).toBe(60);
    limiter.recordSuccess('anna');
    expect(limiter.retryAfterSeconds('anna', 'other')).toBe(0);
    limiter.recordFailure('bertil', 'ip');
    expect(limiter.retryAfterSeconds('anna', 'ip')).toBe(60);
  });
});
