import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, promises as fs, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXIT, main, SAMPLE_FILE } from '../../src/cli/main';
import { NODE_FS, type FileSystem } from '../../src/cli/fileSystem';
import { block, sheetPlan, text } from '../../src/core/plan';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';

async function tuijin(argv: string[], options: { env?: NodeJS.ProcessEnv; fs?: FileSystem } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    out: (l: string) => out.push(l),
    err: (l: string) => err.push(l),
    ...(options.fs && { fs: options.fs }),
  };
  const code = await main(argv, options.env ?? {}, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A folder holding book.xlsx: a workbook with no budget, which `budget --create` adds to. */
async function bookFolder(): Promise<{ dir: string; input: string }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-files-'));
  const host = XlsxHost.create();
  host.writeSheetPlan({
    ...sheetPlan('说明', true),
    blocks: [block({ row: 0, col: 0 }, [[text('双12活动')]])],
  });
  const input = path.join(dir, 'book.xlsx');
  await host.save(input);
  return { dir, input };
}

/** Every entry under a folder with a digest of its bytes (or where its link points). */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const seen: Record<string, string> = {};
  for (const name of (await fs.readdir(dir, { recursive: true })).sort()) {
    const p = path.join(dir, name);
    const st = await fs.lstat(p);
    if (st.isSymbolicLink()) seen[name] = `-> ${await fs.readlink(p)}`;
    else if (st.isDirectory()) seen[name] = 'folder';
    else
      seen[name] = await fs.readFile(p).then(
        (bytes) => createHash('sha256').update(bytes).digest('hex'),
        // A file made unreadable by the case: its size, time and permissions must stay.
        () => `${st.size} ${st.mtimeMs} ${st.mode}`,
      );
  }
  return seen;
}

/** An error as node's file system throws it. */
const errno = (code: string) => Object.assign(new Error(`${code}: injected by the test`), { code });

/**
 * Node's file system with one operation failing as `code` whenever its first path passes `when`.
 * Root ignores chmod and Linux lets a file held open elsewhere be replaced, so the read-only
 * folders and locked files of a desktop are made this way, through the CLI's file-system seam.
 */
function failing(op: keyof FileSystem, code: string, when: (p: string) => boolean): FileSystem {
  const real = NODE_FS[op] as (...a: unknown[]) => Promise<unknown>;
  const fake = async (p: unknown, ...rest: unknown[]) => {
    if (when(String(p))) throw errno(code);
    return real(p, ...rest);
  };
  return { ...NODE_FS, [op]: fake };
}

const isTemp = (p: string) => path.basename(p).startsWith('.') && p.includes('.tuijin-');

/** Whether chmod keeps this process out (it does not for root, who may read and write anything). */
function chmodBites(): boolean {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tuijin-chmod-'));
  chmodSync(dir, 0o555);
  try {
    writeFileSync(path.join(dir, 'x'), '');
    return false;
  } catch {
    return true;
  } finally {
    chmodSync(dir, 0o755);
  }
}

/** A case: its command line, and a file system or spies (`arm`) that fail as the case needs. */
type Setup = (
  dir: string,
  input: string,
) => Promise<{ argv: string[]; fs?: FileSystem; arm?: () => void }>;

/** Runs a refused command: exit 1, the message naming `named`, and not a byte changed around. */
async function refused(setup: Setup, words: string, named: (dir: string, input: string) => string) {
  const { dir, input } = await bookFolder();
  const { argv, fs: files, arm } = await setup(dir, input);
  const before = await snapshot(dir);
  arm?.();
  const r = await tuijin(argv, files ? { fs: files } : {});
  jest.restoreAllMocks();
  expect({ code: r.code, err: r.err }).toEqual({
    code: EXIT.unusable,
    err: expect.stringContaining(words),
  });
  expect(r.err).toContain(named(dir, input));
  expect(r.err).not.toMatch(/\n\s+at /);
  expect(await snapshot(dir)).toEqual(before);
}

const budget = (input: string, ...more: string[]) => ['budget', input, '--create', ...more];

