import { html } from 'lit';
import { getHelpLines, normalAfterwards } from '../../content/aftercare.js';
import { citedBy } from '../../content/sources.js';
import { msg } from '../../internal/localize.js';
import { defineSection } from '../../internal/section.js';
import { dnAftercareStyles } from './dn-aftercare.styles.js';
import { renderGetHelp } from './get-help.js';

/** The `aftercare` section: shown by `<dn-aftercare>` and in `<dn-guide>`. */
export const aftercare = defineSection({
  name: 'aftercare',
  tag: 'dn-aftercare',
  title: () => msg('After your session', { id: 'aftercare.heading' }),
  sources: citedBy([...normalAfterwards(), ...getHelpLines()]),
  styles: dnAftercareStyles,
  render: (context) => html`
    ${context.subheading(msg('What is normal', { id: 'aftercare.normal.heading' }))}
    <ul part="list">
      ${normalAfterwards().map(({ text }) => html`<li>${text}</li>`)}
    </ul>
    ${renderGetHelp(context, context.level)}
    <div part="clinic-aftercare" class="clinic-aftercare"><slot name="clinic-aftercare"></slot></div>
  `,
});
