import * as path from 'node:path';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = path.resolve(__dirname, '..');
const xml = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as {
  OfficeApp: Record<string, unknown>;
};
const app = parsed.OfficeApp as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ORIGIN = 'https://localhost:3000/';
const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g)].map((m) => m[1]!);

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('is an Excel task pane add-in, Chinese by default with English overrides', () => {
    expect(app['@xsi:type']).toBe('TaskPaneApp');
    expect(app.Hosts.Host['@Name']).toBe('Workbook');
    expect(app.DefaultLocale).toBe('zh-CN');
    expect(app.DisplayName['@DefaultValue']).toBe('推进表助手');
    expect(app.DisplayName.Override['@Locale']).toBe('en-US');
    expect(app.Permissions).toBe('ReadWriteDocument');
    expect(app.Requirements.Sets.Set).toMatchObject({ '@Name': 'ExcelApi', '@MinVersion': '1.8' });
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('has a 推进表 group with the three commands, each opening one pane on its own view', () => {
    const group = app.VersionOverrides.Hosts.Host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group;
    const strings = app.VersionOverrides.Resources['bt:ShortStrings']['bt:String'] as {
      '@id': string;
      '@DefaultValue': string;
      'bt:Override': { '@Value': string };
    }[];
    const label = (id: string) => strings.find((s) => s['@id'] === id);
    expect(label(group.Label['@resid'])?.['@DefaultValue']).toBe('推进表');
    const controls = group.Control as {
      Label: { '@resid': string };
      Action: { '@xsi:type': string; TaskpaneId: string; SourceLocation: { '@resid': string } };
    }[];
    expect(
      controls.map((c) => [
        label(c.Label['@resid'])?.['@DefaultValue'],
        label(c.Label['@resid'])?.['bt:Override']['@Value'],
      ]),
    ).toEqual([
      ['生成时间表', 'Generate timeline'],
      ['预算表', 'Budget table'],
      ['计算ROI', 'Compute ROI'],
    ]);
    const urlOf = (id: string) =>
      (
        app.VersionOverrides.Resources['bt:Urls']['bt:Url'] as {
          '@id': string;
          '@DefaultValue': string;
        }[]
      ).find((u) => u['@id'] === id)?.['@DefaultValue'];
    expect(controls.map((c) => c.Action['@xsi:type'])).toEqual([
      'ShowTaskpane',
      'ShowTaskpane',
      'ShowTaskpane',
    ]);
    expect(new Set(controls.map((c) => c.Action.TaskpaneId)).size).toBe(1);
    expect(
      controls.map((c) =>
        new URL(urlOf(c.Action.SourceLocation['@resid'])!).searchParams.get('view'),
      ),
    ).toEqual(['timeline', 'budget', 'roi']);
  });

  it('gives the add-in icons of the documented sizes, read from the PNG headers', () => {
    // IconUrl: 32 × 32 for a task pane add-in; HighResolutionIconUrl: 64 × 64 for content and
    // task pane add-ins (the IconUrl and HighResolutionIconUrl element pages of the manifest
    // reference); the ribbon's bt:Image carries its size.
    const icons = [
      [app.IconUrl['@DefaultValue'], 32],
      [app.HighResolutionIconUrl['@DefaultValue'], 64],
      ...(
        app.VersionOverrides.Resources['bt:Images']['bt:Image'] as {
          '@id': string;
          '@DefaultValue': string;
        }[]
      ).map((i) => [i['@DefaultValue'], Number(i['@id'].replace('Icon.', ''))] as const),
    ] as [string, number][];
    expect(icons.map(([, size]) => size)).toEqual([32, 64, 16, 32, 80]);
    for (const [url, size] of icons)
      expect([url, pngSize(new URL(url).pathname)]).toEqual([url, [size, size]]);
  });

  it('ships no icon the manifest does not name', () => {
    const named = new Set([...xml.matchAll(/assets\/([\w-]+\.png)/g)].map((m) => m[1]));
    expect(readdirSync(path.join(ROOT, 'assets')).filter((f) => !named.has(f))).toEqual([]);
  });

  it('points every URL at a file the production build contains', () => {
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url.startsWith(ORIGIN)).toBe(true);
      const file = path.join(ROOT, 'dist', new URL(url).pathname);
      expect([url, existsSync(file)]).toEqual([url, true]);
    }
  });
});

/** Width and height of a PNG of the repository, from its IHDR chunk (bytes 16–23). */
function pngSize(file: string): [number, number] {
  const png = readFileSync(path.join(ROOT, file));
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}
