// Integration tests inside desktop VS Code, with @vscode/test-cli:
//
//   npm run test:desktop   (npm run build && vscode-test)
//
// They need a desktop VS Code, which @vscode/test-cli downloads from
// update.code.visualstudio.com: that works on a developer machine, not on our
// CI machines (no access to that site). CI runs the same checks in a real VS
// Code through code-server instead: npm run test:e2e (test/e2e/extension.e2e.mjs).
// A plain object (what defineConfig returns), so this file needs no package.
export default {
  label: 'desktop',
  files: 'test/vscode/**/*.test.cjs',
  // No folder: the tests choose the canonical for the session, so the fixtures stay untouched.
  mocha: { ui: 'tdd', timeout: 60_000 },
  launchArgs: ['--disable-extensions', '--skip-welcome', '--skip-release-notes'],
};
