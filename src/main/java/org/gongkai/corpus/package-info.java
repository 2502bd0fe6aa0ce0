/**
 * Beside the pipeline, a corpus generator: writes content folders of fictitious units for tests and
 * benchmarks ({@link org.gongkai.corpus.CorpusGenerator}). Uses no other gongkai package: it writes
 * files as a clerk would, and only {@code cli} uses it.
 */
package org.gongkai.corpus;
