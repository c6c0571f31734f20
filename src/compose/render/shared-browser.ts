import type { Browser } from 'playwright-core';

/** How long an idle Chromium is kept for the next render before it is closed. */
const IDLE_MS = 120_000;

/**
 * One Chromium for a process's PDF renders. Starting one costs a render about a second (1.3 s on the loaded 2-core
 * machine), so it is started at the first render, shared by renders at once (each prints in its own page), started
 * again if it died or could not start, and closed once idle for a while or when its owner closes; once closed for
 * good, a render is refused rather than starting a Chromium that nothing would close.
 */
export class SharedBrowser {
  private browser: Promise<Browser> | null = null;
  private users = 0;
  private idle: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly executablePath?: string) {}

  /**
   * Runs `print` with the running Chromium, starting it first if none runs. A print that fails because Chromium died
   * under it (a crash, or killed) runs once more in a new one.
   */
  async use<T>(print: (browser: Browser) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('Chromium closed: the process is shutting down');
    this.users++;
    this.stopIdleTimer();
    try {
      const browser = await this.start();
      try {
        return await print(browser);
      } catch (err) {
        if (browser.isConnected() || this.closed) throw err;
        return await print(await this.start());
      }
    } finally {
      if (--this.users === 0 && !this.closed) {
        this.idle = setTimeout(() => void this.stop(), IDLE_MS);
        // An idle Chromium waiting for the next render must not keep a finished process alive.
        this.idle.unref();
      }
    }
  }

  /** Starts Chromium ahead of a render soon to come, kept as an idle one is; a failure to start is left to the render. */
  async warm(): Promise<void> {
    await this.use(async () => undefined).catch(() => undefined);
  }

  /** Closes the Chromium for good (a render under way fails); later renders are refused. */
  async close(): Promise<void> {
    this.closed = true;
    await this.stop();
  }

  private async stop(): Promise<void> {
    this.stopIdleTimer();
    const started = this.browser;
    this.browser = null;
    await (await started?.catch(() => null))?.close();
  }

  /** The running Chromium; one that died or never started is replaced (once, however many renders ask at once). */
  private async start(): Promise<Browser> {
    for (let running = this.browser; running; running = this.browser) {
      const browser = await running.catch(() => null);
      if (browser?.isConnected()) return browser;
      if (this.browser === running) this.browser = null;
    }
    if (this.closed) throw new Error('Chromium closed: the process is shutting down');
    const started = import('./pdf.js').then(({ launchBrowser }) => launchBrowser(this.executablePath));
    this.browser = started;
    return started;
  }

  private stopIdleTimer(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
  }
}
