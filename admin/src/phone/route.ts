import type { Audience } from './session';

/** `/m/parent` and `/m/teacher` (trailing slash or sub-paths allowed): the phone pages, outside the console. */
export function phoneAudienceOf(pathname: string): Audience | null {
  const match = /^\/m\/(parent|teacher)(\/.*)?$/.exec(pathname);
  return match ? (match[1] as Audience) : null;
}
