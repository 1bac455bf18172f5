import { writeFileSync } from 'node:fs';
import { bundleAsync } from './bundle';

/** `node --import tsx bundleCli.ts <entry> <outdir> <metafile>`: bundleSync's child process (see there). */
const [entry, outdir, metafilePath] = process.argv.slice(2);
if (!entry || !outdir || !metafilePath) throw new Error('usage: bundleCli.ts <entry> <outdir> <metafile>');
const { metafile } = await bundleAsync(entry, outdir);
writeFileSync(metafilePath, JSON.stringify(metafile));
