#!/usr/bin/env node
// First step of `npm start` / `npm test` (and their pnpm forms) on a fresh clone: checks Node, then installs the
// workspace's dependencies with the pnpm that package.json's "packageManager" pins, when node_modules is missing
// or older than the lockfile. No dependencies of its own (it runs before any exist). A later run costs two stats.
// With --build (`npm start`, which runs the compiled kg), it then brings packages/*/dist up to date (`tsc -b`:
// about half a second when nothing changed).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MIN_NODE = 20;

function fail(message) {
  console.error(`news-kg: ${message}`);
  process.exit(1);
}

function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= MIN_NODE) return;
  fail(
    `Node ${MIN_NODE} or later is needed, this is ${process.version}. Install Node 20:\n` +
      '  Debian/Ubuntu: curl -fsSL https://deb.nodesource.com/setup_20.x | sudo -E bash - && sudo apt-get install -y nodejs\n' +
      '  macOS:         brew install node@20   (or nvm install 20)',
  );
}

/** True when node_modules was installed after the lockfile last changed. */
function dependenciesInstalled() {
  const marker = join(ROOT, 'node_modules', '.modules.yaml');
  if (!existsSync(marker)) return false;
  return statSync(marker).mtimeMs >= statSync(join(ROOT, 'pnpm-lock.yaml')).mtimeMs;
}

function runs(command, args) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'ignore',
    shell: process.platform === 'win32',
  });
  return result.status === 0;
}

/** The pnpms to try, in order: the one running us, a pnpm of the pinned major on PATH, corepack's (it ships with
 * Node 20 and 22, but an old corepack may refuse a registry's signatures), then npx's. */
function pnpmCandidates(pinned) {
  const candidates = [];
  const running = process.env.npm_execpath ?? '';
  if (/pnpm/.test(running)) candidates.push({ command: process.execPath, args: [running], shown: 'pnpm' });
  const major = pinned.split('.')[0];
  const onPath = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (onPath.status === 0 && onPath.stdout.trim().startsWith(`${major}.`))
    candidates.push({ command: 'pnpm', args: [], shown: 'pnpm' });
  if (runs('corepack', ['--version']))
    candidates.push({ command: 'corepack', args: [`pnpm@${pinned}`], shown: `corepack pnpm@${pinned}` });
  candidates.push({ command: 'npx', args: ['--yes', `pnpm@${pinned}`], shown: `npx pnpm@${pinned}` });
  return candidates;
}

function installDependencies() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const pinned = String(manifest.packageManager ?? 'pnpm@10').replace(/^pnpm@/, '');
  const tried = [];
  for (const pnpm of pnpmCandidates(pinned)) {
    console.error(`news-kg: installing dependencies (${pnpm.shown} install --frozen-lockfile)...`);
    const result = spawnSync(pnpm.command, [...pnpm.args, 'install', '--frozen-lockfile'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      // corepack would otherwise stop to ask before downloading the pinned pnpm
      env: { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' },
      shell: process.platform === 'win32',
    });
    if (result.status === 0) return;
    tried.push(`${pnpm.shown} (exit ${result.status ?? result.error?.message})`);
  }
  fail(
    `installing dependencies failed; tried ${tried.join(', ')}.\n` +
      `  Install pnpm ${pinned} yourself (npm install -g pnpm@${pinned}) and run pnpm install.`,
  );
}

/** `pnpm build`: tsc -b over every package; a type error stops here, with tsc's messages. */
function build() {
  const tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) fail('the build failed (pnpm build); see the errors above.');
}

checkNode();
if (!dependenciesInstalled()) installDependencies();
if (process.argv.includes('--build')) build();
