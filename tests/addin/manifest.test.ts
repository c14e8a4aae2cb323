import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const XSD = 'tests/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd';
const validate = (file: string) => spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });

describe('manifest.xml', () => {
  it('validates offline against the Office add-in manifest schemas', () => {
    const result = validate('manifest.xml');
    expect(result.stderr).toContain('manifest.xml validates');
    expect(result.status).toBe(0);
  });

  it('declares a Workbook task pane with ReadWriteDocument, ExcelApi and a Home-tab button', () => {
    const xml = readFileSync('manifest.xml', 'utf8');
    expect(xml).toContain('xsi:type="TaskPaneApp"');
    expect(xml).toMatch(/<Host Name="Workbook"\/>/);
    expect(xml).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.\d+"\/>/);
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toContain('xsi:type="ShowTaskpane"');
  });

  it('is caught by the schema check when it is broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    const broken = readFileSync('manifest.xml', 'utf8').replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>EverythingPlease</Permissions>');
    writeFileSync(join(dir, 'manifest.xml'), broken);
    const result = validate(join(dir, 'manifest.xml'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/Permissions/);
  });
});
