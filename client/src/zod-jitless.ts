import { z } from 'zod';

// Must run before any schema is built. To decide whether it may compile object parsers with
// `new Function`, zod reads `navigator`, which VS Code's extension host (Node 22+) reports as a
// PendingMigrationError at every activation. The client checks a few small responses: it does
// not need compiled parsers.
z.config({ jitless: true });
