// Fills the leaflet from the query string (see index.html) and marks the page
// ready to print once the guide has rendered in its language with its fonts.
import { localeDirection, matchLocale } from '../dist/internal/locale-tags.js';

const params = new URLSearchParams(location.search);
const root = document.documentElement;
const guide = document.querySelector('dn-guide');

// The page follows the guide's language, so the header reads in the same direction.
const { locale } = matchLocale(params.get('lang') ?? 'en');
root.lang = locale;
root.dir = localeDirection(locale);
root.dataset.paper = params.get('paper') === 'letter' ? 'letter' : 'a4';

const clinicName = params.get('clinic-name')?.trim() ?? '';
const phone = params.get('phone')?.trim() ?? '';

/** The phone number, clickable in the PDF when it has digits, kept left to right inside Arabic text and on one line. */
function phoneLink() {
  const dialled = phone.replace(/[^+\d]/g, '');
  const link = document.createElement(/\d/.test(dialled) ? 'a' : 'span');
  if (link.localName === 'a') link.href = `tel:${dialled}`;
  link.dir = 'ltr';
  link.className = 'phone';
  link.textContent = phone;
  return link;
}

if (clinicName || phone) {
  const header = document.querySelector('.clinic');
  header.querySelector('.clinic-name').textContent = clinicName;
  if (phone) header.querySelector('.clinic-phone').append(phoneLink());
  header.hidden = false;
}
// In the "Get help now" box, right after "contact your clinic".
if (phone) {
  const contact = document.createElement('p');
  contact.slot = 'contact';
  if (clinicName) {
    // Isolated, so a Latin name with trailing punctuation keeps its order in Arabic text.
    const name = document.createElement('bdi');
    name.textContent = clinicName;
    contact.append(name, ': ');
  }
  contact.append(phoneLink());
  guide.append(contact);
}
const emergencyNumber = params.get('emergency-number');
if (emergencyNumber) guide.setAttribute('emergency-number', emergencyNumber);

guide.addEventListener('dn-locale-error', () => (root.dataset.error = `the ${locale} translations did not load`));
await customElements.whenDefined('dn-guide');
await guide.updateComplete;
await document.fonts.ready;
const title = guide.shadowRoot.querySelector('[part~="heading"]').textContent.trim();
document.title = clinicName ? `${title} – ${clinicName}` : title;
root.dataset.ready = 'true';