describe('tuijin writes files as a careful desktop program does', () => {
  it.each<[string, Setup, string, (dir: string, input: string) => string]>([
    [
      'the input itself',
      async (_d, input) => ({ argv: budget(input, '-o', input) }),
      '就是输入的工作簿，写出会覆盖它',
      (_d, input) => input,
    ],
    [
      'the input by another way there',
      async (dir, input) => {
        await fs.mkdir(path.join(dir, 'sub'));
        return { argv: budget(input, '-o', `${dir}/sub/../book.xlsx`) };
      },
      '--in-place（会先把原文件复制为',
      (dir) => path.join(dir, 'book.bak.xlsx'),
    ],
    [
      'a symbolic link to the input',
      async (dir, input) => {
        await fs.symlink(input, path.join(dir, 'link.xlsx'));
        return { argv: budget(input, '-o', path.join(dir, 'link.xlsx')) };
      },
      '就是输入的工作簿',
      (dir) => path.join(dir, 'link.xlsx'),
    ],
    [
      'a hard link to the input',
      async (dir, input) => {
        await fs.link(input, path.join(dir, 'same.xlsx'));
        return { argv: budget(input, '-o', path.join(dir, 'same.xlsx')) };
      },
      '就是输入的工作簿',
      (dir) => path.join(dir, 'same.xlsx'),
    ],
    [
      'a folder',
      async (dir, input) => {
        await fs.mkdir(path.join(dir, 'out'));
        return { argv: budget(input, '-o', path.join(dir, 'out')) };
      },
      '是一个文件夹。请在 -o 后写上文件名',
      (dir) => path.join(dir, 'out', 'book.xlsx'),
    ],
    ...['out.csv', 'out.xls', 'out.xlsm', 'out'].map(
      (name) =>
        [
          name,
          async (dir: string, input: string) => ({
            argv: budget(input, '-o', path.join(dir, name)),
          }),
          '不是 Excel 工作簿的文件名：这里只能写 .xlsx 文件',
          (dir: string) => path.join(dir, name),
        ] as [string, Setup, string, (dir: string, input: string) => string],
    ),
    [
      'a read-only file (no write permission for anyone: refused even for root)',
      async (dir, input) => {
        await fs.writeFile(path.join(dir, 'out.xlsx'), 'an older result');
        await fs.chmod(path.join(dir, 'out.xlsx'), 0o444);
        return { argv: budget(input, '-o', path.join(dir, 'out.xlsx')) };
      },
      '是只读的，不能改写',
      (dir) => path.join(dir, 'out.xlsx'),
    ],
    [
      'a folder that refuses new files (injected: access says no)',
      async (dir, input) => ({
        argv: budget(input, '-o', path.join(dir, 'out.xlsx')),
        fs: failing('access', 'EACCES', (p) => p === dir),
      }),
      '无法在文件夹',
      (dir) => dir,
    ],
    [
      'a read-only file system (injected: making the temporary file fails)',
      async (dir, input) => ({
        argv: budget(input, '-o', path.join(dir, 'out.xlsx')),
        fs: failing('writeFile', 'EROFS', isTemp),
      }),
      '没有写入权限，或该位置只读',
      (dir) => dir,
    ],
    [
      'a file open in Excel (injected: Windows refuses the rename with EBUSY)',
      async (dir, input) => {
        await fs.writeFile(path.join(dir, 'out.xlsx'), 'an older result');
        return {
          argv: budget(input, '-o', path.join(dir, 'out.xlsx')),
          fs: failing('rename', 'EBUSY', isTemp),
        };
      },
      '它可能正在 Excel、WPS 或其他程序中打开',
      (dir) => path.join(dir, 'out.xlsx'),
    ],
    [
      'a file held elsewhere (injected: the rename is not permitted)',
      async (dir, input) => ({
        argv: budget(input, '-o', path.join(dir, 'out.xlsx')),
        fs: failing('rename', 'EPERM', isTemp),
      }),
      '请关闭它后重试',
      (dir) => path.join(dir, 'out.xlsx'),
    ],
  ])('refuses -o as %s with exit 1, naming the path', async (_name, setup, words, named) => {
    await refused(setup, words, named);
  });

  it.each<[string, Setup, string]>([
    [
      'a folder',
      async (dir) => ({ argv: ['sheets', dir] }),
      '是一个文件夹，不是工作簿。请写出文件夹里那个 .xlsx 文件的路径',
    ],
    [
      'a folder given to a command that writes',
      async (dir) => ({ argv: budget(dir, '-o', path.join(dir, 'out.xlsx')) }),
      '是一个文件夹，不是工作簿',
    ],
  ])('refuses an input that is %s', async (_name, setup, words) => {
    await refused(setup, words, (dir) => dir);
  });

  it('refuses an input it may not read (injected: root reads any file, so readFile fails)', async () => {
    const readFile = fs.readFile.bind(fs) as (...a: unknown[]) => Promise<unknown>;
    let denied = 0;
    const deny = (async (p: unknown, ...rest: unknown[]) => {
      if (!String(p).endsWith('book.xlsx')) return readFile(p, ...rest);
      denied++;
      throw errno('EACCES');
    }) as typeof fs.readFile;
    await refused(
      async (dir, input) => ({
        argv: budget(input, '-o', path.join(dir, 'out.xlsx')),
        arm: () => jest.spyOn(fs, 'readFile').mockImplementation(deny),
      }),
      '没有权限读取',
      (_d, input) => input,
    );
    expect(denied).toBe(1);
  });

  // Skipped as root, where the injected cases above stand in for these.
  (chmodBites() ? it : it.skip)(
    'refuses an unreadable input and a read-only folder, by chmod',
    async () => {
      await refused(
        async (dir, input) => {
          await fs.chmod(input, 0o000);
          return { argv: budget(input, '-o', path.join(dir, 'out.xlsx')) };
        },
        '没有权限读取',
        (_d, input) => input,
      );
      await refused(
        async (dir, input) => {
          await fs.chmod(dir, 0o555);
          return { argv: budget(input, '-o', path.join(dir, 'out.xlsx')) };
        },
        '无法在文件夹',
        (dir) => dir,
      );
    },
  );
});

