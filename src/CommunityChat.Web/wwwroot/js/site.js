// Behaviour shared by every page: mark that script runs, show times in the viewer's zone.

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

formatTimes();

// On a phone, panels marked data-fold-on-phone start folded (the chat's facts, the console's questions and settings),
// so the feed and the composer fit on the screen (SPEC rule 31).
if (matchMedia("(max-width: 50rem)").matches) {
  document.querySelectorAll("details[data-fold-on-phone]").forEach((details) => { details.open = false; });
}
