// Worker entry for test/engine/client.test.ts: loads the TypeScript stand-in engine through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./fakeEngine.ts');
