/**
 * The optional resizer (dist/cdn/embed-resizer.js) for host pages that allow
 * one script: sets each embed iframe's height to the content height its page
 * posts (messages.ts), so the frame never scrolls and leaves no gap. It acts
 * on a message only when it comes from the window of an iframe on this page
 * whose address is an embed page, and then resizes that iframe only;
 * everything else is ignored.
 */
import { HEIGHT_MESSAGE, HEIGHT_REQUEST, isEmbedAddress } from './messages.js';

const embedFrames = () => [...document.querySelectorAll('iframe')].filter((frame) => isEmbedAddress(frame.src));

addEventListener('message', (event) => {
  const { type, height } = event.data ?? {};
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height) || height < 0) return;
  const frame = embedFrames().find((candidate) => candidate.contentWindow === event.source);
  if (frame) frame.height = String(Math.ceil(height));
});

// Frames that loaded before this script ran have posted their height already: ask again.
for (const frame of embedFrames()) frame.contentWindow?.postMessage({ type: HEIGHT_REQUEST }, '*');
