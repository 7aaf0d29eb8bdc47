import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { ownMessageHandlers } from './src/validation/own-message-handlers.ts';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), ownMessageHandlers()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto'],
          // Transformed like the extension build (wxt.config.ts: own-message-handlers).
          server: { deps: { inline: ['@webext-core/messaging'] } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
