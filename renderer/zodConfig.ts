import { z } from 'zod';

// The strict CSP forbids eval, so zod must not try its JIT. Zod fixes the mode when schemas
// are built, so this module is imported first, before anything imports shared/model.
z.config({ jitless: true });
