// typescript-eslint's recommended rules, the type-checked ones included, over the TypeScript of the
// project (src, tests, scripts, configs). `npm test` runs it after Prettier, which owns the layout.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'output/', 'sources/', 'node_modules/', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      // A field is dropped from a record by destructuring it into a name that starts with `_`: `{ id: _id, ...rest }`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }
      ],
      // A method that meets a Promise-returning interface (a cache that keeps nothing, an executor with nothing to close)
      // is `async` without awaiting, so that what it throws reaches the caller as a rejection, as the interface says.
      '@typescript-eslint/require-await': 'off',
      // Control characters are what some patterns look for: NUL and C0 bytes that mark a binary file or a broken text.
      'no-control-regex': 'off'
    }
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests read the JSON the commands write (JSON.parse gives `any`) and state what it must hold with `expect`,
      // which is the check; typing each parsed value first would add casts, not safety.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off'
    }
  }
)
