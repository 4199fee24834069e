import * as path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
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

  it('names icons of 16, 32 and 80 for the ribbon and 64 and 128 for the add-in', () => {
    const sizes = [...xml.matchAll(/icon-(\d+)\.png/g)].map((m) => Number(m[1]));
    expect([...new Set(sizes)].sort((a, b) => a - b)).toEqual([16, 32, 64, 80, 128]);
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
