// Behaviour shared by every page: mark that script runs, show times in the viewer's zone.

const lang = document.documentElement.lang || "en";

/** Formats one <time datetime> in the viewer's time zone and the page's language (SPEC rule 16). */
export function formatTime(element) {
  const value = element.getAttribute("datetime");
  if (!value) return;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return;
  const kind = element.dataset.format || "datetime";
  const options = kind === "time"
    ? { hour: "2-digit", minute: "2-digit" }
    : kind === "date"
      ? { dateStyle: "long" }
      : { dateStyle: "medium", timeStyle: "short" };
  element.textContent = new Intl.DateTimeFormat(lang, options).format(date);
  element.title = new Intl.DateTimeFormat(lang, { dateStyle: "full", timeStyle: "long" }).format(date);
}

export function formatTimes(root = document) {
  root.querySelectorAll("time[datetime]").forEach(formatTime);
}

formatTimes();
