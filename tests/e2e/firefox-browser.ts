import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { InsertReply, PageReport } from '../../lib/messages';
import { eventually } from './browser';
import { Marionette } from './firefox-marionette';

// The Firefox build in a real Firefox ESR: Playwright cannot load extensions into Firefox, so
// web-ext runs Firefox headless with the build installed as a temporary add-on, and Marionette
// (Firefox's own remote protocol) drives its tabs. Every request goes through a local proxy: it
// hands the hosts a test serves to an in-process HTTPS server (certificate from a test CA the
// profile trusts) and refuses everything else, so nothing leaves the machine and no fixed port
// (443) is needed. Extension pages open as tabs (moz-extension://<uuid>/sidepanel.html), the
// way the Chromium suite opens the side panel.

export const FIREFOX = '/usr/bin/firefox-esr';
export const hasFirefox = existsSync(FIREFOX) && existsSync('/usr/bin/certutil') && existsSync('/usr/bin/openssl');
const BUILD = resolve('.output/firefox-mv2');
const ADDON_ID = 'replydesk@replydesk.local';

const PREFS: Record<string, string | number | boolean> = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.ssl': '127.0.0.1',
  'network.trr.mode': 5,
  'network.dns.disablePrefetch': true,
  'toolkit.telemetry.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'app.normandy.enabled': false,
  // The content script's one debug line per page read reaches Firefox's stdout.
  'devtools.console.stdout.content': true,
};

type Files = Record<string, { body: string; contentType: string }>;

export interface Firefox {
  marionette: Marionette;
  /** Firefox's stdout and stderr so far (through web-ext --verbose). */
  output(): string;
  /** Every https URL Firefox asked the served hosts for. */
  requests: string[];
  /** Serves `html` as the document at `url` (and extra files by URL); its host must be one of `hosts`. */
  serve(url: string, html: string, extra?: Files): void;
  /** A new foreground tab at `url` (loaded); returns its window handle. */
  openTab(url: string): Promise<string>;
  /** The extension's side panel page in its own tab, opened once; returns its window handle. */
  panelTab(): Promise<string>;
  /** Runs a script body in the tab `handle` (it becomes the current one). */
  inTab<T>(handle: string, body: string, args?: unknown[]): Promise<T>;
  /**
   * Runs an async script body in the real sidebar (opened beside the current tab), as a frame
   * script: `content` is the sidebar page's window. WebDriver cannot enter a sidebar, so the
   * body drives the page with DOM calls (element.click()), not WebDriver input.
   */
  inSidebar<T>(body: string): Promise<T>;
  /** The content script's report for the tab at `url`, asked from the panel page. */
  reportOf(url: string): Promise<PageReport>;
  /** What the side panel does on Insert: the tab at `url` in front, then `reply/insert` to its content script. */
  insertReply(url: string, key: string, text: string): Promise<InsertReply>;
  close(): Promise<void>;
}

