export type ScormVersion = '12' | '2004';

export interface ScormVersionSpec {
  label: string;
  tracker: 'scorm12' | 'scorm2004';
  zip: string;
  /** Absolute path of the folder holding this version's schema files. */
  schemaDir: string;
  schemaFiles: string[];
  namespaces: Record<string, string>;
}

export const SCORM_VERSIONS: Record<ScormVersion, ScormVersionSpec>;

export function buildManifest(options: {
  version: ScormVersion;
  title: string;
  files: string[];
  identifier?: string;
  packageVersion?: string;
  launch?: string;
}): string;

export function hasXmllint(): boolean;

export function validateManifest(manifestXml: string, version: ScormVersion): { ok: boolean; output: string };

export function checkManifestReferences(manifestXml: string, exists: (path: string) => boolean): string[];
