import { html } from 'lit';
import { zhou2015 } from '../../content/sources.js';
import { msg } from '../../internal/localize.js';
import type { SectionContext } from '../../internal/section.js';

// The body of the `vs-acupuncture` section: a file of its own, loaded where the section is shown.

/** The papers its text quotes. */
export const sources = [zhou2015];

export function render(context: SectionContext) {
  const rows = [
    {
      label: msg('Based on', { id: 'vs-acupuncture.row.basis' }),
      dryNeedling: msg('A modern model of how muscles, nerves and movement work', {
        id: 'vs-acupuncture.basis.dry-needling',
      }),
      acupuncture: msg(
        'Meridians (paths that are thought to run through the body) and the balance of the body’s energy, called Qi',
        {
          id: 'vs-acupuncture.basis.acupuncture',
        },
      ),
    },
    {
      label: msg('What it targets', { id: 'vs-acupuncture.row.target' }),
      dryNeedling: msg('Trigger points and tissue that is not working well', {
        id: 'vs-acupuncture.target.dry-needling',
      }),
      acupuncture: msg('Points along the meridians, not trigger points in particular', {
        id: 'vs-acupuncture.target.acupuncture',
      }),
    },
    {
      label: msg('Main goal', { id: 'vs-acupuncture.row.goal' }),
      dryNeedling: msg('Ease pain and help you move better', { id: 'vs-acupuncture.goal.dry-needling' }),
      acupuncture: msg('Balance the body’s energy (Qi)', { id: 'vs-acupuncture.goal.acupuncture' }),
    },
    {
      label: msg('Needles', { id: 'vs-acupuncture.row.needles' }),
      dryNeedling: msg('Thin, solid needles', { id: 'vs-acupuncture.needles.dry-needling' }),
      acupuncture: msg('Thin, solid needles', { id: 'vs-acupuncture.needles.acupuncture' }),
    },
  ];
  const columns = {
    dryNeedling: msg('Dry needling', { id: 'vs-acupuncture.col.dry-needling' }),
    acupuncture: msg('Traditional Chinese acupuncture', { id: 'vs-acupuncture.col.acupuncture' }),
  };
  // data-label: the column's name, shown above each cell when narrow widths stack the table.
  return html`
    <p>
      ${msg('Both use thin needles. But they are based on different ideas about the body.', {
        id: 'vs-acupuncture.intro',
      })}
    </p>
    <div class="comparison">
      <table part="table">
        <caption>
          ${msg('Dry needling and acupuncture compared', { id: 'vs-acupuncture.caption' })}
        </caption>
        <thead>
          <tr>
            <td></td>
            <th scope="col">${columns.dryNeedling}</th>
            <th scope="col">${columns.acupuncture}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`
              <tr>
                <th scope="row">${row.label}</th>
                <td data-label=${columns.dryNeedling}>${row.dryNeedling}</td>
                <td data-label=${columns.acupuncture}>${row.acupuncture}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    </div>
    ${context.detail(html`
      <p>
        ${msg('Some methods can look alike in practice. That is why people sometimes mix up the two.', {
          id: 'vs-acupuncture.confusion',
        })}
      </p>
    `)}
  `;
}
