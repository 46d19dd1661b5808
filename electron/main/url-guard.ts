/**
 * True when an IPC message comes from our own renderer page: app://verso/index.html in
 * production, the dev server in development. Anything else (an iframe, a navigated-away page, a
 * file:// page) is refused. app: is not a scheme Node's URL knows, so its origin reads "null":
 * compare scheme, host and path instead.
 */
export function isTrustedSenderUrl(senderUrl: string, appUrl: string): boolean {
  let sender: URL;
  let app: URL;
  try {
    sender = new URL(senderUrl);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'app:')
    return (
      sender.protocol === 'app:' && sender.host === app.host && sender.pathname === app.pathname
    );
  return sender.origin === app.origin;
}
