import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';

// The office-js rules: load before read, sync after load, no sync in loops, isNullObject checks.
const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, 'error']),
);

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'build/',
      'build-bench/',
      'node_modules/',
      'test-results/',
      'out/',
      'coverage/',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.js', 'bin/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Hosts implement an async interface; some of them have nothing to wait for.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Small functions with one job: a long function is a warning everywhere, an error in src/.
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'warn',
      'max-lines-per-function': ['warn', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The pane's hooks: rules of hooks, exhaustive dependencies, no state set during render.
    files: ['src/taskpane/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Code that talks to Excel through office-js.
    files: ['src/hosts/office/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/ribbon/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: officeRules,
  },
  {
    // The core is pure: no host, DOM, Node, React or file-format library, so every host can use it.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/hosts/**', '**/taskpane/**', '**/cli/**'],
              message: 'core imports no host, UI or CLI',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'core is pure: no Node APIs',
            },
            {
              group: [
                'react',
                'react-dom',
                '@fluentui/*',
                'exceljs',
                'hyperformula',
                '@microsoft/office-js',
                'office-js',
              ],
              message: 'core is pure: no UI, office-js or workbook library',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'core never calls Excel; hosts do' },
        { name: 'Office', message: 'core never calls Office; hosts do' },
        { name: 'document', message: 'core has no DOM' },
        { name: 'window', message: 'core has no DOM' },
        {
          name: 'Date',
          message: 'dates are Excel serials in core (calendar/serial), never JS Date',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-this-alias': 'off',
      'max-lines-per-function': 'off',
    },
  },
);
