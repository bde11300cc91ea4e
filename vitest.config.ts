import { defineConfig } from 'vitest/config';

// `npm test` runs both projects; `npm run test:unit` skips the database-backed ones.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.int.test.ts'],
        },
      },
      {
        test: {
          name: 'int',
          include: ['tests/**/*.int.test.ts'],
          globalSetup: ['tests/helpers/neo4j-global-setup.ts'],
          // One throwaway Neo4j is shared: files run one at a time so they do not race.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
