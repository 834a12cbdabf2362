// Display names in rendered posts and lists (issue 9): each in its own <bdi>, so a right-to-left name, or one with
// direction controls, cannot reorder the handle, label or text next to it. The server does the same in its partials.

/** The name as an isolated element to append where the name is shown. */
export function isolatedName(text) {
  const bdi = document.createElement("bdi");
  bdi.textContent = text;
  return bdi;
}
