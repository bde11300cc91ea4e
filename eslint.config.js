// Lint rules for the TypeScript sources: typescript-eslint's recommended set, with the
// few exceptions this code base relies on spelt out (each with its reason).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'src/generated/', 'neo4j/target/', '.neo4j/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // The dependency-cruiser configuration is CommonJS, as that tool expects.
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  {
    files: ['**/*.ts'],
    rules: {
      // `_unused` marks a deliberately ignored destructured value or argument.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Rows from Neo4j and parsed JSON arrive untyped; tests read GraphQL bodies as any.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
