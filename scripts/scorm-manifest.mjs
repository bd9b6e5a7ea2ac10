// The SCORM package's imsmanifest.xml, for SCORM 1.2 and SCORM 2004 4th edition, and its checks:
// validation against the official schemas (with xmllint, from Debian's libxml2-utils) and that every
// <file href> and identifierref points at something real. Used by scripts/build-scorm.mjs and its tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SCHEMA_ROOT = fileURLToPath(new URL('./scorm-schemas/', import.meta.url));

/** Per version: where its schemas are (a folder path), which go into the package, what the build forces. */
export const SCORM_VERSIONS = {
  12: {
    label: 'SCORM 1.2',
    tracker: 'scorm12',
    zip: 'servewell-scorm12.zip',
    schemaDir: join(SCHEMA_ROOT, '12'),
    schemaFiles: ['imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'],
    /** Namespace → schema file, for validation. */
    namespaces: {
      'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
      'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
    },
  },
  2004: {
    label: 'SCORM 2004 4th edition',
    tracker: 'scorm2004',
    zip: 'servewell-scorm2004.zip',
    schemaDir: join(SCHEMA_ROOT, '2004'),
    schemaFiles: [
      'imscp_v1p1.xsd',
      'adlcp_v1p3.xsd',
      'adlseq_v1p3.xsd',
      'adlnav_v1p3.xsd',
      'imsss_v1p0.xsd',
      'imsss_v1p0auxresource.xsd',
      'imsss_v1p0control.xsd',
      'imsss_v1p0delivery.xsd',
      'imsss_v1p0limit.xsd',
      'imsss_v1p0objective.xsd',
      'imsss_v1p0random.xsd',
      'imsss_v1p0rollup.xsd',
      'imsss_v1p0seqrule.xsd',
      'imsss_v1p0util.xsd',
      'xml.xsd',
      'XMLSchema.dtd',
      'datatypes.dtd',
    ],
    namespaces: {
      'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
      'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
      'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
    },
  },
};

const escapeXml = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A package path as a manifest href: forward slashes, each segment URI-encoded, then XML-escaped. */
const href = (path) => escapeXml(path.split('/').map(encodeURIComponent).join('/'));

const schemaLocation = (namespaces) =>
  Object.entries(namespaces)
    .map(([ns, file]) => `${ns} ${file}`)
    .join(' ');

/**
 * The manifest for one single-SCO package.
 * @param {{ version: '12' | '2004', title: string, files: string[], identifier?: string,
 *   packageVersion?: string, launch?: string }} options  files: every file of the course, relative paths
 * @returns {string}
 */
export function buildManifest({
  version,
  title,
  files,
  identifier = 'servewell-course',
  packageVersion = '1.0',
  launch = 'index.html',
}) {
  if (!files.includes(launch)) throw new Error(`The launch file ${launch} is not among the package's files.`);
  const fileList = [...new Set(files)]
    .sort()
    .map((file) => `      <file href="${href(file)}"/>`)
    .join('\n');
  const t = escapeXml(title);
  if (String(version) === '12') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(identifier)}" version="${escapeXml(packageVersion)}"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="servewell-organization">
    <organization identifier="servewell-organization">
      <title>${t}</title>
      <item identifier="servewell-item" identifierref="servewell-sco" isvisible="true">
        <title>${t}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="servewell-sco" type="webcontent" adlcp:scormtype="sco" href="${href(launch)}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
  }
  if (String(version) === '2004') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(identifier)}" version="${escapeXml(packageVersion)}"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="${schemaLocation(SCORM_VERSIONS[2004].namespaces)}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="servewell-organization">
    <organization identifier="servewell-organization">
      <title>${t}</title>
      <item identifier="servewell-item" identifierref="servewell-sco">
        <title>${t}</title>
        <imsss:sequencing>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="servewell-sco" type="webcontent" adlcp:scormType="sco" href="${href(launch)}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
  }
  throw new Error(`Unknown SCORM version ${version}: use 12 or 2004.`);
}

/** True when xmllint (Debian: apt-get install libxml2-utils) can be run. */
export function hasXmllint() {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return probe.status === 0;
}

/**
 * Validates a manifest against the version's official schemas with xmllint. One schema document that
 * imports every namespace the manifest uses is written to a temporary folder, pointing at our copies.
 * @returns {{ ok: boolean, output: string }}
 */
export function validateManifest(manifestXml, version) {
  const spec = SCORM_VERSIONS[String(version)];
  if (!spec) throw new Error(`Unknown SCORM version ${version}`);
  if (!hasXmllint()) {
    throw new Error('xmllint is not installed: on Debian or Ubuntu, apt-get install libxml2-utils');
  }
  const dir = mkdtempSync(join(tmpdir(), 'servewell-manifest-'));
  try {
    const imports = Object.entries(spec.namespaces)
      .map(([ns, file]) => {
        const location = pathToFileURL(resolve(spec.schemaDir, file)).href;
        return `  <xs:import namespace="${ns}" schemaLocation="${location}"/>`;
      })
      .join('\n');
    writeFileSync(
      join(dir, 'all.xsd'),
      `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${imports}\n</xs:schema>\n`,
    );
    writeFileSync(join(dir, 'imsmanifest.xml'), manifestXml);
    const run = spawnSync(
      'xmllint',
      ['--noout', '--nonet', '--schema', join(dir, 'all.xsd'), join(dir, 'imsmanifest.xml')],
      { encoding: 'utf8' },
    );
    return { ok: run.status === 0, output: `${run.stdout ?? ''}${run.stderr ?? ''}`.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const attributeValues = (xml, element, attribute) =>
  [...xml.matchAll(new RegExp(`<${element}\\b[^>]*\\s${attribute}="([^"]*)"`, 'g'))].map((m) =>
    m[1]
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );

/**
 * Checks that every <file href> and resource href names a file that exists, and that every item's
 * identifierref names a resource. Returns the problems found, in words; [] when all is well.
 * @param {string} manifestXml
 * @param {(path: string) => boolean} exists  is this package path a file?
 */
export function checkManifestReferences(manifestXml, exists) {
  const problems = [];
  const files = attributeValues(manifestXml, 'file', 'href').map(decodeURIComponent);
  const launches = attributeValues(manifestXml, 'resource', 'href').map(decodeURIComponent);
  for (const file of [...files, ...launches]) {
    if (!exists(file)) problems.push(`${file} is listed but not in the package`);
  }
  for (const launch of launches) {
    if (!files.includes(launch)) problems.push(`${launch} is launched but not listed as a <file>`);
  }
  const resources = new Set(attributeValues(manifestXml, 'resource', 'identifier'));
  for (const ref of attributeValues(manifestXml, 'item', 'identifierref')) {
    if (!resources.has(ref)) problems.push(`item points at resource ${ref}, which does not exist`);
  }
  const organizations = new Set(attributeValues(manifestXml, 'organization', 'identifier'));
  for (const ref of attributeValues(manifestXml, 'organizations', 'default')) {
    if (!organizations.has(ref)) problems.push(`the default organization ${ref} does not exist`);
  }
  return problems;
}
