/**
 * lskg's web layer, one servlet filter in the Fuseki server ({@link org.lskg.server.web.WebModule},
 * {@code WebRouter}): dereferenceable IRIs ({@code LinkedData}, {@link org.lskg.server.web.IriSpace},
 * {@link org.lskg.server.web.Representation}), server-rendered pages in Vietnamese and English (search,
 * document, entity, commitment with its timeline, a body's accountability, queries), VoID/DCAT
 * ({@link org.lskg.server.web.VoidDescription}), dumps with checksums and the read-only Fuseki UI.
 *
 * <p>Pages read the store only through SPARQL: the {@code .rq} files of {@code queries/} beside these classes,
 * run by {@link org.lskg.server.web.Sparql} under the endpoint's time-out, row cap and SERVICE policy. Their
 * markup is in Mustache templates ({@code templates/}), their words in {@code messages_vi.properties} and
 * {@code messages_en.properties}, their style in {@code static/lskg.css}; no script, nothing fetched from
 * elsewhere. Files are served from the class path only, by names checked against a strict pattern.
 */
package org.lskg.server.web;
