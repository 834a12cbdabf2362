// Times in the viewer's zone and the page's language (SPEC rule 16). No side effects: pages and modules import it freely
// (site.js, which the layout loads with a version in its address, must run once, so modules never import it).

const lang = document.documentElement.lang || "en";

// Made once: building an Intl.DateTimeFormat costs far more than formatting with one, and a page of 500 earlier posts
// formats 500 times. Every time shown names its zone (SPEC rule 30): "6:00 PM GMT+1", "18:00 UTC+1", "GMT+1 18:00".
const formats = {
  time: new Intl.DateTimeFormat(lang, { hour: "numeric", minute: "2-digit", timeZoneName: "short" }),
  date: new Intl.DateTimeFormat(lang, { dateStyle: "long" }),
  datetime: new Intl.DateTimeFormat(lang, {
    year: "numeric", month: "short", day: "numeric", weekday: "short", hour: "numeric", minute: "2-digit", timeZoneName: "short",
  }),
  full: new Intl.DateTimeFormat(lang, { dateStyle: "full", timeStyle: "long" }),
};

/** Formats one <time datetime> in the viewer's time zone and the page's language (SPEC rule 16). */
export function formatTime(element) {
  const value = element.getAttribute("datetime");
  if (!value) return;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return;
  const format = formats[element.dataset.format] ?? formats.datetime;
  element.textContent = format.format(date);
  element.title = formats.full.format(date);
}

export function formatTimes(root = document) {
  root.querySelectorAll("time[datetime]").forEach(formatTime);
}
