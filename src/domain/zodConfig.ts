// zod compiles fast parsers with `new Function` and probes for that ability at startup, which a
// Content-Security-Policy without 'unsafe-eval' reports as a violation (and blocks). The app
// ships such a policy (see vite.config.ts), so zod runs without its JIT. It reads the setting
// when a schema object is built, so this module is imported before any schema is declared.
import { z } from 'zod';

z.config({ jitless: true });
