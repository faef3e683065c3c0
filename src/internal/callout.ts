import { html, type TemplateResult } from 'lit';

/**
 * Boxes that tell the reader what kind of advice they hold, after the NHS
 * website's care cards: `urgent` ("Get help now"), `info` (non-urgent: "tell
 * your clinician") and `key` (key points). Each has its own heading text, icon
 * and border shape, so none relies on colour alone.
 */
export type CalloutKind = 'urgent' | 'info' | 'key';

// 24×24 icons drawn with one path each (even-odd cut-outs), filled with the text colour.
const ICONS: Record<CalloutKind, string> = {
  // A warning triangle with an exclamation mark.
  urgent: 'M12 1.5.5 21.5h23zm0 4.5L4.4 19.5h15.2zM11 9.5h2v5h-2zm0 6.5h2v2h-2z',
  // An "i" in a circle.
  info: 'M12 1a11 11 0 1 0 0 22 11 11 0 0 0 0-22zm0 2a9 9 0 1 1 0 18 9 9 0 0 1 0-18zm-1 7h2v7h-2zm0-4h2v2h-2z',
  // A tick in a circle.
  key: 'M12 1a11 11 0 1 0 0 22 11 11 0 0 0 0-22zm-1.5 15.4-4.6-4.6 1.4-1.4 3.2 3.2 6.7-6.7 1.4 1.4z',
};

/** The callout's icon: decoration only, hidden from assistive technology (the heading says it all). */
const icon = (kind: CalloutKind) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path fill-rule="evenodd" d=${ICONS[kind]}></path>
  </svg>`;

/**
 * A callout: a heading band (icon and `heading`) over `body`. `part` names the
 * box for hosts, and is its id for links (the guide's contents link to `#get-help`).
 */
export function renderCallout(kind: CalloutKind, heading: TemplateResult, body: unknown, part: string): TemplateResult {
  return html`<div part=${part} class="callout callout-${kind}" id=${part}>
    <div class="callout-band">${icon(kind)}${heading}</div>
    <div class="callout-body">${body}</div>
  </div>`;
}
