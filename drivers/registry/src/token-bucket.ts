export interface RateLimit {
  /** Requests that may go out at once after a quiet period. */
  capacity: number;
  /** Sustained requests per second. */
  refillPerSecond: number;
}

/**
 * A token bucket that hands out reservations: `reserve()` takes a token now and says how long the
 * caller must wait before using it, so concurrent callers queue in order without polling.
 */
export class TokenBucket {
  private readonly limit: RateLimit;
  private readonly now: () => number;
  private tokens: number;
  private at: number;

  constructor(limit: RateLimit, now: () => number) {
    if (!(limit.capacity >= 1) || !(limit.refillPerSecond > 0)) {
      throw new RangeError("A rate limit needs capacity >= 1 and refillPerSecond > 0.");
    }
    this.limit = limit;
    this.now = now;
    this.tokens = limit.capacity;
    this.at = now();
  }

  /** Takes one token; returns the milliseconds to wait before sending (0 when one was available). */
  reserve(): number {
    const now = this.now();
    this.tokens = Math.min(this.limit.capacity, this.tokens + ((now - this.at) / 1000) * this.limit.refillPerSecond);
    this.at = now;
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : Math.ceil((-this.tokens / this.limit.refillPerSecond) * 1000);
  }
}
