import nx from '@nx/eslint-plugin';
import { readdirSync } from 'node:fs';

/** Frameworks that the pure domain libraries must never import. */
const FRAMEWORKS = ['@nestjs/*', 'typeorm', 'typeorm-*', 'react', 'react-*', 'class-validator', 'class-transformer', 'pg', 'express', '@tanstack/*', 'i18next'];

const webFeatures = (() => {
  try {
    return readdirSync(new URL('./apps/web/src/features', import.meta.url), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  } catch {
    return [];
  }
})();

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.data', 'tmp/**', 'libs/shared/contracts/src/api-schema.ts', '**/*.cjs', '**/*.mjs'],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: FRAMEWORKS },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:migrations'] },
            { sourceTag: 'type:migrations', onlyDependOnLibsWithTags: [] },
          ],
        },
      ],
    },
  },
  {
    // The portal's unit specs run under jest with their own tsconfig (node and jest types).
    files: ['apps/web/src/**/*.spec.ts'],
    languageOptions: { parserOptions: { projectService: false, project: ['apps/web/tsconfig.spec.json'], tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-empty-function': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The one place allowed to read the environment is the config loader.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/main.ts', 'apps/api/src/database/cli.ts', '**/*.cli.ts', '**/*.spec.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings through AppConfig (common/config).' }],
      'no-console': 'error',
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: FRAMEWORKS, message: 'Domain libraries are pure TypeScript.' }] }],
      'no-console': 'error',
    },
  },
  // Web features never import each other: shared code flows through src/lib and src/components.
  ...webFeatures.map((feature) => ({
    files: [`apps/web/src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/*', '**/features/*/**', `!**/features/${feature}`, `!**/features/${feature}/**`],
              message: 'Features do not import each other; move shared code to src/lib or src/components.',
            },
          ],
        },
      ],
    },
  })),

];
