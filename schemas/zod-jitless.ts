import { z } from 'zod';

// Imported first by the processes that parse few schemas, few times: the extension's client (it
// checks a few small server answers) and the CLI (policy, settings, manifests). Zod 4 otherwise
// compiles a fast path per object schema with `new Function` on its first parse, which costs the
// CLI ~10 ms of start-up; and to decide whether it may, it reads `navigator`, which VS Code's
// extension host (Node 22+) reports as a PendingMigrationError at every activation.
// Must run before any schema is built.
z.config({ jitless: true });
