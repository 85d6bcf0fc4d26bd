import { z } from 'zod';

// Zod 4 compiles a fast path per schema with `new Function` on its first parse: worth it for
// schemas parsed many times, not for the few a process parses once or twice (policy, settings,
// manifests). Compiling them cost the CLI ~10 ms of start-up.
z.config({ jitless: true });
