// Times in the viewer's zone and the page's language (SPEC rule 16). No side effects: pages and modules import it freely
// (site.js, which the layout loads with a version in its address, must run once, so modules never import it).

const lang = document.documentElement.lang || "en";

/** Formats one <time datetime> in the viewer's time zone and the page's language (SPEC rule 16). */
export function formatTime(element) {
  const value = element.getAttribute("datetime");
  if (!value) return;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return;
  const kind = element.dataset.format || "datetime";
  // Every time shown names its zone (SPEC rule 30): "6:00 PM GMT+1", "18:00 UTC+1", "GMT+1 18:00".
  const options = kind === "time"
    ? { hour: "numeric", minute: "2-digit", timeZoneName: "short" }
    : kind === "date"
      ? { dateStyle: "long" }
      : { year: "numeric", month: "short", day: "numeric", weekday: "short", hour: "numeric", minute: "2-digit", timeZoneName: "short" };
  element.textContent = new Intl.DateTimeFormat(lang, options).format(date);
  element.title = new Intl.DateTimeFormat(lang, { dateStyle: "full", timeStyle: "long" }).format(date);
}

export function formatTimes(root = document) {
  root.querySelectorAll("time[datetime]").forEach(formatTime);
}
