import type { INavigator, IWindow, NavigateParams } from 'oidc-client-ts';

/**
 * What a person's browser does at the provider, for tests that run in Node: follows redirects with the
 * provider's cookies, fills in the sign-in form with a user name, submits the sign-out form, and stops
 * where the provider sends the browser back to the console. oidc-client-ts takes it as its navigator.
 */
export class ProviderUserAgent implements INavigator {
  private cookies = new Map<string, string>();
  /** Where the provider sent the browser back (the console's callback or post-logout URL). */
  returnedTo: string | null = null;
  /** Every URL the "browser" opened, in order. */
  readonly visited: string[] = [];

  constructor(
    /** URLs on the console's own origin: reaching one ends the trip. */
    private readonly consoleOrigin: string,
    /** Who signs in when the provider shows its sign-in form. */
    public username: string,
  ) {}

  async prepare(): Promise<IWindow> {
    return { navigate: (params: NavigateParams) => this.navigate(params.url), close: () => undefined };
  }

  async callback(): Promise<void> {}

  private cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private remember(response: Response) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      const expired = attributes.some((attribute) => /^\s*expires=Thu, 01 Jan 1970/i.test(attribute) || /^\s*max-age=0$/i.test(attribute));
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
  }

  /** Opens `url` like a browser tab would, until the provider sends it back to the console. */
  async navigate(url: string, init: { method?: string; body?: URLSearchParams } = {}): Promise<{ url: string }> {
    let next: { url: string; method: string; body?: URLSearchParams } = { url, method: init.method ?? 'GET', body: init.body };
    for (let hop = 0; hop < 20; hop++) {
      if (next.url.startsWith(this.consoleOrigin)) {
        this.returnedTo = next.url;
        return { url: next.url };
      }
      this.visited.push(next.url);
      const response = await fetch(next.url, {
        method: next.method,
        redirect: 'manual',
        headers: { cookie: this.cookieHeader(), ...(next.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
        body: next.body,
      });
      this.remember(response);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        next = { url: new URL(location, next.url).toString(), method: 'GET' };
        continue;
      }
      const html = await response.text();
      const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
      if (response.status !== 200 || !form) throw new Error(`The provider answered ${response.status} at ${next.url}:\n${html.slice(0, 500)}`);
      // The sign-in form asks for a user name; the sign-out form carries its own hidden fields.
      const fields = new URLSearchParams();
      for (const [, name, value] of form[2].matchAll(/<input[^>]*name="([^"]+)"(?:[^>]*value="([^"]*)")?[^>]*>/gi)) fields.set(name, value ?? '');
      if (fields.has('username')) fields.set('username', this.username);
      next = { url: new URL(form[1].replace(/&amp;/g, '&'), next.url).toString(), method: 'POST', body: fields };
    }
    throw new Error(`Too many redirects from ${url}`);
  }
}
