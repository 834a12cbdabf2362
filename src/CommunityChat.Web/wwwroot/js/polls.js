// Polls (SPEC rule 9), for the room and the console alike: the open poll above the feed with its options and "Vote",
// then a bar chart of the results for those who voted, for moderators, and for everyone once it closes. The server
// decides who gets counts (a poll without them has counts: null); this only draws what it was sent. The console's
// "Open poll" form (Features/Polls/_PollForm.cshtml) is wired here too when the page has it.
import { t, n } from "./strings.js";

const SHOWN = 3;
const lang = document.documentElement.lang || "en";
const SVG = "http://www.w3.org/2000/svg";

export class Polls {
  /**
   * @param {{ chatId: number, me: string|null, before: Element, invoke: Function, say: Function }} options
   */
  constructor({ chatId, me, before, invoke, say }) {
    this.chatId = chatId;
    this.me = me;
    this.invoke = invoke;
    this.say = say;
    this.polls = new Map();
    /** Polls whose results (or opening) were already announced: a screen reader hears each once, not every update. */
    this.announced = new Set();
    this.live = false;
    this.root = document.createElement("section");
    this.root.className = "polls";
    this.root.id = "polls";
    this.root.setAttribute("aria-labelledby", "polls-heading");
    this.root.hidden = true;
    const heading = document.createElement("h2");
    heading.id = "polls-heading";
    heading.className = "visually-hidden";
    heading.textContent = t("Polls");
    this.list = document.createElement("div");
    this.root.append(heading, this.list);
    before?.before(this.root);
    this.#wireForm();
  }

  /** Join (first or after a reconnect): the chat's polls as this account may see them. */
  reset(polls) {
    for (const poll of polls ?? []) {
      // A poll already known needs no announcement again; results that were hidden before are news.
      if (!this.polls.has(poll.id) && (poll.closed || poll.voted)) this.announced.add(`${poll.id}:results`);
      if (!this.polls.has(poll.id)) this.announced.add(`${poll.id}:opened`);
      this.polls.set(poll.id, this.#merge(poll));
    }
    this.#render();
  }

  /** PollChanged: opened, counts (to voters and moderators), closed (results to everyone). */
  changed(poll) {
    if (poll.chatId !== this.chatId) return;
    this.polls.set(poll.id, this.#merge(poll));
    this.#render();
    this.#announce(this.polls.get(poll.id));
  }

  setLive(live) {
    this.live = live;
    const section = document.getElementById("poll-form-section");
    if (section) section.hidden = !live;
    this.#render();
  }

  /** Broadcasts carry nobody's own vote: keep what this client knows of its vote and the counts it has seen. */
  #merge(poll) {
    const known = this.polls.get(poll.id);
    if (!known) return poll;
    return {
      ...poll,
      voted: poll.voted || known.voted,
      myVote: poll.myVote ?? known.myVote,
      counts: poll.counts ?? known.counts,
      total: poll.total ?? known.total,
    };
  }

  #announce(poll) {
    if (!this.announced.has(`${poll.id}:opened`)) {
      this.announced.add(`${poll.id}:opened`);
      if (!poll.closed) this.say(t("Poll: {0}", poll.question));
    }
    if (poll.counts && (poll.closed || poll.voted) && !this.announced.has(`${poll.id}:results`)) {
      this.announced.add(`${poll.id}:results`);
      this.say(t("Poll results: {0}", poll.options.map((o, i) => `${o} ${n(poll.counts[i])}`).join(", ")));
    }
  }

