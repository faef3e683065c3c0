// First module of `hydrate.ts`: elements already in the page upgrade while
// they are being defined, so the deferral must be in place before then.
import { deferDefinitionsToFirstPaint } from './first-paint.js';

deferDefinitionsToFirstPaint();
