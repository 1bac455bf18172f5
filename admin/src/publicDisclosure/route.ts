/**
 * `/p/<accessCode>` on the console's origin: the public disclosure page (公示). A real path, so the link printed on a
 * notice board is short; the servers answer it with index.html.
 */
export function disclosureCodeOf(pathname: string): string | null {
  const match = /^\/p\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** The public link of a disclosure, on the origin the console runs on. */
export const publicDisclosureLink = (accessCode: string, origin = window.location.origin) => `${origin}/p/${encodeURIComponent(accessCode)}`;
