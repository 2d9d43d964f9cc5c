import { z } from 'zod';

// The strict CSP forbids eval, so zod must not try its JIT. Each zod object schema decides
// when it is built whether it may use the JIT, probing `new Function` unless jitless is set
// (a probe the CSP reports as a violation even though zod catches it), so this module is
// imported first, before anything imports shared/model. `shared/load/validate` reads the
// same flag when it loads a map, to take the closure-built fast path instead of z.compile.
z.config({ jitless: true });
