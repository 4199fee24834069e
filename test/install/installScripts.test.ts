/**
 * `npm ci && npm run demo` must work on a bare machine with Node.js and npm only: no package in the
 * lock file may compile native code while it installs (a node-gyp build needs headers and system
 * libraries a newcomer does not have; keytar, pulled in by the sideload tools, needed libsecret).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

interface LockEntry {
  version?: string;
  hasInstallScript?: boolean;
  optional?: boolean;
}

/** Install-time scripts we read and found not to compile, and why. A new one must be read too. */
const reviewed: Record<string, { script: string; why: string }> = {
  '@parcel/watcher': {
    script: 'node scripts/build-from-source.js',
    why: 'builds only when npm_config_build_from_source=true; otherwise the prebuilt optional package serves',
  },
  'unrs-resolver': {
    script: 'node postinstall.js',
    why: 'napi-postinstall checks that the prebuilt binary for the platform is there; nothing is compiled',
  },
};

/** What a script says that means a native build: node-gyp and the tools that fall back to it. */
const COMPILES = /node-gyp|prebuild-install|node-pre-gyp|cmake-js|\bmake\b|\bgcc\b|\bg\+\+/;

const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const withScripts = Object.entries(lock.packages).filter(([path, e]) => path && e.hasInstallScript);

function installScripts(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const scripts = ['preinstall', 'install', 'postinstall'].flatMap((k) => {
    const s = manifest.scripts?.[k];
    return s ? [s] : [];
  });
  // npm runs `node-gyp rebuild` itself for a package with a binding.gyp and no install script.
  if (existsSync(join(dir, 'binding.gyp')) && scripts.length === 0) return ['node-gyp rebuild'];
  return scripts;
}

describe('package-lock.json install scripts', () => {
  it('lists the packages that have install scripts (the test reads something)', () => {
    expect(withScripts.length).toBeGreaterThan(0);
  });

  it.each(withScripts.map(([path]) => [path]))('%s compiles no native code', (path) => {
    const dir = join(root, path);
    const name = path.replace(/^.*node_modules\//, '');
    if (!existsSync(dir)) {
      // An optional package for another platform is not installed here and needs no build here.
      expect(lock.packages[path]?.optional).toBe(true);
      return;
    }
    const scripts = installScripts(dir);
    for (const script of scripts) expect(script).not.toMatch(COMPILES);
    expect(scripts).toEqual([reviewed[name]?.script ?? 'a script nobody has read yet']);
  });
});

describe('installScripts (the reader the check relies on)', () => {
  it('sees the default node-gyp build of a package with a binding.gyp', () => {
    const fixture = join(__dirname, 'fixtures', 'gyp-only');
    expect(installScripts(fixture)).toEqual(['node-gyp rebuild']);
  });

  it('flags the scripts that build native code', () => {
    expect('prebuild-install || npm run build').toMatch(COMPILES);
    expect('node-gyp rebuild').toMatch(COMPILES);
    expect('node postinstall.js').not.toMatch(COMPILES);
  });
});
