/** The reader bench page (issue 11 point 2, issue 13): the page lives with the UI it measures. */
import '../../../src/ui/bench/reader-bench';
