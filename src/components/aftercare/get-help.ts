import { html, nothing } from 'lit';
import { getHelpNow } from '../../content/aftercare.js';
import { renderCallout } from '../../internal/callout.js';
import { renderHeading, type HeadingLevel } from '../../internal/heading.js';
import { msg } from '../../internal/localize.js';
import type { SectionContext } from '../../internal/section.js';

/** The "Get help now" heading text. */
export const getHelpTitle = () => msg('Get help now', { id: 'aftercare.help.heading' });

/**
 * The "Get help now" box: warning signs and what to do, most urgent first,
 * then the clinic's contact details, under a real heading at `level` (not
 * colour alone). `dn-aftercare` shows it, and `dn-guide` always does,
 * whichever sections it shows; its table of contents links to `#get-help`.
 */
export function renderGetHelp(context: SectionContext, level: HeadingLevel) {
  return renderCallout(
    'urgent',
    renderHeading(level, getHelpTitle(), {
      part: 'get-help-heading',
      className: 'subheading',
      focusable: true,
    }),
    html`
      ${getHelpNow(context.emergencyNumber).map(
        ({ action, signs, note }) => html`
          <p class="get-help-action">${action}</p>
          <ul part="list">
            ${signs.map(({ text }) => html`<li>${text}</li>`)}
          </ul>
          ${note ? html`<p>${note.text}</p>` : nothing}
        `,
      )}
      ${context.contact('get-help')}
    `,
    'get-help',
  );
}
