// React 19 and Preact consumer, type-checked from the packed tarball by `npm run test:package`
// (once with `import type {} from 'dry-needling-widgets/types/react'`, once with `…/types/preact`):
// every tag is known in TSX with its attribute values, and wrong ones fail.

export const right = (
  <dn-guide heading-level={3} theme="dark" variant="compact" lang="es" toc ondn-toggle={(event) => event.detail.open}>
    <a slot="footer" href="/book">
      Book an appointment
    </a>
  </dn-guide>
);
export const oneSection = <dn-side-effects collapsible open theme="auto" />;

// @ts-expect-error 'three' is not a heading level.
export const wordLevel = <dn-guide heading-level="three" />;
// @ts-expect-error 7 is not a heading level.
export const deepLevel = <dn-session heading-level={7} />;
// @ts-expect-error 'purple' is not a theme.
export const purple = <dn-guide theme="purple" />;
// @ts-expect-error `variant` is `full` or `compact`.
export const short = <dn-conditions variant="short" />;
// @ts-expect-error `thme` is not an attribute.
export const misspelled = <dn-guide thme="dark" />;
// @ts-expect-error `dn-toggle` carries `open`, not `locale`.
export const wrongDetail = <dn-guide ondn-toggle={(event) => event.detail.locale} />;
// @ts-expect-error no such element.
export const unknown = <dn-explainerr />;
