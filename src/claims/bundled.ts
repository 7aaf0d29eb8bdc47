// The compiled claims database shipped with the extension and used by the CLI
// (written by `npm run db:build`, which postinstall and every build run).
import bundleJson from '../../claims-db/compiled/bundle.json';
import type { ClaimsBundle } from '../../claims-db/compile';

export const bundledDb = bundleJson as unknown as ClaimsBundle;
