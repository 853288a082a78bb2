// Marionette client (no dependencies). Frames are "<length>:<json>"; a command is
// [0, id, name, params] and its answer [1, id, error, result]. Thunderbird must run with
// --marionette --remote-allow-system-access for chrome-context scripts.
import net from 'node:net';

export class Marionette {
  #sock = null;
  #buf = Buffer.alloc(0);
  #next = 1;
  #waiting = new Map();
  #hello = null;

  constructor(port = 2828, host = '127.0.0.1') {
    this.port = port;
    this.host = host;
  }

  async connect(timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await new Promise((resolve, reject) => {
          const s = net.connect({ host: this.host, port: this.port }, () => { this.#sock = s; resolve(); });
          s.once('error', reject);
        });
        break;
      } catch (e) {
        if (Date.now() > deadline) throw new Error(`Marionette not reachable on ${this.host}:${this.port}: ${e.message}`, { cause: e });
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    const hello = new Promise((r) => { this.#hello = r; });
    this.#sock.on('data', (d) => this.#read(d));
    this.#sock.on('error', () => {});
    await hello;
    await this.command('WebDriver:NewSession', { capabilities: {} });
    await this.command('Marionette:SetContext', { value: 'chrome' });
  }

  #read(chunk) {
    this.#buf = Buffer.concat([this.#buf, chunk]);
    for (;;) {
      const colon = this.#buf.indexOf(0x3a);
      if (colon < 0) return;
      const len = Number(this.#buf.subarray(0, colon).toString());
      if (this.#buf.length < colon + 1 + len) return;
      const msg = JSON.parse(this.#buf.subarray(colon + 1, colon + 1 + len).toString());
      this.#buf = this.#buf.subarray(colon + 1 + len);
      if (!Array.isArray(msg)) { this.#hello?.(msg); continue; }
      const [, id, error, result] = msg;
      const w = this.#waiting.get(id);
      if (!w) continue;
      this.#waiting.delete(id);
      if (error) w.reject(new Error(`${error.error}: ${error.message}`));
      else w.resolve(result);
    }
  }

  command(name, params = {}) {
    const id = this.#next++;
    const body = Buffer.from(JSON.stringify([0, id, name, params]));
    this.#sock.write(`${body.length}:`);
    this.#sock.write(body);
    return new Promise((resolve, reject) => this.#waiting.set(id, { resolve, reject }));
  }

  /** Runs `body` as an async function in the chrome context; args arrive as `args`. */
  async run(body, args = [], timeoutMs = 60_000) {
    const script = `return (async (...args) => {\n${body}\n})(...arguments);`;
    const r = await this.command('WebDriver:ExecuteScript', { script, args, scriptTimeout: timeoutMs });
    return r?.value;
  }

  async quit() {
    try { await this.command('Marionette:Quit', { flags: ['eForceQuit'] }); } catch { /* the socket closes */ }
    this.close();
  }

  close() { this.#sock?.destroy(); }
}
