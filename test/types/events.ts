// Type test, checked by `npm run lint:types` (part of `npm test`): the library's
// events are known to TypeScript on any element, with their `detail` types.
import type { DnGuide, LocaleErrorDetail, Locale, ToggleDetail } from '../../src/index.js';
import { DnSideEffects as ReactSideEffects } from '../../src/react/index.js';

declare const guide: DnGuide;
declare const anyElement: HTMLElement;

guide.addEventListener('dn-toggle', (event) => {
  const open: boolean = event.detail.open;
  const detail: ToggleDetail = event.detail;
  // @ts-expect-error `dn-toggle` carries `open`, not `locale`.
  void event.detail.locale;
  void [open, detail];
});

anyElement.addEventListener('dn-locale-error', (event) => {
  const locale: Locale = event.detail.locale;
  const detail: LocaleErrorDetail = event.detail;
  // @ts-expect-error `detail.locale` is a supported locale, not a number.
  const wrong: number = event.detail.locale;
  void [locale, detail, wrong];
});

// React wrappers: one typed prop per event.
export const props: React.ComponentProps<typeof ReactSideEffects> = {
  onDnToggle: (event) => void (event.detail.open satisfies boolean),
  onDnLocaleError: (event) => void (event.detail.locale satisfies Locale),
};

export const wrongProps: React.ComponentProps<typeof ReactSideEffects> = {
  // @ts-expect-error `dn-toggle`'s detail has no `locale`.
  onDnToggle: (event) => void (event.detail.locale satisfies Locale),
};
