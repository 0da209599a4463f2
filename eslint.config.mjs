// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** Test code only (decider specs' given/when/then): never in what the apps run. */
const testingOnly = {
  name: '@app/testing',
  message: '@app/testing is for specs, test/ and testing/ fixtures only.',
};

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * A relative import stays inside the lib or app of the file that writes it (libs/<lib>/,
 * apps/<app>/), however many `../` it takes; another lib is `@app/<lib>`. Resolved against the
 * file's own path, so `../../../../../test/support/x` is caught where a pattern would not be.
 */
const stayInside = {
  meta: {
    type: 'problem',
    schema: [
      {
        type: 'object',
        properties: { allow: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      climbs: "'{{source}}' climbs out of {{home}}/: import another lib as @app/<lib>.",
    },
  },
  create(context) {
    const file = context.filename;
    const [top, name, ...rest] = path.relative(root, file).split(path.sep);
    if ((top !== 'libs' && top !== 'apps') || rest.length === 0) return {};
    const home = path.join(root, top, name);
    const allowed = (context.options[0]?.allow ?? []).map((entry) => path.resolve(root, entry));
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source);
      if (target.startsWith(home + path.sep) || allowed.includes(target)) return;
      const data = { source, home: path.relative(root, home) };
      context.report({ node: node.source, messageId: 'climbs', data });
    };
    return {
      ImportDeclaration: check,
      ExportAllDeclaration: check,
      ExportNamedDeclaration: check,
      ImportExpression: check,
    };
  },
};

const higherThan = (...libs) =>
  libs.map((lib) => ({
    group: [`@app/${lib}`],
    message: 'A lower lib must not depend on a higher one.',
  }));
const contexts = ['structure', 'meetings', 'agreements', 'audit'];

const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': [
    'error',
    { patterns: [...crossing, ...patterns], paths: [testingOnly, ...paths] },
  ],
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', '**/*.js', '**/*.mjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    plugins: { house: { rules: { 'stay-inside': stayInside } } },
    rules: {
      // The apps share one list of read models beside them; the CLI's demo builds the API's app.
      'house/stay-inside': ['error', { allow: ['apps/read-models', 'apps/api/src/app.factory'] }],
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
    // A route's declared return type is its documented response class, so the type checker
    // holds the OpenAPI document to what the route really answers.
    files: ['**/*.controller.ts'],
    rules: { '@typescript-eslint/explicit-module-boundary-types': 'error' },
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
          paths: [testingOnly],
        },
      ],
    },
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.e2e-spec.ts',
      'libs/*/src/**/testing/**/*.ts',
      'test/**/*.ts',
      'bench/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests and benchmarks drive the apps from outside, so they may reach into apps/.
      'no-restricted-imports': ['error', { patterns: [crossing[0]] }],
    },
  },
);
