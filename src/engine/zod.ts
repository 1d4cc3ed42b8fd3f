/**
 * zod, configured once for the whole app: the page's strict CSP forbids eval, and zod's
 * JIT path (and its probe for it, run when a first object schema is built) uses
 * `new Function`, so it is turned off here, before any schema exists. Every module that
 * builds or parses schemas takes `z` from here (lint forbids importing 'zod' elsewhere),
 * whichever of them a page happens to load first.
 */
// oxlint-disable-next-line no-restricted-imports -- the one place zod is imported (and configured)
import { z } from 'zod';

z.config({ jitless: true });

export { z };
