// SPEC rule 23: the question being answered now stays in view above the feed, with how long ago it was asked and,
// under autopilot, a countdown to the next one. The server renders it first; this keeps it current.
import { t } from "./strings.js";

export class CurrentQuestion {
  /** @param {HTMLElement} root #current-question */
  constructor(root) {
    this.root = root;
    this.label = root.querySelector(".current-question__label");
    this.text = root.querySelector(".current-question__text");
    this.asked = root.querySelector("#current-question-asked");
    this.next = root.querySelector("#current-question-next");
    this.askedAt = this.asked.getAttribute("datetime") ? Date.parse(this.asked.getAttribute("datetime")) : NaN;
    this.nextAt = NaN;
    this.relative = new Intl.RelativeTimeFormat(document.documentElement.lang || "en", { numeric: "always" });
    this.#tick();
    setInterval(() => this.#tick(), 1000);
  }

  /** The latest asked question: from Join's list ({number, text, askedAt}) or a question post as it arrives. */
  show(question) {
    if (!question) return;
    const at = Date.parse(question.askedAt ?? question.createdAt);
    if (!Number.isNaN(this.askedAt) && at < this.askedAt) return;
    this.root.hidden = false;
    this.askedAt = at;
    this.asked.setAttribute("datetime", new Date(at).toISOString());
    this.label.textContent = `Q${question.number ?? question.questionNumber}`;
    if (question.html) {
      // The post's HTML is the server's (raw HTML disabled, SPEC rule 5); a heading takes its paragraph's content.
      const template = document.createElement("template");
      template.innerHTML = question.html;
      const first = template.content.firstElementChild;
      this.text.replaceChildren(...(first?.tagName === "P" ? first.childNodes : template.content.childNodes));
    } else {
      this.text.textContent = question.text;
    }
    this.#tick();
  }

  /** Under autopilot the chat says when the next question comes (nextQuestionAt); null otherwise. */
  setNext(nextQuestionAt) {
    this.nextAt = nextQuestionAt ? Date.parse(nextQuestionAt) : NaN;
    this.#tick();
  }

  #tick() {
    const now = Date.now();
    if (!Number.isNaN(this.askedAt)) {
      const minutes = Math.floor((now - this.askedAt) / 60_000);
      this.asked.textContent = minutes < 1 ? t("asked just now")
        : minutes < 60 ? t("asked {0}", this.relative.format(-minutes, "minute"))
          : t("asked {0}", this.relative.format(-Math.floor(minutes / 60), "hour"));
    }
    const left = this.nextAt - now;
    // Counted down every second, without a live region: a screen reader reads it when asked (as the console's clock).
    this.next.textContent = left > 0
      ? ` · ${t("next question in {0}", `${String(Math.floor(left / 60_000)).padStart(2, "0")}:${String(Math.floor(left / 1000) % 60).padStart(2, "0")}`)}`
      : "";
  }
}
