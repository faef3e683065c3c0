import { html } from 'lit';
import { getHelpLines, normalAfterwards } from '../../content/aftercare.js';
import { citedBy } from '../../content/sources.js';
import { msg } from '../../internal/localize.js';
import { renderGetHelp } from './get-help.js';
import type { SectionContext } from '../../internal/section.js';

// The body of the `aftercare` section: a file of its own, loaded where the section is shown.

/** The papers its text quotes. */
export const sources = citedBy([...normalAfterwards(), ...getHelpLines()]);

export const render = (context: SectionContext) => html`
  ${context.subheading(msg('What is normal', { id: 'aftercare.normal.heading' }))}
  <ul part="list">
    ${normalAfterwards().map(({ text }) => html`<li>${text}</li>`)}
  </ul>
  ${renderGetHelp(context, context.level)}
  <div part="clinic-aftercare" class="clinic-aftercare"><slot name="clinic-aftercare"></slot></div>
`;
