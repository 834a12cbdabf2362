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

// Folds (site.css): on a phone the chat's facts and the console's questions and settings wait behind a toggle.
document.querySelectorAll(".fold").forEach((fold) => {
  const toggle = fold.querySelector(".fold__toggle");
  toggle?.addEventListener("click", () => {
    const open = !fold.hasAttribute("data-open");
    fold.toggleAttribute("data-open", open);
    toggle.setAttribute("aria-expanded", String(open));
  });
});
