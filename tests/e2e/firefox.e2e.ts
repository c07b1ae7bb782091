import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// The Firefox build on a real Firefox: Playwright cannot load extensions into Firefox, so web-ext
// runs Firefox ESR headless with the build installed, x.com resolves to a local HTTPS server whose
// test CA the profile trusts, and the content script's one debug line is read from Firefox's
// stdout. Every other request goes to a dead loopback proxy: nothing leaves the machine.

const FIREFOX = '/usr/bin/firefox-esr';
const hasTools = existsSync(FIREFOX) && existsSync('/usr/bin/certutil') && existsSync('/usr/bin/openssl');
const BUILD = resolve('.output/firefox-mv2');
const URL_ = 'https://x.com/acmehelp/status/1990000000000000001';

const PREFS = {
  'network.dns.localDomains': 'x.com',
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': 'x.com',
  'network.trr.mode': 5,
  'network.dns.disablePrefetch': true,
  'toolkit.telemetry.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'app.normandy.enabled': false,
  'devtools.console.stdout.content': true,
};

describe.runIf(hasTools)('the Firefox build in Firefox ESR', () => {
  let dir: string;
  let server: Server;
  let firefox: ChildProcess | undefined;
  let output = '';
  const requests: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(BUILD, 'manifest.json'))) execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'ignore' });
    dir = mkdtempSync(join(tmpdir(), 'replydesk-ff-'));
    const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
    ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=ReplyDesk test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign');
    ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'srv.key', '-out', 'srv.csr', '-subj', '/CN=x.com');
    writeFileSync(join(dir, 'ext.cnf'), 'subjectAltName=DNS:x.com\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n');
    ssl('x509', '-req', '-in', 'srv.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'srv.pem', '-days', '2', '-extfile', 'ext.cnf');
    const profile = join(dir, 'profile');
    mkdirSync(profile);
    execFileSync('certutil', ['-N', '--empty-password', '-d', `sql:${profile}`]);
    execFileSync('certutil', ['-A', '-n', 'replydesk-test', '-t', 'C,,', '-i', join(dir, 'ca.pem'), '-d', `sql:${profile}`]);

    const page = readFileSync('tests/fixtures/x/status-thread-built-2026/page.html');
    server = createServer({ key: readFileSync(join(dir, 'srv.key')), cert: readFileSync(join(dir, 'srv.pem')) }, (req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(req.url === new URL(URL_).pathname ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(req.url === new URL(URL_).pathname ? page : '');
    });
    await new Promise<void>((done) => server.listen(443, '127.0.0.1', done));

    const prefs = Object.entries(PREFS).flatMap(([k, v]) => ['--pref', `${k}=${v}`]);
    firefox = spawn(
      'npx',
      ['web-ext', 'run', '--verbose', '--no-reload', '--no-input', `--firefox=${FIREFOX}`, `--firefox-profile=${profile}`, '--keep-profile-changes', '--arg=-headless', ...prefs, '--start-url', URL_, '-s', BUILD],
      { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    firefox.stdout!.on('data', (chunk) => (output += chunk));
    firefox.stderr!.on('data', (chunk) => (output += chunk));
  }, 120_000);

  afterAll(async () => {
    if (firefox?.pid) {
      try {
        process.kill(-firefox.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the content script reads the X thread served at its real URL', async () => {
    const start = Date.now();
    while (!output.includes('[ReplyDesk] X:') && Date.now() - start < 60_000) await new Promise((r) => setTimeout(r, 250));
    expect(requests).toContain(new URL(URL_).pathname);
    expect(output).toContain('[ReplyDesk] X: 7 items');
  }, 90_000);
});
