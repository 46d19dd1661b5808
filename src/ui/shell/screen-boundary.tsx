import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the screen is, in words ("this article", "the library"). */
  readonly what: string;
  /** Leaves the screen: back to where the user came from, or to the library. */
  readonly onLeave: (() => void) | null;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
  readonly attempt: number;
}

/**
 * One per screen: a screen that throws while rendering (a damaged article, a bug) is replaced by
 * a message in words with a way back, and the rest of the app keeps working. React can catch
 * render errors only in a class component.
 */
export class ScreenBoundary extends Component<Props, State> {
  override state: State = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For whoever debugs it; the screen says it in words.
    console.error(`Verso: ${this.props.what} could not be shown`, error, info.componentStack);
  }

  override render(): ReactNode {
    // A new key on "Try again" mounts the screen afresh, so it reads its data again.
    if (!this.state.failed)
      return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
    const { what, onLeave } = this.props;
    return (
      <section className="screen-failed" role="alert" aria-labelledby="screen-failed-title">
        <h2 id="screen-failed-title">Verso could not show {what}</h2>
        <p>
          Something in it could not be displayed. Nothing in your archive was changed. You can try
          again, or go back and carry on with the rest of the archive.
        </p>
        <div className="screen-failed-actions">
          {onLeave && (
            <button type="button" className="primary" onClick={onLeave}>
              Back to the library
            </button>
          )}
          <button
            type="button"
            onClick={() => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }))}
          >
            Try again
          </button>
        </div>
      </section>
    );
  }
}
