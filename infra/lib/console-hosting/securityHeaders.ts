import { Duration } from 'aws-cdk-lib';
import {
  HeadersFrameOption,
  HeadersReferrerPolicy,
  type ResponseCustomHeadersBehavior,
  type ResponseSecurityHeadersBehavior,
} from 'aws-cdk-lib/aws-cloudfront';

export interface CspSources {
  /** Origins the console calls with fetch: the API, the sign-in endpoint, the documents bucket for uploads. */
  connect: string[];
  /** Origins images may come from besides the console itself (previews of uploaded documents). */
  images: string[];
}

/**
 * The console's Content-Security-Policy. Scripts only from the console's own
 * origin (Vite emits no inline script); `'unsafe-inline'` styles because MUI's
 * emotion injects <style> elements at runtime, a far smaller risk than inline
 * script. Nothing may frame the console, and forms and <base> cannot leave it.
 */
export function contentSecurityPolicy(sources: CspSources): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...sources.images],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...sources.connect],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'upgrade-insecure-requests': [],
  };
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** HSTS, CSP, no framing, no MIME sniffing, no referrer to other origins (presigned URLs stay out of logs). */
export function securityHeaders(sources: CspSources): ResponseSecurityHeadersBehavior {
  return {
    contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(sources), override: true },
    strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
    frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
    contentTypeOptions: { override: true },
    referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.SAME_ORIGIN, override: true },
  };
}

/** Headers CloudFront has no typed setting for: browser features the console never uses, and window isolation. */
export const customHeaders: ResponseCustomHeadersBehavior = {
  customHeaders: [
    { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()', override: true },
    { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
  ],
};
