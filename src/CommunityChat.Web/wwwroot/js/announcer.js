// New posts announced through a polite live region (SPEC rule 18), batched so a fast room doesn't drown a screen
// reader, and mutable by the user (remembered in this browser).
import { t, n } from "./strings.js";

const BATCH_MS = 1500;

export class Announcer {
  constructor(region, toggle) {
    this.region = region;
    this.toggle = toggle;
    this.queue = [];
    this.muted = localStorage.getItem("cc.announce") === "off";
    this.#render();
    toggle.addEventListener("click", () => {
      this.muted = !this.muted;
      localStorage.setItem("cc.announce", this.muted ? "off" : "on");
      this.queue = [];
      this.#render();
    });
  }

  post(post) {
    if (this.muted) return;
    this.queue.push(post);
    if (!this.timer) this.timer = setTimeout(() => this.#flush(), BATCH_MS);
  }

  say(text) {
    if (this.muted) return;
    this.region.textContent = text;
  }

  #flush() {
    this.timer = null;
    const posts = this.queue;
    this.queue = [];
    if (posts.length === 0) return;
    const question = posts.find((p) => p.kind === "question");
    if (posts.length === 1 || question) {
      const p = question ?? posts[0];
      const text = p.text;
      this.region.textContent = p.kind === "question"
        ? t("{0} asked: {1}", p.label, text)
        : t("{0} from {1}: {2}", p.label ?? t("Post"), p.author.displayName, text.slice(0, 200));
      return;
    }
    this.region.textContent = t("{0} new posts", n(posts.length));
  }

  #render() {
    this.toggle.setAttribute("aria-pressed", String(!this.muted));
    this.toggle.textContent = this.muted ? t("Announcements off") : t("Announcements on");
  }
}
