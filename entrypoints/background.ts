import { startBackground } from '../lib/runtime/background';

export default defineBackground(() => {
  startBackground();
});
