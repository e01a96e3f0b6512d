// Runs in the browser before the app's own modules are loaded.
import { z } from "zod";

// Zod compiles object parsers with `new Function` when it can, and finds out by calling it
// once. The Content-Security-Policy forbids eval, so in the browser that probe would be
// blocked and reported as a violation on every page; the interpreted parsers are plenty
// fast for a few forms and API answers.
z.config({ jitless: true });
