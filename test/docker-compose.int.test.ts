// docker-compose.yml and the Dockerfile, read as files (no Docker engine here): the services, ports, volume and
// healthcheck a user relies on, the image pinned like the tests', and every workspace manifest in the image.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { NEO4J_IMAGE } from './support/neo4j-image';

const ROOT = path.resolve(__dirname, '..');

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  ports?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test?: string[] };
  depends_on?: Record<string, { condition?: string }>;
  profiles?: string[];
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

function readCompose(): ComposeFile {
  return parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8')) as ComposeFile;
}

describe('docker-compose.yml', () => {
  const compose = readCompose();
  const service = (name: string): ComposeService => {
    const found = compose.services[name];
    if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
    return found;
  };

  test('defines neo4j, api and ingest', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'ingest', 'neo4j']);
  });

  test('neo4j: the pinned 5.26 image, Browser and Bolt ports, auth, a named volume and a healthcheck', () => {
    const neo4j = service('neo4j');
    expect(neo4j.image).toBe(NEO4J_IMAGE);
    expect(neo4j.ports?.map(p => p.split(':').pop())).toEqual(['7474', '7687']);
    expect(neo4j.environment?.NEO4J_AUTH).toBe('neo4j/password');
    const [volumeName, mountPoint] = (neo4j.volumes?.[0] ?? '').split(':');
    expect(mountPoint).toBe('/data');
    expect(Object.keys(compose.volumes ?? {})).toContain(volumeName);
    expect(neo4j.healthcheck?.test?.join(' ')).toMatch(/cypher-shell .*RETURN 1/);
  });

  test('api: built from this repo, serves with NEO4J_URI pointing at the neo4j service once healthy', () => {
    const api = service('api');
    expect(api.build).toBe('.');
    expect(api.command).toEqual(['kg', 'serve']);
    expect(api.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.depends_on?.neo4j?.condition).toBe('service_healthy');
  });

  test('ingest: one-shot kg ingest of the mounted /articles folder, after neo4j is healthy', () => {
    const ingest = service('ingest');
    expect(ingest.image).toBe(service('api').image);
    expect(ingest.command).toEqual(['kg', 'ingest', '/articles']);
    expect(ingest.volumes?.some(v => /:\/articles(:ro)?$/.test(v))).toBe(true);
    expect(ingest.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(ingest.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(ingest.profiles).toBeDefined(); // so `docker compose up` does not run it
  });
});

describe('Dockerfile', () => {
  const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');

  test('Node 20, pnpm from corepack, a frozen-lockfile install, kg serve', () => {
    expect(dockerfile).toMatch(/^FROM node:20\b/m);
    expect(dockerfile).toMatch(/corepack enable/);
    expect(dockerfile).toMatch(/pnpm install --frozen-lockfile/);
    expect(dockerfile).toMatch(/CMD \["kg", "serve"\]/);
  });

  test('compiles the packages, keeps only production dependencies and runs the compiled kg (no tsx)', () => {
    expect(dockerfile).toMatch(/RUN pnpm build\b/);
    expect(dockerfile).toMatch(/pnpm install --frozen-lockfile --prod/);
    expect(dockerfile).toMatch(/ln -s \/app\/packages\/cli\/bin\/kg\.cjs \/usr\/local\/bin\/kg/);
    const instructions = dockerfile.split('\n').filter(line => !line.startsWith('#'));
    expect(instructions.filter(line => /\btsx\b/.test(line))).toEqual([]);
  });

  test('copies every workspace package manifest before installing (else the frozen install fails)', () => {
    const packages = fs
      .readdirSync(path.join(ROOT, 'packages'))
      .filter(name => fs.existsSync(path.join(ROOT, 'packages', name, 'package.json')));
    expect(packages.length).toBeGreaterThan(0);
    for (const name of packages) {
      expect(dockerfile).toContain(`COPY packages/${name}/package.json packages/${name}/`);
    }
  });
});
