// The console's queue of reports on this chat's posts (SPEC rule 8): open reports oldest first, live for every
// moderator (ReportsChanged is a signal: the queue is read again), each with "Hide", "Dismiss" and "Ban @author".
import { t, n } from "./strings.js";

export class ReportQueue {
  /**
   * @param {HTMLElement} section the queue's section, hidden while no report is open
   * @param {{ chatId: number, community: string, invoke: Function, say: Function, showError: Function }} options
   */
  constructor(section, options) {
    this.section = section;
    this.list = section.querySelector("ol");
    this.count = section.querySelector("[data-report-count]");
    this.options = options;
    this.reports = null;
    this.loading = null;
  }

  /** Reads the open reports of this chat's posts again; announces the ones that arrived since the last read. */
  async refresh() {
    if (this.loading) { this.again = true; return; }
    this.loading = fetch(`/api/communities/${encodeURIComponent(this.options.community)}/reports`);
    try {
      const response = await this.loading;
      if (!response.ok) return;
      const all = await response.json();
      const open = all.filter((r) => r.status === "open" && r.post.chatId === this.options.chatId);
      if (this.reports) {
        for (const report of open) {
          if (!this.reports.some((r) => r.id === report.id)) {
            this.options.say(t("New report on a post by @{0}.", report.post.author.handle));
          }
        }
      }
      this.reports = open;
      this.#render();
    } finally {
      this.loading = null;
      if (this.again) { this.again = false; this.refresh(); }
    }
  }

  #render() {
    const focused = this.list.contains(document.activeElement) ? document.activeElement : null;
    const index = focused ? [...this.list.querySelectorAll("button")].indexOf(focused) : -1;
    this.section.hidden = this.reports.length === 0;
    this.count.textContent = n(this.reports.length);
    this.list.replaceChildren(...this.reports.map((report) => this.#item(report)));
    if (focused && !focused.isConnected) {
      const buttons = [...this.list.querySelectorAll("button")];
      (buttons[Math.min(index, buttons.length - 1)] ?? this.section.querySelector("h3"))?.focus();
    }
  }

  #item(report) {
    const li = document.createElement("li");
    li.className = "held-item";
    const meta = document.createElement("p");
    meta.className = "held-item__meta";
    meta.id = `report-${report.id}-meta`;
    meta.textContent = `${report.post.label ? report.post.label + " · " : ""}${t("@{0} reported @{1}: {2}", report.reporter.handle, report.post.author.handle, report.reason)}`;
    const body = document.createElement("div");
    body.className = "post__body";
    // Rendered by the server with raw HTML disabled (SPEC rule 5), like every post.
    body.innerHTML = report.post.html;
    const actions = document.createElement("div");
    actions.className = "inline-fields";
    const buttons = [
      this.#button(t("Hide"), "danger", () => this.options.invoke("HideReported", report.id)),
      this.#button(t("Dismiss"), "secondary", () => this.options.invoke("DismissReport", report.id)),
      this.#button(t("Ban @{0}", report.post.author.handle), "secondary", async () => {
        await this.options.invoke("BanReported", this.options.community, report.id);
        this.options.say(t("@{0} is banned until you lift it.", report.post.author.handle));
      }),
    ];
    for (const b of buttons) b.setAttribute("aria-describedby", meta.id);
    if (report.post.hidden) buttons.shift();
    actions.append(...buttons);
    li.append(meta, body, actions);
    return li;
  }

  #button(text, className, action) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = `small ${className}`.trim();
    b.textContent = text;
    b.addEventListener("click", async () => {
      this.options.showError("");
      try {
        await action();
      } catch (error) {
        this.options.showError(error.message);
      }
    });
    return b;
  }
}
