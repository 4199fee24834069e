/**
 * The tests prove workbooks with real engines: LibreOffice and Gnumeric recalculate every xlsx we
 * write and Chromium loads the task pane. This makes sure they are here before any test runs: it
 * installs them with apt-get when they are missing and it can, and otherwise stops, naming what to
 * install. It never lets the suite skip them silently.
 */
const { execFileSync, spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');

const NEEDS = [
  {
    what: 'LibreOffice (soffice)',
    found: () => onPath('soffice'),
    debian: 'libreoffice-calc-nogui',
  },
  {
    what: 'Gnumeric (ssconvert)',
    found: () => onPath('ssconvert'),
    debian: 'gnumeric',
  },
  {
    what: 'Chromium',
    found: () => existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium'),
    debian: 'chromium',
  },
  {
    what: 'CJK fonts',
    found: () => spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.trim().length > 0,
    debian: 'fonts-noto-cjk',
  },
];

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

const missing = NEEDS.filter((n) => !n.found());
if (missing.length === 0) process.exit(0);

const packages = missing.map((m) => m.debian);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (onPath('apt-get') && (isRoot || onPath('sudo'))) {
  const sudo = isRoot ? [] : ['sudo'];
  console.log(`Installing ${packages.join(' ')} for the real-engine tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...(isRoot ? [] : ['apt-get']), 'update'], {
    stdio: 'inherit',
    env,
  });
  execFileSync(
    sudo[0] ?? 'apt-get',
    [
      ...sudo.slice(1),
      ...(isRoot ? [] : ['apt-get']),
      'install',
      '-y',
      '--no-install-recommends',
      ...packages,
    ],
    { stdio: 'inherit', env },
  );
  const still = NEEDS.filter((n) => !n.found());
  if (still.length === 0) process.exit(0);
  console.error(`Still missing after apt-get: ${still.map((s) => s.what).join(', ')}`);
  process.exit(1);
}
console.error(
  `The tests need ${missing.map((m) => m.what).join(', ')}, which are not installed.\n` +
    `On Debian/Ubuntu: sudo apt-get install ${packages.join(' ')}\n` +
    'Elsewhere: install LibreOffice (soffice on PATH), Gnumeric (ssconvert on PATH), Chromium (set CHROMIUM_PATH to its binary) and a CJK font.',
);
process.exit(1);
