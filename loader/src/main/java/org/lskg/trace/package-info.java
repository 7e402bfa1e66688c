/**
 * Commitment tracing, derived from the whole store after each build: follow-up links from each commitment to
 * later statements ({@link org.lskg.trace.FollowUp}), its status as of a date ({@link org.lskg.trace.Assessment}),
 * data-quality flags ({@link org.lskg.trace.Flag}), written to one graph ({@link org.lskg.trace.Tracer#GRAPH}),
 * and timelines for {@code lskg trace} ({@link org.lskg.trace.TimelineFormat}). The facade is
 * {@link org.lskg.trace.Tracer}; the SPARQL it reads with lives in {@code org/lskg/trace/*.rq}.
 */
package org.lskg.trace;
