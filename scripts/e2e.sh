#!/usr/bin/env bash
# End-to-end test of WireDiff in a real VS Code (code-server + headless Chromium).
# Installs the tools it needs (scripts/e2e-setup.sh, cached), builds and
# packages wirediff.vsix, then runs test/e2e/extension.e2e.mjs, test/e2e/matrix.e2e.mjs
# (coverage matrix, verdicts, evidence report from VS Code), test/e2e/workflow.e2e.mjs
# (walkthrough, Problems view and F8, quick fixes, linked side-by-side), test/e2e/desk.e2e.mjs
# (a figure restated in another sentence, a fix in a saved page, a version rewritten on disk),
# test/e2e/virtual.e2e.mjs (a virtual workspace: files from a file system provider),
# test/e2e/restricted.e2e.mjs (Restricted Mode: a canonical outside the folder refused) and
# test/e2e/report.e2e.mjs (the HTML evidence report in Chromium) and test/e2e/editor.e2e.mjs
# (a tune family as a journalist reads it: the hover, a narrow panel, high contrast, the wrong
# canonical, an article made the canonical) and test/e2e/long.e2e.mjs (long articles: every finding in the
# panel, posted in slices; the panel kept while comparing again; the canonical rewritten during a comparison).
# Screenshots: test/e2e/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/e2e-setup.sh
npm run --silent package >/dev/null
ls -l wirediff.vsix | awk '{ printf "[e2e] wirediff.vsix: %.1f KB\n", $5 / 1024 }'
E2E_REQUIRED=1 node --test --test-reporter=spec test/e2e/extension.e2e.mjs test/e2e/matrix.e2e.mjs test/e2e/workflow.e2e.mjs test/e2e/desk.e2e.mjs test/e2e/virtual.e2e.mjs test/e2e/restricted.e2e.mjs test/e2e/report.e2e.mjs test/e2e/editor.e2e.mjs test/e2e/long.e2e.mjs "$@"
