import { html } from 'lit';
import { questionsToAsk, stopAnyTime, tellClinician } from '../../content/safety.js';
import { citedBy, type CitedLine } from '../../content/sources.js';
import { msg } from '../../internal/localize.js';
import type { SectionContext } from '../../internal/section.js';

// The body of the `checklist` section: a file of its own, loaded where the section is shown.

/**
 * Native checkboxes: keyboard, screen readers, forced colors and print work
 * as the browser made them. Their state lives only in the page: no name, no
 * form, and in a shadow root, so nothing is submitted or restored on reload.
 */
const checkboxes = (lines: readonly CitedLine[]) => html`
  <ul part="checklist" class="checklist" role="list">
    ${lines.map(
      ({ text }) =>
        html`<li>
          <label><input type="checkbox" />${text}</label>
        </li>`,
    )}
  </ul>
`;

/** The papers its text quotes. */
export const sources = citedBy([...tellClinician(), ...questionsToAsk(), stopAnyTime()]);

export const render = (context: SectionContext) => html`
  <p>
    ${msg('Use this list to get ready. Tick each box that is true for you. What you tick is not saved or sent.', {
      id: 'checklist.intro',
    })}
  </p>
  ${context.subheading(msg('Tell your clinician if you:', { id: 'checklist.tell.heading' }))}
  ${checkboxes(tellClinician())}
  ${context.detail(html`
    ${context.subheading(msg('Questions to ask', { id: 'checklist.ask.heading' }))} ${checkboxes(questionsToAsk())}
  `)}
  <p class="stop">${stopAnyTime().text}</p>
`;