  #render() {
    const polls = [...this.polls.values()].sort((a, b) => b.id - a.id).slice(0, SHOWN);
    this.root.hidden = polls.length === 0;
    // Keep a poll's element while it is being voted on, so the focus and the chosen radio survive an update.
    const elements = polls.map((poll) => {
      const existing = this.list.querySelector(`[data-poll-id="${poll.id}"]`);
      const state = this.#state(poll);
      if (existing && existing.dataset.state === state && state === "vote") {
        existing.querySelector(".poll__meta").textContent = this.#meta(poll);
        return existing;
      }
      return this.#draw(poll, state);
    });
    this.list.replaceChildren(...elements);
  }

  #state(poll) {
    if (poll.counts) return "results";
    return !poll.closed && this.me && this.live ? "vote" : "waiting";
  }

  #meta(poll) {
    if (poll.closed) return t("Poll closed");
    const closes = new Intl.DateTimeFormat(lang, { hour: "numeric", minute: "2-digit" }).format(new Date(poll.closesAt));
    return t("Closes at {0}", closes);
  }

  #draw(poll, state) {
    const article = document.createElement("article");
    article.className = "poll";
    article.dataset.pollId = String(poll.id);
    article.dataset.state = state;
    const meta = document.createElement("p");
    meta.className = "poll__meta muted";
    meta.textContent = this.#meta(poll);

    if (state === "results") {
      const title = document.createElement("h3");
      title.className = "poll__question";
      title.textContent = poll.question;
      article.append(title, this.#chart(poll));
      if (poll.myVote !== null && poll.myVote !== undefined) {
        const mine = document.createElement("p");
        mine.className = "poll__mine";
        mine.textContent = t("You voted: {0}", poll.options[poll.myVote]);
        article.append(mine);
      }
      article.append(meta);
      return article;
    }

    const form = document.createElement("form");
    form.className = "poll__form";
    const fieldset = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = poll.question;
    fieldset.append(legend);
    poll.options.forEach((option, i) => {
      const label = document.createElement("label");
      label.className = "poll__option";
      const radio = document.createElement("input");
      radio.type = "radio";
      radio.name = `poll-${poll.id}`;
      radio.value = String(i);
      radio.disabled = state !== "vote";
      label.append(radio, " ", option);
      fieldset.append(label);
    });
    form.append(fieldset);
    const error = document.createElement("p");
    error.className = "error";
    error.setAttribute("role", "alert");
    error.hidden = true;
    if (state === "vote") {
      const button = document.createElement("button");
      button.type = "submit";
      button.textContent = t("Vote");
      form.append(button);
    } else if (!poll.closed) {
      const hint = document.createElement("p");
      hint.className = "hint";
      hint.textContent = t("Results show after you vote, or when the poll closes.");
      form.append(hint);
    }
    form.append(error, meta);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const chosen = form.querySelector("input[type=radio]:checked");
      error.hidden = true;
      if (!chosen) {
        error.textContent = t("Choose an option first.");
        error.hidden = false;
        return;
      }
      const button = form.querySelector("button");
      button.disabled = true;
      try {
        const result = await this.invoke("Vote", poll.id, Number(chosen.value));
        this.changed(result);
        this.list.querySelector(`[data-poll-id="${poll.id}"] h3`)?.setAttribute("tabindex", "-1");
        this.list.querySelector(`[data-poll-id="${poll.id}"] h3`)?.focus();
      } catch (e) {
        error.textContent = e.message;
        error.hidden = false;
        button.disabled = false;
      }
    });
    article.append(form);
    return article;
  }

  /** One row per option: its name, an SVG bar (attributes, not styles: the CSP forbids inline styles), the count. */
  #chart(poll) {
    const list = document.createElement("ul");
    list.className = "poll__results";
    const total = poll.total || 0;
    poll.options.forEach((option, i) => {
      const count = poll.counts[i] ?? 0;
      const percent = total ? Math.round((count * 100) / total) : 0;
      const item = document.createElement("li");
      if (poll.myVote === i) item.className = "poll__result--mine";
      const label = document.createElement("span");
      label.className = "poll__label";
      label.textContent = t("{0}: {1} ({2}%)", option, count === 1 ? t("1 vote") : t("{0} votes", n(count)), n(percent));
      const svg = document.createElementNS(SVG, "svg");
      svg.setAttribute("class", "poll__bar");
      svg.setAttribute("viewBox", "0 0 100 6");
      svg.setAttribute("preserveAspectRatio", "none");
      svg.setAttribute("aria-hidden", "true");
      svg.setAttribute("focusable", "false");
      const back = document.createElementNS(SVG, "rect");
      back.setAttribute("class", "poll__bar-back");
      back.setAttribute("width", "100");
      back.setAttribute("height", "6");
      const fill = document.createElementNS(SVG, "rect");
      fill.setAttribute("class", "poll__bar-fill");
      fill.setAttribute("width", String(percent));
      fill.setAttribute("height", "6");
      svg.append(back, fill);
      item.append(label, svg);
      list.append(item);
    });
    return list;
  }

  /** The console's "Open poll" form, when the page has one. */
  #wireForm() {
    const form = document.getElementById("poll-form");
    if (!form) return;
    const status = document.getElementById("poll-form-status");
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const question = form.querySelector("#poll-question").value;
      const options = [...form.querySelectorAll("input[name=option]")].map((input) => input.value.trim()).filter((v) => v);
      const seconds = Number(form.querySelector("#poll-duration").value);
      const button = form.querySelector("button[type=submit]");
      button.disabled = true;
      status.textContent = "";
      try {
        const poll = await this.invoke("OpenPoll", this.chatId, question, options, seconds);
        this.announced.add(`${poll.id}:opened`);
        this.changed(poll);
        form.reset();
        status.textContent = t("Poll opened.");
      } catch (e) {
        status.textContent = e.message;
      } finally {
        button.disabled = false;
      }
    });
  }
}
