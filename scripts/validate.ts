// Entry point of `npm run validate [-- [--fix] FILE...]`: checks graph files and exits 0 when
// all are valid, 1 otherwise. The logic is in validateCli.ts (and src/domain) so it is testable.
import { fileURLToPath } from 'node:url';
import { runValidate } from './validateCli';

try {
  process.exitCode = await runValidate(process.argv.slice(2), {
    cwd: process.cwd(),
    // This repository's graph-data/, wherever the command is run from.
    defaultDir: fileURLToPath(new URL('../graph-data', import.meta.url)),
    stdout: (line) => console.log(line),
    stderr: (line) => console.error(line),
  });
} catch (error) {
  // A person running a validator wants a sentence, not a stack trace.
  console.error(`validate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
