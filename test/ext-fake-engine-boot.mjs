// Worker entry for test/ext-engine-client.test.ts: loads the TypeScript stand-in engine through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./ext-fake-engine.ts');
