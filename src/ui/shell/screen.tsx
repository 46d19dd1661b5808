import type { ComponentProps } from 'react';
import { CompareScreen } from '../compare/compare-screen';
import { ArchiveEchoesView } from '../echoes/archive-echoes-view';
import { LibraryView } from '../library/library-view';
import { ReaderView } from '../reader/reader-view';
import { VersionsView } from '../versions/versions-view';
import type { Notify } from './notice';
import type { Route } from './route';

type LibraryProps = Omit<ComponentProps<typeof LibraryView>, 'navigate' | 'notify'>;

/** The screen the route names. */
export function Screen({
  route,
  navigate,
  notify,
  library,
}: {
  route: Route;
  navigate: (route: Route) => void;
  notify: Notify;
  library: LibraryProps;
}) {
  switch (route.kind) {
    case 'library':
      return <LibraryView {...library} navigate={navigate} notify={notify} />;
    case 'reader':
      return <ReaderView key={route.articleId} articleId={route.articleId} navigate={navigate} />;
    case 'compare-passages':
    case 'compare-articles':
      return <CompareScreen route={route} navigate={navigate} />;
    case 'echoes':
      return <ArchiveEchoesView navigate={navigate} />;
    case 'versions':
      return <VersionsView key={route.articleId} articleId={route.articleId} navigate={navigate} />;
  }
}
