/**
 * Text rules the shells share with the stages, in a module light enough for a shell's start-up (the CLI imports
 * it before any command loads; src/core/index.ts would pull in the services).
 */
export { replaceControls } from '../ingest/control-chars.js';
