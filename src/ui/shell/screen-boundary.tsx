import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { PartLoadError } from './lazy-part';

interface Props {
  /** What the screen is, in words ("this article", "the library"). */
  readonly what: string;
  /** Leaves the screen: back to where the user came from, or to the library. */
  readonly onLeave: (() => void) | null;
  /** The leaving button's words, where leaving is not going back to the library. */
  readonly leaveWords?: string;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
  /** Its code did not load, rather than failing as it ran: how to load it again. */
  readonly notLoaded: PartLoadError | null;
  readonly attempt: number;
}

/**
 * One per screen: a screen that throws while rendering (a damaged article, a bug) is replaced by
 * a message in words with a way back, and the rest of the app keeps working. React can catch
 * render errors only in a class component.
 */
export class ScreenBoundary extends Component<Props, State> {
  override state: State = { failed: false, notLoaded: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failed: true, notLoaded: error instanceof PartLoadError ? error : null };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For whoever debugs it; the screen says it in words.
    console.error(`Verso: ${this.props.what} could not be shown`, error, info.componentStack);
  }

  override render(): ReactNode {
    // A new key on "Try again" mounts the screen afresh, so it reads its data again.
    if (!this.state.failed)
      return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
    const { what, onLeave, leaveWords = 'Back to the library' } = this.props;
    return (
      <section className="screen-failed" role="alert" aria-labelledby="screen-failed-title">
        <h2 id="screen-failed-title">Verso could not show {what}</h2>
        {this.state.notLoaded ? (
          <p>
            Its part of the app did not load: the connection may have dropped, or Verso was updated
            since this window opened. Nothing in your archive was changed. Try again, or reload
            Verso.
          </p>
        ) : (
          <p>
            Something in it could not be displayed. Nothing in your archive was changed. You can try
            again, or go back and carry on with the rest of the archive.
          </p>
        )}
        <div className="screen-failed-actions">
          {onLeave && (
            <button type="button" className="primary" onClick={onLeave}>
              {leaveWords}
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              this.state.notLoaded?.reload();
              this.setState((s) => ({ failed: false, notLoaded: null, attempt: s.attempt + 1 }));
            }}
          >
            Try again
          </button>
          {this.state.notLoaded && (
            <button type="button" onClick={() => window.location.reload()}>
              Reload Verso
            </button>
          )}
        </div>
      </section>
    );
  }
}
