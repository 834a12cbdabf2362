// The live room page: /c/{community}/{chat}.
import { openRoom, readConfig } from "./room-core.js";
import { t } from "./strings.js";

const config = readConfig();
const room = document.getElementById("room");
const startsIn = document.getElementById("starts-in");
const lang = document.documentElement.lang || "en";

const { announcer } = openRoom(config, {
  chatChanged: (chat) => {
    const before = room.dataset.status;
    // data-status decides what shows (site.css): the calm panel, the live controls, or the transcript link.
    room.dataset.status = chat.status;
    if (before === chat.status) return;
    if (chat.status === "live") announcer.say(t("The chat has started."));
    if (chat.status === "ended") {
      // The same address becomes the transcript; the reader is told, not moved.
      document.getElementById("ended-notice").hidden = false;
      announcer.say(t("This chat has ended."));
    }
  },
});

/** "Starts in 3 hours", kept current while the page is open; once the time has passed, the room waits for the host. */
function showStartsIn() {
  if (!startsIn || room.dataset.status === "live" || room.dataset.status === "ended") return;
  const start = new Date(startsIn.dataset.start);
  const minutes = Math.round((start - Date.now()) / 60000);
  if (minutes <= 0) {
    startsIn.textContent = t("Starting soon: waiting for the host.");
    return;
  }
  const relative = new Intl.RelativeTimeFormat(lang, { numeric: "auto" });
  const midnight = (date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());
  const days = Math.round((midnight(start) - midnight(new Date())) / 86_400_000);
  // "in 25 minutes", "in 3 hours", then "tomorrow", "in 4 days": calendar days in the viewer's zone.
  const text = minutes < 60 ? relative.format(minutes, "minute")
    : minutes < 12 * 60 || days === 0 ? relative.format(Math.round(minutes / 60), "hour")
      : relative.format(days, "day");
  startsIn.textContent = t("Starts {0}", text);
}

showStartsIn();
setInterval(showStartsIn, 30_000);

// "I agree" to the code of conduct (SPEC rule 26) through the API, so the room stays as it is; the composer takes its
// place and focus. The form still works without script (a page handler).
const agreement = document.getElementById("agreement");
agreement?.querySelector("form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const error = document.getElementById("agreement-error");
  const button = event.submitter ?? agreement.querySelector("button");
  button.disabled = true;
  try {
    const response = await fetch(`/api/communities/${encodeURIComponent(config.community)}/agreement`, { method: "POST" });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(problem.detail ?? t("Something went wrong. Check your connection and try again."));
    }
    agreement.remove();
    room.dataset.agree = "done";
    document.querySelector(".skip-link--composer")?.setAttribute("href", "#composer-text");
    document.getElementById("composer-text")?.focus();
    announcer.say(t("Thank you. You can post now."));
  } catch (e) {
    error.textContent = e.message;
    error.hidden = false;
    button.disabled = false;
  }
});
