import { lazy, Suspense, type ComponentProps } from 'react';
import { LibraryView } from '../library/library-view';
import type { Notify } from './notice';
import type { Route } from './route';

// Only the library is needed for the first paint; the other screens load when first opened.
const ReaderView = lazy(async () => ({
  default: (await import('../reader/reader-view')).ReaderView,
}));
const CompareScreen = lazy(async () => ({
  default: (await import('../compare/compare-screen')).CompareScreen,
}));
const VersionsView = lazy(async () => ({
  default: (await import('../versions/versions-view')).VersionsView,
}));
const ClustersView = lazy(async () => ({
  default: (await import('../clusters/clusters-view')).ClustersView,
}));
const ClusterView = lazy(async () => ({
  default: (await import('../clusters/cluster-view')).ClusterView,
}));

type LibraryProps = Omit<ComponentProps<typeof LibraryView>, 'navigate' | 'notify'>;

/** The screen the route names (lazy screens show nothing for the moment they take to load). */
export function Screen(props: ScreenProps) {
  return (
    <Suspense fallback={null}>
      <RouteScreen {...props} />
    </Suspense>
  );
}

interface ScreenProps {
  route: Route;
  navigate: (route: Route) => void;
  notify: Notify;
  library: LibraryProps;
}

function RouteScreen({ route, navigate, notify, library }: ScreenProps) {
  switch (route.kind) {
    case 'library':
      return <LibraryView {...library} navigate={navigate} notify={notify} />;
    case 'reader':
      return <ReaderView key={route.articleId} articleId={route.articleId} navigate={navigate} />;
    case 'compare-passages':
    case 'compare-articles':
      return <CompareScreen route={route} navigate={navigate} />;
    case 'echoes':
      return <ClustersView navigate={navigate} />;
    case 'cluster':
      return <ClusterView at={route.at} navigate={navigate} />;
    case 'versions':
      return <VersionsView key={route.articleId} articleId={route.articleId} navigate={navigate} />;
  }
}
