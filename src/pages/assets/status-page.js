// The status page, live: news arrives over Server-Sent Events (/s/<token>/events) and the parts that
// changed are replaced with what the server rendered (escaped there, as on the page itself). Without
// scripts, or when the stream is refused, a refresh shows the same. Times are put in the reader's own
// time zone and language.
const localTimes = (root) => {
  for (const time of root.querySelectorAll('time[datetime]')) {
    const at = new Date(time.dateTime);
    if (!Number.isNaN(at.getTime()))
      time.textContent = at.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  }
};

document.addEventListener('DOMContentLoaded', () => {
  localTimes(document);

  const form = document.getElementById('reply-form');
  form?.addEventListener('submit', (event) => {
    // One press, one message: a second press while the first is on its way sends nothing more.
    if (form.dataset.sending) {
      event.preventDefault();
      return;
    }
    form.dataset.sending = 'yes';
    form.querySelector('button')?.setAttribute('aria-disabled', 'true');
  });

  const state = document.getElementById('case-state');
  const messages = document.getElementById('messages');
  const news = document.getElementById('live-news');
  if (!state || !messages || !news || !('EventSource' in window)) return;
  let version = state.dataset.version;
  const source = new EventSource(state.dataset.events);
  source.addEventListener('update', (event) => {
    const update = JSON.parse(event.data);
    if (update.version === version) return;
    version = update.version;
    const newestBefore = messages.querySelector('[data-testid="message"]')?.dataset.id;
    state.innerHTML = update.state;
    messages.innerHTML = update.messages;
    localTimes(state);
    localTimes(messages);
    state.dataset.version = version;
    const newest = messages.querySelector('[data-testid="message"]');
    news.textContent =
      newest && newest.dataset.id !== newestBefore && newest.dataset.from === 'us'
        ? `New message from ${newest.querySelector('.who')?.textContent?.split(' · ')[0] ?? 'us'}.`
        : 'This page was updated.';
  });
  // The link was replaced: the reload shows the page that says so.
  source.addEventListener('gone', () => {
    source.close();
    window.location.reload();
  });
});
