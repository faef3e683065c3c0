import type { PropertyDeclarations, PropertyValues } from 'lit';
import { DnSection } from '../../internal/dn-section.js';
import type { ContextOptions } from '../../internal/section.js';
import { aftercare } from './aftercare.section.js';
import { checkEmergencyNumber } from '../../internal/emergency-number.js';

/**
 * For what patients read after treatment (the page a follow-up email or a QR
 * code in the treatment room links to): what is normal, and the warning signs
 * that need emergency care, a same-day call or a call to the clinic. Set
 * `emergency-number` so the "Get help now" box names your local number, put
 * your phone number in the `contact` slot and your own advice in
 * `clinic-aftercare`.
 *
 * @tagname dn-aftercare
 * @summary What is normal after a session, and a "Get help now" box: which warning signs need emergency care, a same-day call or a call to the clinic.
 *
 * @slot contact - The clinic's phone number or contact details, shown in the "Get help now" box.
 * @slot clinic-aftercare - The clinic's own aftercare instructions, shown after the library's.
 *
 * @csspart list - The lists of normal effects and warning signs.
 * @csspart get-help - The "Get help now" box.
 * @csspart get-help-heading - The heading of the "Get help now" box.
 * @csspart contact - The wrapper around the contact slot.
 * @csspart clinic-aftercare - The wrapper around the clinic-aftercare slot.
 *
 */
export class DnAftercare extends DnSection {
  static override readonly section = aftercare;
  static override styles = DnSection.stylesOf(aftercare);

  static override properties: PropertyDeclarations = {
    emergencyNumber: { attribute: 'emergency-number' },
  };

  /**
   * The emergency phone number patients should call (such as `112`, `911` or `999`), digits only.
   * When unset or invalid, the text says "your local emergency number"; no number is guessed from the language.
   */
  emergencyNumber?: string;

  #shownEmergencyNumber?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('emergencyNumber'))
      this.#shownEmergencyNumber = checkEmergencyNumber(this.emergencyNumber, this.localName);
  }

  protected override contextOptions(): ContextOptions {
    return { emergencyNumber: this.#shownEmergencyNumber };
  }
}
