/** A demo user offered by the local server (`GET /auth/dev-users`). */
interface DevUser {
  username: string;
  role: string;
}

/**
 * A token for the demo district admin, from the local server's dev sign-in. Null when the page is served
 * by something without it (then the Headers tab starts empty and the user pastes a token).
 */
export async function demoToken(fetchImpl: typeof fetch): Promise<string | null> {
  try {
    const users = (await (await fetchImpl('/auth/dev-users')).json()) as DevUser[];
    const district = users.find((user) => user.role === 'DISTRICT_ADMIN');
    if (!district) return null;
    const response = await fetchImpl('/auth/dev-login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: district.username }),
    });
    if (!response.ok) return null;
    return ((await response.json()) as { token?: string }).token ?? null;
  } catch {
    return null;
  }
}
