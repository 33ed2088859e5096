#!/usr/bin/env node
// First step of `npm start` / `npm test` (and their pnpm forms) on a fresh clone: checks Node, then installs the
// workspace's dependencies with the pnpm that package.json's "packageManager" pins, when node_modules is missing
// or older than the lockfile. No dependencies of its own (it runs before any exist). A later run costs two stats.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
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
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'ignore', shell: process.platform === 'win32' });
  return result.status === 0;
}

/** The pnpm to install with: the one running us, a pnpm 10 on PATH, corepack's (ships with Node), or npx's. */
function findPnpm(pinned) {
  const running = process.env.npm_execpath ?? '';
  if (/pnpm/.test(running)) return { command: process.execPath, args: [running] };
  const major = pinned.split('.')[0];
  const onPath = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (onPath.status === 0 && onPath.stdout.trim().startsWith(`${major}.`)) return { command: 'pnpm', args: [] };
  if (runs('corepack', ['--version'])) return { command: 'corepack', args: [`pnpm@${pinned}`] };
  return { command: 'npx', args: ['--yes', `pnpm@${pinned}`] };
}

function installDependencies() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const pinned = String(manifest.packageManager ?? 'pnpm@10').replace(/^pnpm@/, '');
  const pnpm = findPnpm(pinned);
  const shown = [pnpm.command === process.execPath ? 'pnpm' : pnpm.command, ...pnpm.args.slice(pnpm.command === process.execPath ? 1 : 0)];
  console.error(`news-kg: installing dependencies (${shown.join(' ')} install --frozen-lockfile)...`);
  const result = spawnSync(pnpm.command, [...pnpm.args, 'install', '--frozen-lockfile'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    // corepack would otherwise stop to ask before downloading the pinned pnpm
    env: { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' },
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    fail(
      `installing dependencies failed (${shown.join(' ')} install exited ${result.status ?? result.error?.message}).\n` +
        `  Install pnpm ${pinned} yourself (npm install -g pnpm@${pinned}, or corepack enable) and run pnpm install.`,
    );
  }
}

checkNode();
if (!dependenciesInstalled()) installDependencies();
