// The recap page: "Copy as HTML" puts the blog-ready fragment on the clipboard (SPEC rule 24).
const button = document.getElementById("copy-html");
const status = document.getElementById("copy-status");
const source = document.getElementById("recap-html");

button?.addEventListener("click", async () => {
  status.textContent = ""; // a second click is announced again
  try {
    await navigator.clipboard.writeText(source.value);
    status.textContent = button.dataset.copied;
  } catch {
    // No clipboard permission (an old browser, an embedded view): show the HTML selected, ready to copy by hand.
    source.closest("details").open = true;
    source.focus();
    source.select();
    status.textContent = button.dataset.failed;
  }
});
