// Localised strings rendered by the server into <script type="application/json" id="client-strings">.
const element = document.getElementById("client-strings");
const table = element ? JSON.parse(element.textContent) : {};

/** The string for an English key in the page's language, with {0}, {1} … filled in. */
export function t(key, ...args) {
  const text = table[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ""));
}

const numbers = new Intl.NumberFormat(document.documentElement.lang || "en");

/** Numbers in the page's language. */
export function n(value) {
  return numbers.format(value);
}
