import { Suspense, type ComponentProps } from 'react';
import { LibraryView } from '../library/library-view';
import type { Notify } from './notice';
import { formatRoute, type Route } from './route';
import { lazyPart } from './lazy-part';
import { ScreenBoundary } from './screen-boundary';
import { passageQuery } from '../reader/passage-query';

// Only the library is needed for the first paint; the other screens load when first opened (a
// load that fails is said in words by the screen's boundary and tried again on "Try again").
const ReaderView = lazyPart(async () => (await import('../reader/reader-view')).ReaderView);
const CompareScreen = lazyPart(
  async () => (await import('../compare/compare-screen')).CompareScreen,
);
const VersionsView = lazyPart(async () => (await import('../versions/versions-view')).VersionsView);
const SourcesView = lazyPart(async () => (await import('../sources/sources-view')).SourcesView);
const ClustersView = lazyPart(async () => (await import('../clusters/clusters-view')).ClustersView);
const ClusterView = lazyPart(async () => (await import('../clusters/cluster-view')).ClusterView);
const HighlightsView = lazyPart(
  async () => (await import('../highlights/highlights-view')).HighlightsView,
);

type LibraryProps = Omit<ComponentProps<typeof LibraryView>, 'navigate' | 'notify'>;

const screenNames: { readonly [K in Route['kind']]: string } = {
  library: 'the library',
  reader: 'this article',
  'compare-passages': 'this comparison',
  'compare-articles': 'this comparison',
  echoes: 'the strongest echoes',
  cluster: 'this cluster',
  versions: 'the versions of this story',
  highlights: 'your highlights',
  sources: 'the watched sources',
};

/**
 * The screen the route names (lazy screens show nothing for the moment they take to load), inside
 * its own error boundary: a screen that fails says so in words and offers the way back.
 */
export function Screen(props: ScreenProps) {
  const { route, navigate } = props;
  return (
    <ScreenBoundary
      key={formatRoute(route)}
      what={screenNames[route.kind]}
      onLeave={route.kind === 'library' ? null : () => navigate({ kind: 'library' })}
    >
      <Suspense fallback={null}>
        <RouteScreen {...props} />
      </Suspense>
    </ScreenBoundary>
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
      return (
        <ReaderView
          key={route.articleId}
          articleId={route.articleId}
          at={route.at}
          navigate={navigate}
          onSearchArchive={(words) => {
            // Where else the passage appears: the whole archive, not the library's filters.
            library.onQuery({ ...library.query, search: passageQuery(words), filters: {} });
            navigate({ kind: 'library' });
          }}
        />
      );
    case 'compare-passages':
    case 'compare-articles':
      return <CompareScreen route={route} navigate={navigate} />;
    case 'echoes':
      return <ClustersView navigate={navigate} />;
    case 'cluster':
      return <ClusterView at={route.at} from={route.from} navigate={navigate} />;
    case 'highlights':
      return <HighlightsView navigate={navigate} />;
    case 'sources':
      return <SourcesView />;
    case 'versions':
      return <VersionsView key={route.articleId} articleId={route.articleId} navigate={navigate} />;
  }
}
