/**
 * Benchmarks, not tests: {@code lskg bench}. The top floor, beside {@code cli}: it drives the
 * {@link org.lskg.Pipeline}, the store and the server as a user would, and measures them.
 *
 * <ul>
 *   <li>{@link org.lskg.bench.ScaleCorpus}: a deterministic scale corpus recombined from the seed documents, for
 *       speed only, never for accuracy;</li>
 *   <li>{@link org.lskg.bench.BuildBench}: a build's throughput and peak heap, the trace step apart, against Jena's
 *       TDB2 bulk loader on the same quads ({@link org.lskg.bench.JenaFloor}), and the cost of one more document;</li>
 *   <li>{@link org.lskg.bench.QueryBench}: percentiles of the canned queries in-process and over HTTP with
 *       concurrent clients, and Virtuoso's on the same quads when it is installed;</li>
 *   <li>{@link org.lskg.bench.ExportBench}: the whole-store export and a 10,000-row query of a store of a million
 *       quads under a 256 MB heap, in child JVMs ({@link org.lskg.bench.ChildJvm});</li>
 *   <li>{@link org.lskg.bench.DenseLine}: a real header and one line of megabytes of real task sentences, the worst
 *       input of issue 11 that is still a document, to time {@code lskg extract} on.</li>
 * </ul>
 *
 * Every benchmark writes a Markdown {@link org.lskg.bench.Report}; the figures measured are in
 * {@code docs/benchmarks.md}. Timings vary with the machine and its load: none is asserted by a test.
 */
package org.lskg.bench;
