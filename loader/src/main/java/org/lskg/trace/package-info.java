/**
 * Commitment tracing, derived from the whole store after each build: follow-up links from each commitment to
 * later statements ({@link org.lskg.trace.FollowUp}, of a {@link org.lskg.trace.LinkKind} with its minimum
 * confidence and cap), its status as of a date from all the evidence in date order — completion, an issued
 * product ({@code IssuedProducts}), a new date, a pending decision, a part-way figure ({@code StatusRules},
 * {@code ProgressCues}) — as an {@link org.lskg.trace.Assessment}, data-quality flags
 * ({@link org.lskg.trace.Flag}), written to one graph ({@link org.lskg.trace.Tracer#GRAPH}), and timelines for
 * {@code lskg trace} ({@link org.lskg.trace.TimelineFormat}). The facade is {@link org.lskg.trace.Tracer}; the
 * SPARQL it reads with lives in {@code org/lskg/trace/*.rq}, the phrases it reads by in
 * {@code org/lskg/data/progress-cues.tsv} and {@code org/lskg/data/product-types.tsv}.
 */
package org.lskg.trace;
