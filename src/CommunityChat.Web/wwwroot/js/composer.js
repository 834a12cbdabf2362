// The composer: "Your answer", the "Question" picker (latest asked by default), a live character counter that
// counts what the server counts (SPEC rule 4), and errors shown as sentences with the text kept. Unsent text is kept
// per chat across reloads (SPEC rule 31).
import { t, n } from "./strings.js";

const LABEL = /^\s*[Aa](\d{1,3})([A-Za-z])?(?:[:.)\-]|\s|$)/;
const segmenter = typeof Intl.Segmenter === "function" ? new Intl.Segmenter(undefined, { granularity: "grapheme" }) : null;

function graphemes(text) {
  if (!segmenter) return [...text].length;
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

/** User-perceived characters, not counting the label or the chat's hashtag. */
export function countCharacters(text, hashtag) {
  let body = text.normalize("NFC").replace(/\r\n?/g, "\n");
  const label = LABEL.exec(body);
  if (label) body = body.slice(label[0].length);
  if (hashtag) {
    const escaped = hashtag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    body = body.replace(new RegExp(`(^|[^\\p{L}\\p{N}_&])#${escaped}(?![\\p{L}\\p{N}_])`, "giu"), "$1");
  }
  return graphemes(body.trim());
}

export class Composer {
  /**
   * @param {HTMLElement} root the composer section
   * @param {{ hashtag: string, maxLength: number, draftKey: string, send: (text: string, questionNumber: number|null, replyToId: number|null) => Promise<void> }} options
   */
  constructor(root, options) {
    this.root = root;
    this.options = options;
    this.text = root.querySelector("#composer-text");
    this.picker = root.querySelector("#composer-question");
    this.counter = root.querySelector("#composer-count");
    this.error = root.querySelector("#composer-error");
    this.sendButton = root.querySelector("#composer-send");
    this.replyChip = root.querySelector("#composer-reply");
    this.replyText = root.querySelector("#composer-reply-text");
    this.replyTo = null;
    // Set when the person picks a question themselves; a Send clears it, so the picker follows new questions again.
    this.pickedByHand = false;
    this.asked = new Set();
    this.enabled = true;
    this.text.value ||= this.#loadDraft();

    this.text.addEventListener("input", () => { this.#count(); this.#saveDraft(); });
    this.text.addEventListener("keydown", (event) => {
      // Enter sends, Shift+Enter starts a new line; never while an input method is composing (Chinese, Japanese…).
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.submit();
      } else if (event.key === "Escape" && this.replyTo && !event.isComposing) {
        // Escape cancels a reply (SPEC rule 31); the text stays.
        event.preventDefault();
        this.clearReply();
      }
    });
    this.picker.addEventListener("change", () => { this.pickedByHand = true; });
    root.querySelector("form").addEventListener("submit", (event) => { event.preventDefault(); this.submit(); });
    root.querySelector("#composer-reply-cancel").addEventListener("click", () => this.clearReply());
    this.#count();
  }

  /**
   * Updates the picker's questions. It moves to each newly asked question unless the person chose another one since
   * their last Send (SPEC rule 31); otherwise it keeps what is selected.
   */
  setQuestions(asked) {
    const current = this.picker.value;
    const options = [...asked].sort((a, b) => a.number - b.number)
      .map((q) => new Option(`Q${q.number}`, String(q.number)));
    options.push(new Option(t("Comment (no label)"), ""));
    this.picker.replaceChildren(...options);
    const fresh = asked.filter((q) => !this.asked.has(q.number));
    fresh.forEach((q) => this.asked.add(q.number));
    const latest = asked.length ? String(Math.max(...asked.map((q) => q.number))) : "";
    const keep = [...this.picker.options].some((o) => o.value === current) && (this.pickedByHand || fresh.length === 0);
    this.picker.value = keep ? current : latest;
  }

  setEnabled(enabled, reason) {
    this.enabled = enabled;
    this.sendButton.disabled = !enabled;
    this.text.setAttribute("aria-disabled", String(!enabled));
    if (!enabled && reason) this.#showError(reason, false);
    if (enabled) this.#showError("");
  }

  startReply(post) {
    this.replyTo = post;
    this.replyText.textContent = t("Replying to @{0}", post.author.handle);
    this.replyChip.hidden = false;
    if (post.kind === "question") {
      this.picker.value = String(post.questionNumber);
    }
    this.text.focus();
  }

  clearReply() {
    this.replyTo = null;
    this.replyChip.hidden = true;
    this.text.focus();
  }

  async submit() {
    if (!this.enabled || this.busy) return;
    const text = this.text.value;
    if (!text.trim()) {
      this.#showError(t("Write something before sending."));
      return;
    }
    // A label typed in the text wins; a reply to a post (not a question) is a reply, not an answer.
    const replyingToPost = this.replyTo && this.replyTo.kind !== "question";
    const picked = this.picker.value ? Number(this.picker.value) : null;
    const questionNumber = LABEL.test(text) || replyingToPost ? null : picked;
    this.busy = true;
    this.sendButton.disabled = true;
    try {
      await this.options.send(text, questionNumber, this.replyTo ? this.replyTo.id : null);
      this.text.value = "";
      this.pickedByHand = false;
      this.#saveDraft();
      this.replyTo = null;
      this.replyChip.hidden = true;
      this.#showError("");
      this.#count();
    } catch (error) {
      this.#showError(error.message);
    } finally {
      this.busy = false;
      this.sendButton.disabled = !this.enabled;
      this.text.focus();
    }
  }

  #loadDraft() {
    try {
      return localStorage.getItem(this.options.draftKey) ?? "";
    } catch {
      return ""; // storage refused (private mode, quota): the composer still works, without memory
    }
  }

  #saveDraft() {
    try {
      if (this.text.value) localStorage.setItem(this.options.draftKey, this.text.value);
      else localStorage.removeItem(this.options.draftKey);
    } catch {
      // as above
    }
  }

  #count() {
    const used = countCharacters(this.text.value, this.options.hashtag);
    const left = this.options.maxLength - used;
    this.counter.textContent = left === 1 ? t("1 character left")
      : left === -1 ? t("1 character over the limit")
        : left >= 0 ? t("{0} characters left", n(left)) : t("{0} characters over the limit", n(-left));
    this.counter.dataset.over = String(left < 0);
  }

  #showError(message, alert = true) {
    this.error.textContent = message;
    this.error.hidden = !message;
    this.error.setAttribute("role", alert ? "alert" : "status");
  }
}
