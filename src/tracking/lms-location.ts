/**
 * The lesson location an LMS keeps for the course (cmi.core.lesson_location / cmi.location):
 * `slug#section` of the lesson last open, or just `slug`. Kept apart from the SCORM adapters, which
 * load only in an LMS, because start-up reads it too.
 */

/** Reads a location back into a lesson and section; null when it is not one of ours. */
export function parseLocation(location: string): { slug: string; section?: string } | null {
  const [slug = '', ...rest] = location.split('#');
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(slug)) return null;
  const section = rest.join('#');
  return section ? { slug, section } : { slug };
}
