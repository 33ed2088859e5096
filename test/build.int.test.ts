// `pnpm build` as a published package's build: every package compiles through its own tsconfig.json (project
// references that follow the workspace dependencies), its exports give the sources to the `@news-kg/source`
// condition and the build to everyone else, and the compiled kg writes, byte for byte, what the sources write.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const SOURCE_CONDITION = '@news-kg/source';

interface Manifest {
  name: string;
  main?: string;
  types?: string;
  bin?: Record<string, string>;
  dependencies?: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
}

interface Tsconfig {
  extends?: string;
  references?: { path: string }[];
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as T;

/** Every workspace package with TypeScript sources: its folder name and manifest. */
const PACKAGES = readdirSync(path.join(ROOT, 'packages'))
  .filter(name => existsSync(path.join(ROOT, 'packages', name, 'src')))
  .map(name => ({ name, manifest: readJson<Manifest>(`packages/${name}/package.json`) }));

const folderOf = new Map(PACKAGES.map(({ name, manifest }) => [manifest.name, name]));

describe('build configuration', () => {
  test.each(PACKAGES)(
    '$name: a tsconfig.json of the shared package settings, referencing its dependencies',
    p => {
      const tsconfig = readJson<Tsconfig>(`packages/${p.name}/tsconfig.json`);
      expect(tsconfig.extends).toBe('../../tsconfig.package.json');
      const workspaceDeps = Object.keys(p.manifest.dependencies ?? {})
        .filter(dep => folderOf.has(dep))
        .map(dep => `../${folderOf.get(dep)}`)
        .sort();
      expect((tsconfig.references ?? []).map(r => r.path).sort()).toEqual(workspaceDeps);
    },
  );

  test('tsconfig.build.json builds every package', () => {
    const { references } = readJson<Tsconfig>('tsconfig.build.json');
    expect((references ?? []).map(r => r.path).sort()).toEqual(
      PACKAGES.map(p => `packages/${p.name}`).sort(),
    );
  });

  test.each(PACKAGES)('$name: exports give the sources to the source condition, the build to the rest', p => {
    for (const [subpath, target] of Object.entries(p.manifest.exports)) {
      if (subpath === './package.json') continue;
      expect(typeof target).toBe('object');
      const conditions = target as Record<string, string>;
      // Node takes the first condition that matches: the source condition must come before "default".
      expect(Object.keys(conditions)).toEqual([SOURCE_CONDITION, 'types', 'default']);
      const source = conditions[SOURCE_CONDITION]!;
      expect(existsSync(path.join(ROOT, 'packages', p.name, source))).toBe(true);
      const stem = source.replace(/^\.\/src\//, '').replace(/\.ts$/, '');
      expect(conditions.types).toBe(`./dist/${stem}.d.ts`);
      expect(conditions.default).toBe(`./dist/${stem}.js`);
    }
    if (p.manifest.main) expect(p.manifest.main).toBe('./dist/index.js');
    if (p.manifest.types) expect(p.manifest.types).toBe('./dist/index.d.ts');
  });

  test('the kg bin runs the compiled CLI', () => {
    const cli = PACKAGES.find(p => p.name === 'cli')!;
    expect(cli.manifest.bin).toEqual({ kg: './bin/kg.cjs' });
    const bin = readFileSync(path.join(ROOT, 'packages/cli/bin/kg.cjs'), 'utf8');
    expect(bin).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(bin).toContain("path.join(__dirname, '..', 'dist', 'main.js')");
  });
});

describe('the compiled kg', () => {
  const COMPILED = path.join(ROOT, 'packages/cli/bin/kg.cjs');
  const SOURCES = [
    require.resolve('tsx/cli'),
    `--conditions=${SOURCE_CONDITION}`,
    path.join(ROOT, 'packages/cli/src/main.ts'),
  ];

  beforeAll(() => {
    // tsc -b is incremental: a few hundred milliseconds when dist/ is up to date
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', 'tsconfig.build.json'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }, 300_000);

  test('emits JavaScript and declarations for every package, no tests', () => {
    for (const { name, manifest } of PACKAGES) {
      const dist = path.join(ROOT, 'packages', name, 'dist');
      if (manifest.main) expect(existsSync(path.join(dist, 'index.js'))).toBe(true);
      if (manifest.types) expect(existsSync(path.join(dist, 'index.d.ts'))).toBe(true);
      const files = readdirSync(dist, { recursive: true }).map(String);
      expect(files.filter(f => /\.test\.(js|d\.ts)$/.test(f))).toEqual([]);
    }
  });

  test.each([
    ['the example corpus', 'packages/cli/example-corpus'],
    ['the held-out pages', 'test/heldout-pages/corpus'],
  ])('extracts %s byte for byte as the sources do', (_, corpus) => {
    const run = (args: string[]) => {
      const result = spawnSync(process.execPath, [...args, 'extract', corpus], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(result.status).toBe(0);
      return result.stdout;
    };
    const compiled = run([COMPILED]);
    expect(compiled.length).toBeGreaterThan(1000);
    expect(compiled).toBe(run(SOURCES));
  });
});
