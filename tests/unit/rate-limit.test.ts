import { RateLimiter } from '../../src/shared/rate-limit';

describe('RateLimiter', () => {
  let now = 0;
  const limiter = () => new RateLimiter(() => now);
  beforeEach(() => {
    now = 1_000_000;
  });

  it('lets a full bucket through, then refuses with the seconds until the next token', () => {
    const rl = limiter();
    const limits = [{ key: 'sub:a', perMinute: 3 }];
    expect([1, 2, 3].map(() => rl.take(limits).allowed)).toEqual([true, true, true]);
    expect(rl.take(limits)).toEqual({ allowed: false, retryAfterSeconds: 20, key: 'sub:a' });
    now += 20_000;
    expect(rl.take(limits).allowed).toBe(true);
    expect(rl.take(limits).allowed).toBe(false);
  });

  it('takes from no bucket when one of them is empty', () => {
    const rl = limiter();
    expect(rl.take([{ key: 'ip:1', perMinute: 1 }]).allowed).toBe(true);
    const both = [
      { key: 'sub:a', perMinute: 1 },
      { key: 'ip:1', perMinute: 1 },
    ];
    expect(rl.take(both)).toMatchObject({ allowed: false, key: 'ip:1' });
    // sub:a kept its token, so it passes on its own.
    expect(rl.take([{ key: 'sub:a', perMinute: 1 }]).allowed).toBe(true);
  });

  it('keeps keys apart, ignores a limit of 0 and forgets idle buckets', () => {
    const rl = limiter();
    expect(rl.take([{ key: 'a', perMinute: 1 }]).allowed).toBe(true);
    expect(rl.take([{ key: 'b', perMinute: 1 }]).allowed).toBe(true);
    expect(rl.take([{ key: 'c', perMinute: 0 }]).allowed).toBe(true);
    expect(rl.size).toBe(2);
    now += 61_000;
    expect(rl.take([{ key: 'a', perMinute: 1 }]).allowed).toBe(true);
    expect(rl.size).toBe(1);
  });
});
