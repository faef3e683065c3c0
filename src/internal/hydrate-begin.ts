/**
 * Start of `hydrate.ts`: elements already in the page upgrade while they are
 * being defined, so the definitions must be deferred before then: here.
 */
import { deferDefinitions } from './hydration.js';

deferDefinitions();
