/**
 * `npm run eval`: runs every bench/eval/*.eval.ts in turn. Each one prints its own figures;
 * a module that exports a default function is called with the command-line arguments.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function runAll(): Promise<void> {
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.eval.ts')).sort();
  for (const f of files) {
    const mod = (await import(join(__dirname, f))) as { default?: unknown };
    const run = typeof mod.default === 'function' ? mod.default : (mod.default as { default?: unknown } | undefined)?.default;
    if (typeof run === 'function') await (run as (argv: string[]) => unknown)(process.argv.slice(2));
    console.log('');
  }
}

runAll().catch((e: unknown) => {
  console.error(`eval: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
