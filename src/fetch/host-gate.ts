/**
 * Politeness per host: one request at a time to a host, and at least `delayMs` between the end of one
 * request and the start of the next to the same host. Different hosts proceed in parallel.
 */
export class HostGate {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly lastEnd = new Map<string, number>();

  constructor(private readonly delayMs: number) {}

  /** Runs `task` when the host is free and rested; resolves or rejects with the task's outcome. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const before = this.tails.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = before.then(() => mine);
    this.tails.set(host, tail);
    await before;
    try {
      const wait = (this.lastEnd.get(host) ?? 0) + this.delayMs - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      return await task();
    } finally {
      this.lastEnd.set(host, Date.now());
      release();
      if (this.tails.get(host) === tail) this.tails.delete(host);
    }
  }
}