describe('tuijin never leaves a half-written file', () => {
  it('removes the temporary file when writing it fails, and keeps the old output', async () => {
    const save = XlsxHost.prototype.save;
    const written: string[] = [];
    await refused(
      async (dir, input) => {
        await fs.writeFile(path.join(dir, 'out.xlsx'), 'an older result');
        return {
          argv: budget(input, '-o', path.join(dir, 'out.xlsx')),
          arm: () =>
            jest.spyOn(XlsxHost.prototype, 'save').mockImplementation(async function (
              this: XlsxHost,
              f,
            ) {
              written.push(f);
              await save.call(this, f);
              await fs.truncate(f, 100); // half a workbook, then the disk is full
              throw errno('ENOSPC');
            }),
        };
      },
      '失败（ENOSPC）。没有留下写了一半的文件',
      (dir) => path.join(dir, 'out.xlsx'),
    );
    expect(written.map(isTemp)).toEqual([true]);
  });

  it('removes the temporary file on a fault of the program too (exit 3)', async () => {
    const { dir, input } = await bookFolder();
    const before = await snapshot(dir);
    jest.spyOn(XlsxHost.prototype, 'save').mockImplementation(async (f) => {
      await fs.writeFile(f, 'half');
      throw new TypeError('a bug');
    });
    const r = await tuijin(budget(input, '-o', path.join(dir, 'out.xlsx')));
    jest.restoreAllMocks();
    expect(r.code).toBe(EXIT.bug);
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('tuijin --in-place', () => {
  it('copies the original to BOOK.bak.xlsx, then replaces the workbook, keeping its permissions', async () => {
    const { dir, input } = await bookFolder();
    await fs.chmod(input, 0o640);
    const original = await fs.readFile(input);
    const r = await tuijin(budget(input, '--in-place'));
    expect(r.code).toBe(EXIT.ok);
    const backup = path.join(dir, 'book.bak.xlsx');
    expect(r.out).toContain(`已改写 ${input}；改写前的原文件保存在 ${backup}。`);
    expect(await fs.readdir(dir)).toEqual(['book.bak.xlsx', 'book.xlsx']);
    expect((await fs.readFile(backup)).equals(original)).toBe(true);
    expect(await (await XlsxHost.open(input)).readSheet('预算')).not.toBeNull();
    expect(await (await XlsxHost.open(backup)).readSheet('预算')).toBeNull();
    expect((await fs.stat(input)).mode & 0o777).toBe(0o640);
  });

  it('accepts -o naming the input, says where the backup is in JSON, and writes through a link', async () => {
    const { dir, input } = await bookFolder();
    const link = path.join(dir, 'link.xlsx');
    await fs.symlink(input, link);
    const original = await fs.readFile(input);
    const r = await tuijin(budget(link, '--in-place', '-o', link, '--json'));
    expect(r.code).toBe(EXIT.ok);
    const backup = path.join(dir, 'book.bak.xlsx');
    expect(JSON.parse(r.out)).toMatchObject({ written: true, backup });
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect((await fs.readFile(backup)).equals(original)).toBe(true);
    expect(await (await XlsxHost.open(input)).readSheet('预算')).not.toBeNull();
  });

  it('updates a restored workbook in place too', async () => {
    const { dir, input } = await bookFolder();
    expect((await tuijin(budget(input, '--in-place'))).code).toBe(EXIT.ok);
    const r = await tuijin(['restore', input, '--in-place', '--lang', 'en-US']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain(`the original as it was is kept in ${path.join(dir, 'book.bak.xlsx')}`);
    expect(await (await XlsxHost.open(input)).readSheet('预算')).toBeNull();
  });

  it.each<[string, (input: string) => FileSystem, string, string[]]>([
    [
      'the backup cannot be made',
      () => failing('copyFile', 'ENOSPC', () => true),
      '无法把原文件复制为',
      ['book.xlsx'],
    ],
    [
      'the workbook is held open',
      () => failing('rename', 'EBUSY', isTemp),
      '它可能正在 Excel、WPS 或其他程序中打开',
      ['book.bak.xlsx', 'book.xlsx'],
    ],
  ])('leaves the workbook as it was when %s', async (_name, files, words, left) => {
    const { dir, input } = await bookFolder();
    const original = await fs.readFile(input);
    const r = await tuijin(budget(input, '--in-place'), { fs: files(input) });
    expect({ code: r.code, err: r.err }).toEqual({
      code: EXIT.unusable,
      err: expect.stringContaining(words),
    });
    expect((await fs.readFile(input)).equals(original)).toBe(true);
    expect((await fs.readdir(dir)).sort()).toEqual(left);
    for (const name of left) expect((await fs.readFile(path.join(dir, name))).equals(original));
  });

  it('refuses a read-only workbook, and -o naming another file (usage)', async () => {
    await refused(
      async (_d, input) => {
        await fs.chmod(input, 0o444);
        return { argv: budget(input, '--in-place') };
      },
      '是只读的',
      (_d, input) => input,
    );
    const { dir, input } = await bookFolder();
    const before = await snapshot(dir);
    const r = await tuijin(budget(input, '--in-place', '-o', path.join(dir, 'x.xlsx')));
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain(`--in-place 改写的是输入的工作簿本身，不能再用 -o ${dir}`);
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('tuijin demo -o', () => {
  it('creates the folder and its parents', async () => {
    const dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-demo-')), 'a', 'b');
    const r = await tuijin(['demo', '-o', dir]);
    expect(r).toMatchObject({
      code: EXIT.ok,
      out: `示例工作簿已写入 ${path.join(dir, SAMPLE_FILE)}`,
    });
    expect(await fs.readdir(dir)).toEqual([SAMPLE_FILE]);
  });

  it('refuses a file where the folder should be (exit 1) and a workbook name (usage)', async () => {
    const { dir } = await bookFolder();
    const notes = path.join(dir, 'notes');
    await fs.writeFile(notes, '');
    const before = await snapshot(dir);
    const onFile = await tuijin(['demo', '-o', notes, '--lang', 'en-US']);
    expect(onFile.code).toBe(EXIT.unusable);
    expect(onFile.err).toBe(
      `${notes} is a file, so it cannot be the output folder. Choose another folder name.`,
    );
    const named = await tuijin(['demo', '-o', path.join(dir, 'new.xlsx')]);
    expect(named.code).toBe(EXIT.usage);
    expect(named.err).toContain('demo 的 -o 要写一个文件夹');
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('tuijin messages about files and usage are in the user language', () => {
  it('tells the output that is the input in English', async () => {
    const { dir, input } = await bookFolder();
    const r = await tuijin(budget(input, '-o', input), { env: { LANG: 'en_US.UTF-8' } });
    expect(r.code).toBe(EXIT.unusable);
    expect(r.err).toBe(
      `The output ${input} is the input workbook itself; writing would overwrite it. Choose another name with -o, or add --in-place to update it (the original is first copied to ${path.join(dir, 'book.bak.xlsx')}).`,
    );
  });

  it.each([
    [['demo', '--bogus'], '不认识的选项 --bogus。', 'Unknown option --bogus.'],
    [['budget', 'a.xlsx', '-o'], '选项 --out 后面要写一个值。', 'The option --out needs a value'],
    [['frobnicate'], '没有“frobnicate”这个命令。', 'There is no command "frobnicate".'],
    [['budget'], '缺少输入工作簿：请在 tuijin budget 后面', 'Missing the input workbook'],
    [['roi', 'a.xlsx'], 'tuijin roi 要用 -o 输出.xlsx', 'tuijin roi needs -o OUT.xlsx'],
    [['budget', 'a.xlsx', '-o', 'b.xlsx', '--reserve', '2'], '而不是“2”', 'not "2"'],
    [['roi', 'a.xlsx', '-o', 'b.xlsx', '--margin', 'x'], '--margin 要写毛利率', '--margin wants'],
    [
      ['targets', 'a.xlsx', '-o', 'b.xlsx', '--target', '0'],
      '--target 要写销售额目标',
      '--target wants',
    ],
    [['targets', 'a.xlsx', '-o', 'b.xlsx', '--aov', '-5'], '--aov 要写客单价', '--aov wants'],
    [
      ['targets', 'a.xlsx', '-o', 'b.xlsx', '--conversion', '120%'],
      '--conversion 要写转化率',
      '--conversion wants',
    ],
    [
      ['targets', 'a.xlsx', '-o', 'b.xlsx', '--burst-day', '双11'],
      '--burst-day 要写爆发日的日期',
      '--burst-day wants',
    ],
    [['targets', 'a.xlsx'], 'tuijin targets 要用 -o 输出.xlsx', 'tuijin targets needs -o OUT.xlsx'],
    [['timeline', 'a.xlsx', '-o', 'b.xlsx', '--template', 'x'], '没有模板“x”', 'no template "x"'],
    [['timeline', 'a.xlsx', '-o', 'b.xlsx', '--anchor', '开团'], '--anchor 的写法是', 'not "开团"'],
  ])('%j: exit 2 in Chinese, and in English however it is asked for', async (argv, zh, en) => {
    const chinese = await tuijin(argv);
    expect([chinese.code, chinese.err.split('\n')[0]]).toEqual([
      EXIT.usage,
      expect.stringContaining(zh),
    ]);
    expect(chinese.err).toContain('用法');
    for (const english of [
      await tuijin(argv, { env: { LANG: 'en_GB.UTF-8' } }),
      await tuijin([...argv, '--lang', 'en-US'], { env: { LANG: 'zh_CN.UTF-8' } }),
      await tuijin(['--lang=en-US', ...argv]),
    ]) {
      expect([english.code, english.err.split('\n')[0]]).toEqual([
        EXIT.usage,
        expect.stringContaining(en),
      ]);
      expect(english.err).toContain('Usage');
    }
  });
});
