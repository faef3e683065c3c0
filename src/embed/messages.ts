// The messages between the iframe embed's page (embed.ts) and the host's
// resizer (resizer.ts); the README documents them for hosts that write their own.

/** The embed page to its parent: `{ type: HEIGHT_MESSAGE, height }`, its content height in CSS pixels (a whole number). */
export const HEIGHT_MESSAGE = 'dry-needling-widgets:height';

/** The resizer to an embed frame, `{ type: HEIGHT_REQUEST }`: post your height again (it may have been posted before the resizer listened). */
export const HEIGHT_REQUEST = 'dry-needling-widgets:height-request';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

/** Whether a frame's address is an embed page's: the resizer talks to those frames only. */
export function isEmbedAddress(src: string): boolean {
  try {
    return new URL(src).pathname.endsWith('/embed.html');
  } catch {
    // No address (a srcdoc frame) or an invalid one.
    return false;
  }
}