/** Firefox with the build installed, opening `start` (served before Firefox asks for it). */
export async function launchFirefox(hosts: readonly string[], start: { url: string; html: string; extra: Files }): Promise<Firefox> {
  if (!existsSync(join(BUILD, 'manifest.json'))) execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'replydesk-ff-'));
  const profile = join(dir, 'profile');
  const tls = makeCertificates(dir, hosts, profile);

  const pages = new Map<string, { body: string; contentType: string }>();
  const serve = (url: string, html: string, extra: Files = {}) => {
    pages.set(url, { body: html, contentType: 'text/html; charset=utf-8' });
    for (const [extraUrl, file] of Object.entries(extra)) pages.set(extraUrl, file);
  };
  serve(start.url, start.html, start.extra);
  const requests: string[] = [];
  const https: HttpsServer = createHttpsServer(tls, (req, res) => {
    const url = `https://${req.headers.host}${req.url ?? '/'}`;
    requests.push(url);
    const page = pages.get(url);
    res.writeHead(page ? 200 : 404, { 'content-type': page?.contentType ?? 'text/plain' });
    res.end(page?.body ?? '');
  });
  const proxy: HttpServer = createHttpServer((_req, res) => res.writeHead(404).end());
  proxy.on('connect', (req, socket, head) => {
    const [host, port] = (req.url ?? '').split(':');
    if (!host || !hosts.includes(host) || port !== '443') {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    https.emit('connection', socket);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const proxyPort = (proxy.address() as { port: number }).port;
  const marionettePort = await freePort();

  const prefs = { ...PREFS, 'network.proxy.http_port': proxyPort, 'network.proxy.ssl_port': proxyPort, 'marionette.port': marionettePort };
  let output = '';
  const firefox: ChildProcess = spawn(
    'npx',
    [
      'web-ext', 'run', '--verbose', '--no-reload', '--no-input', `--firefox=${FIREFOX}`, `--firefox-profile=${profile}`, '--keep-profile-changes',
      '--arg=-headless', '--arg=-marionette', '--arg=-remote-allow-system-access',
      ...Object.entries(prefs).flatMap(([k, v]) => ['--pref', `${k}=${v}`]),
      '--start-url', start.url, '-s', BUILD,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  firefox.stdout!.on('data', (chunk) => (output += chunk));
  firefox.stderr!.on('data', (chunk) => (output += chunk));

  const stop = async () => {
    if (firefox.pid) {
      try {
        process.kill(-firefox.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await Promise.all([new Promise((done) => proxy.close(done)), new Promise((done) => https.close(done))]);
    rmSync(dir, { recursive: true, force: true });
  };

  let marionette: Marionette;
  let extensionHost: string;
  try {
    marionette = await Marionette.open(marionettePort);
    // web-ext installs the add-on once Firefox is up; its moz-extension host is a per-profile uuid.
    await marionette.setContext('chrome');
    extensionHost = await eventually(() => marionette.execute<string | null>(`return WebExtensionPolicy.getByID(arguments[0])?.mozExtensionHostname ?? null`, [ADDON_ID]), 30_000, 'the add-on installed');
    await marionette.setContext('content');
  } catch (error) {
    await stop();
    throw new Error(`${String(error)}\n${output.slice(-2000)}`);
  }

  let panel: string | undefined;
  const inTab = async <T>(handle: string, body: string, args: unknown[] = []) => {
    await marionette.switchTo(handle);
    return marionette.execute<T>(body, args);
  };
  const panelTab = async () => (panel ??= await marionette.openTab(`moz-extension://${extensionHost}/sidepanel.html`));
  const sendToTab = async <T>(url: string, message: object, activate: boolean) =>
    inTab<T>(
      await panelTab(),
      `const [url, message, activate] = arguments;
       const tab = (await browser.tabs.query({})).find((t) => t.url === url);
       if (tab === undefined) throw new Error('no tab at ' + url);
       if (activate) await browser.tabs.update(tab.id, { active: true });
       return browser.tabs.sendMessage(tab.id, message);`,
      [url, message, activate],
    );

  const inSidebar = async <T>(body: string): Promise<T> => {
    await marionette.setContext('chrome');
    try {
      return await marionette.execute<T>(SIDEBAR_SCRIPT, [`${ADDON_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-sidebar-action`, body]);
    } finally {
      await marionette.setContext('content');
    }
  };

  return {
    marionette,
    inSidebar,
    output: () => output,
    requests,
    serve,
    openTab: (url) => marionette.openTab(url),
    panelTab,
    inTab,
    reportOf: (url) => sendToTab<PageReport>(url, { type: 'page/report' }, false),
    // In Firefox the sidebar sits beside the page it works on, so that page is the active tab.
    insertReply: (url, key, text) => sendToTab<InsertReply>(url, { type: 'reply/insert', key, text }, true),
    async close() {
      await marionette.close();
      await stop();
    },
  };
}

// Chrome context: show our sidebar (Firefox names it after the add-on id), wait for the panel page
// in it, and run the body there through the message manager of its <browser>.
const SIDEBAR_SCRIPT = `
  const [sidebarId, body] = arguments;
  const win = Services.wm.getMostRecentWindow('navigator:browser');
  if (!win.SidebarController.isOpen || win.SidebarController.currentID !== sidebarId) await win.SidebarController.show(sidebarId);
  let inner = null;
  for (let i = 0; i < 200 && !inner; i++) {
    const b = win.SidebarController.browser.contentDocument?.getElementById('webext-panels-browser');
    if (b?.currentURI?.spec.endsWith('/sidepanel.html') && !b.webProgress?.isLoadingDocument) inner = b;
    else await new Promise((r) => win.setTimeout(r, 100));
  }
  if (!inner) throw new Error('the sidebar did not load the panel page');
  const mm = inner.messageManager;
  const name = 'replydesk-probe-' + Math.random().toString(36).slice(2);
  const reply = new Promise((resolve) => {
    const listener = (message) => {
      mm.removeMessageListener(name, listener);
      resolve(message.data);
    };
    mm.addMessageListener(name, listener);
  });
  const script = '(async () => {' + body + '})().then((value) => sendAsyncMessage(' + JSON.stringify(name) + ', { value }), (error) => sendAsyncMessage(' + JSON.stringify(name) + ', { error: String(error) }));';
  mm.loadFrameScript('data:,' + encodeURIComponent(script), false);
  const { value, error } = await reply;
  if (error) throw new Error(error);
  return value;
`;

/** A test CA in the profile's certificate store, and a server certificate for every host. */
function makeCertificates(dir: string, hosts: readonly string[], profile: string): { key: Buffer; cert: Buffer } {
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=ReplyDesk test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign');
  ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'srv.key', '-out', 'srv.csr', '-subj', `/CN=${hosts[0]}`);
  const names = hosts.map((h) => `DNS:${h}`).join(',');
  writeFileSync(join(dir, 'ext.cnf'), `subjectAltName=${names}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`);
  ssl('x509', '-req', '-in', 'srv.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'srv.pem', '-days', '2', '-extfile', 'ext.cnf');
  mkdirSync(profile);
  execFileSync('certutil', ['-N', '--empty-password', '-d', `sql:${profile}`]);
  execFileSync('certutil', ['-A', '-n', 'replydesk-test', '-t', 'C,,', '-i', join(dir, 'ca.pem'), '-d', `sql:${profile}`]);
  return { key: readFileSync(join(dir, 'srv.key')), cert: readFileSync(join(dir, 'srv.pem')) };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createNetServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}
