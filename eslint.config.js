// @ts-check
import path from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Boundary rules of docs/ARCHITECTURE.md, expressed as import restrictions. */
const moduleInternals = {
  regex: '(^|/)modules/[^/]+/(?!index\\.js$).+',
  message: 'Import another module only through its index.ts.',
};
const crossModuleRelative = {
  regex: '^\\.\\./(\\.\\./)?(?!platform/|domain/|seed/)[a-z-]+/(?!index\\.js$).+',
  message: 'Import another module only through its index.ts.',
};

/**
 * Which web features may import which (docs/ARCHITECTURE.md). A feature imports another feature only through its
 * public entry (`src/web/features/<f>/index.ts`) and only along an edge listed here: a new edge is added on purpose.
 * `app/`, `components/`, `lib/` and `locales/` are open to every feature; `components/` and `lib/` import no feature.
 */
const webFeatureDependencies = {
  'assessment-settings': ['evaluations', 'improvement'],
  audit: [],
  auth: [],
  calibration: ['cycles', 'evaluations'],
  cycles: [],
  development: ['evaluations'],
  employees: ['audit', 'units'],
  escalations: ['evaluations'],
  evaluations: ['cycles', 'feedback', 'improvement', 'ledger', 'nominations', 'progress', 'work-plans'],
  feedback: ['cycles', 'progress', 'work-plans'],
  home: [
    'audit',
    'cycles',
    'employees',
    'evaluations',
    'feedback',
    'improvement',
    'objections',
    'units',
    'users',
    'work-plans',
  ],
  improvement: [],
  imports: [],
  ledger: ['cycles', 'units'],
  library: [],
  monitoring: ['cycles'],
  nominations: [],
  notifications: [],
  objections: ['evaluations'],
  profile: ['employees', 'notifications'],
  progress: ['imports', 'work-plans'],
  team: ['cycles', 'work-plans'],
  trainings: ['imports'],
  units: ['employees'],
  users: ['employees'],
  'work-plans': ['cycles', 'employees', 'feedback', 'library', 'progress'],
};

const webRoot = path.join(import.meta.dirname, 'src', 'web');

/**
 * Where a file of the web app lives: its area (`features`, `app`, `components`, `lib`…) and, in a feature, the
 * feature's name and the path inside it without the extension (`routes/PlanPage`, `index`). Null outside src/web.
 * @param {string} file
 */
function webPlace(file) {
  const relative = path.relative(webRoot, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const [area = '', feature = '', ...rest] = relative.split(path.sep);
  if (area !== 'features') return { area, feature: '', rest: '' };
  return { area, feature, rest: rest.join('/').replace(/\.(tsx?|jsx?)$/, '') };
}

/** @type {import('eslint').Rule.RuleModule} */
const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Web features import each other only through index.ts and along the listed edges.' },
    schema: [{ type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } }],
    messages: {
      sharedImportsFeature: 'components/ and lib/ never import a feature ({{target}}).',
      notThroughEntry:
        "Import features/{{target}} only through its public entry (features/{{target}}/index.ts), not '{{source}}'.",
      ownEntry: 'Inside features/{{target}} import its modules directly, not through its own index.ts.',
      edgeNotAllowed:
        'features/{{from}} may not import features/{{target}}: add the edge to webFeatureDependencies in eslint.config.js on purpose.',
    },
  },
  create(context) {
    /** @type {Record<string, string[]>} */
    const allowed = context.options[0] ?? {};
    const here = webPlace(context.filename);
    if (!here) return {};
    const isTest = /\.test\.tsx?$/.test(context.filename) || here.rest.startsWith('test/');
    /** @param {import('estree').Node} node @param {unknown} source @param {boolean} dynamic */
    const check = (node, source, dynamic) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const there = webPlace(path.resolve(path.dirname(context.filename), source));
      if (!there || there.area !== 'features') return;
      const target = there.feature;
      const data = { from: here.feature || here.area, target, source };
      const entry = there.rest === '' || there.rest === 'index';
      if (here.area === 'components' || here.area === 'lib') {
        context.report({ node, messageId: 'sharedImportsFeature', data });
        return;
      }
      if (here.area === 'app') {
        // the router loads each page on demand (its own chunk): a dynamic import of a page module is fine
        const lazyPage = dynamic && there.rest.startsWith('routes/');
        if (!entry && !lazyPage) context.report({ node, messageId: 'notThroughEntry', data });
        return;
      }
      if (here.area !== 'features') return;
      if (target === here.feature) {
        if (entry) context.report({ node, messageId: 'ownEntry', data });
        return;
      }
      // tests may share another feature's test fixtures
      const fixtures = isTest && there.rest.startsWith('test/');
      if (!entry && !fixtures) context.report({ node, messageId: 'notThroughEntry', data });
      if (!(allowed[here.feature] ?? []).includes(target))
        context.report({ node, messageId: 'edgeNotAllowed', data });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value, false),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value, false),
      ExportAllDeclaration: (node) => check(node.source, node.source.value, false),
      ImportExpression: (node) =>
        node.source.type === 'Literal' && check(node.source, node.source.value, true),
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'db/migrations/**',
      'data/**',
      '.data-test/**',
      'coverage/**',
      'bench/.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.web.json', './tsconfig.tools.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through src/server/platform/config.ts only.',
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!zod$|\\.{1,2}/)', message: 'src/domain imports nothing but zod and itself.' },
            { regex: '(^|/)(server|web|cli)/', message: 'src/domain imports nothing but zod and itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)web/', message: 'The server never imports the web app.' },
            moduleInternals,
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/modules/**/*.ts'],
    ignores: ['src/server/modules/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)web/', message: 'The server never imports the web app.' },
            moduleInternals,
            crossModuleRelative,
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, kinerja: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)(server|cli)/', message: 'The web never imports the server.' }] },
      ],
      'kinerja/feature-boundaries': ['error', webFeatureDependencies],
    },
  },
  {
    files: [
      'src/server/platform/config.ts',
      'scripts/**',
      'bench/**',
      'e2e/**',
      'test/**',
      '*.config.*',
      'bin/**',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**', 'e2e/**', 'bench/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
