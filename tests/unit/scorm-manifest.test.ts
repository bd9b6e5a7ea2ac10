// @vitest-environment node
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildManifest,
  checkManifestReferences,
  hasXmllint,
  SCORM_VERSIONS,
  validateManifest,
} from '../../scripts/scorm-manifest.mjs';
import type { ScormVersion } from '../../scripts/scorm-manifest.mjs';

const FILES = [
  'index.html',
  'favicon.svg',
  'assets/index-Bx1.js',
  'assets/index-Cc2.css',
  'assets/01-greeting-Q9.js',
  'assets/a&b file.js',
];
const TITLE = 'Servewell: customer service <that> brings people back';
const VERSIONS: ScormVersion[] = ['12', '2004'];

function validate(xml: string, version: ScormVersion) {
  if (!hasXmllint()) {
    throw new Error(
      'xmllint is needed to check the SCORM manifests against the official schemas. ' +
        'On Debian or Ubuntu: apt-get install libxml2-utils',
    );
  }
  return validateManifest(xml, version);
}

describe.each(VERSIONS)('SCORM %s manifest', (version) => {
  const xml = buildManifest({ version, title: TITLE, files: FILES, packageVersion: '0.1.0' });

  it('validates against the official schemas', () => {
    const result = validate(xml, version);
    expect(result.output).toMatch(/validates$/);
    expect(result.ok).toBe(true);
  });

  it('lists every file once, escaped, and every reference resolves', () => {
    for (const file of FILES) {
      const escaped = file.split('/').map(encodeURIComponent).join('/').replace(/&/g, '&amp;');
      expect(xml).toContain(`<file href="${escaped}"/>`);
    }
    expect(xml.match(/<file /g)).toHaveLength(FILES.length);
    expect(xml).toContain('Servewell: customer service &lt;that&gt; brings people back');
    expect(checkManifestReferences(xml, (path) => FILES.includes(path))).toEqual([]);
  });

  it('names its schema files, and ships each one', () => {
    const spec = SCORM_VERSIONS[version];
    const named = [...xml.matchAll(/\s(\S+\.xsd)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    for (const file of named) {
      expect(spec.schemaFiles).toContain(file);
      expect(existsSync(join(spec.schemaDir, file!))).toBe(true);
    }
  });

  it('fails validation when the manifest breaks the schema', () => {
    const broken =
      version === '12'
        ? xml.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"')
        : xml.replace('adlcp:scormType="sco"', 'adlcp:scormType="lesson"');
    expect(broken).not.toBe(xml);
    const result = validate(broken, version);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/scorm[tT]ype/);
    expect(validate(xml.replace(/<organizations /, '<organisations '), version).ok).toBe(false);
  });

  it('reports files and identifiers that do not resolve', () => {
    expect(checkManifestReferences(xml, (path) => path !== 'favicon.svg')).toEqual([
      'favicon.svg is listed but not in the package',
    ]);
    const badRef = xml.replace('identifierref="servewell-sco"', 'identifierref="elsewhere"');
    expect(checkManifestReferences(badRef, () => true)).toEqual([
      'item points at resource elsewhere, which does not exist',
    ]);
  });

  it('refuses a package whose launch page is missing', () => {
    expect(() => buildManifest({ version, title: TITLE, files: ['assets/x.js'] })).toThrow(
      /launch file index.html/,
    );
  });
});
