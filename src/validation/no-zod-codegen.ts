// A build step for wxt.config.ts: with `jitless` set (src/validation/zod.ts) zod never generates
// code, so its two uses of the Function constructor are dead; removing them keeps the built
// extension free of any eval-like call, which the reliability tests check.
import type { Plugin } from 'vite';

const CODEGEN_SITES = /zod[\\/]v4[\\/]core[\\/](?:util|doc)\.js$/;
const FUNCTION_CONSTRUCTOR = /const F = Function;/g;

export function noZodCodegen(): Plugin {
  return {
    name: 'claimlens:no-zod-codegen',
    enforce: 'pre',
    transform(code, id) {
      if (!CODEGEN_SITES.test(id)) return null;
      const stripped = code.replace(FUNCTION_CONSTRUCTOR, 'const F = undefined; throw new Error("code generation is disabled");');
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}
