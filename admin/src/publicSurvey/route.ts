/**
 * `/s/<accessCode>` on the console's origin: the public answering page. A real path (not a `#/` route of
 * the console), so the link printed on a notice is short; the servers answer it with index.html.
 */
export function accessCodeOf(pathname: string): string | null {
  const match = /^\/s\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** The public link of a survey, on the origin the console runs on. */
export const publicSurveyLink = (accessCode: string, origin = window.location.origin) => `${origin}/s/${encodeURIComponent(accessCode)}`;
