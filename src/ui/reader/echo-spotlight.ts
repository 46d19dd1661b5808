/** Lights up every highlight of echo `echo` in the reader (both copies of a repeated passage), or none. */
export function spotlightEcho(echo: number | null): void {
  for (const mark of document.querySelectorAll('.echo-mark.echo-active'))
    mark.classList.remove('echo-active');
  if (echo === null) return;
  for (const mark of document.querySelectorAll(`.echo-mark[data-echo="${echo}"]`))
    mark.classList.add('echo-active');
}

/** The echo number of the highlight an event happened on, if any. */
export function echoOfEvent(event: { target: EventTarget | null }): number | null {
  const mark =
    event.target instanceof Element ? event.target.closest<HTMLElement>('.echo-mark') : null;
  return mark?.dataset.echo === undefined ? null : Number(mark.dataset.echo);
}
