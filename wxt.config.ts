import { defineConfig } from 'wxt';
import { noZodCodegen } from './src/validation/no-zod-codegen';
import { ownMessageHandlers } from './src/validation/own-message-handlers';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [noZodCodegen(), ownMessageHandlers()] }),
  manifest: ({ browser }) => ({
    name: 'ClaimLens',
    description:
      'Highlights exosome, PDRN and stem-cell skincare claims on the pages you read, with evidence and sources. Works on your device only.',
    permissions: ['contextMenus', 'storage'],
    action: { default_title: 'ClaimLens' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'claimlens@claimlens.app',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  zip: {
    excludeSources: ['.output/**', 'tests/.results/**', 'bench-results/**', '**/*.log'],
  },
});
