// What a reader did in a server-rendered snippet, carried over to the render
// that replaces it. A file of its own, loaded only by elements that show a
// snippet, with the first change that replaces it.

/** Where `node` sits under `ancestor`: its and its ancestors' indices among their parents' element children. */
function childPath(ancestor: Element, node: Element): number[] {
  const path: number[] = [];
  for (let at = node; at !== ancestor && at.parentElement; at = at.parentElement) {
    path.unshift([...at.parentElement.children].indexOf(at));
  }
  return path;
}

/**
 * Notes what a reader did in a server-rendered snippet about to be replaced by a render; the function it
 * returns applies that to the render. Ticks carry over to the same boxes, and focus (so a keyboard user is
 * not sent back to the top of the page) to the element at the same place under the same part: a notice or
 * a choice of sections may add or remove parts before it.
 */
export function keepReaderState(root: ShadowRoot): () => void {
  const withPart = (part: string) =>
    [...root.querySelectorAll('[part]')].filter((node) => node.getAttribute('part') === part);
  const ticks = [...root.querySelectorAll('input')].map((box) => box.checked);
  const focused = root.activeElement;
  const anchor = focused?.closest('[part]');
  const part = anchor?.getAttribute('part');
  const place = focused &&
    anchor &&
    part && { part, index: withPart(part).indexOf(anchor), path: childPath(anchor, focused), tag: focused.localName };
  return () => {
    const boxes = root.querySelectorAll('input');
    if (boxes.length === ticks.length) boxes.forEach((box, at) => (box.checked = ticks[at]));
    if (!place) return;
    const target = place.path.reduce<Element | undefined>(
      (node, at) => node?.children[at],
      withPart(place.part)[place.index],
    );
    if (target?.localName === place.tag) (target as HTMLElement).focus({ preventScroll: true });
  };
}
