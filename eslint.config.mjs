// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * The lib boundaries of ARCHITECTURE.md, enforced here so they hold without anyone remembering:
 * - others reach a lib only through `@app/<lib>` (its index), never a deep path or a relative one;
 * - lower libs never import higher ones (kernel < platform < event-store < projections < contexts);
 * - `domain/` is pure TypeScript: no framework, no database, no event-store client, no clock.
 */
const crossing = [
  { group: ['@app/*/*'], message: 'Import a lib only through its index: @app/<lib>.' },
  {
    group: ['**/libs/**', '**/apps/**', '**/src/**'],
    message: 'Relative imports stay inside their own lib or app; use @app/<lib>.',
  },
];
const higherThan = (...libs) =>
  libs.map((lib) => ({
    group: [`@app/${lib}`],
    message: 'A lower lib must not depend on a higher one.',
  }));
const contexts = ['structure', 'meetings', 'agreements', 'audit'];

const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { patterns: [...crossing, ...patterns], paths }],
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', '**/*.js', '**/*.mjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
      ...restrict([]),
    },
  },
  {
    files: ['libs/kernel/**/*.ts'],
    rules: restrict(higherThan('platform', 'event-store', 'projections', ...contexts)),
  },
  {
    files: ['libs/platform/**/*.ts'],
    rules: restrict(higherThan('event-store', 'projections', ...contexts)),
  },
  { files: ['libs/event-store/**/*.ts'], rules: restrict(higherThan('projections', ...contexts)) },
  { files: ['libs/projections/**/*.ts'], rules: restrict(higherThan(...contexts)) },
  {
    files: ['libs/*/src/domain/**/*.ts'],
    rules: {
      ...restrict(
        [
          {
            group: ['@nestjs/*', '@kurrent/*', '@electric-sql/*'],
            message: 'domain/ is pure TypeScript.',
          },
          ...['platform', 'event-store', 'projections'].map((lib) => ({
            group: [`@app/${lib}`],
            message: 'domain/ depends only on @app/kernel.',
          })),
        ],
        ['kysely', 'pg', 'class-validator', 'class-transformer'].map((name) => ({
          name,
          message: 'domain/ is pure TypeScript: no database, no DTO validation.',
        })),
      ),
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'domain/ never reads the clock: time comes with the command.',
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'domain/ never reads the clock: time comes with the command.',
        },
      ],
    },
  },
  {
    // The CLI's demo records data through the API itself (its app, in process), so it may build
    // the API's app; nothing else crosses from one app into another.
    files: ['apps/cli/src/demo/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            crossing[0],
            { ...crossing[1], group: ['**/libs/**', '**/src/**', '!../../../api/src/app.factory'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests and benchmarks drive the apps from outside, so they may reach into apps/.
      'no-restricted-imports': ['error', { patterns: [crossing[0]] }],
    },
  },
);
