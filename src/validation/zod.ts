// zod, configured for extension pages and the service worker: no code generation. zod would
// otherwise compile parsers with the Function constructor, which the extension's content
// security policy forbids (and reports). Every module takes `z` from here so this runs first.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
