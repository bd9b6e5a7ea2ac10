/**
 * A real Learning Record Store for browser tests: Learning Locker's statement service (`xapi-statements`, the
 * opt-in package in tests/lrs-peer) in memory mode, started on a loopback port by the test and stopped after.
 * The unit tests of the xAPI tracker (tests/unit/xapi-lrs.test.ts) start it the same way.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ENTRY = resolve('tests/lrs-peer/node_modules/xapi-statements/dist/index.js');
export const LRS_INSTALLED = existsSync(ENTRY);

const LOOPBACK_ONLY = `
const net = require('node:net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number') {
    const callback = args.find((a) => typeof a === 'function');
    return listen.call(this, { port: args[0], host: '127.0.0.1' }, callback);
  }
  return listen.apply(this, args);
};
process.on('disconnect', () => process.exit(0));
require(${JSON.stringify(ENTRY)});
`;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

export interface LrsPeer {
  port: number;
  endpoint: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Every statement stored, oldest first, read with `auth`. */
  statements(
    auth: string,
  ): Promise<{ actor: { mbox?: string }; verb: { id: string }; object: { id: string } }[]>;
}

/** An LRS on its own free loopback port; call start() to run it (it can stop and start again, empty). */
export async function lrsPeer(): Promise<LrsPeer> {
  const port = await freePort();
  const workDir = mkdtempSync(join(tmpdir(), 'servewell-lrs-e2e-'));
  let child: ChildProcess | null = null;
  const endpoint = `http://127.0.0.1:${port}/xAPI/`;
  return {
    port,
    endpoint,
    start() {
      const started = spawn(process.execPath, ['-e', LOOPBACK_ONLY], {
        cwd: workDir,
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        env: {
          PATH: process.env.PATH ?? '',
          MODELS_REPO: 'memory',
          STORAGE_REPO: 'local',
          AUTH_REPO: 'test',
          EVENTS_REPO: 'test',
          EXPRESS_PORT: String(port),
          FS_LOCAL_STORAGE_DIR: join(workDir, 'storage'),
          EXPRESS_MORGAN_DIRECTORY: join(workDir, 'logs'),
          WINSTON_CONSOLE_LEVEL: 'error',
        },
      });
      child = started;
      let errors = '';
      started.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      return new Promise((done, fail) => {
        const timer = setTimeout(
          () => fail(new Error(`The LRS did not start within 20 s.\n${errors}`)),
          20_000,
        );
        started.on('message', (message) => {
          if (message === 'ready') {
            clearTimeout(timer);
            done();
          }
        });
        started.once('exit', (code) => {
          clearTimeout(timer);
          fail(new Error(`The LRS exited (${code}) before it was ready.\n${errors}`));
        });
      });
    },
    stop() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null || running.signalCode !== null) {
        rmSync(workDir, { recursive: true, force: true });
        return Promise.resolve();
      }
      return new Promise((done) => {
        const force = setTimeout(() => running.kill('SIGKILL'), 5_000);
        running.once('exit', () => {
          clearTimeout(force);
          done();
        });
        running.kill('SIGTERM');
      });
    },
    async statements(auth) {
      const all: Awaited<ReturnType<LrsPeer['statements']>> = [];
      let next: string | null = `${endpoint}statements?ascending=true&limit=100`;
      while (next) {
        const response: Response = await fetch(next, {
          headers: { Authorization: auth, 'X-Experience-API-Version': '1.0.3' },
        });
        if (!response.ok) throw new Error(`The LRS answered ${response.status}`);
        const page = (await response.json()) as { statements: typeof all; more?: string };
        all.push(...page.statements);
        next = page.more ? new URL(page.more, endpoint).href : null;
      }
      return all;
    },
  };
}
