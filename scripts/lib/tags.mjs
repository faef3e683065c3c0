// The element lists, from the build (src/internal/tags.ts): scripts run after `npm run build`.
export { SECTION_TAGS, TAGS } from '../../dist/internal/tags.js';
