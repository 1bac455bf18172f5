/**
 * Bundle-time stand-in for @apollo/utils.createhash (see infra/lib/api/bundle.ts, `alias`). That package uses
 * node:crypto through `module.require`, which a bundle does not have, and so falls back to sha.js: a pure-JS SHA-256
 * of every query on every request, and 30 KB of polyfills in the bundle. On Node the native hash is the right one.
 */
export { createHash } from 'node:crypto';
