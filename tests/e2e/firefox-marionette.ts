import { connect, type Socket } from 'node:net';

// A minimal client for Marionette, Firefox's own remote protocol (`firefox -marionette`): the one
// way to drive a Firefox that has our add-on installed, since Playwright cannot load extensions
// into Firefox. Messages are `length:json`; a command is [0, id, name, params] and its answer
// [1, id, error, result]. Only the WebDriver commands the Firefox suite needs.

type Pending = { resolve(value: unknown): void; reject(error: Error): void; name: string };

export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private greeted: Promise<void>;

  private constructor(private readonly socket: Socket) {
    let greet!: () => void;
    this.greeted = new Promise((resolve) => (greet = resolve));
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const colon = this.buffer.indexOf(':');
        if (colon < 0) return;
        const length = Number(this.buffer.subarray(0, colon).toString());
        if (this.buffer.length < colon + 1 + length) return;
        const body = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as unknown;
        this.buffer = this.buffer.subarray(colon + 1 + length);
        if (!Array.isArray(body)) {
          greet(); // the server's hello: {applicationType, marionetteProtocol}
          continue;
        }
        const [, id, error, result] = body as [number, number, { error: string; message: string } | null, unknown];
        const waiter = this.pending.get(id);
        this.pending.delete(id);
        if (!waiter) continue;
        if (error) waiter.reject(new Error(`${waiter.name}: ${error.error}: ${error.message}`));
        else waiter.resolve(result);
      }
    });
    const fail = (error: Error) => {
      for (const waiter of this.pending.values()) waiter.reject(error);
      this.pending.clear();
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('Marionette connection closed')));
  }

  /** Connects (retrying while Firefox starts) and opens a WebDriver session. */
  static async open(port: number, timeoutMs = 60_000): Promise<Marionette> {
    const start = Date.now();
    for (;;) {
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = connect(port, '127.0.0.1', () => resolve(s));
          s.once('error', reject);
        });
        const client = new Marionette(socket);
        await client.greeted;
        await client.command('WebDriver:NewSession', { capabilities: { alwaysMatch: { acceptInsecureCerts: false, timeouts: { script: 60_000 } } } });
        return client;
      } catch (error) {
        if (Date.now() - start > timeoutMs) throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  command<T = unknown>(name: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    const payload = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, name });
      this.socket.write(`${payload.length}:`);
      this.socket.write(payload);
    });
  }

  /** Runs `body` (a function body; `arguments` holds `args`) in the current context; awaits a returned promise. */
  async execute<T>(body: string, args: unknown[] = []): Promise<T> {
    // Marionette runs the body as a plain function: an async wrapper allows `await`, and WebDriver
    // awaits the promise it returns.
    const script = `return (async function () {\n${body}\n}).apply(this, arguments);`;
    const { value } = await this.command<{ value: T }>('WebDriver:ExecuteScript', { script, args });
    return value;
  }

  /** 'chrome' runs scripts with the browser's privileges; 'content' in the current tab's page. */
  setContext(context: 'chrome' | 'content'): Promise<unknown> {
    return this.command('Marionette:SetContext', { value: context });
  }

  /** Opens a tab, switches to it and loads `url`; returns its window handle. */
  async openTab(url: string): Promise<string> {
    const { handle } = await this.command<{ handle: string }>('WebDriver:NewWindow', { type: 'tab', focus: true });
    await this.command('WebDriver:SwitchToWindow', { handle, focus: true });
    await this.command('WebDriver:Navigate', { url });
    return handle;
  }

  /** The first element matching `css` in the current tab (WebDriver's element reference). */
  async find(css: string): Promise<string> {
    const { value } = await this.command<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: css });
    return Object.values(value)[0]!;
  }

  /** A real click (WebDriver actions: pointer events at the element's centre). */
  async click(css: string): Promise<void> {
    await this.command('WebDriver:ElementClick', { id: await this.find(css) });
  }

  /** Types into the element (WebDriver key input; '\uE007' is Enter). */
  async type(css: string, text: string): Promise<void> {
    await this.command('WebDriver:ElementSendKeys', { id: await this.find(css), text });
  }

  /** Presses one key on whatever has focus. */
  async press(key: string): Promise<void> {
    const actions = [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }];
    await this.command('WebDriver:PerformActions', { actions });
    await this.command('WebDriver:ReleaseActions');
  }

  switchTo(handle: string): Promise<unknown> {
    return this.command('WebDriver:SwitchToWindow', { handle, focus: true });
  }

  /** Closes the current tab and makes the first one left current (WebDriver needs a live one). */
  async closeTab(): Promise<void> {
    const left = await this.command<string[]>('WebDriver:CloseWindow');
    if (left[0]) await this.switchTo(left[0]);
  }

  async close(): Promise<void> {
    await this.command('WebDriver:DeleteSession').catch(() => {});
    this.socket.destroy();
  }
}
