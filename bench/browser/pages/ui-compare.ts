/** The compare-view bench page (issue 6): the page itself lives with the UI it measures. */
import '../../../src/ui/bench/compare-bench';
